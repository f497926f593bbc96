/**
 * The digest of a page's copy, computed in the extension's own page (the popup, Chrome's offscreen
 * document, Firefox's background page): never on the reader's page's thread. Loaded lazily by the
 * popup, so its first paint does not wait for the pipeline's code.
 */
import { digestDocument } from '@/lib/digest';
import type { PageCopy } from './capture';
import type { PageDigest } from './errors';

export function digestCopy(page: PageCopy): PageDigest {
  // An inert document of our own: no script of the page runs, nothing loads, and extraction may
  // work on it in place.
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  // digestDocument never throws: a stage that fails gives a typed 'failed' outcome.
  const result = digestDocument(doc, { url: page.url, disposable: true });
  return result.ok ? { ok: true, digest: result.digest } : result;
}
