import { hintedElements, removeDateBoxes, removeGluedCards, spaceBylineBoxes } from './furniture';
import { boilerplateHint, type HintCache } from './hints';

/** A hinted element is pruned only when links make up at least this share of its text. */
const MIN_LINK_SHARE = 0.5;

/** Links, buttons and forms, little prose: a share bar, a related list, a sign-up box. */
function isLinkBox(el: Element): boolean {
  if (el.querySelector('form, button') !== null) return true;
  const text = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (text === 0) return true;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / text >= MIN_LINK_SHARE;
}

/** Readability reads the byline from the page's markup while it scores: leave that markup to it. */
function holdsByline(el: Element): boolean {
  return el.querySelector('[rel="author"], [itemprop~="author"], [class*="byline"], [class*="author"]') !== null;
}

/** A hinted element holding more than this share of the page's paragraphs is kept anyway. */
const MAX_PARAGRAPH_SHARE = 0.3;

/** Elements that are never article text, whatever their class says (a modal box, a figure's caption). */
const NEVER_ARTICLE_TAGS = new Set(['DIALOG', 'FIGCAPTION']);

/**
 * Counts, for every element, the paragraphs inside it: one walk up from each paragraph, so the
 * cost is paragraphs × depth, never elements × subtree.
 */
function paragraphCounts(body: Element, paragraphs: Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const p of paragraphs) {
    for (let el: Element | null = p.parentElement; el && el !== body; el = el.parentElement) {
      counts.set(el, (counts.get(el) ?? 0) + 1);
    }
  }
  return counts;
}

/** Inline wrappers up to which a formula's classes are cleared. */
const FORMULA_STOP = new Set(['P', 'DIV', 'LI', 'TD', 'SECTION', 'ARTICLE', 'MAIN', 'BODY']);

/**
 * Formulas are article text, but Readability 0.6 drops an inline math wrapper whose class holds
 * an "unlikely" word (MathJax's "CtxtMenu_Attached_0" reads as a menu; later Readability releases
 * spare "mathjax"). Clearing the classes of the inline wrappers of each <math> keeps the formula.
 */
function keepFormulas(body: Element): void {
  for (const math of Array.from(body.getElementsByTagName('math'))) {
    for (let el = math.parentElement; el && !FORMULA_STOP.has(el.tagName.toUpperCase()); el = el.parentElement) {
      el.removeAttribute('class');
    }
  }
}

/** JSON-LD inside a pruned element still describes the page: Readability reads it from the head. */
function keepJsonLd(doc: Document, body: Element): void {
  const head = doc.head;
  if (!head) return;
  for (const script of Array.from(body.querySelectorAll('script[type="application/ld+json"]'))) {
    head.appendChild(script);
  }
}

/** The page's article holds at least this many characters for the asides beside it to go. */
const MIN_ARTICLE_CHARS = 500;

/**
 * A page with at least this many div and section elements is huge: its wrapper chains collapse
 * and, without an <article> to go by, its headline marks the story for the asides rule. The
 * largest development page has 2,953 elements in all: pages of ordinary size are never touched.
 */
export const HUGE_WRAPPER_COUNT = 5000;

