/**
 * The side panel in real Chromium: Alt+Shift+G pressed for real (xdotool) on an article while the
 * panel is already open beside it, timed from the first key's keydown in the page to the new
 * digest painted in the panel. No window opens: the panel only asks the tab again (the background
 * hands it the request, the page is copied, the copy digested in the panel, the digest drawn).
 */
import type { Page } from 'playwright-core';
import { median, ms, p95, printTable, printVerdict } from '../shared/stats';
import { firstModifierAt, watchFirstModifier } from './browser-runs';
import { type Browser, cdp, harness } from './harness';

const { expectedDigest, pressKeys, tabIdOf, UI_TIMEOUT } = harness;

/** The target for the seed page (median, after the first press). */
const PANEL_BUDGET_MS = 150;
const SEED = 'seed-blinken-china';

export interface PanelRun {
  /** From the shortcut's first key reaching the page to the digest painted in the panel (wall clock). */
  keyToDigest: number;
}

export interface PanelResult {
  fixture: string;
  cold: PanelRun;
  warm: PanelRun[];
}

type View = Awaited<ReturnType<typeof cdp.ExtensionView.find>>;

/**
 * In the panel: resolves once the digest shown goes (the panel starts afresh on a new request: its
 * digest arrives in a later task, so the two are never one change) and the digest of `title` is
 * drawn, at the next frame after it is in the DOM.
 */
const watchNewDigest = (title: string) => `new Promise((resolve) => {
  const shown = () => document.querySelector('h1')?.textContent === ${JSON.stringify(title)} && !!document.querySelector('.key-sentences li');
  let gone = !shown();
  const observer = new MutationObserver(() => {
    if (!gone) { gone = !shown(); return; }
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve({ painted: performance.now(), origin: performance.timeOrigin })));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})`;

/** Sets Newsgist to the side panel, as the options page does, and waits until the button follows. */
async function choosePanel(b: Browser): Promise<void> {
  await b.worker.evaluate(
    "chrome.storage.local.set({ settings: { sentences: 3, copyFormat: 'text', highlight: false, openIn: 'panel', version: 1 } })",
  );
  const deadline = Date.now() + UI_TIMEOUT;
  while ((await b.worker.evaluate('chrome.action.getPopup({})')) !== '') {
    if (Date.now() > deadline) throw new Error('The toolbar button still opens the popup.');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function pressAndWatch(view: View, page: Page, title: string): Promise<PanelRun> {
  await watchFirstModifier(page);
  const seen = view.evaluate<{ painted: number; origin: number }>(watchNewDigest(title));
  await pressKeys(page, 'alt+shift+g');
  const painted = await seen;
  return { keyToDigest: painted.origin + painted.painted - (await firstModifierAt(page)) };
}

/**
 * Per fixture page: the page opened in a tab of the window and the shortcut pressed once (the panel
 * opens, or turns to this page), then `runs` timed presses: the first apart (cold), then the rest.
 */
export async function benchPanel(b: Browser, origin: string, fixtures: string[], runs: number): Promise<PanelResult[]> {
  await choosePanel(b);
  let view: View | null = null;
  const results: PanelResult[] = [];
  // Pages stay open until the end: the DevTools session to the panel goes through the first one.
  const pages: Page[] = [];
  try {
    for (const fixture of fixtures) {
      const page = await b.context.newPage();
      pages.push(page);
      await page.goto(`${origin}/${fixture}/`, { waitUntil: 'load' });
      await tabIdOf(b.worker, page);
      const { title } = expectedDigest(fixture);
      await pressKeys(page, 'alt+shift+g');
      view ??= await cdp.ExtensionView.find(b, page, (path) => path === 'sidepanel.html');
      await view.waitFor(`document.querySelector('h1')?.textContent === ${JSON.stringify(title)}`);
      const all: PanelRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await pressAndWatch(view, page, title));
      process.stderr.write(`${fixture}\n  side panel shortcut: ${runs} runs\n`);
      results.push({ fixture, cold: all[0] as PanelRun, warm: all.slice(1) });
    }
  } finally {
    await view?.detach();
    for (const page of pages) await page.close();
  }
  return results;
}

export function reportPanel(results: PanelResult[], warm: number): void {
  printTable(
    `Side panel already open: Alt+Shift+G (xdotool) → the new digest painted in the panel, ms from the first key's keydown in the page; cold = first press, then ${warm} presses`,
    ['fixture', 'cold', 'median', 'p95'],
    results.map((r) => [
      r.fixture,
      ms(r.cold.keyToDigest),
      ms(median(r.warm.map((x) => x.keyToDigest))),
      ms(p95(r.warm.map((x) => x.keyToDigest))),
    ]),
  );
  const seed = results.find((r) => r.fixture === SEED);
  if (seed) {
    const m = median(seed.warm.map((x) => x.keyToDigest));
    printVerdict(
      m <= PANEL_BUDGET_MS,
      `${SEED}: shortcut to digest in the open panel ${ms(m)} ms median ≤ ${PANEL_BUDGET_MS} ms`,
    );
  }
}
