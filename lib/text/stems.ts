/**
 * A light suffix stripper for lower-case English words: enough to meet "talks" with "talk",
 * "officials" with "official" and "countries" with "country", while "status", "bus" and "boss"
 * stay whole.
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}
