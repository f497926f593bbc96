/**
 * Shared by tune-summary and cv-summary: tuning stories prepared once, the tuning objective
 * and the coordinate search over the weight grid. Only ever given tuning-part stories.
 */
import { articleFromText } from '../lib/extract/text';
import { segment } from '../lib/segment';
import { keySentences } from '../lib/select';
import { type RankWeights, rankSentences } from '../lib/summarize';
import type { Sentence } from '../lib/types';
import { rougeN, rougeTokens } from './rouge';
import type { Story } from './summary-data';

export const GRID: Record<keyof RankWeights, number[]> = {
  position: [0.5, 1, 1.5, 2, 3, 4],
  positionDecay: [0.25, 0.5, 0.75, 1, 1.5],
  centrality: [0, 0.25, 0.5, 1, 1.5, 2],
  firstPhrase: [0, 0.5, 1, 1.5],
  topic: [0, 0.25, 0.5, 1, 1.5],
  length: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.8],
  idealLength: [8, 10, 12, 14, 16, 20, 25, 30],
  specificity: [0, 0.5, 1, 2, 3],
  quote: [0, 0.25, 0.5, 1, 2],
  attribution: [0, 0.1, 0.2, 0.3, 0.5],
  redundancy: [0, 0.5, 1, 2, 3],
  personal: [0, 0.1, 0.2, 0.3, 0.5],
  lateLength: [0, 0.4, 0.8, 1.2, 1.6, 2, 3, 4],
};

export interface Prepared {
  id: string;
  sentences: Sentence[];
  reference: string[];
  /** Tokens of the first 5 sentences, for Lead-N. */
  lead: string[][];
}

export function prepare(story: Story): Prepared {
  const sentences = segment(articleFromText(story.article).blocks);
  return {
    id: story.id,
    sentences,
    reference: rougeTokens(story.highlights),
    lead: sentences.slice(0, 5).map((s) => rougeTokens(s.text)),
  };
}

/** ROUGE-1 and ROUGE-2 F1 of Newsgist's and Lead's n-sentence picks of one story. */
export function storyScores(
  story: Prepared,
  ranked: readonly { text: string; index: number }[],
  n: number,
): { r1: number; r2: number; lead1: number; lead2: number } {
  const candidate = rougeTokens(
    keySentences(ranked, n)
      .map((s) => s.text)
      .join(' '),
  );
  const lead = story.lead.slice(0, n).flat();
  return {
    r1: rougeN(story.reference, candidate, 1).f,
    r2: rougeN(story.reference, candidate, 2).f,
    lead1: rougeN(story.reference, lead, 1).f,
    lead2: rougeN(story.reference, lead, 2).f,
  };
}

/** Mean of ROUGE-1 and ROUGE-2 F1 (x100) over the given digest lengths. */
export function objective(stories: readonly Prepared[], weights: RankWeights, lengths: readonly number[]): number {
  let total = 0;
  for (const story of stories) {
    const ranked = rankSentences(story.sentences, { limit: Math.max(...lengths), weights });
    for (const n of lengths) {
      const s = storyScores(story, ranked, n);
      total += s.r1 + s.r2;
    }
  }
  return (100 * total) / (2 * lengths.length * stories.length);
}

/**
 * A change of weights must raise the objective by this much (ROUGE points x100) to be kept:
 * smaller gains on 100-odd stories are noise, and chasing them is how weights overfit.
 */
export const MIN_GAIN = 0.01;

/**
 * Coordinate search: each round tries every grid value of one weight with the others fixed and
 * keeps the best value if it beats the current weights by MIN_GAIN, until a round changes nothing (or
 * `rounds` rounds).
 */
export function coordinateSearch(
  stories: readonly Prepared[],
  start: RankWeights,
  lengths: readonly number[],
  options: { rounds: number; grid?: Partial<Record<keyof RankWeights, number[]>>; log?: (line: string) => void },
): { weights: RankWeights; score: number } {
  const grid = { ...GRID, ...options.grid };
  let weights = { ...start };
  let best = objective(stories, weights, lengths);
  options.log?.(`start ${best.toFixed(3)} ${JSON.stringify(weights)}`);
  for (let round = 1; round <= options.rounds; round++) {
    const before = best;
    for (const key of Object.keys(grid) as (keyof RankWeights)[]) {
      let bestTrial: { weights: RankWeights; score: number } | null = null;
      for (const value of grid[key] ?? []) {
        if (value === weights[key]) continue;
        const trial = { ...weights, [key]: value };
        const score = objective(stories, trial, lengths);
        if (score > (bestTrial?.score ?? Number.NEGATIVE_INFINITY)) bestTrial = { weights: trial, score };
      }
      if (bestTrial && bestTrial.score > best + MIN_GAIN) {
        best = bestTrial.score;
        weights = bestTrial.weights;
      }
      options.log?.(`round ${round} ${key}=${weights[key]} objective ${best.toFixed(3)}`);
    }
    if (best === before) break;
  }
  return { weights, score: best };
}
