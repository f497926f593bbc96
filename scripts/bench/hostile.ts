/**
 * Issue 17's hostile pages alone in real Chromium (the last rows of the huge-page table of
 * `npm run bench:browser`), for a quick look after a change to how the page is copied or read:
 *   npm run bench:hostile [-- --runs N]     (1 cold run and N - 1 warm runs per page; default 5)
 * Needs the E2E build (`npm run build:e2e`) and an X display (scripts/with-display.sh gives one).
 */
import { commandLine, wholeNumber } from '../shared/args';
import { loadLine } from '../shared/stats';
import { benchHuge, FRAME_GAPS, HOSTILE, PAGE_LONG_TASKS } from './browser-huge';
import { harness } from './harness';

const { runs } = commandLine(
  'Usage: npm run bench:hostile [-- --runs N]',
  { runs: { type: 'string' } },
  ({ values }) => ({ runs: wholeNumber('--runs', values.runs, 5, 2, ' (one cold run, then warm runs)') }),
  { runs: 'a number of runs' },
);
const b = await harness.launchBrowser({ pinned: false });
try {
  await b.context.addInitScript(FRAME_GAPS);
  await b.context.addInitScript(PAGE_LONG_TASKS);
  process.stdout.write(`${loadLine()}\n`);
  await benchHuge(b, runs, HOSTILE);
} finally {
  await b.close();
}
