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

/** A selection too short to hold a gist, or larger than Newsgist reads (the message says which). */
export type SelectionErrorCode = 'selection';

export interface PageError {
  code: DigestError['code'] | BrowserErrorCode | SelectionErrorCode;
  message: string;
}

/** The answer for one tab: its digest (without the article text), or why there is none. */
export type PageDigest = { ok: true; digest: Digest } | { ok: false; error: PageError };

/** URL schemes and hosts where browsers never let an extension run scripts. */
const RESTRICTED_URL =
  /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search|chrome-untrusted):|^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;

export function isRestrictedUrl(url: string | undefined | null): boolean {
  return !!url && RESTRICTED_URL.test(url);
}

const MESSAGES = {
  restricted:
    'Your browser does not let extensions read this page (browser pages, extension stores and built-in viewers are protected). Open a news article and try again.',
  'file-access':
    'Newsgist may not read files on your computer yet. To digest saved pages, turn on "Allow access to file URLs" for Newsgist in your browser\'s extension settings.',
  pdf: "This is a PDF shown in the browser's viewer, which extensions cannot read. Newsgist digests web pages.",
  'tab-gone': 'The tab was closed or left the page before Newsgist could read it.',
  loading: 'The page is still loading. Wait a moment, then try again.',
} as const;

/** The one place that words a failure to read a page the browser did let us into. */
export function couldNotRead(reason: string): PageError {
  return { code: 'failed', message: `Newsgist could not read this page: ${reason}` };
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
    return { code: 'restricted', message: MESSAGES.restricted };
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

export const LOADING_ERROR: PageError = { code: 'loading', message: MESSAGES.loading };

export const FILE_ACCESS_ERROR: PageError = { code: 'file-access', message: MESSAGES['file-access'] };

export const TAB_GONE_ERROR: PageError = { code: 'tab-gone', message: MESSAGES['tab-gone'] };

/** Chromium lets a script into the page that hosts its PDF viewer, which holds no text to read. */
export const PDF_ERROR: PageError = { code: 'restricted', message: MESSAGES.pdf };

const MB = (chars: number) => (chars / 1_000_000).toFixed(1);

/** A page whose copy is over the limit: says how large it is and what Newsgist reads. */
export function tooLarge(chars: number, limit: number): PageError {
  return {
    code: 'too-large',
    message: `This page is too large to digest: without its scripts and hidden parts it still holds ${MB(chars)} million characters of HTML, and Newsgist reads pages up to ${MB(limit)} million.`,
  };
}
