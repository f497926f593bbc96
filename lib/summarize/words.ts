import { stem } from '../text/stems';
import { ENGLISH_STOPWORDS, NEWS_STOPWORDS } from '../text/stopwords';
import { terms } from '../text/words';

/** Words that carry no topic of a news story: they do not count toward a sentence's content. */
export const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...NEWS_STOPWORDS]);

const isContent = (term: string) => term.length >= 2 && !STOPWORDS.has(term);

/** Stemmed content words of a sentence (letters and digits, stop words dropped). */
export function contentWords(text: string): string[] {
  return terms(text).filter(isContent).map(stem);
}

/**
 * Two-word phrases of a sentence: each pair of content words that stand next to each other
 * ("Scott County", "needle exchange"), stemmed and lower-cased. A stop word, a one-character
 * word or punctuation other than a hyphen or an apostrophe between them breaks the pair.
 */
export function phrasePairs(text: string): string[] {
  const out: string[] = [];
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
