/**
 * The digest of a page's copy, computed in the extension's own page (the popup, Chrome's offscreen
 * document, Firefox's background page): never on the reader's page's thread. Loaded lazily by the
 * popup, so its first paint does not wait for the pipeline's code.
 */
import { digestDocument, digestText } from '@/lib/digest';
import { MAX_SELECTION_CHARS, MIN_SELECTION_WORDS } from '@/lib/selection';
import { wordsAsShown } from '@/lib/text/segmenter';
import type { PageCopy } from './capture';
import type { PageDigest } from './errors';
import type { SelectionCopy } from './requests';

export function digestCopy(page: PageCopy): PageDigest {
  // An inert document of our own: no script of the page runs, nothing loads, and extraction may
  // work on it in place.
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  // digestDocument never throws: a stage that fails gives a typed 'failed' outcome.
  const result = digestDocument(doc, { url: page.url, disposable: true });
  return result.ok ? { ok: true, digest: result.digest } : result;
}

/** The digest of the text the reader selected, or why a selection has none (too short, too large). */
export function digestSelection(selection: SelectionCopy): PageDigest {
  if (selection.length > MAX_SELECTION_CHARS) {
    const reason = { kind: 'selection-too-large', chars: selection.length, limit: MAX_SELECTION_CHARS } as const;
    return { ok: false, error: { code: 'selection', reason } };
  }
  const words = wordsAsShown(selection.text);
  if (words < MIN_SELECTION_WORDS) {
    return {
      ok: false,
      error: { code: 'selection', reason: { kind: 'selection-too-short', words, min: MIN_SELECTION_WORDS } },
    };
  }
  const result = digestText(selection.text, { title: selection.title, url: selection.url });
  return result.ok ? { ok: true, digest: result.digest } : result;
}
