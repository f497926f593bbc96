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
  const short = tail.trim().split(/\s+/).length <= 3;
  return names.some((n) => n === last || n.includes(last) || (short && last.includes(n)))
    ? 'ends with the site name'
    : null;
}

/** One Zyte page's digest through the CLI, as the §4 check needs it. */
export interface BodyRow {
  id: string;
  url: string;
  part: string;
  truth: string;
  sentences: string[];
  error: string | null;
  title: string | null;
  siteName: string | null;
}

/** Most of the letters of the page's article body are outside the Latin script. */
export function nonLatin(truth: string): boolean {
  const letters = truth.match(/\p{L}/gu)?.length ?? 0;
  const latin = truth.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters > 0 && latin / letters < 0.5;
}

function figures(rows: readonly BodyRow[]): string {
  let all = 0;
  let bad = 0;
  let pages = 0;
  for (const r of rows) {
    const off = nonBodySentences(r.sentences, r.truth).length;
    all += r.sentences.length;
    bad += off;
    if (off > 0) pages++;
  }
  const empty = rows.filter((r) => !r.error && r.sentences.length === 0).length;
  const errors = rows.filter((r) => r.error).length;
  const share = all === 0 ? 0 : (100 * bad) / all;
  return `${bad}/${all} non-body (${share.toFixed(1)} %) on ${pages} pages · ${empty} empty digests · ${errors} errors`;
}

/**
 * Prints EVAL.md §4 on the Zyte pages (key sentences not in the ground-truth body, after its
 * normalisation), with and without the pages in non-Latin scripts, each offender, and the titles
 * that end with the site's name or hold an HTML entity.
 */
export function printBodyCheck(rows: readonly BodyRow[]): void {
  const latin = rows.filter((r) => !nonLatin(r.truth));
  console.log(`\nkey sentences (3 per page) that are not article body text, Zyte pages through the CLI (EVAL.md §4)`);
  console.log(`  all ${rows.length} pages: ${figures(rows)}`);
  console.log(`  without the ${rows.length - latin.length} pages in non-Latin scripts: ${figures(latin)}`);
  for (const part of ['design', 'holdout']) {
    const set = rows.filter((r) => r.part === part);
    console.log(`  ${part} ${set.length} pages: ${figures(set)}`);
  }
  for (const r of rows) {
    if (r.error) console.log(`  error   ${r.id.slice(0, 13)} ${r.url}: ${r.error}`);
    else if (r.sentences.length === 0)
      console.log(`  empty   ${r.id.slice(0, 13)} ${r.url}${nonLatin(r.truth) ? ' (non-Latin script)' : ''}`);
    for (const s of nonBodySentences(r.sentences, r.truth))
      console.log(`  offender ${r.id.slice(0, 13)} ${r.url}\n           "${s}"`);
  }
  const titles = rows.flatMap((r) => {
    const problem = r.error ? null : titleProblem(r.title, r.siteName, r.url);
    return problem ? [`  ${problem}: "${r.title}" (${r.url})`] : [];
  });
  console.log(
    `\ntitles that end with the site name or hold an HTML entity: ${titles.length} of ${rows.filter((r) => !r.error).length}`,
  );
  for (const t of titles) console.log(t);
}
