import { INVISIBLE } from './chars';

/**
 * A word as a reader counts it: letters and digits, with inner apostrophes, full stops and
 * hyphens ("don't", "U.S", "co-op"). Invisible characters inside a word (see chars.ts) do not
 * split it, so raw page text and cleaned text count alike.
 */
export const WORD = new RegExp(`[\\p{L}\\p{N}]+(?:[${INVISIBLE}'’.-]+[\\p{L}\\p{N}]+)*`, 'gu');

/**
 * The words in a text (reading time, word budgets, block sizes), counted up to `atMost + 1`:
 * enough to compare with `atMost` without going through the rest of a long block.
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  const word = new RegExp(WORD.source, WORD.flags);
  let n = 0;
  while (n <= atMost && word.test(text)) n++;
  return n;
}

/** The text up to the end of its `n`-th word (n ≥ 1), verbatim; the whole text when it has fewer. */
export function firstWords(text: string, n: number): string {
  let seen = 0;
  for (const m of text.matchAll(WORD)) {
    if (++seen === n) return text.slice(0, (m.index ?? 0) + m[0].length);
  }
  return text;
}

/**
 * The terms of a text: its runs of letters and digits, lower-cased ("U.S." → "u", "s"). The unit
 * that word-overlap measures compare (centrality, redundancy, language share).
 */
export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}
