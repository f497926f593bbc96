import { NOT_TEXT_TAGS } from './dom/tags';
/**
 * Guards on the shape of a page, checked before extraction. Readability's cleaning pass walks the
 * whole subtree of every container it considers, so its cost grows with depth × page size: a
 * chain of 500 nested divs took 2 s and 5,000 took 11 minutes (50,000 overflowed the stack).
 * Real pages stay far below MAX_DEPTH, and no DOM walk here is recursive.
 */

/** Deeper elements are flattened into paragraphs before extraction. */
export const MAX_DEPTH = 100;

export interface PageShape {
  /** Elements under the root element, the root included. */
  elements: number;
  /** Depth of the deepest element (the root element is at depth 1). */
  depth: number;
}

/**
 * The element after `el` in document order, staying inside `root`, with how many levels the walk
 * climbed (-1 when it went down). `skipChildren` continues after `el`'s subtree.
 */
function nextElement(el: Element, root: Element, skipChildren = false): { el: Element; climb: number } | null {
  const child = skipChildren ? null : el.firstElementChild;
  if (child) return { el: child, climb: -1 };
  let cur: Element | null = el;
  let climb = 0;
  while (cur && cur !== root) {
    const sibling: Element | null = cur.nextElementSibling;
    if (sibling) return { el: sibling, climb };
    cur = cur.parentElement;
    climb++;
  }
  return null;
}

/** Counts elements and measures depth without recursion. */
export function measurePage(doc: Document): PageShape {
  const root = doc.documentElement;
  if (!root) return { elements: 0, depth: 0 };
  let elements = 0;
  let max = 0;
  let depth = 1;
  let step: { el: Element; climb: number } | null = { el: root, climb: 0 };
  while (step) {
    elements++;
    if (depth > max) max = depth;
    step = nextElement(step.el, root);
    if (step) depth -= step.climb;
  }
  return { elements, depth: max };
}

/** Elements that sit inside a line of text; every other element starts and ends a paragraph. */
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DFN EM FONT I KBD MARK Q RP RT RUBY S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR'.split(
    ' ',
  ),
);

interface Part {
  tag: string;
  text: string;
}

/** The text under `root` as paragraphs and headings, in reading order, without recursion. */
function paragraphsOf(root: Element): Part[] {
  const parts: Part[] = [];
  let text = '';
  let tag = 'P';
  const flush = () => {
    if (text.trim()) parts.push({ tag, text: text.trim() });
    text = '';
    tag = 'P';
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const name = (node as Element).tagName.toUpperCase();
      if (!NOT_TEXT_TAGS.has(name)) {
        descend = true;
        if (!INLINE.has(name)) {
          flush();
          if (/^H[1-6]$/.test(name)) tag = name;
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend && node.nodeType === 1 && !INLINE.has((node as Element).tagName.toUpperCase())) flush();
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && !INLINE.has((node as Element).tagName.toUpperCase())) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return parts;
}

/**
 * Replaces what lies under each element at depth `maxDepth` by its text as flat paragraphs and
 * headings, so no element is deeper than `maxDepth + 1`. Only for pages built to be deep: the
 * structure below that depth is lost, the words and their order are kept.
 */
export function flattenDeep(doc: Document, maxDepth: number = MAX_DEPTH): void {
  const root = doc.documentElement;
  if (!root) return;
  const boundaries: Element[] = [];
  let depth = 1;
  let step: { el: Element; climb: number } | null = { el: root, climb: 0 };
  while (step) {
    const el: Element = step.el;
    const boundary = depth === maxDepth && el.firstElementChild !== null;
    if (boundary) boundaries.push(el);
    step = nextElement(el, root, boundary);
    if (step) depth -= step.climb;
  }
  for (const el of boundaries) {
    const parts = paragraphsOf(el);
    el.textContent = '';
    for (const part of parts) {
      const p = doc.createElement(part.tag.toLowerCase());
      p.textContent = part.text;
      el.appendChild(p);
    }
  }
}
