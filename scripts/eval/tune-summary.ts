/**
 * Chooses the key-sentence ranker's weights, on the tuning half of a CNN story file only (the
 * held-out half is never read; see split.ts), and checks the choice by cross-validation inside it.
 *   npm run tune:summary -- FILE.jsonl [--rounds R]
 *     Coordinate search over a small grid per weight, from DEFAULT_WEIGHTS: each round tries every
 *     grid value of one weight with the others fixed and keeps the best, until a round changes
 *     nothing (R rounds at most, default 10). The objective is the mean of ROUGE-1 and ROUGE-2 F1
 *     over 1, 3 and 5 sentences (LENGTHS=1,3 in the environment to change). Prints the chosen weights.
 *   npm run eval:summary-cv -- FILE.jsonl [--folds K] [--weights JSON] [--against JSON] [--tune] [--rounds R]
 *     k-fold cross-validation (K default 4). Without --tune: scores DEFAULT_WEIGHTS (with the
 *     --weights overrides) on each fold. With --tune: for each fold, tunes the weights on the other
 *     folds (the same search, from the same start) and scores the fold it left out, so the figures
 *     estimate how the tuning does on stories it has not seen. Prints ROUGE-1/2 F1 gains over
 *     Lead-N (x100, ± standard error) at 1, 3 and 5 sentences, overall and per fold. --against JSON
 *     (other overrides of the defaults) replaces Lead-N by that variant: paired differences.
 */
import { articleFromText } from '../../lib/extract/text';
import { segment } from '../../lib/segment';
import { keySentences } from '../../lib/select';
import { type RankWeights, rankSentences } from '../../lib/summarize';
import { DEFAULT_WEIGHTS } from '../../lib/summarize/weights';
import type { Sentence } from '../../lib/types';
import { commandLine, UsageError, wholeNumber } from '../shared/args';
import { readStories, type Story } from '../shared/corpus';
import { meanSe } from '../shared/stats';
import { rougeN, rougeTokens } from './rouge';
import { foldOf, storyPart } from './split';

