/**
 * Real pages, key sentences must be article body text (../shared/EVAL.md §4), and titles must be
 * the story's headline alone: the checks eval:extract prints on the Zyte pages.
 */

/**
 * EVAL.md §4's normalisation: NFKC, soft hyphens and zero-width characters removed, quotes
 * straightened, dashes unified, white space collapsed, lower case.
 */
export function normaliseForBody(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The key sentences that are not inside the article body (both normalised as above). */
export function nonBodySentences(sentences: readonly string[], truth: string): string[] {
  const body = normaliseForBody(truth);
  return sentences.filter((s) => !body.includes(normaliseForBody(s)));
}

/** Letters and digits of a name, lower case, single-spaced ("TheHill" → "thehill"). */
function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The host's own name: "www.latimes.com" → "latimes". */
function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    return labels.length >= 2 ? (labels[labels.length - 2] ?? null) : (labels[0] ?? null);
  } catch {
    return null;
  }
}

/** What is wrong with a digest's title: an HTML entity left in it, or the site's name at its end. */
export function titleProblem(title: string | null, siteName: string | null, url: string | null): string | null {
  if (!title) return 'no title';
  if (/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]{1,31});/i.test(title)) return 'HTML entity';
  const tail = /\s(?:[-|–—:·•»]|::)\s*([^-|–—:·•»]+)$/u.exec(title)?.[1];
  if (!tail) return null;
  const last = squash(tail);
  if (!last) return null;
  const names = [siteName, hostName(url)].map((n) => (n ? squash(n) : '')).filter((n) => n.length >= 3);
  return names.some((n) => n === last || n.includes(last) || last.includes(n)) ? 'ends with the site name' : null;
}
