/**
 * Click-to-digest and copy-shortcut times in real Chromium with the built extension (a script
 * that prints figures, not a test):
 *   npm run build:e2e && npm run bench:browser [-- --runs N] [--fixtures a,b]
 * Per fixture page: the first run (cold) apart from the later ones; medians and p95 over the later.
 * Needs an X display for real key presses (`npm run bench:browser` wraps itself in Xvfb).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { benchInjection, type InjectionTimes, injectionBundles } from './bench/injection';
import { PopupWatcher } from './bench/popup-target';
import { loadLine, median, ms, p95, printTable, printTimings, printVerdict } from './bench/stats';

// tests/e2e/harness.ts locates its files with __dirname, which vitest provides; so do we here.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
Object.assign(globalThis, { __dirname: join(ROOT, 'tests', 'e2e') });
const { FIXTURES, launchBrowser, openPopupFor, pressKeys, startServer, tabIdOf } = await import('../tests/e2e/harness');
type Browser = Awaited<ReturnType<typeof launchBrowser>>;

const CLICK_BUDGET_MS = 250;
const DIGEST_SHOWN = "document.querySelector('h1') && document.querySelector('.key-sentences li')";

/**
 * Runs in the popup page before its own scripts: marks (performance.now(), from the popup's
 * navigation start) when the app first renders, when it asks the tab for the digest and gets it,
 * when the digest is in the DOM, and the next frame after that (on screen).
 */
