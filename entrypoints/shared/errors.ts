import type { Digest, DigestError } from '@/lib/types';

/**
 * Why the browser gives Newsgist nothing to read in a tab. These are the glue's outcomes; the
 * pipeline's own (empty, no-article, failed) are in lib/types.ts, and the popup shows both.
 */
export type BrowserErrorCode =
  /** The page has not finished loading its body yet. */
  | 'loading'
  /** The browser does not let extensions read this page (browser pages, stores, PDF viewer). */
  | 'restricted'
  /** A file:// page the extension has not been allowed to read. */
  | 'file-access'
  /** The tab was closed or navigated away while it was being read. */
  | 'tab-gone'
  /** The page's copy is larger than Newsgist reads. */
  | 'too-large';

/**
 * Why the browser gives nothing to read, or a copy failed, as data (worded by wording.ts in the
 * reader's language). `detail` is what the browser or the runtime said, as it said it.
 */
export type BrowserReason =
  | { kind: 'restricted' }
  | { kind: 'pdf' }
  | { kind: 'file-access' }
  | { kind: 'tab-gone' }
  | { kind: 'no-tab' }
  | { kind: 'loading' }
  | { kind: 'too-large'; chars: number; limit: number }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'copy-failed'; detail: string }
  | { kind: 'clipboard-failed'; detail: string };

/**
 * A selection with too few words to hold a gist, or more characters than Newsgist reads
 * (lib/selection.ts): its own outcome, with the figures the reader is told.
 */
export type SelectionErrorCode = 'selection';
export type SelectionReason =
  | { kind: 'selection-too-short'; words: number; min: number }
  | { kind: 'selection-too-large'; chars: number; limit: number };

export interface PageError {
  code: DigestError['code'] | BrowserErrorCode | SelectionErrorCode;
  reason: DigestError['reason'] | BrowserReason | SelectionReason;
}

/** The answer for one tab: its digest (without the article text), or why there is none. */
export type PageDigest = { ok: true; digest: Digest } | { ok: false; error: PageError };

/** URL schemes and hosts where browsers never let an extension run scripts. */
const RESTRICTED_URL =
  /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search|chrome-untrusted):|^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;

export function isRestrictedUrl(url: string | undefined | null): boolean {
  return !!url && RESTRICTED_URL.test(url);
}

/** A failure to read a page the browser did let us into; `detail` is what the browser said. */
export function couldNotRead(detail: string): PageError {
  return { code: 'failed', reason: { kind: 'unreadable', detail } };
}

/**
 * Turns what the browser said when the script could not run into a message a reader can act on.
 * `url` is the tab's address (may be missing when the browser does not tell).
 */
export function explainInjectionError(message: string, url: string | undefined | null): PageError {
  const u = url ?? '';
  if (/^file:/i.test(u)) return FILE_ACCESS_ERROR;
  if (/\.pdf([?#]|$)/i.test(u) || /pdf/i.test(message)) return PDF_ERROR;
  if (
    isRestrictedUrl(u) ||
    /cannot (access|be scripted)|extensions gallery|chrome:\/\/|missing host permission/i.test(message)
  ) {
    return { code: 'restricted', reason: { kind: 'restricted' } };
  }
  if (
    /no tab with id|tab was closed|frame .* (was )?removed|document .* (unloaded|gone)|receiving end does not exist/i.test(
      message,
    )
  ) {
    return TAB_GONE_ERROR;
  }
  return couldNotRead(message);
}

export const LOADING_ERROR: PageError = { code: 'loading', reason: { kind: 'loading' } };

export const FILE_ACCESS_ERROR: PageError = { code: 'file-access', reason: { kind: 'file-access' } };

export const TAB_GONE_ERROR: PageError = { code: 'tab-gone', reason: { kind: 'tab-gone' } };

/** Chromium lets a script into the page that hosts its PDF viewer, which holds no text to read. */
export const PDF_ERROR: PageError = { code: 'restricted', reason: { kind: 'pdf' } };

/** A page whose copy is over the limit: how large it is and what Newsgist reads. */
export function tooLarge(chars: number, limit: number): PageError {
  return { code: 'too-large', reason: { kind: 'too-large', chars, limit } };
}
