import { digestDocument } from '@/lib/digest';
import { LOADING_ERROR, PDF_ERROR } from '@/lib/errors';
import type { PageDigest } from '@/lib/types';

/**
 * Injected on demand (activeTab + scripting) into the page the reader asked about. It reads a
 * clone of the document, never the live page, and its return value is the PageDigest that
 * `scripting.executeScript` hands back to the popup or the background.
 */
export default defineUnlistedScript((): PageDigest => {
  if (document.contentType === 'application/pdf') return { ok: false, error: PDF_ERROR };
  if (document.readyState === 'loading') return { ok: false, error: LOADING_ERROR };
  try {
    const result = digestDocument(document, { url: location.href });
    return result.ok ? { ok: true, digest: result.digest } : result;
  } catch (err) {
    return {
      ok: false,
      error: { code: 'failed', message: `Newsgist could not read this page: ${(err as Error).message}` },
    };
  }
});
