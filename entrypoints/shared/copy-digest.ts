/**
 * The copy shortcut's work in an extension page that has a DOM (Chrome's offscreen document,
 * Firefox's background page): digest the page's copy, format it, write it to the clipboard. The
 * reader's page takes no part: it sees no event, no element, no text.
 */
import { type CopyFormat, type CopyWords, formatDigest } from '@/lib/format';
import type { PageCopy } from './capture';
import type { PageError } from './errors';
import { digestCopy } from './read-page';

/** What the background asks of the offscreen document. */
export interface CopyRequest {
  target: 'newsgist-offscreen-copy';
  page: PageCopy;
  sentences: number;
  format: CopyFormat;
  /** The copy's words in the reader's language: an offscreen document has no i18n of its own. */
  words: CopyWords;
}

/** What actually happened: copied, or why the clipboard was left alone. */
export type CopyOutcome = { ok: true } | { ok: false; error: PageError };

export function isCopyRequest(message: unknown): message is CopyRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as CopyRequest).target === 'newsgist-offscreen-copy' &&
    typeof (message as CopyRequest).page?.html === 'string'
  );
}

export async function digestAndCopy(
  request: Omit<CopyRequest, 'target'>,
  write: (text: string) => Promise<void>,
): Promise<CopyOutcome> {
  const result = digestCopy(request.page);
  if (!result.ok) return result;
  try {
    await write(formatDigest(result.digest, request.sentences, request.format, request.words));
    return { ok: true };
  } catch (err) {
    return {
      ok: false,
      error: {
        code: 'failed',
        reason: { kind: 'clipboard-failed', detail: err instanceof Error ? err.message : String(err) },
      },
    };
  }
}
