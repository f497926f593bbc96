import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CdpTarget, ExtensionView, type RecordedRequests, recordRequests } from './cdp';
import {
  axeReport,
  type Browser,
  contextMenu,
  expectedDigest,
  launchBrowser,
  pressKeys,
  SCREENSHOTS,
  startServer,
  UI_TIMEOUT,
} from './harness';
import { FRAMEBUFFER, screenPng } from './screen';

/**
 * The side panel in real Chromium, opened the way a reader opens it: Newsgist set to the side panel
 * in its options page, then the real shortcut (xdotool under Xvfb: a real gesture, which is what
 * lets Chrome open a panel and grants activeTab). The panel is reached over DevTools, clicked with
 * DevTools' mouse events, and the context menu is the browser's own, right-clicked with the real
 * mouse. Every request made meanwhile is recorded; axe-core checks each state. UPDATE_SCREENSHOTS=1
 * writes the README's pictures of the browser window, side panel beside the article.
 */
let server: Server;
let origin: string;
let b: Browser;
let anchor: Page;
let worker: CdpTarget;
let panel: ExtensionView | null = null;
/** Every request Playwright saw in the context, with where it came from. */
let seen: RecordedRequests['seen'] = [];

const SEED = expectedDigest('seed-blinken-china');
const BBC = expectedDigest('bbc-europe');

const H1 = "document.querySelector('h1')?.textContent";
const BAR = "document.querySelector('.panel-bar')?.textContent ?? ''";
const SENTENCES = "[...document.querySelectorAll('.key-sentences li')].map((li) => li.textContent)";

async function openArticle(fixture: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`${origin}/${fixture}/`, { waitUntil: 'load' });
  return page;
}

/** The side panel, once open: attached over DevTools, its requests recorded from then on. */
async function thePanel(via: Page): Promise<ExtensionView> {
  if (panel) return panel;
  panel = await ExtensionView.find(
    b,
    via,
    (path) => path === 'sidepanel.html',
    UI_TIMEOUT,
    'The side panel did not open.',
  );
  await panel.devtools.call('Network.enable');
  return panel;
}

async function waitForTitle(view: ExtensionView, title: string): Promise<void> {
  await view.waitFor(`${H1} === ${JSON.stringify(title)}`);
}

/** The page's own view of Newsgist's marks: how many ranges each highlight holds. */
function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, { size: number }> } }).CSS.highlights;
    return Object.fromEntries([...registry.entries()].map(([name, h]) => [name, h.size]));
  });
}

/** Selects the article's paragraphs that contain `first` through `last` (real DOM selection). */
async function select(page: Page, first: string, last: string): Promise<{ x: number; y: number; text: string }> {
  return page.evaluate(
    ([a, z]) => {
      const paragraphs = [...document.querySelectorAll('p')];
      const start = paragraphs.find((p) => p.textContent?.includes(a as string));
      const end = paragraphs.find((p) => p.textContent?.includes(z as string));
      if (!start || !end) throw new Error('paragraphs not found');
      start.scrollIntoView({ block: 'start' });
      const range = document.createRange();
      range.setStartBefore(start);
      range.setEndAfter(end);
      const selection = getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      const box = start.getBoundingClientRect();
      return { x: box.x + Math.min(40, box.width / 2), y: box.y + 6, text: selection.toString() };
    },
    [first, last],
  );
}

/** Resolves once the page has stopped scrolling (a key sentence is scrolled to smoothly). */
async function scrollSettled(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const y = await page.evaluate(() => scrollY);
        const still = y === last;
        last = y;
        return still;
      },
      { timeout: UI_TIMEOUT, interval: 250 },
    )
    .toBe(true);
}

/** A picture of the whole browser window (toolbar, tabs, page and side panel), for the README. */
async function shootWindow(page: Page, name: string): Promise<void> {
  await scrollSettled(page);
  // The pointer out of the picture.
  execFileSync('xdotool', ['mousemove', '1365', '899']);
  const win = await page.evaluate(() => ({ x: screenX, y: screenY, width: outerWidth, height: outerHeight }));
  const png = screenPng(win);
  if (png) writeFileSync(join(SCREENSHOTS, `${name}.png`), png);
  else if (process.env.UPDATE_SCREENSHOTS === '1')
    throw new Error(`No picture of the screen (${FRAMEBUFFER || 'no framebuffer'}): run under scripts/with-display.sh`);
}