const POPUP_MARKS = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const marks = (window.__benchMarks = {});
  const now = () => performance.now();
  const scripting = globalThis.chrome && chrome.scripting;
  if (scripting) {
    const execute = scripting.executeScript.bind(scripting);
    scripting.executeScript = (...args) => {
      const injects = args[0] && args[0].files;
      if (injects && marks.askTab === undefined) marks.askTab = now();
      const answer = execute(...args);
      if (injects) answer.then(() => { if (marks.tabAnswered === undefined) marks.tabAnswered = now(); }, () => {});
      return answer;
    };
  }
  new MutationObserver(() => {
    if (marks.appRendered === undefined && document.getElementById('app')?.firstChild) marks.appRendered = now();
    if (marks.digestInDom === undefined && ${DIGEST_SHOWN}) {
      marks.digestInDom = now();
      requestAnimationFrame(() => setTimeout(() => { marks.digestPainted = now(); }));
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface PopupMarks {
  appRendered: number;
  askTab: number;
  tabAnswered: number;
  digestInDom: number;
  digestPainted: number;
  firstPaint: number;
  /** From Node's request to open the popup page to the digest painted (wall clock). */
  wall: number;
}

function parseArgs(argv: string[]): { runs: number; fixtures: string[] | null } {
  let runs = 21;
  let fixtures: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--fixtures') fixtures = (argv[++i] ?? '').split(',');
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(runs) || runs < 2)
    throw new Error('--runs takes a whole number ≥ 2 (one cold run, then warm runs).');
  return { runs, fixtures };
}

async function openArticle(b: Browser, origin: string, fixture: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(`${origin}/${fixture}/`, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(b.worker, page) };
}

/** The popup page opened in a tab for the article's tab (as the E2E suite does), timed inside the page. */
async function popupInTab(b: Browser, tabId: number): Promise<PopupMarks> {
  const start = Date.now();
  const popup = await openPopupFor(b, tabId);
  await popup.waitForFunction(
    () => (window as unknown as { __benchMarks?: { digestPainted?: number } }).__benchMarks?.digestPainted,
    null,
    { polling: 10, timeout: 30_000 },
  );
  const marks = await popup.evaluate(() => ({
    ...(window as unknown as { __benchMarks: Omit<PopupMarks, 'wall' | 'firstPaint'> }).__benchMarks,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    origin: performance.timeOrigin,
  }));
  await popup.close();
  return { ...marks, wall: marks.origin + marks.digestPainted - start };
}

interface ToolbarRun {
  /** From `action.openPopup()` to the digest painted in the popup (wall clock). */
  wall: number;
  /** From `action.openPopup()` to the popup's navigation start (the browser opens the window). */
  opening: number;
  /** From the popup's navigation start to the digest painted. */
  inPopup: number;
  /** False when the digest was already there when we attached: then the times are upper bounds. */
  watched: boolean;
}

const popupUrl = (b: Browser) => `chrome-extension://${b.extensionId}/popup.html`;

/** Waits until no toolbar popup is open, so the next run watches a new one. */
async function waitPopupClosed(b: Browser, page: Page): Promise<void> {
  const session = await b.context.newCDPSession(page);
  for (let i = 0; i < 100; i++) {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { url: string }[] };
    if (!targetInfos.some((t) => t.url === popupUrl(b))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await session.detach();
}

/** In the popup: resolves when the digest is in the DOM and the next frame has run. */
const WATCH_DIGEST = `new Promise((resolve) => {
  const painted = (watched) => requestAnimationFrame(() => setTimeout(() =>
    resolve({ painted: performance.now(), origin: performance.timeOrigin, watched })));
  if (${DIGEST_SHOWN}) return painted(false);
  const observer = new MutationObserver(() => {
    if (!(${DIGEST_SHOWN})) return;
    observer.disconnect();
    painted(true);
  });
  observer.observe(document, { childList: true, subtree: true });
})`;

/**
 * The real toolbar popup, opened with \`action.openPopup()\` (what a click or Alt+Shift+G does),
 * watched from the moment its target appears until the digest is painted.
 */
async function toolbarPopup(b: Browser, page: Page): Promise<ToolbarRun> {
  await page.bringToFront();
  const watcher = await PopupWatcher.start(b.context, page, popupUrl(b));
  const start = Date.now();
  await b.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
  );
  const seen = await watcher.evaluate<{ painted: number; origin: number; watched: boolean }>(WATCH_DIGEST);
  await watcher.close();
  await waitPopupClosed(b, page);
  return {
    wall: seen.origin + seen.painted - start,
    opening: seen.origin - start,
    inPopup: seen.painted,
    watched: seen.watched,
  };
}

interface CopyRun {
  /** From the shortcut's first key reaching the page (its Alt or Shift keydown) to the toast attached. */
  keyToToast: number;
  /** From the call to pressKeys (xdotool window search and focus included) to the toast attached. */
  fromPress: number;
  copied: boolean;
}

interface CopyMarks {
  __benchKeys?: boolean;
  __keyAt?: number;
  __toastAt?: number;
}

/**
 * Alt+Shift+Y pressed for real (xdotool). The browser keeps the shortcut, but the page sees its
 * modifiers go down first: the time runs from that keydown to the confirmation toast attached.
 */
async function copyShortcut(page: Page): Promise<CopyRun> {
  await page.evaluate(async () => {
    const w = window as unknown as CopyMarks;
    w.__keyAt = undefined;
    w.__toastAt = undefined;
    if (!w.__benchKeys) {
      w.__benchKeys = true;
      addEventListener(
        'keydown',
        (e) => {
          if (w.__keyAt === undefined && (e.key === 'Alt' || e.key === 'Shift')) w.__keyAt = e.timeStamp;
        },
        { capture: true },
      );
    }
    new MutationObserver((records, observer) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'NEWSGIST-TOAST'))) {
        w.__toastAt = performance.now();
        observer.disconnect();
      }
    }).observe(document.documentElement, { childList: true });
    await navigator.clipboard.writeText('before');
  });
  const start = Date.now();
  await pressKeys(page, 'alt+shift+y');
  await page.waitForFunction(() => (window as unknown as CopyMarks).__toastAt, null, { polling: 10, timeout: 30_000 });
  const m = await page.evaluate(() => {
    const w = window as unknown as CopyMarks;
    return { keyAt: w.__keyAt ?? Number.NaN, toastAt: w.__toastAt ?? Number.NaN, origin: performance.timeOrigin };
  });
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  return {
    keyToToast: m.toastAt - m.keyAt,
    fromPress: m.origin + m.toastAt - start,
    copied: clipboard !== 'before' && clipboard.length > 0,
  };
}

