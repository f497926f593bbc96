import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type Browser,
  launchBrowser,
  openPopupFor,
  popupForUrl,
  ROOT,
  SCREENSHOTS,
  startServer,
  tabIdOf,
  UI_TIMEOUT,
} from './harness';

/**
 * Every state of the popup in real Chromium: what it says, that axe-core finds no accessibility
 * violation, and a screenshot for the README (UPDATE_SCREENSHOTS=1 writes tests/e2e/screenshots/).
 */

let server: Server;
let origin: string;
let slow: Server;
let slowOrigin: string;
let b: Browser;

async function shoot(popup: Page, name: string): Promise<void> {
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Pages the static server cannot make: one that is still loading, a very long article, and a page
 * of 50,000 elements (10,000 paragraphs of 4 spans, the words of an article cut into pieces).
 */
function startSlowServer(): Promise<Server> {
  const paragraph =
    readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-blinken-china', 'source.html'), 'utf8')
      .match(/<p>[^<]{200,}<\/p>/g)
      ?.join('\n') ?? '';
  const s = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/still-loading') {
      res.write('<!doctype html><html lang="en"><head><title>A page that is still loading</title></head>');
      const timer = setTimeout(() => res.end('<body><p>Too late.</p></body></html>'), 20_000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (req.url === '/many-elements') {
      const sentences = paragraph
        .replace(/<\/?p>/g, ' ')
        .split(/(?<=\.) +/)
        .filter(Boolean);
      const spans = (i: number) =>
        Array.from({ length: 4 }, (_, k) => `<span>${sentences[(i * 4 + k) % sentences.length]} </span>`).join('');
      const paragraphs = Array.from({ length: 10_000 }, (_, i) => `<p>${spans(i)}</p>`).join('\n');
      res.end(
        `<!doctype html><html lang="en"><head><title>A page of many elements</title></head><body><article><h1>A page of many elements</h1>${paragraphs}</article></body></html>`,
      );
      return;
    }
    const body = Array.from({ length: 200 }, () => paragraph).join('\n');
    res.end(
      `<!doctype html><html lang="en"><head><title>A very long report</title></head><body><article><h1>A very long report</h1>${body}</article></body></html>`,
    );
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  ({ server, origin } = await startServer());
  slow = await startSlowServer();
  slowOrigin = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
  b = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await b?.close();
  server?.close();
  slow?.closeAllConnections();
  slow?.close();
});

describe('the digest', () => {
  it.each(['light', 'dark'] as const)('is accessible in %s mode', async (scheme) => {
    const { page, popup } = await popupForUrl(b, `${origin}/seed-blinken-china/`, scheme);
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    expect(await axeViolations(popup)).toEqual([]);
    await shoot(popup, `popup-digest-${scheme}`);
    await popup.close();
    await page.close();
  });

  it('changes length instantly and works from the keyboard alone', async () => {
    const { page, popup } = await popupForUrl(b, `${origin}/seed-blinken-china/`);
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    await popup.getByLabel('Key points').focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.locator('.key-sentences li').count(), { timeout: UI_TIMEOUT }).toBe(5);
    await popup.keyboard.press('ArrowLeft');
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => popup.locator('.key-sentences li').count(), { timeout: UI_TIMEOUT }).toBe(1);
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.locator('.key-sentences li').count(), { timeout: UI_TIMEOUT }).toBe(3);
    await popup.close();
    await page.close();
  });

  it('highlights key sentences and an official in the page, and clears them', async () => {
    const { page, popup } = await popupForUrl(b, `${origin}/seed-blinken-china/`);
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    const marks = (name: string) =>
      page.evaluate((n) => {
        const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get(n);
        return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')) : [];
      }, name);
    await popup.getByLabel('Highlight in page').check();
    await expect.poll(() => marks('newsgist-key'), { timeout: UI_TIMEOUT }).toHaveLength(3);
    const shown = await popup.locator('.key-sentences li').allTextContents();
    expect(await marks('newsgist-key')).toEqual(shown);
    await popup.getByRole('button', { name: 'Qin Gang', exact: true }).click();
    await expect
      .poll(async () => (await marks('newsgist-person')).length, { timeout: UI_TIMEOUT })
      .toBeGreaterThanOrEqual(2);
    await popup.getByRole('button', { name: shown[1] ?? '', exact: true }).click();
    await expect.poll(() => marks('newsgist-focus'), { timeout: UI_TIMEOUT }).toEqual([shown[1]]);
    await shoot(popup, 'popup-highlight');
    await page.screenshot({ path: join(SCREENSHOTS, 'page-highlight.png') });
    await popup.getByLabel('Highlight in page').uncheck();
    await expect.poll(() => marks('newsgist-key'), { timeout: UI_TIMEOUT }).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('states', () => {
  const cases: [string, () => string, RegExp][] = [
    ['no-article', () => `${origin}/pages/front-page.html`, /No article found here/],
    ['still-loading', () => `${slowOrigin}/still-loading`, /The page is still loading/],
    ['german', () => `${origin}/pages/german-article.html`, /People are recognised in English articles/],
    ['arabic', () => `${origin}/pages/arabic-article.html`, /Read as Arabic \(the page's language\)/],
    ['japanese', () => `${origin}/pages/japanese-article.html`, /reading time in characters/],
    ['short-article', () => `${origin}/pages/short-article.html`, /very short article/],
    ['long-article', () => `${slowOrigin}/long`, /very long page/],
  ];
  it.each(cases)('%s: says so clearly, with no accessibility violation', async (name, url, text) => {
    const { page, popup } = await popupForUrl(b, url());
    await popup.getByText(text).first().waitFor({ timeout: UI_TIMEOUT });
    expect(await axeViolations(popup)).toEqual([]);
    await shoot(popup, `popup-${name}`);
    await popup.close();
    await page.close();
  });

  it('shows a right-to-left article right to left, and says what its language gets', async () => {
    const { page, popup } = await popupForUrl(b, `${origin}/pages/arabic-article.html`);
    await popup.getByText(/Read as Arabic/).waitFor({ timeout: UI_TIMEOUT });
    expect(await popup.locator('.key-sentences').getAttribute('dir')).toBe('rtl');
    expect(await popup.locator('.key-sentences').getAttribute('lang')).toBe('ar');
    expect(await popup.locator('.key-sentences li').count()).toBe(3);
    expect(await popup.getByText('People are recognised in English articles.').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('a page of 50,000 elements gets a digest with the long-page notice, and its length still changes', async () => {
    // Parsed first: on a busy machine a page of this size may still be loading after the retry.
    const page = await b.context.newPage();
    await page.goto(`${slowOrigin}/many-elements`, { waitUntil: 'domcontentloaded' });
    const popup = await openPopupFor(b, await tabIdOf(b.worker, page));
    await popup
      .getByRole('heading', { level: 1, name: 'A page of many elements' })
      .waitFor({ timeout: UI_TIMEOUT * 4 }); // digested in the popup: slow on a busy machine
    await popup.getByText(/very long page/).waitFor({ timeout: UI_TIMEOUT });
    expect(await popup.locator('.key-sentences li').count()).toBe(3);
    await popup.getByLabel('Detailed').check();
    await expect.poll(() => popup.locator('.key-sentences li').count(), { timeout: UI_TIMEOUT }).toBe(5);
    await popup.getByLabel('Key points').check(); // the length is remembered: leave the default for later tests
    await expect.poll(() => popup.locator('.key-sentences li').count(), { timeout: UI_TIMEOUT }).toBe(3);
    expect(await page.locator('p').count()).toBe(10_000);
    await popup.close();
    await page.close();
  });

  it('restricted: a browser page cannot be read', async () => {
    const tabId = await b.worker.evaluate(async () => {
      type Tabs = { create(p: object): Promise<{ id?: number }> };
      return (
        (await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.create({ url: 'chrome://version/' }))
          .id ?? -1
      );
    });
    const popup = await openPopupFor(b, tabId);
    await popup.getByRole('heading', { name: 'This page cannot be read' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await axeViolations(popup)).toEqual([]);
    await shoot(popup, 'popup-restricted');
    await popup.close();
  });

  it('the options page is accessible and saves defaults', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Newsgist settings' }).waitFor({ timeout: UI_TIMEOUT });
    await options.getByLabel('Markdown').check();
    await options.getByText('Saved').waitFor({ timeout: UI_TIMEOUT });
    await options.getByText('Alt+Shift+Y').waitFor({ timeout: UI_TIMEOUT });
    // This browser has the button in the Extensions menu, not pinned: the page says what that costs.
    await options.getByText('not pinned to the toolbar').waitFor({ timeout: UI_TIMEOUT });
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });
    const stored = await b.worker.evaluate(async () => {
      type Storage = { local: { get(k: string): Promise<Record<string, unknown>> } };
      return (await (globalThis as unknown as { chrome: { storage: Storage } }).chrome.storage.local.get('settings'))
        .settings;
    });
    expect(stored).toMatchObject({ copyFormat: 'markdown' });
    await options.close();
  });
});

describe('with the button pinned', () => {
  it('the options page drops the pin hint', async () => {
    const pinned = await launchBrowser({ pinned: true });
    try {
      const options = await pinned.context.newPage();
      await options.goto(`chrome-extension://${pinned.extensionId}/options.html`);
      await options.getByText('Alt+Shift+Y').waitFor({ timeout: UI_TIMEOUT });
      // The pinned state arrives asynchronously: wait until the page has asked, then check.
      await options.waitForFunction(
        async () => (await (globalThis as unknown as PinnedChrome).chrome.action.getUserSettings()).isOnToolbar,
        null,
        { timeout: UI_TIMEOUT },
      );
      await options.waitForTimeout(500);
      expect(await options.getByText('not pinned to the toolbar').count()).toBe(0);
    } finally {
      await pinned.close();
    }
  });
});

type PinnedChrome = { chrome: { action: { getUserSettings(): Promise<{ isOnToolbar: boolean }> } } };