beforeAll(async () => {
  ({ server, origin } = await startServer());
  b = await launchBrowser({ window: { width: 1280, height: 860 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The first tab carries Chromium's warning about the test's command-line flags: closed, so that
  // the README's pictures show the window as a reader has it.
  const first = b.context.pages()[0];
  anchor = await b.context.newPage();
  await first?.close();
  ({ seen, worker } = await recordRequests(b, anchor));
});

afterAll(async () => {
  await panel?.detach();
  await worker?.detach();
  await b?.close();
  server?.close();
});

describe.skipIf(!process.env.DISPLAY)('the side panel (real shortcut and context menu under Xvfb)', () => {
  it('is chosen in the options page: the button and the shortcut then open no popup', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByLabel('Side panel').check({ timeout: UI_TIMEOUT });
    await expect.poll(() => b.worker.evaluate('chrome.action.getPopup({})'), { timeout: UI_TIMEOUT }).toBe('');
    await options.close();
  });

  it('opens on the shortcut with the digest of the article', async () => {
    // In the window's only tab, so that no blank tab stays beside the article.
    const page = anchor;
    await page.goto(`${origin}/seed-blinken-china/`, { waitUntil: 'load' });
    await pressKeys(page, 'alt+shift+g');
    const view = await thePanel(page);
    await waitForTitle(view, SEED.title);
    expect(await view.evaluate(SENTENCES)).toEqual(SEED.sentences);
    const officials = await view.evaluate<string[]>(
      "[...document.querySelectorAll('.officials .person .name')].map((n) => n.textContent)",
    );
    expect(officials).toEqual(expect.arrayContaining(['Antony Blinken', 'Qin Gang', 'Wang Yi', 'Xi Jinping']));
    expect(await view.evaluate(BAR)).toBe('');
    expect(await axeReport((e) => view.evaluate(e))).toEqual([]);
  });

  it('scrolls the page to a key sentence, and highlights and marks officials in the page', async () => {
    const page = b.context.pages().find((p) => p.url().endsWith('/seed-blinken-china/')) as Page;
    const view = await thePanel(page);
    await page.evaluate(() => scrollTo(0, 0));
    await view.click('.key-sentences li:last-child button');
    await expect.poll(() => marks(page), { timeout: UI_TIMEOUT }).toMatchObject({ 'newsgist-focus': 1 });
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    await view.click('.switch input');
    await expect.poll(() => marks(page), { timeout: UI_TIMEOUT }).toMatchObject({ 'newsgist-key': 3 });
    await view.click('.officials .person button.name');
    await view.waitFor("document.querySelector('.officials button.name')?.getAttribute('aria-pressed') === 'true'");
    await expect
      .poll(async () => (await marks(page))['newsgist-person'] ?? 0, { timeout: UI_TIMEOUT })
      .toBeGreaterThan(1);
    await view.evaluate('scrollTo(0, 0)');
    await view.devtools.call('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 0, y: 0 });
    await shootWindow(page, 'panel-beside-article');
    // Off again: the page is left without marks of the key sentences.
    await view.click('.switch input');
    await expect.poll(() => marks(page), { timeout: UI_TIMEOUT }).not.toHaveProperty('newsgist-key');
  });

  it('says which page its digest is of on another tab, and follows the shortcut pressed there', async () => {
    const page = await openArticle('bbc-europe');
    const view = await thePanel(page);
    await view.waitFor(`${BAR}.includes(${JSON.stringify(`This digest is of “${SEED.title}”, in another tab.`)})`);
    expect(await view.evaluate(BAR)).toContain('Digest this tab or press Alt+Shift+G');
    expect(await view.evaluate(H1)).toBe(SEED.title);
    expect(await axeReport((e) => view.evaluate(e))).toEqual([]);
    await page.evaluate(() => document.querySelector('h1')?.scrollIntoView());
    await shootWindow(page, 'panel-other-tab');
    await pressKeys(page, 'alt+shift+g');
    await waitForTitle(view, BBC.title);
    expect(await view.evaluate(SENTENCES)).toEqual(BBC.sentences);
    expect(await view.evaluate(BAR)).toBe('');
  });

  it('digests the tab the reader is on with "Digest this tab"', async () => {
    const seed = b.context.pages().find((p) => p.url().endsWith('/seed-blinken-china/')) as Page;
    await seed.bringToFront();
    const view = await thePanel(seed);
    await view.waitFor(`${BAR}.includes(${JSON.stringify(`This digest is of “${BBC.title}”, in another tab.`)})`);
    await view.click('.panel-bar button');
    await waitForTitle(view, SEED.title);
    expect(await view.evaluate(BAR)).toBe('');
  });

  it('digests a selection chosen in the page’s context menu, with its key sentences and people', async () => {
    const page = await openArticle('bbc-europe');
    const view = await thePanel(page);
    const selected = await select(page, 'Prosecutors in Sweden have dropped', 'He is currently being held');
    await contextMenu(page, selected, ['Up', 'Up', 'Return']);
    const title = await page.title();
    await view.waitFor(`${H1} === ${JSON.stringify(title)} && ${SENTENCES}.length > 0`);
    expect(await view.evaluate(BAR)).toBe(`A digest of the text you selected in “${title}”, not of the whole page.`);
    const sentences = await view.evaluate<string[]>(SENTENCES);
    const flat = selected.text.replace(/\s+/g, ' ');
    for (const s of sentences) expect(flat).toContain(s);
    const people = await view.evaluate<string[]>(
      "[...document.querySelectorAll('.person .name')].map((n) => n.textContent)",
    );
    expect(people).toContain('Julian Assange');
    expect(await axeReport((e) => view.evaluate(e))).toEqual([]);
    await shootWindow(page, 'panel-selection');
  });

  it('says a selection is too short to digest, and why', async () => {
    const page = b.context.pages().findLast((p) => p.url().endsWith('/bbc-europe/')) as Page;
    const view = await thePanel(page);
    const point = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.startsWith('He is currently'));
      if (!p?.firstChild) throw new Error('paragraph not found');
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(p.firstChild, 0);
      range.setEnd(p.firstChild, 'He is currently being held'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const box = range.getBoundingClientRect();
      return { x: box.x + 10, y: box.y + box.height / 2 };
    });
    await contextMenu(page, point, ['Up', 'Up', 'Return']);
    await view.waitFor("document.querySelector('h1')?.textContent === 'This selection cannot be digested'");
    expect(await view.evaluate("document.querySelector('.reason')?.textContent")).toBe(
      'The selection is too short to digest: 5 of the 30 words a digest needs.',
    );
    expect(await axeReport((e) => view.evaluate(e))).toEqual([]);
  });

  it('says so when the tab of its digest goes to another page', async () => {
    const page = await openArticle('seed-blinken-china');
    const view = await thePanel(page);
    await pressKeys(page, 'alt+shift+g');
    await waitForTitle(view, SEED.title);
    await page.goto(`${origin}/pages/front-page.html`);
    await view.waitFor(
      `${BAR}.includes(${JSON.stringify(`This digest is of “${SEED.title}”, which this tab no longer shows.`)})`,
    );
  });

  it('in popup mode, the context menu opens the popup with the digest of the selection', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Popup', exact: true }).check({ timeout: UI_TIMEOUT });
    await expect
      .poll(() => b.worker.evaluate('chrome.action.getPopup({})'), { timeout: UI_TIMEOUT })
      .toMatch(/\/popup\.html$/);
    await options.close();
    const page = await openArticle('bbc-europe');
    const selected = await select(page, 'Prosecutors in Sweden have dropped', 'He is currently being held');
    await contextMenu(page, selected, ['Up', 'Up', 'Return']);
    const popup = await ExtensionView.find(b, page, (path) => path.startsWith('popup.html?request='));
    const sentences = await popup.waitFor<string[]>(`(${SENTENCES}).length && ${SENTENCES}`);
    const flat = selected.text.replace(/\s+/g, ' ');
    for (const s of sentences) expect(flat).toContain(s);
    await popup.evaluate('window.close()');
    await popup.detach();
    // The button opens the usual popup again.
    expect(await b.worker.evaluate('chrome.action.getPopup({})')).toMatch(/\/popup\.html$/);
  });

  it('made no network request: every request from the extension was for its own files', async () => {
    const own = (url: string) => url.startsWith(`chrome-extension://${b.extensionId}/`);
    const fromExtension = seen.filter((r) => r.from.startsWith('chrome-extension://') && !own(r.url));
    const fromPanel = panel?.devtools.requests().filter((r) => !own(r.url)) ?? [];
    const fromWorker = worker.requests().filter((r) => !own(r.url));
    expect([...fromExtension, ...fromPanel, ...fromWorker]).toEqual([]);
    expect(panel).not.toBeNull();
  });
});
