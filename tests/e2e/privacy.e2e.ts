import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CdpTarget, type RecordedRequests, recordRequests, ToolbarPopup } from './cdp';
import {
  type Browser,
  clipboardHolding,
  launchBrowser,
  openPopupFor,
  pressKeys,
  readClipboard,
  startServer,
  tabIdOf,
  UI_TIMEOUT,
  waitForBadge,
} from './harness';
import { startProbeServer } from './probe-server';

/**
 * Newsgist promises that it never reaches the network. These tests record every request the
 * browser makes while the extension digests and copies pages, from three vantage points:
 * Playwright's context (pages and the popup page), DevTools' Network domain on the service worker,
 * the toolbar popup and the article tab (with each request's initiator), and the probe server's
 * own log. The fixture pages' requests to other hosts are aborted by the harness; they are the
 * page's, not the extension's.
 */
const FIXTURES = [
  'seed-blinken-china',
  'bbc-europe',
  'nbc-hitler-house',
  'chron-esper-vietnam',
  'ap-sondland',
  'thehill-omar-threat',
];

let server: Server;
let origin: string;
let probe: Awaited<ReturnType<typeof startProbeServer>>;
let b: Browser;
let anchor: Page;
let worker: CdpTarget;
/** Every request Playwright saw in the context, with where it came from. */
let seen: RecordedRequests['seen'] = [];

const own = (url: string) => url.startsWith(`chrome-extension://${b.extensionId}/`);
const fromExtension = (from: string) => from.startsWith('chrome-extension://');

/** A request's initiator names the extension when a stack frame or the initiating URL is ours. */
function initiatedByExtension(initiator: unknown): boolean {
  return JSON.stringify(initiator ?? {}).includes('chrome-extension://');
}

async function attachTab(page: Page): Promise<CdpTarget> {
  const tab = await CdpTarget.attach(b, anchor, (t) => t.type === 'page' && t.url === page.url());
  await tab.call('Network.enable');
  return tab;
}

/** What the extension requested since `mark`: anything but its own packaged files is a failure. */
function extensionRequestsSince(mark: { seen: number; worker: number }): string[] {
  return [
    ...seen.slice(mark.seen).filter((r) => fromExtension(r.from)),
    ...worker
      .requests()
      .slice(mark.worker)
      .map((r) => ({ url: r.url, from: 'service worker' })),
  ]
    .filter((r) => !own(r.url))
    .map((r) => `${r.from} → ${r.url}`);
}

const markNow = () => ({ seen: seen.length, worker: worker.requests().length });

/**
 * Opens the popup page for a tab like `openPopupFor`, with DevTools' Network domain recording on
 * it before it navigates, so its first request is seen too.
 */
async function openRecordedPopup(tabId: number): Promise<{ popup: Page; requests: string[]; errors: string[] }> {
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 460, height: 600 });
  const session = await b.context.newCDPSession(popup);
  const requests: string[] = [];
  const errors: string[] = [];
  session.on('Network.requestWillBeSent', (e) => requests.push(e.request.url));
  await session.send('Network.enable');
  // A CSP violation (an attempt to run or load something) is reported as a console error.
  popup.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  popup.on('pageerror', (e) => errors.push(e.message));
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return { popup, requests, errors };
}

beforeAll(async () => {
  ({ server, origin } = await startServer());
  probe = await startProbeServer();
  b = await launchBrowser();
  for (const o of [origin, probe.origin])
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: o });
  anchor = await b.context.newPage();
  ({ seen, worker } = await recordRequests(b, anchor));
});

afterAll(async () => {
  await worker?.detach();
  await b?.close();
  probe?.close();
  server?.close();
});

