/**
 * One timed run of each kind in real Chromium: the popup page opened in a tab, the real toolbar
 * popup, and the copy shortcut pressed for real.
 */
import type { Page } from 'playwright-core';
import { type Browser, harness } from './harness';
import { PopupWatcher } from './popup-target';

const { openPopupFor, pressKeys } = harness;

const DIGEST_SHOWN = "document.querySelector('h1') && document.querySelector('.key-sentences li')";

/**
 * Runs in the popup page before its own scripts: marks (performance.now(), from the popup's
 * navigation start) when the app first renders, when it asks the tab for the digest and gets it,
 * when the digest is in the DOM, and the next frame after that (on screen).
 */
export const POPUP_MARKS = `(() => {
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

export interface PopupMarks {
  appRendered: number;
  askTab: number;
  tabAnswered: number;
  digestInDom: number;
  digestPainted: number;
  /** From Node's request to open the popup page to the digest painted (wall clock). */
  wall: number;
}

/** The popup page opened in a tab for the article's tab (as the E2E suite does), timed inside the page. */
export async function popupInTab(b: Browser, tabId: number): Promise<PopupMarks> {
  const start = Date.now();
  const popup = await openPopupFor(b, tabId);
  await popup.waitForFunction(
    () => (window as unknown as { __benchMarks?: { digestPainted?: number } }).__benchMarks?.digestPainted,
    null,
    { polling: 10, timeout: 30_000 },
  );
  const marks = await popup.evaluate(() => ({
    ...(window as unknown as { __benchMarks: Omit<PopupMarks, 'wall'> }).__benchMarks,
    origin: performance.timeOrigin,
  }));
  await popup.close();
  return { ...marks, wall: marks.origin + marks.digestPainted - start };
}

export interface ToolbarRun {
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
export async function toolbarPopup(b: Browser, page: Page): Promise<ToolbarRun> {
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

export interface CopyRun {
  /** From the shortcut's first key reaching the page (its Alt or Shift keydown) to the badge set. */
  keyToToast: number;
  /** From the call to pressKeys (xdotool window search and focus included) to the badge set. */
  fromPress: number;
  copied: boolean;
}

interface CopyMarks {
  __benchKeys?: boolean;
  __keyAt?: number;
}

/**
 * The browser keeps a shortcut, but the page sees its modifiers go down first: from now on the page
 * records (in `__keyAt`, performance.now()) the first Alt or Shift keydown.
 */
export async function watchFirstModifier(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as CopyMarks;
    w.__keyAt = undefined;
    if (w.__benchKeys) return;
    w.__benchKeys = true;
    addEventListener(
      'keydown',
      (e) => {
        if (w.__keyAt === undefined && (e.key === 'Alt' || e.key === 'Shift')) w.__keyAt = e.timeStamp;
      },
      { capture: true },
    );
  });
}

/** When the first modifier of the last shortcut went down in the page (ms since the epoch); NaN if unseen. */
export async function firstModifierAt(page: Page): Promise<number> {
  const key = await page.evaluate(() => ({
    at: (window as unknown as CopyMarks).__keyAt ?? Number.NaN,
    origin: performance.timeOrigin,
  }));
  return key.origin + key.at;
}

export interface ShortcutPopupRun {
  /** From the shortcut's first key reaching the page to the digest painted in the popup (wall clock). */
  keyToDigest: number;
  watched: boolean;
}

/** Alt+Shift+G pressed for real (xdotool): the key goes down in the page, the digest shows in the toolbar popup. */
export async function shortcutPopup(b: Browser, page: Page): Promise<ShortcutPopupRun> {
  await watchFirstModifier(page);
  const watcher = await PopupWatcher.start(b.context, page, popupUrl(b));
  await pressKeys(page, 'alt+shift+g');
  const seen = await watcher.evaluate<{ painted: number; origin: number; watched: boolean }>(WATCH_DIGEST);
  await watcher.close();
  await waitPopupClosed(b, page);
  return { keyToDigest: seen.origin + seen.painted - (await firstModifierAt(page)), watched: seen.watched };
}

/**
 * Alt+Shift+Y pressed for real (xdotool): from the first modifier's keydown to the confirmation on
 * the toolbar button (its badge, watched from the service worker every 5 ms).
 */
export async function copyShortcut(b: Browser, page: Page, tabId: number): Promise<CopyRun> {
  await watchFirstModifier(page);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  // A string, not a function: tsx would wrap inner functions in a helper the worker does not have.
  await b.worker.evaluate(`chrome.action.setBadgeText({ tabId: ${tabId}, text: '' })`);
  const start = Date.now();
  const badge = b.worker.evaluate(`(async () => {
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
      if (await chrome.action.getBadgeText({ tabId: ${tabId} })) return Date.now();
      await new Promise((r) => setTimeout(r, 5));
    }
    return NaN;
  })()`) as Promise<number>;
  await pressKeys(page, 'alt+shift+y');
  const badgeAt = await badge;
  const keyAt = await firstModifierAt(page);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  return {
    keyToToast: badgeAt - keyAt,
    fromPress: badgeAt - start,
    copied: clipboard !== 'before' && clipboard.length > 0,
  };
}
