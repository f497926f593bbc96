import { stopwordsOf } from '../language';
import { hasUnspacedScript, segmenterFor } from '../text/segmenter';
import { stem } from '../text/stems';
import { ENGLISH_STOPWORDS, NEWS_STOPWORDS } from '../text/stopwords';
import { terms } from '../text/words';

/** Words that carry no topic of a news story: they do not count toward a sentence's content. */
export const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...NEWS_STOPWORDS]);

const isContent = (term: string) => term.length >= 2 && !STOPWORDS.has(term);

/**
 * The lower-cased words of a sentence in a language other than English, with its stop words
 * (lib/language.ts) dropped, unstemmed: ICU's dictionary words in scripts without spaces, else
 * runs of letters and digits.
 */
function otherWords(text: string, lang: string): { word: string; gap: boolean }[] {
  const stop = stopwordsOf(lang);
  const clean = text.toLowerCase();
  const out: { word: string; gap: boolean }[] = [];
  let gap = false;
  if (hasUnspacedScript(clean)) {
    for (const s of segmenterFor(lang, 'word').segment(clean)) {
      if (!s.isWordLike) {
        if (!/^\s*$/u.test(s.segment)) gap = true;
        continue;
      }
      if (stop.has(s.segment)) gap = true;
      else {
        out.push({ word: s.segment, gap });
        gap = false;
      }
    }
    return out;
  }
  for (const raw of clean.split(/([^\p{L}\p{N}\p{M}]+)/u)) {
    if (raw === '') continue;
    if (!/^[\p{L}\p{N}]/u.test(raw)) {
      if (!/^[\s'’-]+$/u.test(raw)) gap = true;
    } else if (raw.length < 2 || stop.has(raw)) gap = true;
    else {
      out.push({ word: raw, gap });
      gap = false;
    }
  }
  return out;
}

/**
 * Content words of a sentence: in English stemmed, stop words dropped; in another language
 * (`lang`), its own stop words dropped (see otherWords).
 */
export function contentWords(text: string, lang = 'en'): string[] {
  if (lang !== 'en') return otherWords(text, lang).map((w) => w.word);
  return terms(text).filter(isContent).map(stem);
}

/**
 * Two-word phrases of a sentence: each pair of content words that stand next to each other
 * ("Scott County", "needle exchange"), stemmed and lower-cased. A stop word, a one-character
 * word or punctuation other than a hyphen or an apostrophe between them breaks the pair.
 */
export function phrasePairs(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  if (lang !== 'en') {
    let previous: string | null = null;
    for (const { word, gap } of otherWords(text, lang)) {
      if (previous !== null && !gap) out.push(`${previous} ${word}`);
      previous = word;
    }
    return out;
  }
  let previous: string | null = null;
  for (const raw of text.toLowerCase().split(/([^\p{L}\p{N}]+)/u)) {
    if (raw === '') continue;
    if (!/^[\p{L}\p{N}]/u.test(raw)) {
      if (!/^[\s'’-]+$/u.test(raw)) previous = null;
      continue;
    }
    if (!isContent(raw)) {
      previous = null;
      continue;
    }
    const word = stem(raw);
    if (previous !== null) out.push(`${previous} ${word}`);
    previous = word;
  }
  return out;
}
