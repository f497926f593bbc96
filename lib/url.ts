/**
 * The only links Newsgist shows, copies or prints: absolute http(s) URLs. Anything else a page may
 * declare (`javascript:`, `data:`, `file:`, `blob:`, a bare word) is dropped, never passed on.
 */
export function webUrl(raw: string | null | undefined, base?: string | null): string | null {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
