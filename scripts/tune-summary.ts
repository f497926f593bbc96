/**
 * Chooses the ranker's weights on the tuning part of a CNN story file only (see partOf):
 *   npx tsx scripts/tune-summary.ts FILE.jsonl [--rounds R]   (R at most, default 10)
 * Coordinate search over a small grid per weight, starting from DEFAULT_WEIGHTS: each round tries
 * every grid value of one weight with the others fixed and keeps the best, until a round
 * changes nothing; the objective is the mean of ROUGE-1 and ROUGE-2 F1 over 1, 3 and 5
 * sentences. Prints the chosen weights and the objective on the tuning part (never looks at the
 * held-out part).
 */
import { DEFAULT_WEIGHTS } from '../lib/summarize/weights';
import { partOf, readStories } from './summary-data';
import { coordinateSearch, prepare } from './summary-tuning';

const LENGTHS = (process.env.LENGTHS ?? '1,3,5').split(',').map(Number);

function main(): void {
  const argv = process.argv.slice(2);
  const file = argv.find((a) => !a.startsWith('--'));
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 10;
  if (!file) {
    process.stderr.write('Usage: npx tsx scripts/tune-summary.ts FILE.jsonl [--rounds R]\n');
    process.exit(2);
  }
  const stories = readStories(file)
    .filter((s) => partOf(s.id) === 'tune')
    .map(prepare);
  const { weights } = coordinateSearch(stories, DEFAULT_WEIGHTS, LENGTHS, {
    rounds,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`chosen (${stories.length} tuning stories): ${JSON.stringify(weights)}\n`);
}

main();
