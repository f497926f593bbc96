/**
 * Page furniture inside the article's own markup, removed by structure before any stage reads
 * the text: what the page's markup says is a caption, a credit, a standfirst, a hover-card, a
 * byline or date line, a video player or a disclosure. Text patterns (boilerplate.ts, lines.ts)
 * are the fallback for furniture without such markup.
 */
import { countWords } from '../text/words';
import { hintWords } from './hints';

/** Class and id words of date lines and time stamps. */
const DATE_WORDS: ReadonlySet<string> = new Set(['dateline', 'timestamp', 'pubdate', 'published', 'date', 'datetime']);

/**
 * Class and id words of the article's byline. Readability reads the byline from such markup while
 * it scores, so these go after it, from what it kept (see removeFurniture).
 */
const BYLINE_WORDS: ReadonlySet<string> = new Set(['byline', 'bylines', 'byl', 'author', 'authors', ...DATE_WORDS]);

/** A byline or date box holds at most this many words: more is article text with an odd class. */
const BOX_MAX_WORDS = 40;

/**
 * The elements under `root` that have a class or an id, or (if asked) are a figcaption, in
 * document order: one walk of the tree (a selector query costs far more on a DOM without a
 * selector cache, such as the CLI's).
 */
export function hintedElements(root: Element, captions: boolean): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.hasAttribute('class') || el.hasAttribute('id') || (captions && el.localName.toLowerCase() === 'figcaption'))
      out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/**
 * Whether an element's class or id holds one of `words`. Pages repeat the same class values
 * thousands of times: each value is read once per page (the cache).
 */
function hasHint(el: Element, words: ReadonlySet<string>, cache: Map<string, boolean>): boolean {
  const value = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  let said = cache.get(value);
  if (said === undefined) {
    said = value.length <= 500 && hintWords(value).some((w) => words.has(w));
    cache.set(value, said);
  }
  return said;
}

