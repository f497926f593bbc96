import { stopwordsOf } from '../language';
import { hasUnspacedScript, segmenterFor } from '../text/segmenter';

/** Common English words that carry no topic: they do not count toward a sentence's content. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own said same says she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself yourselves told
according one two new year years mr mrs ms dr cnn like get got also may might must us per via s t`.split(/\s+/),
);

/**
 * The lower-cased words of a sentence in a language other than English, with its stop words
 * (lib/language.ts) dropped, unstemmed: ICU's dictionary words in scripts without spaces, else
 * runs of letters and digits.
 */
function otherWords(text: string, lang: string): { word: string; gap: boolean }[] {
  const stop = stopwordsOf(lang);
  const clean = text.toLowerCase().replace(/\u00ad/g, '');
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

/** Lower-cased content words of a sentence (letters and digits, stop words dropped). */
export function contentWords(text: string, lang = 'en'): string[] {
  if (lang !== 'en') return otherWords(text, lang).map((w) => w.word);
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
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
  for (const raw of text
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .split(/([^\p{L}\p{N}]+)/u)) {
    if (raw === '') continue;
    if (!/^[\p{L}\p{N}]/u.test(raw)) {
      if (!/^[\s'’-]+$/u.test(raw)) previous = null;
      continue;
    }
    if (raw.length < 2 || STOPWORDS.has(raw)) {
      previous = null;
      continue;
    }
    const word = stem(raw);
    if (previous !== null) out.push(`${previous} ${word}`);
    previous = word;
  }
  return out;
}

/** A light suffix stripper: enough to meet "talks" with "talk" and "officials" with "official". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}