async function repeat<T>(runs: number, label: string, run: () => Promise<T>): Promise<{ cold: T; warm: T[] }> {
  const all: T[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  process.stderr.write(`  ${label}: ${runs} runs\n`);
  return { cold: all[0] as T, warm: all.slice(1) };
}

interface FixtureResult {
  fixture: string;
  tab: { cold: PopupMarks; warm: PopupMarks[] };
  toolbar: { cold: ToolbarRun; warm: ToolbarRun[] };
  copy: { cold: CopyRun; warm: CopyRun[] };
  injection: InjectionTimes;
}

async function benchFixture(
  b: Browser,
  origin: string,
  fixture: string,
  runs: number,
  bundles: { compromise: string; pipeline: string },
): Promise<FixtureResult> {
  process.stderr.write(`${fixture}\n`);
  const a = await openArticle(b, origin, fixture);
  const tab = await repeat(runs, 'popup in a tab', () => popupInTab(b, a.tabId));
  await a.page.close();
  const t = await openArticle(b, origin, fixture);
  const toolbar = await repeat(runs, 'toolbar popup', () => toolbarPopup(b, t.page));
  await t.page.close();
  const c = await openArticle(b, origin, fixture);
  const copy = await repeat(runs, 'copy shortcut', () => copyShortcut(c.page));
  await c.page.close();
  const i = await openArticle(b, origin, fixture);
  const injection = await benchInjection(b.worker, i.page, i.tabId, bundles, runs - 1);
  process.stderr.write(`  injection parts: ${runs - 1} runs each\n`);
  await i.page.close();
  return { fixture, tab, toolbar, copy, injection };
}

/** The cold run, then the median and p95 of the warm runs. */
function coldAndWarm(cold: number, warm: number[]): string[] {
  return [ms(cold), ms(median(warm)), ms(p95(warm))];
}

function reportToolbar(results: FixtureResult[], warm: number): void {
  printTable(
    `Click to digest on screen: toolbar popup, action.openPopup() → digest painted (wall clock), ms; cold = first run, then ${warm} runs`,
    [
      'fixture',
      'cold',
      'median',
      'p95',
      'click → popup navigation',
      'navigation → digest painted',
      'watched before the digest',
    ],
    results.map((r) => {
      const w = r.toolbar.warm;
      return [
        r.fixture,
        ...coldAndWarm(
          r.toolbar.cold.wall,
          w.map((x) => x.wall),
        ),
        ms(median(w.map((x) => x.opening))),
        ms(median(w.map((x) => x.inPopup))),
        `${[r.toolbar.cold, ...w].filter((x) => x.watched).length}/${w.length + 1}`,
      ];
    }),
  );
  const allToolbar = results.flatMap((r) => r.toolbar.warm.map((x) => x.wall));
  printVerdict(
    median(allToolbar) <= CLICK_BUDGET_MS,
    `click to digest ${ms(median(allToolbar))} ms median over all fixtures after the first run ≤ ${CLICK_BUDGET_MS} ms`,
  );
  for (const r of results) {
    const m = median(r.toolbar.warm.map((x) => x.wall));
    if (m > CLICK_BUDGET_MS)
      printVerdict(false, `${r.fixture}: click to digest ${ms(m)} ms median > ${CLICK_BUDGET_MS} ms`);
  }
}

function reportWhere(results: FixtureResult[], warm: number): void {
  const tab = results.flatMap((r) => r.tab.warm);
  printTimings('Where the time goes (warm runs, all fixtures), ms', 'runs', [
    [
      'toolbar: click → popup navigation starts (the browser opens the popup)',
      results.flatMap((r) => r.toolbar.warm.map((x) => x.opening)),
    ],
    ['toolbar: navigation → digest painted', results.flatMap((r) => r.toolbar.warm.map((x) => x.inPopup))],
    ['popup in a tab: navigation → first paint (loading view)', tab.map((x) => x.firstPaint)],
    ['popup in a tab: navigation → asks the tab (page load, app start)', tab.map((x) => x.askTab)],
    [
      'popup in a tab: asks the tab → digest returned (inject digest.js, digest in the page)',
      tab.map((x) => x.tabAnswered - x.askTab),
    ],
    [
      'popup in a tab: digest returned → painted (Preact render, next frame)',
      tab.map((x) => x.digestPainted - x.tabAnswered),
    ],
  ]);
  printTable(
    `Popup page in a tab (popup.html?tabId=N), ms from the popup's navigation start; median of ${warm} warm runs (cold in brackets)`,
    [
      'fixture',
      'first paint',
      'app rendered',
      'asks the tab',
      'tab answered',
      'digest in DOM',
      'painted',
      'wall clock',
    ],
    results.map((r) => {
      const w = r.tab.warm;
      const col = (k: keyof PopupMarks) => `${ms(median(w.map((x) => x[k])))} (${ms(r.tab.cold[k])})`;
      return [
        r.fixture,
        col('firstPaint'),
        col('appRendered'),
        col('askTab'),
        col('tabAnswered'),
        col('digestInDom'),
        col('digestPainted'),
        col('wall'),
      ];
    }),
  );
}

function reportInjection(results: FixtureResult[], warm: number): void {
  printTable(
    `Inside the article page: median ms of ${warm} runs (after one warm-up), main world for the last two`,
    [
      'fixture',
      'executeScript round trip',
      'executeScript digest.js',
      'compromise module set-up',
      'digestDocument (all loaded)',
    ],
    results.map(({ fixture, injection: t }) => [
      fixture,
      ms(median(t.roundTrip)),
      ms(median(t.digestJs)),
      ms(median(t.compromiseSetup)),
      ms(median(t.digest)),
    ]),
  );
}

function reportCopy(results: FixtureResult[], warm: number): void {
  printTable(
    `Copy shortcut: Alt+Shift+Y (xdotool) → toast attached in the page, ms; cold = first press, then ${warm} presses`,
    ['fixture', 'cold', 'median', 'p95', 'median from pressKeys()', 'keydown seen', 'clipboard written'],
    results.map((r) => {
      const w = r.copy.warm;
      const all = [r.copy.cold, ...w];
      return [
        r.fixture,
        ...coldAndWarm(
          r.copy.cold.keyToToast,
          w.map((x) => x.keyToToast),
        ),
        ms(median(w.map((x) => x.fromPress))),
        `${all.filter((x) => Number.isFinite(x.keyToToast)).length}/${all.length}`,
        `${all.filter((x) => x.copied).length}/${all.length}`,
      ];
    }),
  );
}

async function main(): Promise<void> {
  const { runs, fixtures: only } = parseArgs(process.argv.slice(2));
  const fixtures =
    only ??
    readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  const { server, origin } = await startServer();
  const b = await launchBrowser();
  try {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await b.context.addInitScript(POPUP_MARKS);
    process.stdout.write(
      `Newsgist browser bench · Chromium ${b.context.browser()?.version() ?? ''} · .output/chrome-mv3-e2e · ${runs} runs per fixture and mode · ${loadLine()}\n`,
    );
    const results: FixtureResult[] = [];
    const bundles = await injectionBundles(ROOT);
    for (const fixture of fixtures) results.push(await benchFixture(b, origin, fixture, runs, bundles));
    reportToolbar(results, runs - 1);
    reportWhere(results, runs - 1);
    reportInjection(results, runs - 1);
    reportCopy(results, runs - 1);
    process.stdout.write(`\nAt the end: ${loadLine()}\n`);
  } finally {
    await b.close();
    server.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench:browser: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
