import type { KeySentence } from './types';

/**
 * The longest digest a reader can ask for. The page is read once and this many sentences are
 * ranked, so every length up to it is shown without reading the page again.
 */
export const MAX_SENTENCES = 20;

/**
 * The first `n` ranked sentences, back in article order: the digest's key sentences. Kept apart
 * from the summarizer so the popup can change length without bundling the ranker.
 */
export function keySentences(ranked: readonly KeySentence[], n: number): KeySentence[] {
  return ranked.slice(0, Math.max(0, n)).sort((a, b) => a.index - b.index);
}