describe('no request comes from the extension', () => {
  it.each(FIXTURES)('popup: digest and copy %s', async (fixture) => {
    const page = await b.context.newPage();
    await page.goto(`${origin}/${fixture}/`, { waitUntil: 'load' });
    const tab = await attachTab(page);
    const mark = markNow();
    const tabId = await tabIdOf(b.worker, page);
    const { popup, requests, errors } = await openRecordedPopup(tabId);
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    await popup.getByRole('button', { name: 'Copy text' }).click({ timeout: UI_TIMEOUT });
    await popup.getByText('Copied as text').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => (await readClipboard(page)).length, { timeout: UI_TIMEOUT }).toBeGreaterThan(100);

    // The recorder works: it saw the popup load its own page and script, and nothing else.
    expect(requests).toContain(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    expect(requests.filter((u) => !own(u))).toEqual([]);
    expect(errors).toEqual([]);
    expect(extensionRequestsSince(mark)).toEqual([]);
    // The popup's own record of what it fetched over the network (packaged files are not listed).
    expect(await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).toEqual([]);
    expect(tab.requests().filter((r) => initiatedByExtension(r.initiator))).toEqual([]);
    await tab.detach();
    await popup.close();
    await page.close();
  });

  it('toolbar popup: digest and copy the seed page', async () => {
    const page = await b.context.newPage();
    await page.goto(`${origin}/seed-blinken-china/`, { waitUntil: 'load' });
    const tab = await attachTab(page);
    const mark = markNow();
    await page.bringToFront();
    await b.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
    );
    const popup = await ToolbarPopup.find(b, anchor);
    await popup.waitFor("document.querySelector('h1')?.textContent");
    await popup.evaluate("[...document.querySelectorAll('button')].find(b => b.textContent === 'Copy text').click()");
    await popup.waitFor("document.querySelector('.copy-status')?.textContent === 'Copied as text'");
    await clipboardHolding(page, 'Antony Blinken — US Secretary of State');
    // The popup's own record of what it fetched over the network, from its first byte.
    expect(await popup.evaluate<string[]>("performance.getEntriesByType('resource').map(e => e.name)")).toEqual([]);
    expect(extensionRequestsSince(mark)).toEqual([]);
    expect(tab.requests().filter((r) => initiatedByExtension(r.initiator))).toEqual([]);
    await popup.detach();
    await tab.detach();
    await page.close();
  });

  it.skipIf(!process.env.DISPLAY)('copy shortcut: Alt+Shift+Y on the seed page', async () => {
    const page = await b.context.newPage();
    await page.goto(`${origin}/seed-blinken-china/`, { waitUntil: 'load' });
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    const tab = await attachTab(page);
    const mark = markNow();
    await pressKeys(page, 'alt+shift+y');
    await expect
      .poll(() => readClipboard(page), { timeout: UI_TIMEOUT, interval: 250 })
      .toContain('Antony Blinken — US Secretary of State');
    expect(extensionRequestsSince(mark)).toEqual([]);
    expect(tab.requests().filter((r) => initiatedByExtension(r.initiator))).toEqual([]);
    const workerFetched = await b.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(workerFetched.filter((u) => !own(u))).toEqual([]);
    await tab.detach();
    await page.close();
  });
});

