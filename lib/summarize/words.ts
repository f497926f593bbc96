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
 * (lib/language.ts) and one-character words dropped, unstemmed: ICU's dictionary words in scripts
 * without spaces, else runs of letters and digits.
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
      // One character is no content word, as in scripts with spaces: a particle, an ending (き,
      // っ), or a piece of a name ICU splits one character at a time (凱 爾 特 "Celtic").
      if (stop.has(s.segment) || [...s.segment].length < 2) gap = true;
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
      continue;
    }
    // Korean: the noun without its particle (koreanStem), which may then be a stop word (이것은 → 이것).
    const word = lang === 'ko' ? koreanStem(raw) : raw;
    if (raw.length < 2 || stop.has(raw) || stop.has(word)) gap = true;
    else {
      out.push({ word, gap });
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
 * word or punctuation other than a hyphen or an apostrophe between them breaks the pair. None in
 * scripts without spaces: ICU's dictionary words there are often pieces of one word (a verb and
 * its ending, 起 きた; a foreign name one character at a time, 凱 爾 特 "Celtic"), so two that
 * stand together are not a phrase, and the pairs that recur are noise.
 */
export function phrasePairs(text: string, lang = 'en'): string[] {
  const out: string[] = [];
  if (lang !== 'en' && hasUnspacedScript(text)) return out;
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

/**
 * Korean glues its case and topic particles to the noun (서울에서 "in Seoul", 대통령은 "the
 * president" as topic): the same noun then matches across sentences only once they are cut off.
 * The longest particle that ends the word is cut (에서는, not 는); the stem keeps two syllables at
 * least, so a short noun is not cut to one (나이 "age" stays).
 */
const KOREAN_PARTICLE =
  /(?:에서는|에서도|에게서|으로는|으로도|에서|에게|으로|까지|부터|처럼|보다|라고|이라고|과의|와의|에는|에도|은|는|이|가|을|를|의|에|로|와|과|도|만)$/u;

/** The word without a Korean particle at its end (서울에서 → 서울). */
export function koreanStem(word: string): string {
  const m = KOREAN_PARTICLE.exec(word);
  if (!m || word.length - m[0].length < 2) return word;
  return word.slice(0, word.length - m[0].length);
}
