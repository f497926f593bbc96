import { hintsBoilerplate } from './hints';

/** A hinted element holding more than this share of the page's paragraphs is kept anyway. */
const MAX_PARAGRAPH_SHARE = 0.3;

/** Elements that are never article text, whatever their class says. */
const NEVER_ARTICLE = new Set(['ASIDE', 'NAV', 'DIALOG']);

/**
 * Counts, for every element, the paragraphs inside it: one walk up from each paragraph, so the
 * cost is paragraphs × depth, never elements × subtree.
 */
function paragraphCounts(body: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const p of Array.from(body.getElementsByTagName('p'))) {
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

/**
 * Removes, from a clone of the page and before Readability scores it, the elements that say by
 * class, id, role or tag that they are not the article (share bars, related lists, newsletter
 * boxes, captions, comments, asides). An element that holds a large share of the page's
 * paragraphs stays, whatever its class: it is likely the article's own wrapper.
 */
export function pruneBoilerplate(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  keepFormulas(body);
  keepJsonLd(doc, body);
  const counts = paragraphCounts(body);
  const total = Math.max(1, body.getElementsByTagName('p').length);
  const doomed: Element[] = [];
  for (const el of Array.from(body.getElementsByTagName('*'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') continue;
    const role = el.getAttribute('role');
    const hinted = NEVER_ARTICLE.has(tag) || role === 'complementary' || role === 'navigation' || hintsBoilerplate(el);
    if (hinted && (counts.get(el) ?? 0) / total <= MAX_PARAGRAPH_SHARE) doomed.push(el);
  }
  for (const el of doomed) el.remove();
}
