import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CdpTarget } from './cdp';
import { type Browser, FIXTURES, launchBrowser, openPopupFor, pressKeys, tabIdOf, UI_TIMEOUT } from './harness';
import { startProbeServer } from './probe-server';

/**
 * Pages Newsgist cannot or should not read, in real Chromium: each gives the reader a clear
 * message in the popup (or on the toolbar button for the copy shortcut), and the service worker
 * never throws.
 */
let probe: Awaited<ReturnType<typeof startProbeServer>>;
let b: Browser;
let anchor: Page;
/** The extension's service worker (a new one after the extension reloads) and a DevTools session on it. */
let sw: Worker;
let worker: CdpTarget;
const popupErrors: string[] = [];

type Chrome = {
  tabs: { create(p: object): Promise<{ id?: number }>; remove(id: number): Promise<void> };
  action: { setTitle(d: { tabId?: number; title: string }): Promise<void> };
  scripting: { executeScript(d: object): Promise<unknown> };
};
type Spied = { __titles: string[]; __scripted: number };

/** Opens `url` in a new tab from the service worker: no Playwright page, no activeTab grant. */
async function tabFor(url: string): Promise<number> {
  return sw.evaluate(async (u) => {
    const tab = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.create({ url: u });
    return tab.id ?? -1;
  }, url);
}

/** The popup page for a tab; its errors are collected. */
async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopupFor(b, tabId);
  popup.on('pageerror', (e) => popupErrors.push(e.message));
  popup.on('console', (m) => {
    if (m.type() === 'error') popupErrors.push(m.text());
  });
  return popup;
}

async function expectState(popup: Page, heading: string, message: RegExp): Promise<void> {
  await popup.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: UI_TIMEOUT });
  await expect(popup.locator('.state .reason').textContent()).resolves.toMatch(message);
}

/** The toolbar titles the background set (its message to the reader after a copy shortcut). */
async function titlesSet(): Promise<string[]> {
  return sw.evaluate(() => (globalThis as unknown as Spied).__titles);
}

/** How many times the service worker asked to run a script in a page. */
async function scriptsRun(): Promise<number> {
  return sw.evaluate(() => (globalThis as unknown as Spied).__scripted);
}