/** Removes the short boxes under `root` whose class or id holds one of `names` (and, if asked, every figcaption). */
function removeBoxes(root: Element, names: ReadonlySet<string>, captions: boolean, hinted: readonly Element[]): void {
  const doomed: Element[] = [];
  const cache = new Map<string, boolean>();
  for (const el of hinted) {
    // Gone with a box an earlier pass removed (the list is shared: see pruneBoilerplate). Not
    // `isConnected`: Readability's result, which removeFurniture reads, is in no document.
    if (!root.contains(el)) continue;
    // Document order: a box inside a removed one goes with it.
    const last = doomed[doomed.length - 1];
    if (last?.contains(el)) continue;
    if (captions && el.tagName.toUpperCase() === 'FIGCAPTION') doomed.push(el);
    else if (hasHint(el, names, cache) && countWords(el.textContent ?? '', BOX_MAX_WORDS) <= BOX_MAX_WORDS)
      doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

/**
 * Before Readability: the date lines and time stamps, boxes of up to 40 words whose class or id
 * names a date line, a time stamp or a publication date (Readability turns such a box into a
 * plain paragraph, and its class with it).
 */
export function removeDateBoxes(body: Element, hinted = hintedElements(body, false)): void {
  removeBoxes(body, DATE_WORDS, false, hinted);
}

/**
 * After Readability, from the article it kept (its classes kept): the byline boxes it did not take
 * for the byline (short elements whose class or id names a byline or an author), date boxes left,
 * and any figure caption left.
 */
export function removeFurniture(content: Element): void {
  removeBoxes(content, BYLINE_WORDS, true, hintedElements(content, true));
}

/** The first word of a text, letters only: "Kristi" of "Kristi Noem". */
function firstWord(text: string): string {
  return /\p{L}[\p{L}'’-]*/u.exec(text)?.[0] ?? '';
}

/** Class and id words of hover-cards and tooltips (the card, its trigger, or both's wrapper). */
const HOVER_WORDS: ReadonlySet<string> = new Set([
  'rollover',
  'hovercard',
  'tooltip',
  'tooltips',
  'popover',
  'tippy',
  'flyout',
]);

function isLink(el: Element): boolean {
  return el.tagName.toUpperCase() === 'A';
}

/**
 * A hover-card named so by its class: it follows its trigger (something before it in the same
 * parent) and is neither a link nor a wrapper that starts with the trigger link.
 */
function isNamedCard(el: Element, cache: Map<string, boolean>): boolean {
  if (isLink(el) || !hasHint(el, HOVER_WORDS, cache)) return false;
  let first: ChildNode | null = el.firstChild;
  while (first && first.nodeType === 3 && !/\S/.test(first.nodeValue ?? '')) first = first.nextSibling;
  if (first?.nodeType === 1 && isLink(first as Element)) return false;
  const before = el.previousSibling;
  return before !== null && (before.nodeType === 1 || /\S/.test(before.nodeValue ?? ''));
}

/**
 * A hover-card without a telling class: right after a link (no space between), an inline box
 * that starts with the linked name's first word again and holds a picture or links of its own.
 */
function isGluedCard(link: Element): Element | null {
  let anchor: Element = link;
  const parent = link.parentElement;
  if (parent && parent.tagName.toUpperCase() === 'SPAN' && parent.childNodes.length === 1) anchor = parent;
  const next = anchor.nextSibling;
  if (next?.nodeType !== 1) return null;
  const card = next as Element;
  const tag = card.tagName.toUpperCase();
  if (tag !== 'SPAN' && tag !== 'DIV') return null;
  const name = firstWord(link.textContent ?? '');
  if (name.length < 2 || !(card.textContent ?? '').trimStart().startsWith(name)) return null;
  return card.getElementsByTagName('img').length > 0 || card.getElementsByTagName('a').length > 0 ? card : null;
}

/**
 * Hover-cards and tooltips, the card the page shows over a name or a term, glued into the text
 * ("Kristi NoemKristi Lynn NoemSouth Dakota governor…"): by class (isNamedCard) and, without one,
 * by shape (isGluedCard). The name or term they hang on stays. Removed before Readability.
 * Returns how many went.
 */
export function removeGluedCards(body: Element, hinted = hintedElements(body, false)): number {
  const cards = new Set<Element>();
  const cache = new Map<string, boolean>();
  // A named box holding another is the wrapper of a term and its card ("tooltip" around
  // "depot" and its "tooltip-text"): the inner card goes, the term stays.
  const named: Element[] = [];
  for (const el of hinted) {
    if (!isNamedCard(el, cache)) continue;
    while (named.length > 0 && named[named.length - 1]?.contains(el)) named.pop();
    named.push(el);
  }
  for (const el of named) cards.add(el);
  for (const link of Array.from(body.getElementsByTagName('a'))) {
    const card = isGluedCard(link);
    if (card) cards.add(card);
  }
  for (const el of cards) el.remove();
  return cards.size;
}

const BOXES = new Set(['DIV', 'P', 'LI', 'BR', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Byline markup whose parts are separate boxes ("By JANE DOE" · "Associated Press") reads glued
 * in its textContent ("JANE DOEAssociated Press"): a space goes between the boxes, so the byline
 * Readability reads from it is spaced as the page shows it.
 */
export function spaceBylineBoxes(body: Element, hinted = hintedElements(body, false)): void {
  for (const el of hinted) {
    const cls = el.getAttribute('class') ?? '';
    if (!cls.includes('byline') && !cls.includes('author')) continue;
    for (let child = el.firstElementChild?.nextElementSibling; child; child = child.nextElementSibling) {
      const before = child.previousSibling;
      if (before?.nodeType !== 1) continue;
      if (BOXES.has(child.tagName.toUpperCase()) || BOXES.has((before as Element).tagName.toUpperCase()))
        el.insertBefore(el.ownerDocument.createTextNode(' '), child);
    }
  }
}

/** How many words of an image's description a caption repeats, from its start, to be told by them. */
const MIRROR_WORDS = 8;
/** A caption is short: a longer paragraph that opens like an image's description is article text. */
const CAPTION_MAX_WORDS = 60;

/** The first `n` words of a text, lower-cased, letters and digits only; null when it has fewer. */
function openingWords(text: string, n: number): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= n ? words.slice(0, n).join(' ') : null;
}

/**
 * The openings (MIRROR_WORDS words) of the pictures' descriptions (`alt`) under `root`: read
 * before Readability, which may drop a picture but keep the caption written under it.
 */
export function pictureDescriptions(root: Element): Set<string> {
  const out = new Set<string>();
  for (const img of root.getElementsByTagName('img')) {
    const opening = openingWords(img.getAttribute('alt') ?? '', MIRROR_WORDS);
    if (opening) out.add(opening);
  }
  return out;
}

/**
 * After Readability: the paragraphs and list items that open with the words of a picture's
 * description are its caption, written as text under the picture without a figcaption (the
 * Guardian's photo essays put it in a list after the figure: "Buck Cullen with his daughter
 * Kaiarahi (10 months) in his backyard, …").
 */
export function removeMirroredCaptions(content: Element, descriptions: ReadonlySet<string>): void {
  if (descriptions.size === 0) return;
  const doomed: Element[] = [];
  for (const tag of ['p', 'li']) {
    for (const el of content.getElementsByTagName(tag)) {
      const text = el.textContent ?? '';
      const opening = openingWords(text, MIRROR_WORDS);
      if (opening && descriptions.has(opening) && countWords(text, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS)
        doomed.push(el);
    }
  }
  for (const el of doomed) el.remove();
}