/** The page's one element of this tag, or null when it has none or several. */
function theOne(body: Element, tag: string): Element | null {
  const found = body.getElementsByTagName(tag);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * What marks where the story is: the page's one <article> (with some text), or on a huge page
 * without such an article, the page's one <h1>.
 */
function storyAnchor(body: Element, huge: boolean): Element | null {
  const article = theOne(body, 'article');
  if (article && (article.textContent ?? '').replace(/\s+/g, ' ').length >= MIN_ARTICLE_CHARS) return article;
  return huge ? theOne(body, 'h1') : null;
}

/**
 * The <aside> elements apart from the story (neither inside the other): tangential to it by
 * definition (a sidebar, a feed of other stories). Readability drops the asides inside what it
 * keeps, but one beside the story can outscore it: a feed of thousands of cards won, was cleaned
 * to nothing, and Readability tried three more passes (3–4 s) before giving back "no article".
 */
function asidesApart(body: Element, anchor: Element): Element[] {
  return Array.from(body.getElementsByTagName('aside')).filter(
    (aside) => !aside.contains(anchor) && !anchor.contains(aside) && !holdsByline(aside),
  );
}

const WRAPPER_TAGS = new Set(['DIV', 'SECTION']);

function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * On a huge page, a div or section whose only content is one div or section gives way to it,
 * which takes over its classes (and its id when it has none): "div soup" of 9 wrappers around
 * each paragraph becomes one. Readability does the same to what it keeps, after scoring
 * (_simplifyNestedElements); doing it first spares it scoring and cleaning tens of thousands of
 * empty wrappers. Pages of ordinary size are left exactly as they are, so their scores do not move.
 */
function collapseWrapperChains(body: Element): void {
  const wrappers = Array.from(body.querySelectorAll('div, section'));
  // Document order, outer first: each outer wrapper gives way to its child, which is then
  // examined in its turn, so a whole chain collapses into its innermost wrapper.
  for (const outer of wrappers) {
    const parent = outer.parentNode;
    const only = outer.firstElementChild;
    if (!parent || !only || only !== outer.lastElementChild || !WRAPPER_TAGS.has(only.tagName.toUpperCase())) continue;
    if (hasOwnText(outer)) continue;
    const classes = new Set(`${outer.getAttribute('class') ?? ''} ${only.getAttribute('class') ?? ''}`.split(/\s+/));
    classes.delete('');
    if (classes.size > 0) only.setAttribute('class', [...classes].join(' '));
    const id = outer.getAttribute('id');
    if (id && !only.hasAttribute('id')) only.setAttribute('id', id);
    parent.replaceChild(only, outer);
  }
}

/**
 * Removes, from a clone of the page and before Readability scores it, the boxes that say by class
 * or id that they are not the article: a strong hint (cookie notice, newsletter sign-up, paywall)
 * is enough; a weak one (share, related, promo, comments, ads) needs the box to be mostly links,
 * buttons or a form. A box that holds a large share of the page's paragraphs, or the byline
 * markup Readability reads, stays whatever its class. Figure captions and the furniture named by
 * furniture words (caption, credit, standfirst, hover-card, player, disclosure: see hints.ts) go
 * as strong hints; hover-cards without such a class go by shape (removeGluedCards). Formulas and
 * JSON-LD are kept safe first,
 * and the asides apart from the story go (see storyAnchor). On a huge page, chains of wrappers
 * collapse last (see HUGE_WRAPPER_COUNT).
 */
export function pruneBoilerplate(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  keepFormulas(body);
  keepJsonLd(doc, body);
  // One walk for the three passes: they only add text nodes or remove elements, and each skips
  // what an earlier one removed.
  const hinted = hintedElements(body, false);
  spaceBylineBoxes(body, hinted);
  removeGluedCards(body, hinted);
  removeDateBoxes(body, hinted);
  const huge = body.querySelectorAll('div, section').length >= HUGE_WRAPPER_COUNT;
  const anchor = storyAnchor(body, huge);
  if (anchor) for (const aside of asidesApart(body, anchor)) aside.remove();
  const paragraphs = Array.from(body.getElementsByTagName('p'));
  const counts = paragraphCounts(body, paragraphs);
  const total = Math.max(1, paragraphs.length);
  const doomed: Element[] = [];
  const hints: HintCache = new Map();
  for (const el of Array.from(body.querySelectorAll('[class], [id], dialog, figcaption'))) {
    // Document order: an element inside the last doomed one goes with it, unexamined.
    const last = doomed[doomed.length - 1];
    if (last?.contains(el)) continue;
    const hint = NEVER_ARTICLE_TAGS.has(el.tagName.toUpperCase()) ? 'strong' : boilerplateHint(el, hints);
    if (hint === 'none' || (counts.get(el) ?? 0) / total > MAX_PARAGRAPH_SHARE || holdsByline(el)) continue;
    if (hint === 'strong' || isLinkBox(el)) doomed.push(el);
  }
  for (const el of doomed) el.remove();
  if (huge) collapseWrapperChains(body);
}
