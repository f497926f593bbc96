import { cpus, loadavg } from 'node:os';

/**
 * Figures and tables for every script that prints them (eval, bench, fuzz).
 *
 * One quantile rule everywhere, nearest rank: the q-quantile of n values is the value at rank
 * ⌈q·n⌉ (1-based) of the sorted values; the median of an even count is the lower middle value,
 * the p95 of 20 values their 19th. Every median and p95 the README quotes is computed this way.
 */

/** The q-quantile (0–1) of a list of numbers, by nearest rank (above); NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);
export const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;

/** Mean and standard error of the mean (0 and 0 for no values). */
export function meanSe(values: readonly number[]): { mean: number; se: number } {
  const n = values.length;
  if (n === 0) return { mean: 0, se: 0 };
  const m = mean(values);
  const variance = values.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(n - 1, 1);
  return { mean: m, se: Math.sqrt(variance / n) };
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** Runs `fn` and returns its result with the time it took, in milliseconds. */
export function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/** Prints a Markdown table: numeric columns right-aligned, text columns left-aligned. */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => i > 0 && rows.every((r) => /^[-–\d.,%]*$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  process.stdout.write(`\n${title}\n\n`);
  process.stdout.write(`${line(header)}\n`);
  process.stdout.write(
    `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |\n`,
  );
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}

/** A table of timings: one row per measure with its median, p95 and number of samples. */
export function printTimings(
  title: string,
  unit: string,
  rows: readonly (readonly [string, readonly number[]])[],
): void {
  printTable(
    title,
    ['', 'median', 'p95', unit],
    rows.map(([name, values]) => [name, ms(median(values)), ms(p95(values)), String(values.length)]),
  );
}

/** A line under a table; `ok` false marks a missed budget. */
export function printVerdict(ok: boolean, text: string): void {
  process.stdout.write(`${ok ? 'MET   ' : 'MISSED'} ${text}\n`);
}

/** The machine's load averages (1, 5, 15 min): figures taken under load are slower and noisier. */
export function loadLine(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} on ${cpus().length} cores`;
}
