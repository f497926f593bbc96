/**
 * Chooses the ranker's weights on the tuning part of a CNN story file only (see partOf):
 *   npx tsx scripts/tune-summary.ts FILE.jsonl [--rounds R]   (R at most, default 10)
 * Coordinate search over a small grid per weight, starting from DEFAULT_WEIGHTS: each round tries
 * every grid value of one weight with the others fixed and keeps the best, until a round
 * changes nothing; the objective is the
 * mean of ROUGE-1 and ROUGE-2 F1 over 1, 3 and 5 sentences. Prints the chosen weights and the
 * objective on the tuning part (never looks at the held-out part).
 */
import { articleFromText } from '../lib/extract/text';
import { segment } from '../lib/segment';
import { keySentences } from '../lib/select';
import { type RankWeights, rankSentences } from '../lib/summarize';
import { DEFAULT_WEIGHTS } from '../lib/summarize/weights';
import type { Sentence } from '../lib/types';
import { rougeN, rougeTokens } from './rouge';
import { partOf, readStories } from './summary-data';

const GRID: Record<keyof RankWeights, number[]> = {
  position: [0.5, 1, 1.5, 2, 3, 4],
  positionDecay: [0.25, 0.5, 0.75, 1, 1.5],
  centrality: [0, 0.25, 0.5, 1, 1.5, 2],
  topic: [0, 0.25, 0.5, 1, 1.5],
  length: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.8],
  idealLength: [8, 10, 12, 14, 16, 20, 25, 30],
  specificity: [0, 0.5, 1, 2, 3],
  quote: [0, 0.25, 0.5, 1, 2],
  attribution: [0, 0.1, 0.2, 0.3, 0.5],
  redundancy: [0, 0.5, 1, 2, 3],
};
const LENGTHS = (process.env.LENGTHS ?? '1,3,5').split(',').map(Number);

interface Prepared {
  sentences: Sentence[];
  reference: string[];
}

function objective(stories: readonly Prepared[], weights: RankWeights): number {
  let total = 0;
  for (const story of stories) {
    const ranked = rankSentences(story.sentences, { limit: 5, weights });
    for (const n of LENGTHS) {
      const candidate = rougeTokens(
        keySentences(ranked, n)
          .map((s) => s.text)
          .join(' '),
      );
      total += rougeN(story.reference, candidate, 1).f + rougeN(story.reference, candidate, 2).f;
    }
  }
  return (100 * total) / (2 * LENGTHS.length * stories.length);
}

function main(): void {
  const argv = process.argv.slice(2);
  const file = argv.find((a) => !a.startsWith('--'));
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 10;
  if (!file) {
    process.stderr.write('Usage: npx tsx scripts/tune-summary.ts FILE.jsonl [--rounds R]\n');
    process.exit(2);
  }
  const stories: Prepared[] = readStories(file)
    .filter((s) => partOf(s.id) === 'tune')
    .map((s) => ({
      sentences: segment(articleFromText(s.article).blocks),
      reference: rougeTokens(s.highlights),
    }));
  let weights: RankWeights = { ...DEFAULT_WEIGHTS };
  let best = objective(stories, weights);
  process.stdout.write(`start ${best.toFixed(3)} ${JSON.stringify(weights)}\n`);
  for (let round = 1; round <= rounds; round++) {
    const before = best;
    for (const key of Object.keys(GRID) as (keyof RankWeights)[]) {
      for (const value of GRID[key]) {
        if (value === weights[key]) continue;
        const trial = { ...weights, [key]: value };
        const score = objective(stories, trial);
        if (score > best + 1e-9) {
          best = score;
          weights = trial;
        }
      }
      process.stdout.write(`round ${round} ${key}=${weights[key]} objective ${best.toFixed(3)}\n`);
    }
    if (best === before) break;
  }
  process.stdout.write(`chosen (${stories.length} tuning stories): ${JSON.stringify(weights)}\n`);
}

main();