const GRID: Record<keyof RankWeights, number[]> = {
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

/** Digest lengths the search and the cross-validation score. */
const LENGTHS = (process.env.LENGTHS ?? '1,3,5').split(',').map(Number);

/**
 * A change of weights must raise the objective by this much (ROUGE points x100) to be kept:
 * smaller gains on 100-odd stories are noise, and chasing them is how weights overfit.
 */
const MIN_GAIN = 0.01;

/** A tuning story, segmented once. */
interface Prepared {
  id: string;
  sentences: Sentence[];
  reference: string[];
  /** Tokens of the first 5 sentences, for Lead-N. */
  lead: string[][];
}

function prepare(story: Story): Prepared {
  const sentences = segment(articleFromText(story.article).blocks);
  return {
    id: story.id,
    sentences,
    reference: rougeTokens(story.highlights),
    lead: sentences.slice(0, 5).map((s) => rougeTokens(s.text)),
  };
}

/** ROUGE-1 and ROUGE-2 F1 of Newsgist's and Lead's n-sentence picks of one story. */
function storyScores(
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

/** Mean of ROUGE-1 and ROUGE-2 F1 (x100) over LENGTHS. */
function objective(stories: readonly Prepared[], weights: RankWeights): number {
  let total = 0;
  for (const story of stories) {
    const ranked = rankSentences(story.sentences, { limit: Math.max(...LENGTHS), weights });
    for (const n of LENGTHS) {
      const s = storyScores(story, ranked, n);
      total += s.r1 + s.r2;
    }
  }
  return (100 * total) / (2 * LENGTHS.length * stories.length);
}

/**
 * Coordinate search: each round tries every grid value of one weight with the others fixed and
 * keeps the best value if it beats the current weights by MIN_GAIN, until a round changes nothing
 * (or `rounds` rounds).
 */
function coordinateSearch(
  stories: readonly Prepared[],
  start: RankWeights,
  rounds: number,
  log?: (line: string) => void,
): RankWeights {
  let weights = { ...start };
  let best = objective(stories, weights);
  log?.(`start ${best.toFixed(3)} ${JSON.stringify(weights)}`);
  for (let round = 1; round <= rounds; round++) {
    const before = best;
    for (const key of Object.keys(GRID) as (keyof RankWeights)[]) {
      let bestTrial: { weights: RankWeights; score: number } | null = null;
      for (const value of GRID[key]) {
        if (value === weights[key]) continue;
        const trial = { ...weights, [key]: value };
        const score = objective(stories, trial);
        if (score > (bestTrial?.score ?? Number.NEGATIVE_INFINITY)) bestTrial = { weights: trial, score };
      }
      if (bestTrial && bestTrial.score > best + MIN_GAIN) {
        best = bestTrial.score;
        weights = bestTrial.weights;
      }
      log?.(`round ${round} ${key}=${weights[key]} objective ${best.toFixed(3)}`);
    }
    if (best === before) break;
  }
  return weights;
}

interface Gains {
  r1: number[];
  r2: number[];
  fold: number[];
}

/** Per length: each test story's R1 and R2 gain over Lead-N (or over the `against` weights). */
function score(test: readonly Prepared[], weights: RankWeights, fold: number, gains: Gains[], against?: RankWeights) {
  const limit = Math.max(...LENGTHS);
  for (const story of test) {
    const ranked = rankSentences(story.sentences, { limit, weights });
    const other = against ? rankSentences(story.sentences, { limit, weights: against }) : undefined;
    LENGTHS.forEach((n, k) => {
      const s = storyScores(story, ranked, n);
      const o = other ? storyScores(story, other, n) : undefined;
      gains[k]?.r1.push(s.r1 - (o ? o.r1 : s.lead1));
      gains[k]?.r2.push(s.r2 - (o ? o.r2 : s.lead2));
      gains[k]?.fold.push(fold);
    });
  }
}

function crossValidate(
  stories: readonly Prepared[],
  options: { folds: number; rounds: number; tune: boolean; start: RankWeights; against?: RankWeights },
): void {
  const { folds, rounds, start, against } = options;
  const gains: Gains[] = LENGTHS.map(() => ({ r1: [], r2: [], fold: [] }));
  for (let fold = 0; fold < folds; fold++) {
    const test = stories.filter((s) => foldOf(s.id, folds) === fold);
    let weights = start;
    if (options.tune) {
      const train = stories.filter((s) => foldOf(s.id, folds) !== fold);
      weights = coordinateSearch(train, start, rounds);
      process.stdout.write(`fold ${fold}: ${JSON.stringify(weights)}\n`);
    }
    score(test, weights, fold, gains, against);
  }
  const f = (v: readonly number[]) => {
    const { mean, se } = meanSe(v);
    return `${(100 * mean >= 0 ? '+' : '') + (100 * mean).toFixed(2)} ±${(100 * se).toFixed(2)}`;
  };
  let sum = 0;
  LENGTHS.forEach((n, k) => {
    const g = gains[k];
    if (!g) return;
    const perFold = Array.from(
      { length: folds },
      (_, fold) => f(g.r1.filter((_, i) => g.fold[i] === fold)).split(' ')[0],
    ).join(' ');
    sum += meanSe(g.r1).mean + meanSe(g.r2).mean;
    process.stdout.write(`n=${n}  ΔR1 ${f(g.r1)}  ΔR2 ${f(g.r2)}  ΔR1 per fold ${perFold}\n`);
  });
  process.stdout.write(
    `mean gain (R1+R2)/2 over ${LENGTHS.join(',')}: ${((100 * sum) / (2 * LENGTHS.length)).toFixed(3)}\n`,
  );
}

const USAGE = `Usage: npm run tune:summary -- FILE.jsonl [--rounds R]
       npm run eval:summary-cv -- FILE.jsonl [--folds K] [--weights JSON] [--against JSON] [--tune] [--rounds R]`;

function weightsOf(flag: string, json: string | undefined): RankWeights {
  try {
    return { ...DEFAULT_WEIGHTS, ...(JSON.parse(json ?? '{}') as Partial<RankWeights>) };
  } catch {
    throw new UsageError(`${flag} takes a JSON object of weights, as {"firstPhrase":0} (got ${json}).`);
  }
}

function main(): void {
  const args = commandLine(
    USAGE,
    {
      cv: { type: 'boolean' },
      rounds: { type: 'string' },
      folds: { type: 'string' },
      weights: { type: 'string' },
      against: { type: 'string' },
      tune: { type: 'boolean' },
    },
    ({ values, positionals }) => {
      if (positionals.length !== 1) throw new UsageError('Give one FILE.jsonl.');
      if (!values.cv && (values.folds ?? values.weights ?? values.against ?? values.tune) !== undefined)
        throw new UsageError('--folds, --weights, --against and --tune go with cross-validation (eval:summary-cv).');
      return {
        file: positionals[0] as string,
        cv: values.cv === true,
        tune: values.tune === true,
        rounds: wholeNumber('--rounds', values.rounds, 10),
        folds: wholeNumber('--folds', values.folds, 4),
        start: weightsOf('--weights', values.weights),
        against: values.against === undefined ? undefined : weightsOf('--against', values.against),
      };
    },
  );
  const stories = readStories(args.file)
    .filter((s) => storyPart(s.id) === 'tune')
    .map(prepare);
  if (args.cv) {
    crossValidate(stories, args);
    return;
  }
  const weights = coordinateSearch(stories, args.start, args.rounds, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`chosen (${stories.length} tuning stories): ${JSON.stringify(weights)}\n`);
}

main();
