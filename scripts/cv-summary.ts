/**
 * Compares ranker variants on the tuning part only, by k-fold cross-validation inside it (the
 * held-out part is never read):
 *   npx tsx scripts/cv-summary.ts FILE.jsonl [--folds K] [--weights JSON] [--against JSON] [--tune] [--rounds R]
 * Without --tune: scores DEFAULT_WEIGHTS (with the --weights overrides) on each fold. With
 * --tune: for each fold, tunes the weights on the other folds (coordinate search from the same
 * start) and scores the fold it left out, so the figures estimate how the tuning procedure does
 * on stories it has not seen. Prints ROUGE-1/2 F1 gains over Lead-N (x100, ± standard error)
 * at 1, 3 and 5 sentences, overall and per fold. --against JSON (other overrides of the defaults)
 * replaces Lead-N by that variant, so the gains are paired differences between two variants.
 */
import { type RankWeights, rankSentences } from '../lib/summarize';
import { DEFAULT_WEIGHTS } from '../lib/summarize/weights';
import { foldOf, meanSe, partOf, readStories } from './summary-data';
import { coordinateSearch, type Prepared, prepare, storyScores } from './summary-tuning';

const LENGTHS = [1, 3, 5];

function main(): void {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const file = argv.find((a, k) => !a.startsWith('--') && !(argv[k - 1] ?? '').startsWith('--'));
  if (!file) {
    process.stderr.write('Usage: npx tsx scripts/cv-summary.ts FILE.jsonl [--folds K] [--weights JSON] [--tune]\n');
    process.exit(2);
  }
  const folds = Number(value('--folds') ?? 4);
  const rounds = Number(value('--rounds') ?? 10);
  const start: RankWeights = {
    ...DEFAULT_WEIGHTS,
    ...(JSON.parse(value('--weights') ?? '{}') as Partial<RankWeights>),
  };
  const againstJson = value('--against');
  const against = againstJson
    ? { ...DEFAULT_WEIGHTS, ...(JSON.parse(againstJson) as Partial<RankWeights>) }
    : undefined;
  const stories = readStories(file)
    .filter((s) => partOf(s.id) === 'tune')
    .map(prepare);
  // Per length: per story gains (R1, R2) over Lead-N, scored out of fold when tuning.
  const gains = LENGTHS.map(() => ({ r1: [] as number[], r2: [] as number[], fold: [] as number[] }));
  for (let fold = 0; fold < folds; fold++) {
    const test = stories.filter((s) => foldOf(s.id, folds) === fold);
    let weights = start;
    if (argv.includes('--tune')) {
      const train = stories.filter((s) => foldOf(s.id, folds) !== fold);
      weights = coordinateSearch(train, start, LENGTHS, { rounds }).weights;
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
  process.stdout.write(`mean gain (R1+R2)/2 over 1,3,5: ${((100 * sum) / (2 * LENGTHS.length)).toFixed(3)}\n`);
}

function score(
  test: readonly Prepared[],
  weights: RankWeights,
  fold: number,
  gains: { r1: number[]; r2: number[]; fold: number[] }[],
  against?: RankWeights,
): void {
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

main();
