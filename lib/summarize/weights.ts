/**
 * The ranker's weights. Chosen by `scripts/eval/tune-summary.ts` on the tuning half of the CNN dev
 * stories only (the held-out half is reported apart); see the README's Quality section.
 */
export interface RankWeights {
  /** Weight of the position prior (1 + k) ** -positionDecay, k = place among the usable sentences. */
  position: number;
  positionDecay: number;
  /** Weight of word centrality (0–1, relative to the article's most central sentence or to 1 if higher). */
  centrality: number;
  /**
   * Weight of phrase centrality (0–1, like centrality, over two-word phrases of content words)
   * for the first pick only: it finds the one sentence that states the gist, but on later picks
   * it favours long sentences that restate the first.
   */
  firstPhrase: number;
  /** Weight of the cosine with the topic (headline and lead sentence words). */
  topic: number;
  /** Penalty per unit of |ln(words / idealLength)|. */
  length: number;
  idealLength: number;
  /** Weight of the share of names and numbers among the words. */
  specificity: number;
  /** Penalty times the share of the sentence inside quotation marks. */
  quote: number;
  /** Penalty for naming a source ("said", "told", "according to"). */
  attribution: number;
  /** Penalty times the cosine with the closest sentence already picked (MMR). */
  redundancy: number;
  /** Penalty for speaking in the first person outside quotation marks ("I think", "we saw"). */
  personal: number;
  /**
   * From the fourth pick on (long digests), extra penalty per unit of ln(words / idealLength)
   * above the ideal length: each extra sentence dilutes the digest, so it should be compact.
   */
  lateLength: number;
}

export const DEFAULT_WEIGHTS: RankWeights = {
  position: 2,
  positionDecay: 0.25,
  centrality: 1,
  firstPhrase: 1,
  topic: 0,
  length: 0.3,
  idealLength: 16,
  specificity: 2,
  quote: 0.5,
  attribution: 0.2,
  redundancy: 1,
  personal: 0.1,
  lateLength: 3,
};
