import { NOT_RENDERED_TAGS } from '../dom/rendered';

/**
 * Text the reader never sees: elements hidden by their markup (`hidden`, `aria-hidden="true"`,
 * an inline `display: none` or `visibility: hidden`) or by the saved page's own `<style>` rules.
 * In the browser the live page knows what is visible: the glue passes a predicate and
 * `copyWithoutHidden` drops what it says is hidden from the copy the digest reads.
 */

/** A declaration block that hides its element: display none, visibility hidden or collapse. */
const HIDING =
  /(?:^|[;{\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;

/**
 * The "visually hidden" pattern (screen-reader-only text): clipped to nothing, or 1 px wide and
 * high with its overflow hidden.
 */
const CLIPPED =
  /\bclip\s*:\s*rect\(\s*(?:0|1px)[\s,]+(?:0|1px)[\s,]+(?:0|1px)[\s,]+(?:0|1px)\s*\)|\bclip-path\s*:\s*inset\(\s*50%\s*\)/i;
const POSITIONED = /(?:^|[;\s{])position\s*:\s*(?:absolute|fixed)\b/i;
const NO_WIDTH = /(?:^|[;\s{])width\s*:\s*(?:0|1px)\s*(?:!\s*important\s*)?(?:;|$)/i;
const NO_HEIGHT = /(?:^|[;\s{])height\s*:\s*(?:0|1px)\s*(?:!\s*important\s*)?(?:;|$)/i;
const OVERFLOW_HIDDEN = /(?:^|[;\s{])overflow\s*:\s*hidden\b/i;

/** True when a declaration block (an inline style or a rule's body) hides its element. */
export function hidesElement(declarations: string): boolean {
  if (HIDING.test(declarations)) return true;
  return (
    (CLIPPED.test(declarations) && POSITIONED.test(declarations)) ||
    (NO_WIDTH.test(declarations) && NO_HEIGHT.test(declarations) && OVERFLOW_HIDDEN.test(declarations))
  );
}

/** Hidden by its own markup: the `hidden` attribute, `aria-hidden="true"`, an inline style that hides. */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && hidesElement(style);
}

/**
 * One simple selector of a hiding rule: an optional tag, classes, an id and attribute tests,
 * with no combinator and no pseudo-class. Anything else is not understood and left alone.
 */
interface SimpleSelector {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: { name: string; value: string | null; op: '=' | '~=' | '*=' | '^=' | '$=' | null }[];
}

const IDENT = '-?[_a-zA-Z][_a-zA-Z0-9-]*';
const PART = new RegExp(
  `^(?:\\.(${IDENT})|#(${IDENT})|\\[\\s*(${IDENT})\\s*(?:([~*^$]?=)\\s*(?:"([^"]*)"|'([^']*)'|(${IDENT}))\\s*)?\\])`,
);
const TAG = new RegExp(`^(${IDENT}|\\*)`);

/** Parses "div.a.b#c[data-x=y]" into a SimpleSelector, or null when it is anything more. */
export function parseSimpleSelector(text: string): SimpleSelector | null {
  let rest = text.trim();
  if (!rest || rest.length > 200) return null;
  const selector: SimpleSelector = { tag: null, id: null, classes: [], attrs: [] };
  const tag = TAG.exec(rest);
  if (tag) {
    selector.tag = tag[1] === '*' ? null : (tag[1] ?? '').toLowerCase();
    rest = rest.slice(tag[0].length);
  }
  while (rest) {
    const m = PART.exec(rest);
    if (!m) return null;
    if (m[1]) selector.classes.push(m[1]);
    else if (m[2]) {
      if (selector.id) return null;
      selector.id = m[2];
    } else if (m[3]) {
      const op = (m[4] as SimpleSelector['attrs'][number]['op']) ?? null;
      selector.attrs.push({ name: m[3].toLowerCase(), op, value: op ? (m[5] ?? m[6] ?? m[7] ?? '') : null });
    }
    rest = rest.slice(m[0].length);
  }
  // A bare tag ("p { display: none }") hides a kind of element, not a piece of furniture: such
  // rules are print or script states that this reading cannot tell apart. Left alone.
  if (!selector.id && selector.classes.length === 0 && selector.attrs.length === 0) return null;
  return selector;
}

function attrMatches(el: Element, test: SimpleSelector['attrs'][number]): boolean {
  const value = el.getAttribute(test.name);
  if (value === null) return false;
  const want = test.value ?? '';
  switch (test.op) {
    case null:
      return true;
    case '=':
      return value === want;
    case '~=':
      return value.split(/\s+/).includes(want);
    case '*=':
      return want !== '' && value.includes(want);
    case '^=':
      return want !== '' && value.startsWith(want);
    case '$=':
      return want !== '' && value.endsWith(want);
  }
}

function matches(el: Element, s: SimpleSelector, classes: Set<string>): boolean {
  if (s.tag && el.localName.toLowerCase() !== s.tag) return false;
  if (s.id && el.getAttribute('id') !== s.id) return false;
  for (const c of s.classes) if (!classes.has(c)) return false;
  for (const a of s.attrs) if (!attrMatches(el, a)) return false;
  return true;
}

/** The hiding rules of a page, filed by what an element must have to match them. */
export interface HidingRules {
  byClass: Map<string, SimpleSelector[]>;
  byId: Map<string, SimpleSelector[]>;
  /** Rules with neither a class nor an id (attribute tests): tried on every element with attributes. */
  other: SimpleSelector[];
}

/** Characters of style sheets read at most: a page's own rules, not a whole framework's. */
const MAX_CSS_CHARS = 2_000_000;

/**
 * The top-level rules of a style sheet that hide their elements, as simple selectors. Rules inside
 * an at-rule (`@media print`, a breakpoint, `@supports`) depend on a state this reading does not
 * know and are skipped. One pass over the text: comments out, then braces counted.
 */
export function hidingRules(css: string, into?: HidingRules): HidingRules {
  const rules: HidingRules = into ?? { byClass: new Map(), byId: new Map(), other: [] };
  const text = css.slice(0, MAX_CSS_CHARS).replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  let prelude = '';
  let skipDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      if (depth === 0) {
        prelude = text.slice(start, i).trim();
        if (prelude.startsWith('@')) skipDepth = 0;
      }
      depth++;
      start = i + 1;
    } else if (ch === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        if (skipDepth < 0 && hidesElement(text.slice(start, i))) addRule(rules, prelude);
        skipDepth = -1;
      }
      start = i + 1;
    } else if (ch === ';' && depth === 0) {
      start = i + 1; // "@import …;" and other statements
    }
  }
  return rules;
}

function addRule(rules: HidingRules, prelude: string): void {
  for (const part of prelude.split(',')) {
    const s = parseSimpleSelector(part);
    if (!s) continue;
    const key = s.id ?? s.classes[0];
    if (s.id) push(rules.byId, s.id, s);
    else if (key) push(rules.byClass, key, s);
    else rules.other.push(s);
  }
}

function push(map: Map<string, SimpleSelector[]>, key: string, s: SimpleSelector): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

/** Whether any hiding rule of the page matches the element. */
export function hiddenByRules(el: Element, rules: HidingRules): boolean {
  const classAttr = el.getAttribute('class');
  const classes = new Set(classAttr ? classAttr.split(/\s+/).filter(Boolean) : []);
  const id = el.getAttribute('id');
  if (id) for (const s of rules.byId.get(id) ?? []) if (matches(el, s, classes)) return true;
  for (const c of classes) for (const s of rules.byClass.get(c) ?? []) if (matches(el, s, classes)) return true;
  if (rules.other.length > 0 && el.attributes.length > 0)
    for (const s of rules.other) if (matches(el, s, classes)) return true;
  return false;
}

/** The hiding rules of every `<style>` element of the document. */
export function pageHidingRules(doc: Document): HidingRules {
  const rules: HidingRules = { byClass: new Map(), byId: new Map(), other: [] };
  let read = 0;
  for (const style of Array.from(doc.getElementsByTagName('style'))) {
    const media = style.getAttribute('media');
    if (media && !/^\s*(all|screen)\s*$/i.test(media)) continue;
    const css = style.textContent ?? '';
    if (read + css.length > MAX_CSS_CHARS) break;
    read += css.length;
    hidingRules(css, rules);
  }
  return rules;
}

/** A hidden element holding more than this share of the page's paragraphs is kept anyway. */
const MAX_HIDDEN_PARAGRAPH_SHARE = 0.3;

/**
 * The outermost elements under `root` that `isHidden` says are hidden, in document order, except
 * those holding a large share of the page's paragraphs: an article the page hides until a script
 * shows it (a saved page, a "read more" fold) is still the article.
 */
export function hiddenElements(root: Element, isHidden: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (isHidden(el)) {
      found.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  if (found.length === 0) return found;
  const paragraphs = root.getElementsByTagName('p').length;
  if (paragraphs === 0) return found;
  return found.filter((el) => el.getElementsByTagName('p').length <= paragraphs * MAX_HIDDEN_PARAGRAPH_SHARE);
}

/** An inline style that shows the element (a script revealed it): it wins over the sheet's rules. */
const SHOWN = /(?:^|[;\s])(?:display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible)/i;

function shownInline(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && SHOWN.test(style);
}

/**
 * Removes from a page the elements hidden by markup or by its own style sheets (the CLI's saved
 * page: nothing else can tell). Returns how many went.
 */
export function removeHiddenByPage(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const rules = pageHidingRules(doc);
  const anyRules = rules.byClass.size + rules.byId.size + rules.other.length > 0;
  const hidden = hiddenElements(
    body,
    (el) =>
      !NOT_RENDERED_TAGS.has(el.tagName.toUpperCase()) &&
      (hiddenByMarkup(el) || (anyRules && hiddenByRules(el, rules) && !shownInline(el))),
  );
  for (const el of hidden) el.remove();
  return hidden.length;
}

/**
 * A copy of a live document without what the reader cannot see. `isHidden` is asked about the
 * elements of the original (the browser's own answer: `!el.checkVisibility()`), never about the
 * copy; the original and its fresh copy are walked side by side, so the answer for an original
 * element removes its twin in the copy. Hidden markup (`hidden`, `aria-hidden`) goes too. The
 * original is left as it was.
 */
export function copyWithoutHidden(doc: Document, isHidden: (el: Element) => boolean): Document {
  const copy = doc.cloneNode(true) as Document;
  const body = doc.body;
  const copyBody = copy.body;
  if (!body || !copyBody) return copy;
  const twins = new Map<Element, Element>();
  const pairs: [Element, Element][] = [[body, copyBody]];
  for (let pair = pairs.pop(); pair; pair = pairs.pop()) {
    let c = pair[1].firstElementChild;
    for (let o = pair[0].firstElementChild; o && c; o = o.nextElementSibling, c = c.nextElementSibling) {
      twins.set(o, c);
      pairs.push([o, c]);
    }
  }
  const hidden = hiddenElements(
    body,
    (el) => !NOT_RENDERED_TAGS.has(el.tagName.toUpperCase()) && (hiddenByMarkup(el) || isHidden(el)),
  );
  for (const el of hidden) twins.get(el)?.remove();
  return copy;
}
