import { browser } from 'wxt/browser';
import type { OpenIn } from './settings';

/**
 * What the reader asked for with a gesture that lets Newsgist read a tab (the toolbar button, the
 * shortcut, a context-menu entry), handed from the background to the side panel or the popup of
 * that window. The background puts it in the extension's session storage (memory only, cleared when
 * the browser closes; pages never see it); the view takes it, and follows new ones while it is open.
 */
export interface DigestRequest {
  /** The view it is for: a side panel open in popup mode leaves the popup's request alone. */
  view: OpenIn;
  windowId: number;
  tabId: number;
  /** The text the reader selected, when they asked for its digest rather than the page's. */
  selection?: SelectionCopy;
  /**
   * Set while the selection is still being read from the page: the view shows nothing of the tab
   * (not its page's digest) until the request with the selection follows.
   */
  awaiting?: 'selection';
  /** When it was asked (ms since the epoch): a view opened later does not act on an old request. */
  at: number;
}

export interface SelectionCopy {
  /** The selected text, cut after MAX_SELECTION_CHARS (lib/selection.ts). */
  text: string;
  /** Characters in the whole selection. */
  length: number;
  /** The page's title and address, to say where the text comes from. */
  title: string;
  url: string;
}

/** A request older than this is not acted on by a view that opens after it. */
export const REQUEST_FRESH_MS = 30_000;

const key = (view: OpenIn, windowId: number) => `request-${view}-${windowId}`;

export function isDigestRequest(value: unknown): value is DigestRequest {
  const r = value as DigestRequest | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    (r.view === 'popup' || r.view === 'panel') &&
    Number.isInteger(r.windowId) &&
    Number.isInteger(r.tabId) &&
    typeof r.at === 'number' &&
    (r.selection === undefined || typeof r.selection?.text === 'string')
  );
}

export function postRequest(request: DigestRequest): Promise<void> {
  return browser.storage.session.set({ [key(request.view, request.windowId)]: request });
}

/** The request for a view of a window, if one is waiting and fresh; it is removed, so it is acted on once. */
export async function takeRequest(view: OpenIn, windowId: number, now = Date.now()): Promise<DigestRequest | null> {
  const name = key(view, windowId);
  const stored = (await browser.storage.session.get(name))[name];
  if (stored === undefined) return null;
  await browser.storage.session.remove(name);
  return isDigestRequest(stored) && now - stored.at <= REQUEST_FRESH_MS ? stored : null;
}

/** Calls `listener` with each new request for a view of the window; returns the function that stops listening. */
export function onRequest(view: OpenIn, windowId: number, listener: (request: DigestRequest) => void): () => void {
  const name = key(view, windowId);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = area === 'session' ? changes[name]?.newValue : undefined;
    if (isDigestRequest(value)) {
      void browser.storage.session.remove(name).catch(() => undefined);
      listener(value);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
