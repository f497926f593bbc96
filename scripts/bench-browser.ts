/**
 * Click-to-digest and copy-shortcut times in real Chromium with the built extension (a script
 * that prints figures, not a test):
 *   npm run build:e2e && npm run bench:browser [-- --runs N] [--fixtures a,b]
 * Per fixture page: the first run (cold) apart from the later ones; medians and p95 over the later.
 * Needs an X display for real key presses (`npm run bench:browser` wraps itself in Xvfb).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type FixtureResult, reportCopy, reportInjection, reportToolbar, reportWhere } from './bench/browser-report';
import { copyShortcut, POPUP_MARKS, popupInTab, toolbarPopup } from './bench/browser-runs';
import { type Browser, harness, ROOT } from './bench/harness';
import { benchInjection, injectionBundles } from './bench/injection';
import { loadLine } from './bench/stats';

const { FIXTURES, launchBrowser, startServer, tabIdOf } = harness;

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

async function repeat<T>(runs: number, label: string, run: () => Promise<T>): Promise<{ cold: T; warm: T[] }> {
  const all: T[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  process.stderr.write(`  ${label}: ${runs} runs\n`);
  return { cold: all[0] as T, warm: all.slice(1) };
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

async function main(): Promise<void> {
  const { runs, fixtures: only } = parseArgs(process.argv.slice(2));
  const fixtures =
    only ??
    readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'source.html')))
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
