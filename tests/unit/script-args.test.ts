import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError, wholeNumber } from '../../scripts/shared/args';

const OPTIONS = { sentences: { type: 'string', short: 'n' }, json: { type: 'boolean' } } as const;

describe('parseCommandLine (node:util parseArgs, one wording for every script)', () => {
  it('reads options in any form and keeps positionals and their order', () => {
    const { values, positionals, tokens } = parseCommandLine(['a.txt', '-n', '5', '--json', '-'], OPTIONS);
    expect(values).toEqual({ sentences: '5', json: true });
    expect(positionals).toEqual(['a.txt', '-']);
    expect(tokens.filter((t) => t.kind === 'option').map((t) => t.rawName)).toEqual(['-n', '--json']);
    expect(parseCommandLine(['--sentences=7'], OPTIONS).values.sentences).toBe('7');
  });

  it.each([
    [['--bogus'], 'Unknown option --bogus.'],
    [['-x'], 'Unknown option -x.'],
    [['--json=yes'], '--json takes no value.'],
    [['--sentences'], '--sentences takes a number (got nothing).'],
    [['a', '-n'], '--sentences takes a number (got nothing).'],
  ])('%j: %s', (argv, message) => {
    expect(() => parseCommandLine(argv, OPTIONS, { sentences: 'a number' })).toThrow(new UsageError(message));
  });
});

describe('wholeNumber', () => {
  it('gives the fallback when absent and the number when whole and large enough', () => {
    expect(wholeNumber('--runs', undefined, 21, 2)).toBe(21);
    expect(wholeNumber('--runs', '3', 21, 2)).toBe(3);
  });

  it.each(['1', '-1', '2.5', 'ten', ''])('refuses %j below 2 or not whole', (value) => {
    expect(() => wholeNumber('--runs', value, 21, 2)).toThrow(/--runs takes a whole number ≥ 2/);
  });
});
