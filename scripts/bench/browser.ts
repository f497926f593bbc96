/**
 * The real-Chromium part of `npm run bench`: click-to-digest, the popup shortcut, the copy shortcut
 * and the shortcut with the side panel open (browser-panel.ts), timed with the built extension
 * (.output/chrome-mv3-e2e). Per fixture page: the first run
 * (cold) apart from the later ones; medians and p95 over the later; then the huge pages of
 * `npm run bench:scaling` (browser-huge.ts). Real key presses need an X display
 * (`npm run bench` wraps itself in Xvfb when there is none).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadLine } from '../shared/stats';
import { benchHuge, FRAME_GAPS, PAGE_LONG_TASKS } from './browser-huge';
import { benchPanel, reportPanel } from './browser-panel';
import { type FixtureResult, reportCopy, reportInjection, reportToolbar, reportWhere } from './browser-report';
import { copyShortcut, POPUP_MARKS, popupInTab, shortcutPopup, toolbarPopup } from './browser-runs';
import { type Browser, harness, ROOT } from './harness';
import { benchInjection, injectionBundles } from './injection';

const { FIXTURES, launchBrowser, startServer, tabIdOf } = harness;

async function openArticle(b: Browser, origin: string, fixture: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(`${origin}/${fixture}/`, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(b.worker, page) };
}

async function repeat<T>(runs: number, label: string, run: () => Promise<T>): Promise<{ cold: T; warm: T[] }> {
  const all: T[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  process.stderr.write(`  ${label}: ${runs} runs\n`);
  return { cold: all[0] as T, warm: all.slice(1) };
}

interface Bundles {
  compromise: string;
  pipeline: string;
}

/** Everything timed with the toolbar button pinned (the reader's setup), for one fixture page. */
async function benchFixture(
  b: Browser,
  origin: string,
  fixture: string,
  runs: number,
  bundles: Bundles,
): Promise<Omit<FixtureResult, 'unpinned'>> {
  process.stderr.write(`${fixture}\n`);
  const a = await openArticle(b, origin, fixture);
  const tab = await repeat(runs, 'popup in a tab', () => popupInTab(b, a.tabId));
  await a.page.close();
  const t = await openArticle(b, origin, fixture);
  const toolbar = await repeat(runs, 'toolbar popup, pinned', () => toolbarPopup(b, t.page));
  await t.page.close();
  const s = await openArticle(b, origin, fixture);
  const shortcut = await repeat(runs, 'popup shortcut', () => shortcutPopup(b, s.page));
  await s.page.close();
  const c = await openArticle(b, origin, fixture);
  const copy = await repeat(runs, 'copy shortcut', () => copyShortcut(b, c.page, c.tabId));
  await c.page.close();
  const i = await openArticle(b, origin, fixture);
  const injection = await benchInjection(b.worker, i.page, i.tabId, bundles, runs - 1);
  process.stderr.write(`  injection parts: ${runs - 1} runs each\n`);
  await i.page.close();
  return { fixture, tab, toolbar, shortcut, copy, injection };
}

/** The toolbar popup with the button not pinned, in a browser of its own. */
async function benchUnpinned(b: Browser, origin: string, fixture: string, runs: number) {
  process.stderr.write(`${fixture}\n`);
  const t = await openArticle(b, origin, fixture);
  const unpinned = await repeat(runs, 'toolbar popup, not pinned', () => toolbarPopup(b, t.page));
  await t.page.close();
  return unpinned;
}

async function withBrowser<T>(pinned: boolean, origin: string, run: (b: Browser) => Promise<T>): Promise<T> {
  const b = await launchBrowser({ pinned });
  try {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await b.context.addInitScript(POPUP_MARKS);
    return await run(b);
  } finally {
    await b.close();
  }
}

/** Runs per huge page (each takes seconds): 1 cold, the rest warm. */
const HUGE_RUNS = 5;

export const ALL_FIXTURES = (): string[] =>
  readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'source.html')))
    .map((d) => d.name);

/** The side panel part alone (`npm run bench -- --only panel`). */
export async function benchPanelOnly(runs: number, fixtures: string[]): Promise<void> {
  const { server, origin } = await startServer();
  try {
    const results = await withBrowser(true, origin, async (b) => {
      process.stdout.write(`\nReal Chromium ${b.context.browser()?.version() ?? ''} · ${loadLine()}\n`);
      return benchPanel(b, origin, fixtures, runs);
    });
    reportPanel(results, runs - 1);
  } finally {
    server.close();
  }
}

/**
 * Times the built extension (.output/chrome-mv3-e2e) in real Chromium and prints the tables. Needs
 * an X display for the real key presses.
 */
export async function benchBrowser(runs: number, fixtures: string[]): Promise<void> {
  const { server, origin } = await startServer();
  try {
    const bundles = await injectionBundles(ROOT);
    let version = '';
    const pinned = await withBrowser(true, origin, async (b) => {
      version = b.context.browser()?.version() ?? '';
      const out: Omit<FixtureResult, 'unpinned'>[] = [];
      for (const fixture of fixtures) out.push(await benchFixture(b, origin, fixture, runs, bundles));
      return out;
    });
    process.stderr.write('Toolbar button not pinned:\n');
    const results: FixtureResult[] = await withBrowser(false, origin, async (b) => {
      const out: FixtureResult[] = [];
      for (const r of pinned) out.push({ ...r, unpinned: await benchUnpinned(b, origin, r.fixture, runs) });
      return out;
    });
    process.stdout.write(
      `\nReal Chromium ${version} · .output/chrome-mv3-e2e · ${fixtures.length} fixture pages · ${runs} runs per page and mode · ${loadLine()}\n`,
    );
    reportToolbar(results, runs - 1);
    reportWhere(results, runs - 1);
    reportInjection(results, runs - 1);
    reportCopy(results, runs - 1);
    process.stderr.write('Side panel:\n');
    reportPanel(await withBrowser(true, origin, (b) => benchPanel(b, origin, fixtures, runs)), runs - 1);
    process.stderr.write('Huge pages:\n');
    await withBrowser(false, origin, async (b) => {
      await b.context.addInitScript(FRAME_GAPS);
      await b.context.addInitScript(PAGE_LONG_TASKS);
      await benchHuge(b, Math.min(runs, HUGE_RUNS));
    });
  } finally {
    server.close();
  }
}
