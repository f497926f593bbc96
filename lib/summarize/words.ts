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

/** Lower-cased content words of a sentence (letters and digits, stop words dropped). */
export function contentWords(text: string): string[] {
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
export function phrasePairs(text: string): string[] {
  const out: string[] = [];
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
