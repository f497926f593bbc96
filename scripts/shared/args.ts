/**
 * Command lines of every script, read by node:util's parseArgs. One wording for each mistake
 * (unknown option, missing value, a value given to a switch), so every script answers alike.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true; tokens: true }>
>;

/** The command line is wrong: the script says why, shows its usage and exits 2. */
export class UsageError extends Error {}

/**
 * Parses `argv` against `options` (options keep their order in `tokens`). `needs` describes the
 * value of a string option for the "takes … (got nothing)" message: `{ sentences: 'a number' }`.
 */
export function parseCommandLine<O extends Options>(
  argv: readonly string[],
  options: O,
  needs: Partial<Record<keyof O, string>> = {},
): Parsed<O> {
  const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) throw new UsageError(`Unknown option ${token.rawName}.`);
    if (option.type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${token.rawName} takes no value.`);
    if (option.type === 'string' && token.value === undefined)
      throw new UsageError(`--${token.name} takes ${needs[token.name] ?? 'a value'} (got nothing).`);
  }
  // Checked above: every option is known, every string option has its value, no switch has one.
  return parsed as unknown as Parsed<O>;
}

/**
 * The command line of a script, or its usage on stderr and exit 2 when it is wrong. `check`
 * may throw a UsageError of its own for values the options cannot describe.
 */
export function commandLine<O extends Options, T = Parsed<O>>(
  usage: string,
  options: O,
  check: (parsed: Parsed<O>) => T = (parsed) => parsed as T,
  needs: Partial<Record<keyof O, string>> = {},
): T {
  try {
    return check(parseCommandLine(process.argv.slice(2), options, needs));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n${usage}\n`);
    process.exit(2);
  }
}

/** A whole-number option: `fallback` when absent, a UsageError below `min` or when not a number. */
export function wholeNumber(flag: string, value: string | undefined, fallback: number, min = 1, why = ''): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min)) throw new UsageError(`${flag} takes a whole number ≥ ${min}${why} (got ${JSON.stringify(value)}).`);
  return n;
}

/** For a script that takes no arguments: its usage and exit 2 when given some. */
export function noArguments(usage: string): void {
  commandLine(usage, {}, ({ positionals }) => {
    if (positionals.length) throw new UsageError(`It takes no arguments (got ${positionals.join(' ')}).`);
  });
}
