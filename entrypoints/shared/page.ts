import { browser } from 'wxt/browser';
import type { Capture } from './capture';
import { explainInjectionError, FILE_ACCESS_ERROR, isRestrictedUrl, type PageDigest, TAB_GONE_ERROR } from './errors';
import type { HighlightOp, HighlightResult } from './highlight-in-page';

/** The tab the reader means: the active tab of the current window. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Chromium hides a file:// tab's URL from an extension without file access, even after a click
 * (activeTab does not cover files), and refuses it without naming it.
 */
async function isHiddenFileTab(message: string): Promise<boolean> {
  if (!/cannot access contents of the page/i.test(message)) return false;
  try {
    return !(await browser.extension.isAllowedFileSchemeAccess());
  } catch {
    return false;
  }
}

/** Runs the injected script in a tab and returns its copy of the page, or an explained error. */
export async function captureTab(tabId: number): Promise<Capture> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, error: TAB_GONE_ERROR };
  }
  if (isRestrictedUrl(url)) return { ok: false, error: explainInjectionError('', url) };
  try {
    // At once, not when the page is idle: a page still loading is told so instead of waiting for it.
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/digest.js'],
      injectImmediately: true,
    });
    const result = frame?.result as Capture | undefined;
    if (!result) return { ok: false, error: explainInjectionError('the page did not answer', url) };
    return result;
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (url === undefined && (await isHiddenFileTab(message))) return { ok: false, error: FILE_ACCESS_ERROR };
    return { ok: false, error: explainInjectionError(message, url) };
  }
}

/**
 * The digest of a tab, for the popup: the page's copy from the tab, digested here. The pipeline's
 * code is loaded while the page is being copied.
 */
export async function digestTab(tabId: number): Promise<PageDigest> {
  const reader = import('./read-page');
  reader.catch(() => undefined); // awaited below only when the page was copied
  const capture = await captureTab(tabId);
  if (!capture.ok) return capture;
  return (await reader).digestCopy(capture.page);
}

/** What the popup can do with the page it digests. */
export interface PageLink {
  digest(): Promise<PageDigest>;
  /** Marks text in the page (see highlight-in-page.ts); never throws: the popup says when it could not. */
  highlight(op: HighlightOp): Promise<HighlightResult>;
}

/**
 * The in-page highlighter and the rules it reads the page by: loaded when a page is first marked,
 * not before the popup's first paint (it is started as the popup connects, so it is there by then).
 */
let highlighter: Promise<typeof import('./highlight-in-page')> | null = null;
const loadHighlighter = () => {
  highlighter ??= import('./highlight-in-page');
  return highlighter;
};

export function linkToTab(tabId: number): PageLink {
  let styled = false;
  loadHighlighter().catch(() => undefined);
  return {
    digest: () => digestTab(tabId),
    async highlight(op) {
      try {
        const { HIGHLIGHT_CSS, highlightInPage, PAGE_TEXT_RULES } = await loadHighlighter();
        if (!styled && op.kind !== 'clear') {
          // Replace rather than stack: the popup may have styled this page before.
          await browser.scripting.removeCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
          await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
          styled = true;
        }
        const [frame] = await browser.scripting.executeScript({
          target: { tabId },
          func: highlightInPage,
          args: [op, PAGE_TEXT_RULES],
        });
        return (frame?.result as HighlightResult | undefined) ?? { ok: false, found: 0 };
      } catch {
        return { ok: false, found: 0 };
      }
    },
  };
}
