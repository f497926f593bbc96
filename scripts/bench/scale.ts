/**
 * How the pipeline's cost grows with page size, in wall time (what a reader waits), end to end as
 * the CLI runs it: linkedom parse, then digestDocument on the parsed page (no copy: the CLI owns
 * it). The one implementation behind `npm run bench:scaling` (both parts) and the `scale` section
 * of `npm run bench` (the curve):
 * - the curve: a news article of 10 kB → 2 MB as text (digestText, which stops at MAX_WORDS, and
 *   each stage uncapped on the whole text) and as a page (parse, digest, Readability alone), and
 *   a page of classed spans of the same sizes (up to 45,000 elements), with the growth exponent
 *   of each column (1 = linear);
 * - huge pages (huge-pages.ts: 50,000 elements in several shapes, 2 MB in one text node), each
 *   measured in a Node process of its own (as the CLI runs one page) and judged against the 2 s
 *   budget: MET or MISSED.
 * Node start-up and reading the file are not included. Every figure is the median of `repeat` runs.
 */

import { spawnSync } from 'node:child_process';
import { Readability } from '@mozilla/readability';
import { reasonText } from '../../entrypoints/shared/wording';
import { digestDocument, digestText, MAX_WORDS } from '../../lib/digest';
import type { DigestResult } from '../../lib/types';
import { parseDocument } from '../cli/node-dom';
import { english } from '../shared/messages';
import { median, ms, printTable, printVerdict } from '../shared/stats';
import { stages } from './digest';
import { articlePage, hugePages, paragraphs, spansPage } from './huge-pages';

/** The budget for one huge page, parse + digest. */
const BUDGET_MS = 2000;
/** Growth faster than size^1.3 from 10 kB to 2 MB is flagged (linear is 1, quadratic 2). */
const SUPER_LINEAR = 1.3;
const SIZES_KB = [10, 100, 500, 1000, 2000];
/** Bytes of markup per element of the classed-spans page: 50,000 elements make 2.18 MB. */
const BYTES_PER_SPAN = 44;

interface Times {
  wall: number;
  cpu: number;
}

/** Wall and CPU time (user + system of this process) of `run`, in ms. */
function clock<T>(run: () => T): [T, Times] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, { wall, cpu: (used.user + used.system) / 1000 }];
}

function must(result: DigestResult, what: string): DigestResult {
  if (!result.ok && result.error.code === 'failed')
    throw new Error(`${what}: ${reasonText(result.error.reason, english)}`);
  return result;
}

/** What the page gave: the digest's size and notice, or the typed error. */
function outcome(result: DigestResult): string {
  if (!result.ok) return `error: ${result.error.code}`;
  const cut = result.digest.notices.find((n) => n.kind === 'truncated');
  const words = result.digest.words.toLocaleString('en');
  return cut ? `digest of first ${words} of ${cut.totalWords.toLocaleString('en')} words` : `digest, ${words} words`;
}

interface Run {
  parse: Times;
  digest: Times;
  total: Times;
  result: DigestResult;
}

/** One end-to-end run, as the CLI does it. `copy` runs the browser's path instead: the page is copied. */
export function endToEnd(html: string, copy = false): Run {
  const [doc, parse] = clock(() => parseDocument(html));
  const [result, digest] = clock(() => must(digestDocument(doc, { disposable: !copy }), 'page'));
  return {
    parse,
    digest,
    total: { wall: parse.wall + digest.wall, cpu: parse.cpu + digest.cpu },
    result,
  };
}

/** Compiles every stage once before anything is timed. */
export function warmUp(): void {
  for (let i = 0; i < 2; i++) endToEnd(articlePage(100_000));
}

/** Runs `run` `repeat` times and gives the median of each measure. */
function medians<K extends string>(repeat: number, run: () => Record<K, number>): Record<K, number> {
  const samples = Array.from({ length: repeat }, run);
  const keys = Object.keys(samples[0] ?? {}) as K[];
  return Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))])) as Record<K, number>;
}

/** The stages lib/digest.ts chains, on the whole text (not stopped at MAX_WORDS), each timed. */
function uncapped(text: string): Record<'blocks' | 'segment' | 'scoring' | 'officials', number> {
  const [blocks, seg, scoring, officials] = stages(text);
  return { blocks, segment: seg, scoring, officials };
}

/** Elements of the classed-spans page of `kb` kB. */
const spans = (kb: number) => Math.round((kb * 1000) / BYTES_PER_SPAN).toLocaleString('en');

const exponent = (a: number, b: number, ka: number, kb: number) => Math.log(b / a) / Math.log(kb / ka);

/** Columns of the curve: what each measures, as its header and in the growth line. */
const COLUMNS = {
  text: ['digestText', 'digestText'],
  blocks: ['uncapped: blocks', 'blocks'],
  segment: ['segment', 'segment'],
  scoring: ['scoring', 'scoring'],
  officials: ['officials', 'officials'],
  parse: ['page: parse', 'page parse'],
  digest: ['page: digest', 'page digest'],
  total: ['page: parse + digest (CLI)', 'page parse + digest'],
  readability: ['parse + Readability alone', 'parse + Readability'],
  spans: ['spans page: parse + digest', 'spans page'],
} as const;
type Column = keyof typeof COLUMNS;

