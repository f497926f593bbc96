import type { DigestError } from './types';

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

/**
 * Turns what the browser said when the script could not run into a message a reader can act on.
 * `url` is the tab's address (may be missing when the browser does not tell).
 */
export function explainInjectionError(message: string, url: string | undefined | null): DigestError {
  const u = url ?? '';
  if (/^file:/i.test(u)) return { code: 'file-access', message: MESSAGES['file-access'] };
  if (/\.pdf([?#]|$)/i.test(u) || /pdf/i.test(message)) return { code: 'restricted', message: MESSAGES.pdf };
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
    return { code: 'tab-gone', message: MESSAGES['tab-gone'] };
  }
  return { code: 'failed', message: `Newsgist could not read this page: ${message}` };
}

export const LOADING_ERROR: DigestError = { code: 'loading', message: MESSAGES.loading };

export const FILE_ACCESS_ERROR: DigestError = { code: 'file-access', message: MESSAGES['file-access'] };

/** Chromium lets a script into the page that hosts its PDF viewer, which holds no text to read. */
export const PDF_ERROR: DigestError = { code: 'restricted', message: MESSAGES.pdf };
