/**
 * The story's headline: the page's title candidates (JSON-LD headline, og:title, twitter:title,
 * <title>, Readability's reading) without the site's name around them, HTML entities decoded,
 * never cut short; the in-body <h1> only when it is that headline.
 */
import { countWords } from '../text/words';
import { normalizeSpace } from './blocks';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  ntilde: 'ñ',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
};

const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

function decodeOnce(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Decodes HTML entities left in a text: pages double-escape titles in their meta tags
 * ("&amp;nbsp;" reads as "&nbsp;" once parsed), so decoding runs until nothing changes (twice at most).
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && out.includes('&'); i++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Letters and digits only, lower case: "TheHill" and "The Hill" both read "thehill". */
function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The name labels of a URL's host: "www.latimes.com" → ["latimes"], "hosted.ap.org" → ["ap"]. */
export function hostLabel(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? null;
  // "bbc.co.uk", "abc.net.au": the registrable name sits before a two-part public suffix.
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const twoPart = last.length === 2 && /^(co|com|net|org|gov|ac|edu|ne|or)$/.test(second) && labels.length >= 3;
  return (twoPart ? labels[labels.length - 3] : second) ?? null;
}

/** Separators between a headline and the site's name in a <title>, longest first. */
const SEPARATORS = [' :: ', ' | ', ' - ', ' – ', ' — ', ' · ', ' • ', ' » ', ' « ', ' / ', ': '];

/** True when a title segment names the site: its name, its host, or one containing the other. */
function namesSite(segment: string, names: readonly string[]): boolean {
  const seg = squash(segment);
  if (seg.length < 2) return false;
  for (const name of names) {
    if (seg === name) return true;
    // "Los Angeles Times" in "latimes"? No; "Express.co.uk" holds "express"; "IGN" is "ign".
    if (
      name.length >= 3 &&
      seg.length >= 3 &&
      (name.includes(seg) || (seg.includes(name) && countWords(segment, 4) <= 4))
    )
      return true;
  }
  return false;
}

/** Strips the site's name from either end of a title, once per end ("Story | Site", "Site: Story"). */
export function stripSiteName(title: string, names: readonly string[]): string {
  let out = title;
  for (const sep of SEPARATORS) {
    const at = out.lastIndexOf(sep);
    if (at > 0 && namesSite(out.slice(at + sep.length), names) && /\p{L}/u.test(out.slice(0, at))) {
      out = out.slice(0, at).trim();
      break;
    }
  }
  for (const sep of SEPARATORS) {
    const at = out.indexOf(sep);
    if (at > 0 && namesSite(out.slice(0, at), names) && /\p{L}/u.test(out.slice(at + sep.length))) {
      out = out.slice(at + sep.length).trim();
      break;
    }
  }
  return out;
}

/** A title that ends cut short: an ellipsis, three dots. */
const CUT = /\s*(…|\.\.\.)$/;

/** What the page says its title is, from its sources; in order of trust. */
export interface TitleSources {
  /** JSON-LD headline, og:title, twitter:title, <title>, Readability's title: the first non-empty counts first. */
  candidates: readonly (string | null | undefined)[];
  /** The site's names: og:site_name, the JSON-LD publisher, application-name. */
  siteNames: readonly (string | null | undefined)[];
  url: string | null;
  /** The texts of the page's <h1> elements. */
  headings: readonly string[];
}

/**
 * The site's name as the titles give it: the segment after the last separator that two different
 * headlines share ("Story A | Site", "Story A, longer | Site"). The same title twice says nothing.
 */
function sharedTail(titles: readonly string[]): string | null {
  for (const sep of SEPARATORS.slice(0, -1)) {
    const split = titles.map((t) => {
      const at = t.lastIndexOf(sep);
      return at > 0 ? { head: t.slice(0, at), tail: t.slice(at + sep.length) } : null;
    });
    for (const a of split) {
      if (a && split.some((b) => b && b.tail === a.tail && b.head !== a.head)) return a.tail;
    }
  }
  return null;
}

/**
 * The story's headline from the page's title sources: the most trusted candidate without the
 * site's name, entities decoded; when another candidate is the same headline uncut (the first
 * ends in "…" or stops where the other goes on), that one. The page's one <h1> is used only when
 * the page gives no title, or when it is the same headline.
 */
export function storyTitle(sources: TitleSources): string {
  const host = hostLabel(sources.url);
  const titles = sources.candidates.map((c) => normalizeSpace(decodeEntities(c ?? ''))).filter((c) => c.length > 0);
  const tail = sharedTail(titles);
  const names = [...sources.siteNames, host, tail]
    .map((n) => squash(decodeEntities(n ?? '')))
    .filter((n) => n.length >= 2);
  const stripped = titles.map((t) => stripSiteName(t, names));
  const headings = sources.headings.map((h) => normalizeSpace(decodeEntities(h))).filter(Boolean);
  if (stripped.length === 0) return headings.length === 1 ? (headings[0] ?? '') : '';
  // The page's one <h1> picks the story's headline among the sources when one of them is it.
  const h1 = headings.length === 1 ? squash(headings[0] ?? '') : '';
  let best = (h1 && stripped.find((t) => squash(t) === h1)) || stripped[0] || '';
  // Cut short: another source (or the page's headline) gives the same words and more.
  const cut = CUT.test(best);
  const stem = best.replace(CUT, '').toLowerCase();
  for (const other of [...stripped, ...headings]) {
    if (other === best || CUT.test(other) || other.length <= stem.length || !other.toLowerCase().startsWith(stem))
      continue;
    const rest = other.slice(stem.length);
    // "Story - Politics" is not "Story" uncut: a separator follows, not more words.
    if (/^\s*([-|–—:·•»«/]|::)\s/.test(rest)) continue;
    if (cut || (stem.length >= 40 && /^[\s\p{L}\p{N},'’]/u.test(rest))) {
      best = other;
      break;
    }
  }
  // Cut at a colon ("Daily Deals: More Black Friday…" read as "More Black Friday…"): another
  // source gives the part before it too.
  const tailLower = best.toLowerCase();
  for (const other of stripped) {
    const o = other.toLowerCase();
    if (
      o.length > tailLower.length &&
      o.endsWith(tailLower) &&
      /:\s*$/.test(other.slice(0, other.length - best.length))
    ) {
      best = other;
      break;
    }
  }
  return best;
}

/** The title sources of a page, read before extraction changes it (see storyTitle). */
export function readTitleSources(doc: Document): Omit<TitleSources, 'url'> & { docTitle: string } {
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}"][content], meta[name="${key}"][content]`)?.getAttribute('content') ??
    null;
  const headings: string[] = [];
  for (const h of Array.from(doc.getElementsByTagName('h1'))) {
    headings.push(h.textContent ?? '');
    if (headings.length > 3) break;
  }
  return {
    docTitle: doc.title ?? '',
    candidates: [meta('og:title'), meta('twitter:title'), doc.title ?? ''],
    siteNames: [meta('og:site_name'), meta('application-name'), meta('apple-mobile-web-app-title')],
    headings: headings.length === 1 ? headings : [],
  };
}

/**
 * The site's name unless it only repeats a sub-domain of the page's host ("Hosted" on
 * hosted.ap.org, a publishing platform's placeholder), which names no site.
 */
export function siteNameOf(siteName: string | null, url: string | null): string | null {
  if (!siteName || !url) return siteName;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return siteName;
  }
  const labels = host.split('.');
  const name = hostLabel(url);
  const said = squash(siteName);
  return labels.some((l) => l !== name && l.toLowerCase() === said && said.length > 0) ? null : siteName;
}
