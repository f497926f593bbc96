import { digestDocument } from '@/lib/digest';
import { LOADING_ERROR, PDF_ERROR } from '@/lib/errors';
import type { PageDigest } from '@/lib/types';

/**
 * Injected on demand (activeTab + scripting) into the page the reader asked about. It reads a
 * clone of the document, never the live page, and its return value is the PageDigest that
 * `scripting.executeScript` hands back to the popup or the background.
 */
/** Hidden from the reader by the page's own styles, as the browser computes them. */
function isHidden(el: Element): boolean {
  return typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true });
}

export default defineUnlistedScript((): PageDigest => {
  if (document.contentType === 'application/pdf') return { ok: false, error: PDF_ERROR };
  if (document.readyState === 'loading') return { ok: false, error: LOADING_ERROR };
  try {
    // The live page knows what its reader sees: hidden text (a card shown on hover, a closed
    // menu) is left out of the copy the digest reads (lib/extract/hidden.ts, copyWithoutHidden).
    const result = digestDocument(document, { url: location.href, isHidden });
    return result.ok ? { ok: true, digest: result.digest } : result;
  } catch (err) {
    return {
      ok: false,
      error: { code: 'failed', message: `Newsgist could not read this page: ${(err as Error).message}` },
    };
  }
});