describe('the injected script makes no request', () => {
  it('images that only a rendered copy of the page would fetch stay unfetched', async () => {
    const page = await b.context.newPage();
    await page.goto(`${probe.origin}/pages/image-bait.html`, { waitUntil: 'load' });
    const tab = await attachTab(page);
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    const popup = await openPopupFor(b, await tabIdOf(b.worker, page));
    await expect(popup.getByRole('heading', { level: 1 }).textContent({ timeout: UI_TIMEOUT })).resolves.toBe(
      'Council approves new harbour bridge after long debate',
    );
    if (process.env.DISPLAY) {
      await pressKeys(page, 'alt+shift+y');
      expect((await waitForBadge(b.worker, await tabIdOf(b.worker, page))).text).toBe('✓');
    }
    // The page has no script of its own: after its load, nothing it holds was requested.
    expect(
      tab
        .requests()
        .map((r) => r.url)
        .filter((u) => !u.endsWith('/favicon.ico')),
    ).toEqual([]);
    expect(probe.log.filter((p) => p.startsWith('/beacon/'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    // Control: the recorder and the log do see this page's requests when the page makes one.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => probe.log.includes('/beacon/below-fold.jpg'), { timeout: UI_TIMEOUT }).toBe(true);
    await expect
      .poll(() => tab.requests().some((r) => r.url.endsWith('/beacon/below-fold.jpg')), { timeout: UI_TIMEOUT })
      .toBe(true);
    await tab.detach();
    await popup.close();
    await page.close();
  });
});

describe('the CSP forbids the extension any connection or remote code', () => {
  it('refuses fetch, images and imports from other origins in the popup and the service worker', async () => {
    const page = await b.context.newPage();
    await page.goto(`${origin}/seed-blinken-china/`, { waitUntil: 'load' });
    const popup = await openPopupFor(b, await tabIdOf(b.worker, page));
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    // A string, so that the test runner does not rewrite its dynamic import.
    const attempts = await popup.evaluate(`(async (o) => {
      const outcome = (p) => p.then(() => 'allowed', () => 'refused');
      const img = new Promise((resolve, reject) => {
        const el = new Image();
        el.onload = resolve;
        el.onerror = reject;
        el.src = o + '/beacon/popup-img.png';
      });
      return {
        fetch: await outcome(fetch(o + '/beacon/popup-fetch')),
        image: await outcome(img),
        import: await outcome(import(o + '/beacon/popup-import.js')),
        eval: await outcome(new Promise((resolve) => resolve(new Function('return 1')()))),
      };
    })(${JSON.stringify(probe.origin)})`);
    expect(attempts).toEqual({ fetch: 'refused', image: 'refused', import: 'refused', eval: 'refused' });
    const fromWorker = await b.worker.evaluate(
      (o) =>
        fetch(`${o}/beacon/worker-fetch`).then(
          () => 'allowed',
          () => 'refused',
        ),
      probe.origin,
    );
    expect(fromWorker).toBe('refused');
    expect(probe.log.filter((p) => /^\/beacon\/(popup|worker)-/.test(p))).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('hostile page content is shown as text', () => {
  it('payloads in the title, byline, body, alt texts and JSON-LD never run in the popup or the page', async () => {
    const page = await b.context.newPage();
    await page.goto(`${probe.origin}/pages/hostile.html`, { waitUntil: 'load' });
    const pageBefore = await page.evaluate(() => [document.title, document.documentElement.outerHTML]);
    const { popup, errors } = await openRecordedPopup(await tabIdOf(b.worker, page));
    await popup.locator('.key-sentences li').first().waitFor({ timeout: UI_TIMEOUT });
    const shown = await popup.evaluate(() => ({
      title: document.title,
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      headline: document.querySelector('h1')?.textContent ?? '',
      source: document.querySelector('.source')?.textContent ?? '',
      text: document.body.textContent ?? '',
      // Any element or attribute a payload could have brought: scripts, frames, handlers, payload values.
      injected: [...document.body.querySelectorAll('*')].flatMap((e) => [
        ...(/^(script|iframe|object|embed)$/.test(e.localName) ? [e.localName] : []),
        ...e
          .getAttributeNames()
          .filter((a) => a.startsWith('on') || /pwned|javascript:/i.test(e.getAttribute(a) ?? ''))
          .map((a) => `${e.localName}[${a}]`),
      ]),
    }));
    // Nothing ran: no global was set, the popup's title is its own, no violation was even attempted.
    expect(shown.pwned).toBeNull();
    expect(shown.title).not.toContain('PWNED');
    expect(errors).toEqual([]);
    // Nothing was injected.
    expect(shown.injected).toEqual([]);
    // The payloads are there, as the reader's text.
    expect(shown.headline).toMatch(/<img src=x onerror=|<\/script><script>/);
    expect(shown.text).toContain("<script>window.__pwned='body'</script>");
    expect(`${shown.source} ${shown.text}`).toMatch(
      /Jane <img src=x onerror=|<script>window.__pwned='byline'<\/script>/,
    );

    // Copied as text, the payload is the article's text; as Markdown, no tag survives unescaped.
    await popup.getByRole('button', { name: 'Copy text' }).click({ timeout: UI_TIMEOUT });
    await popup.getByText('Copied as text').waitFor({ timeout: UI_TIMEOUT });
    await clipboardHolding(page, "<script>window.__pwned='body'</script>");
    await popup.getByLabel('Markdown').check();
    await popup.getByRole('button', { name: 'Copy Markdown' }).click({ timeout: UI_TIMEOUT });
    await popup.getByText('Copied as Markdown').waitFor({ timeout: UI_TIMEOUT });
    // The Markdown copy escapes the tags; wait until it replaced the text copy.
    await expect
      .poll(async () => /^#/.test(await readClipboard(page)), { timeout: UI_TIMEOUT, interval: 250 })
      .toBe(true);
    const markdown = await readClipboard(page);
    expect(markdown).toContain('pwned');
    expect(markdown).not.toMatch(/(^|[^\\])<\/?(script|img|iframe|svg|a)\b/i);
    // The page itself was only read: same title, same document, no payload ran there either.
    expect(await page.evaluate(() => [document.title, document.documentElement.outerHTML])).toEqual(pageBefore);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    await popup.close();
    await page.close();
  });
});
