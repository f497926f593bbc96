/**
 * Huge pages in real Chromium (part of the browser section of `npm run bench`): the pages of
 * `npm run bench:scaling` served on 127.0.0.1, each digested through the popup page opened in a
 * tab. Times from the popup's navigation start to its answer painted (the digest, or the error
 * view), and the longest gap between two animation frames of the popup meanwhile: the digest runs
 * in the article's process, so the popup should keep drawing (a gap under 50 ms is smooth).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { fiveMegabytePage, oneWordParagraphs, twoHundredThousandSpans } from '../../tests/fixtures/hostile/huge';
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

/**
 * In the article page: every long task (over 50 ms) of its main thread, as the browser reports
 * them, so that what reading the page costs the page itself can be read after each run.
 */
export const PAGE_LONG_TASKS = `(() => {
  if (location.protocol !== 'http:') return;
  window.__benchLongest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongest = Math.max(window.__benchLongest, e.duration);
  }).observe({ type: 'longtask' });
})();`;

/** The hostile pages of issue 17 (tests/fixtures/hostile/huge.ts). */
export const HOSTILE: HugePage[] = [
  { label: '5.4 MB page with 12,700 comments', html: fiveMegabytePage() },
  { label: '200,000 spans, no sentence', html: twoHundredThousandSpans() },
  { label: '5,000 one-word paragraphs', html: oneWordParagraphs() },
];

interface HugeRun {
  /** From the popup's navigation start to its answer on screen. */
  answered: number;
  /** Longest gap between two frames of the popup until then. */
  longestFrame: number;
  /** What the popup said: the notice, the error heading, or the number of key sentences. */
  said: string;
  /** The article page's longest task meanwhile (ms; 0 when none was over 50 ms). */
  pageLongest: number;
}

async function hugeRun(b: Browser, tab: Page, tabId: number): Promise<HugeRun> {
  await tab.evaluate('window.__benchLongest = 0');
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
  const pageLongest = Number(await tab.evaluate('window.__benchLongest'));
  return { ...(run as Omit<HugeRun, 'pageLongest'>), pageLongest };
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

/**
 * The huge pages (all, or those given): 1 cold and `runs - 1` warm digests each, in the browser
 * `b` (FRAME_GAPS and PAGE_LONG_TASKS added).
 */
export async function benchHuge(b: Browser, runs: number, pages = [...hugePages(), ...HOSTILE]): Promise<void> {
  const { server, origin } = await servePages(pages);
  const rows: string[][] = [];
  try {
    for (const [k, page] of pages.entries()) {
      const tab = await b.context.newPage();
      await tab.goto(`${origin}/huge/${k}`, { waitUntil: 'load', timeout: UI_TIMEOUT * 2 });
      await tab.waitForTimeout(1000); // the page's own layout after load is not ours
      const elements = await tab.evaluate(() => document.getElementsByTagName('*').length);
      const tabId = await tabIdOf(b.worker, tab);
      const all: HugeRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await hugeRun(b, tab, tabId));
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
        ms(Math.max(...all.map((r) => r.pageLongest))),
      ]);
    }
  } finally {
    server.close();
  }
  printTable(
    `Huge pages in Chromium: popup page in a tab, ms from its navigation start to its answer painted; cold, then median of ${runs - 1}; longest gap between two popup frames meanwhile, and the article page's longest task (PerformanceObserver, all runs)`,
    ['page', 'MB', 'elements', 'the popup says', 'cold', 'median', 'longest frame gap', "page's longest task"],
    rows,
  );
}