/** The curve from 10 kB to 2 MB: its table, growth exponents and verdict. */
export function curve(repeat: number): void {
  const rows = SIZES_KB.map((kb) => {
    const text = paragraphs(kb * 1000).join('\n\n');
    const html = articlePage(kb * 1000);
    const spanPage = spansPage(Math.round((kb * 1000) / BYTES_PER_SPAN), 'w');
    const m = medians(repeat, (): Record<Column, number> => {
      const [, text_] = clock(() => must(digestText(text), 'text'));
      const run = endToEnd(html);
      const [, readability] = clock(() => new Readability(parseDocument(html)).parse());
      return {
        text: text_.wall,
        ...uncapped(text),
        parse: run.parse.wall,
        digest: run.digest.wall,
        total: run.total.wall,
        readability: readability.wall,
        spans: endToEnd(spanPage).total.wall,
      };
    });
    process.stderr.write(`scaling: ${kb} kB done\n`);
    return { kb, ...m };
  });
  const cols = Object.keys(COLUMNS) as Column[];
  printTable(
    `Wall time from 10 kB to 2 MB, median of ${repeat} runs, ms (ms per 100 kB): a news article as text (digestText stops at ${MAX_WORDS.toLocaleString('en')} words and says so; the stages run uncapped on the whole text) and as a page (paragraphs of varied sentences), and a page of classed spans (${spans(SIZES_KB[0] ?? 0)} to ${spans(SIZES_KB[SIZES_KB.length - 1] ?? 0)} elements)`,
    ['size', ...cols.map((c) => COLUMNS[c][0])],
    rows.map((r) => [`${r.kb} kB`, ...cols.map((c) => `${ms(r[c])} (${((r[c] * 100) / r.kb).toFixed(1)})`)]),
  );
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return;
  let linear = true;
  const overall = cols.map((c) => {
    const e = exponent(first[c], last[c], first.kb, last.kb);
    if (e > SUPER_LINEAR) linear = false;
    return `${COLUMNS[c][1]} ${e.toFixed(2)}`;
  });
  const steps = (c: Column) =>
    rows
      .slice(1)
      .map((r, i) => {
        const before = rows[i] ?? r;
        return `${before.kb}→${r.kb} kB ${exponent(before[c], r[c], before.kb, r.kb).toFixed(2)}`;
      })
      .join(', ');
  process.stdout.write(`Growth exponent, 10 kB → 2 MB (1 = linear): ${overall.join(', ')}\n`);
  process.stdout.write(`Step by step, article page: ${steps('total')}; spans page: ${steps('spans')}\n`);
  printVerdict(linear, `every column grows slower than size^${SUPER_LINEAR} from 10 kB to 2 MB (linear is 1)`);
}

interface HugeRow {
  label: string;
  elements: number;
  mb: number;
  outcome: string;
  parse: number;
  digest: number;
  total: number;
  cpu: number;
  copy: number;
}

/** One huge page, measured in this process (the child of `huge`): its row as JSON on stdout. */
export function hugePage(repeat: number, label: string): void {
  const page = hugePages().find((p) => p.label === label);
  if (!page) throw new Error(`No huge page called ${label}`);
  const elements = parseDocument(page.html).querySelectorAll('*').length;
  let result: DigestResult | null = null;
  const m = medians(repeat, () => {
    const run = endToEnd(page.html);
    result = run.result;
    const copy = endToEnd(page.html, true);
    return {
      parse: run.parse.wall,
      digest: run.digest.wall,
      total: run.total.wall,
      cpu: run.total.cpu,
      copy: copy.total.wall,
    };
  });
  const done = result as DigestResult | null;
  const row: HugeRow = { label, elements, mb: page.html.length / 1e6, outcome: done ? outcome(done) : '–', ...m };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

/**
 * Each huge page in a Node process of its own (`entry --page LABEL`), as the CLI digests one page
 * per process: in one long process the DOMs of earlier huge pages pile up to gigabytes of heap and
 * a later page pays for collecting them (seen: a 1.4 MB page parsed in 13.7 s after six others,
 * 0.19 s alone).
 */
export function huge(repeat: number, only: string | null, entry: string): void {
  const labels = hugePages()
    .map((p) => p.label)
    .filter((label) => !only || label.includes(only));
  const rows = labels.map((label): HugeRow => {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, entry, '--page', label, '--repeat', String(repeat)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`${label}: ${child.stderr || child.error?.message}`);
    process.stderr.write(`scaling: ${label} done\n`);
    return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as HugeRow;
  });
  printTable(
    `Huge pages, wall time of parse + digest as the CLI runs it, median of ${repeat} runs, ms (budget ${BUDGET_MS / 1000} s)`,
    [
      'page',
      'elements',
      'MB',
      'result',
      'parse',
      'digest',
      'parse + digest',
      'its CPU time',
      'with a copy (browser path)',
    ],
    rows.map((r) => [
      r.label,
      r.elements.toLocaleString('en'),
      r.mb.toFixed(2),
      r.outcome,
      ms(r.parse),
      ms(r.digest),
      ms(r.total),
      ms(r.cpu),
      ms(r.copy),
    ]),
  );
  for (const r of rows)
    printVerdict(r.total < BUDGET_MS, `${r.label}: ${ms(r.total)} ms ≤ ${BUDGET_MS} ms, parse + digest (wall)`);
}