/** Watches the service worker `w` for errors, and spies on the toolbar title it sets. */
async function watchWorker(w: Worker): Promise<void> {
  sw = w;
  await worker?.detach();
  worker = await CdpTarget.attach(
    b,
    anchor,
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`),
  );
  await worker.call('Runtime.enable');
  await worker.call('Log.enable');
  // Spies on the toolbar title (how the copy shortcut explains a refusal) and on script injection.
  await sw.evaluate(() => {
    const g = globalThis as unknown as Spied;
    const { action, scripting } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const setTitle = action.setTitle.bind(action);
    const executeScript = scripting.executeScript.bind(scripting);
    g.__titles = [];
    g.__scripted = 0;
    action.setTitle = (d) => {
      if (d.title) g.__titles.push(d.title);
      return setTitle(d);
    };
    scripting.executeScript = (d) => {
      g.__scripted += 1;
      return executeScript(d);
    };
  });
}

beforeAll(async () => {
  probe = await startProbeServer();
  b = await launchBrowser();
  anchor = await b.context.newPage();
  await watchWorker(b.worker);
});

afterEach(() => {
  expect(worker.errors()).toEqual([]);
  expect(popupErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await worker?.detach();
  await b?.close();
  probe?.close();
});

const CANNOT_READ = /does not let extensions read this page/;

describe('browser and store pages', () => {
  it.each([
    'chrome://version/',
    'chrome://extensions/',
    'https://chromewebstore.google.com/detail/newsgist/abcdefghijklmnopabcdefghijklmnop',
    'https://chrome.google.com/webstore/detail/abcdefghijklmnopabcdefghijklmnop',
  ])('%s: the popup says it cannot be read', async (url) => {
    const popup = await popupFor(await tabFor(url));
    await expectState(popup, 'This page cannot be read', CANNOT_READ);
    await popup.close();
  });
});

describe('the PDF viewer', () => {
  it('a PDF: the popup says extensions cannot read it', async () => {
    const popup = await popupFor(await tabFor(`${probe.origin}/doc.pdf`));
    await expectState(popup, 'This page cannot be read', /PDF/);
    await popup.close();
  });
});

describe('pages that are not ready or not still', () => {
  it('a page still loading: the popup says so, and reads it once it has loaded', async () => {
    const opened = b.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/stalled.html'),
      timeout: UI_TIMEOUT,
    });
    const tabId = await tabFor(`${probe.origin}/stalled.html`);
    const page = await opened;
    const popup = await popupFor(tabId);
    await expectState(popup, 'The page is still loading', /still loading/);
    probe.release();
    await page.waitForLoadState('load', { timeout: UI_TIMEOUT });
    await popup.getByRole('button', { name: 'Try again' }).click();
    await expect(popup.getByRole('heading', { level: 1 }).textContent({ timeout: UI_TIMEOUT })).resolves.toBe(
      'US Secretary of State Antony Blinken begins rare China trip',
    );
    await popup.close();
    await page.close();
  });

  it('a tab closed while Newsgist reads it: the popup says the page went away', async () => {
    const page = await b.context.newPage();
    await page.goto(`${probe.origin}/pages/hostile.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(sw, page);
    // The page's main thread is kept busy, so the digest script waits in line until the tab closes.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 120_000;
        while (Date.now() < end);
      }, 0);
    });
    const popup = await popupFor(tabId);
    await popup.getByText('Reading the article…').waitFor({ timeout: UI_TIMEOUT });
    await sw.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.remove(id), tabId);
    await expectState(popup, 'The page went away', /closed or left the page/);
    await popup.close();
  });

  it('a page that changes all the time: the popup shows its digest', async () => {
    const page = await b.context.newPage();
    await page.goto(`${probe.origin}/pages/mutating.html`, { waitUntil: 'load' });
    const popup = await popupFor(await tabIdOf(sw, page));
    await expect(popup.getByRole('heading', { level: 1 }).textContent({ timeout: UI_TIMEOUT })).resolves.toMatch(
      /^Storm closes ports along the coast/,
    );
    await expect(popup.locator('.key-sentences li').count()).resolves.toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

/** Presses the copy shortcut on `page` and returns the title the toolbar button then shows. */
async function shortcutTitle(page: Page): Promise<string | undefined> {
  const before = (await titlesSet()).length;
  await pressKeys(page, 'alt+shift+y');
  await expect.poll(async () => (await titlesSet()).length, { timeout: UI_TIMEOUT }).toBeGreaterThan(before);
  return (await titlesSet())[before];
}

describe.skipIf(!process.env.DISPLAY)('the copy shortcut on pages it cannot read (real key presses)', () => {
  // The shortcut grants activeTab: the extension sees a store page's address and refuses it without
  // trying. A browser page stays hidden (no grant there) and the browser refuses the script; the
  // script tells the PDF viewer's host page apart itself.
  it.each([
    ['chrome://version/', CANNOT_READ, 1],
    ['https://chromewebstore.google.com/detail/newsgist/abcdefghijklmnopabcdefghijklmnop', CANNOT_READ, 0],
    ['/doc.pdf', /PDF/, 1],
  ])('%s: the toolbar button says why', async (url, message, tries) => {
    const page = await b.context.newPage();
    // The store cannot load offline: its tab keeps the address and shows an error page.
    await page.goto(url.startsWith('/') ? probe.origin + url : url, { waitUntil: 'load' }).catch(() => undefined);
    const before = await scriptsRun();
    expect(await shortcutTitle(page)).toMatch(new RegExp(`^Newsgist: .*${message.source}`));
    expect((await scriptsRun()) - before).toBe(tries);
    await page.close();
  });
});

const SAVED_PAGE = pathToFileURL(join(FIXTURES, 'seed-blinken-china', 'source.html')).href;

describe('file:// without permission', () => {
  // An extension loaded from the command line may read files. The reader's switch on
  // chrome://extensions turns that off; the extension then reloads (in developer mode, or Chromium
  // disables it) and its new service worker starts on its first event.
  beforeAll(async () => {
    const settings = await b.context.newPage();
    await settings.goto(`chrome://extensions/?id=${b.extensionId}`);
    await settings.evaluate(async (id) => {
      type DeveloperPrivate = {
        updateProfileConfiguration(c: object): Promise<void>;
        updateExtensionConfiguration(c: object): Promise<void>;
      };
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await api.updateProfileConfiguration({ inDeveloperMode: true });
      await api.updateExtensionConfiguration({ extensionId: id, fileAccess: false });
    }, b.extensionId);
    await settings.locator('#allow-on-file-urls:not([checked])').waitFor({ timeout: UI_TIMEOUT });
    await settings.close();
    const wake = await b.context.newPage();
    // Opened while the extension reloads, the page may be refused once or twice.
    for (let tries = 1; ; tries++) {
      const opened = await wake.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=0`).then(
        () => true,
        (e: Error) => (tries < 20 ? false : Promise.reject(e)),
      );
      if (opened) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await wake.evaluate(async () => {
      for (;;) {
        const active = (await navigator.serviceWorker.getRegistration())?.active;
        if (active) return active.postMessage('wake up');
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    const old = sw;
    for (let waited = 0; ; waited += 200) {
      const fresh = b.context.serviceWorkers().find((w) => w !== old && w.url().includes(b.extensionId));
      if (fresh) {
        await watchWorker(fresh);
        break;
      }
      if (waited > UI_TIMEOUT) throw new Error('The service worker did not start again.');
      await new Promise((r) => setTimeout(r, 200));
    }
    await wake.close();
  });

  it('a saved page: the popup says how to allow file access', async () => {
    const page = await b.context.newPage();
    await page.goto(SAVED_PAGE, { waitUntil: 'load' });
    await page.bringToFront();
    // Without file access the extension cannot see the tab's URL: it finds the tab as the active one.
    const tabId = await sw.evaluate(async () => {
      type Query = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      const [tab] = await (globalThis as unknown as { chrome: Query }).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      });
      return tab?.id ?? -1;
    });
    const popup = await popupFor(tabId);
    await expectState(popup, 'File access is off', /Allow access to file URLs/);
    await popup.close();
    await page.close();
  });

  it.skipIf(!process.env.DISPLAY)('a saved page: the copy shortcut says how to allow file access', async () => {
    const page = await b.context.newPage();
    await page.goto(SAVED_PAGE, { waitUntil: 'load' });
    expect(await shortcutTitle(page)).toMatch(/^Newsgist: .*Allow access to file URLs/);
    await page.close();
  });
});
