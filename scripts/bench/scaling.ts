/**
 * How the pipeline's cost grows with page size (scale.ts): the curve from 10 kB to 2 MB, then the
 * huge pages, each in a Node process of its own, against the 2 s budget.
 *   npm run bench:scaling [-- --repeat 5] [--only "flat spans"]
 * --only LABEL measures only the huge pages whose label holds LABEL (and not the curve);
 * --page LABEL is how this script runs one huge page in a child process.
 */
import { fileURLToPath } from 'node:url';
import { commandLine, wholeNumber } from '../shared/args';
import { loadLine } from '../shared/stats';
import { curve, huge, hugePage, warmUp } from './scale';

const { repeat, only, page } = commandLine(
  'Usage: npm run bench:scaling [-- --repeat N] [--only LABEL]',
  { repeat: { type: 'string' }, only: { type: 'string' }, page: { type: 'string' } },
  ({ values }) => ({
    repeat: wholeNumber('--repeat', values.repeat, 5),
    only: values.only ?? null,
    page: values.page ?? null,
  }),
  { repeat: 'a number of runs', only: 'a page label', page: 'a page label' },
);
// Warm-up, in this process and in each child.
warmUp();
if (page !== null) {
  hugePage(repeat, page);
} else {
  process.stdout.write(`bench:scaling · Node ${process.version} · ${loadLine()}\n`);
  if (!only) curve(repeat);
  huge(repeat, only, fileURLToPath(import.meta.url));
  process.stdout.write(`\nAt the end: ${loadLine()}\n`);
}
