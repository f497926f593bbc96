/**
 * Huge pages in real Chromium (part of the browser section of `npm run bench`): the pages of
 * `npm run bench:scaling` served on 127.0.0.1, each digested through the popup page opened in a
 * tab. Times from the popup's navigation start to its answer painted (the digest, or the error
 * view), and the longest gap between two animation frames of the popup meanwhile: the digest runs
 * in the article's process, so the popup should keep drawing (a gap under 50 ms is smooth).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { median, ms, printTable } from '../shared/stats';
import { type Browser, harness } from './harness';
import { type HugePage, hugePages } from './huge-pages';

const { openPopupFor, tabIdOf, UI_TIMEOUT } = harness;

/** In the popup, before its scripts: the longest frame gap until it shows an answer. */
export const FRAME_GAPS = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const gaps = (window.__benchFrames = { longest: 0, frames: 0 });
  let last = performance.now();
  const tick = (t) => {
    gaps.longest = Math.max(gaps.longest, t - last);
    gaps.frames++;
    last = t;
    if (!gaps.done) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface HugeRun {
  /** From the popup's navigation start to its answer on screen. */
  answered: number;
  /** Longest gap between two frames of the popup until then. */
  longestFrame: number;
  /** What the popup said: the notice, the error heading, or the number of key sentences. */
  said: string;
}

async function hugeRun(b: Browser, tabId: number): Promise<HugeRun> {
  const popup = await openPopupFor(b, tabId);
  // A function, not a string: the popup's CSP forbids eval.
  await popup.waitForFunction(
    () => document.querySelector('.key-sentences li') ?? document.querySelector('main.state.error'),
    null,
    { polling: 10, timeout: UI_TIMEOUT * 2 },
  );
  const run = await popup.evaluate(`new Promise((resolve) => requestAnimationFrame(() => {
    const frames = window.__benchFrames;
    frames.done = true;
    const notice = document.querySelector('.notice-truncated');
    const error = document.querySelector('main.state.error h1');
    const said = error ? error.textContent
      : notice ? notice.textContent
      : document.querySelectorAll('.key-sentences li').length + ' key sentences';
    resolve({ answered: performance.now(), longestFrame: frames.longest, said });
  }))`);
  await popup.close();
  return run as HugeRun;
}

function servePages(pages: HugePage[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const at = Number(/^\/huge\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    const page = pages[at];
    if (!page) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** The huge pages: 1 cold and `runs - 1` warm digests each, in the browser `b` (FRAME_GAPS added). */
export async function benchHuge(b: Browser, runs: number): Promise<void> {
  const pages = hugePages();
  const { server, origin } = await servePages(pages);
  const rows: string[][] = [];
  try {
    for (const [k, page] of pages.entries()) {
      const tab = await b.context.newPage();
      await tab.goto(`${origin}/huge/${k}`, { waitUntil: 'load', timeout: UI_TIMEOUT * 2 });
      const elements = await tab.evaluate(() => document.getElementsByTagName('*').length);
      const tabId = await tabIdOf(b.worker, tab);
      const all: HugeRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await hugeRun(b, tabId));
      await tab.close();
      process.stderr.write(`  huge page ${page.label}: ${runs} runs\n`);
      const [cold, ...warm] = all as [HugeRun, ...HugeRun[]];
      rows.push([
        page.label,
        (page.html.length / 1e6).toFixed(2),
        elements.toLocaleString('en'),
        cold.said.replace(/^A very long page: this digest is built on its /, '').replace(/\.$/, ''),
        ms(cold.answered),
        ms(median(warm.map((r) => r.answered))),
        ms(Math.max(...all.map((r) => r.longestFrame))),
      ]);
    }
  } finally {
    server.close();
  }
  printTable(
    `Huge pages in Chromium: popup page in a tab, ms from its navigation start to its answer painted; cold, then median of ${runs - 1}; longest gap between two popup frames meanwhile (all runs)`,
    ['page', 'MB', 'elements', 'the popup says', 'cold', 'median', 'longest frame gap'],
    rows,
  );
}
