import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzHtml, fuzzText, htmlInput, type Outcome, textInput } from '../../scripts/tools/fuzz-shapes';

// A fixed seed keeps the run repeatable; `npm run fuzz` explores with fresh seeds and more cases.
const SEED = 20_231_118;

const CASES: [string, fc.Arbitrary<string>, (input: string) => Outcome, number, Outcome[]][] = [
  ['random and hostile text (digestText)', textInput, fuzzText, 300, ['digest', 'empty', 'no-article']],
  [
    'random and hostile pages on linkedom (digestDocument)',
    htmlInput,
    fuzzHtml,
    200,
    ['digest', 'empty', 'no-article'],
  ],
];

describe('fuzzing the whole pipeline', () => {
  it.each(CASES)('%s give a valid digest or an explained error', (_, input, check, numRuns, outcomes) => {
    const seen = new Set<Outcome>();
    fc.assert(
      fc.property(input, (value) => {
        seen.add(check(value));
      }),
      { seed: SEED, numRuns },
    );
    expect([...seen].sort()).toEqual(outcomes);
  });
});
