/**
 * Fuzzes the whole pipeline with fast-check: random and hostile text through digestText, random
 * and hostile pages through digestDocument on linkedom. Every case must give a valid digest or an
 * explained 'empty' / 'no-article' error (see fuzz-shapes.ts). Prints outcome counts and timing.
 *   npm run fuzz [-- --runs 10000] [--seed N]
 */
import fc from 'fast-check';
import { commandLine, wholeNumber } from '../shared/args';
import { median, p95 } from '../shared/stats';
import { fuzzHtml, fuzzText, htmlInput, type Outcome, textInput } from './fuzz-shapes';

function fuzz<T>(label: string, arb: fc.Arbitrary<T>, check: (input: T) => Outcome, runs: number, seed: number) {
  const counts = new Map<Outcome, number>();
  const times: number[] = [];
  const started = performance.now();
  const details = fc.check(
    fc.property(arb, (input) => {
      const t = performance.now();
      const outcome = check(input);
      times.push(performance.now() - t);
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }),
    { seed, numRuns: runs },
  );
  const total = (performance.now() - started) / 1000;
  const tally = [...counts].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(
    `${label.padEnd(5)} ${String(runs).padStart(6)} cases in ${total.toFixed(1)} s: ${tally}; ` +
      `ms/case median ${median(times).toFixed(1)}, p95 ${p95(times).toFixed(1)}, max ${Math.max(0, ...times).toFixed(0)}`,
  );
  if (details.failed) {
    console.log(`FAILED after ${details.numRuns} cases (seed ${seed}, path ${details.counterexamplePath}):`);
    console.log(`  input: ${JSON.stringify(details.counterexample?.[0]).slice(0, 2000)}`);
    console.log(
      `  error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
    );
  }
  return details.failed ? 1 : 0;
}

const { runs, seed } = commandLine(
  'Usage: npm run fuzz [-- --runs N] [--seed N]',
  { runs: { type: 'string' }, seed: { type: 'string' } },
  ({ values }) => ({
    runs: wholeNumber('--runs', values.runs, 10_000, 0),
    seed: wholeNumber('--seed', values.seed, Date.now() % 1_000_000_007, 0),
  }),
  { runs: 'a number of cases', seed: 'a number' },
);
console.log(`Fuzzing the pipeline: ${runs} cases (half text, half HTML), seed ${seed}`);
const failures =
  fuzz('text', textInput, fuzzText, Math.ceil(runs / 2), seed) +
  fuzz('html', htmlInput, fuzzHtml, Math.floor(runs / 2), seed);
process.exitCode = failures ? 1 : 0;
