import type { Block } from '../types';

const HEADING = /^H[1-6]$/;
const LEAF_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TD', 'TH']);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'FIGCAPTION',
  'NAV',
  'FORM',
]);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
  'FIGCAPTION',
  'SUMMARY',
]);

/** Collapses runs of white space (including no-break spaces) and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

function kindOf(tag: string): Block['kind'] {
  if (HEADING.test(tag)) return 'h';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'li';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return 'p';
}

function hasBlockChild(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    const tag = child.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag) && tag !== 'BR') return true;
  }
  return false;
}

/**
 * Walks an element and returns its text as blocks: one per paragraph, heading or list item.
 * Inline runs directly inside containers (a div holding bare text) become blocks too, and
 * `<br><br>` splits a paragraph the way it reads on screen.
 */
export function blocksFrom(root: Element): Block[] {
  const blocks: Block[] = [];
  let pending = '';
  let pendingKind: Block['kind'] = 'p';

  const flush = () => {
    const text = normalizeSpace(pending);
    if (text) blocks.push({ kind: pendingKind, text });
    pending = '';
    pendingKind = 'p';
  };

  const walk = (node: Node, kind: Block['kind'] | null) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        pending += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') {
        continue;
      }
      if (tag === 'BR') {
        if (/\n\s*$/.test(pending)) flush();
        else pending += '\n';
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        walk(el, kind);
        continue;
      }
      flush();
      const leafKind = HEADING.test(tag) || LEAF_BLOCKS.has(tag) ? kindOf(tag) : kind;
      if (leafKind && !hasBlockChild(el)) {
        pendingKind = leafKind;
        walk(el, leafKind);
        pendingKind = leafKind;
        flush();
      } else {
        walk(el, leafKind);
        flush();
      }
    }
  };

  walk(root, null);
  flush();
  return blocks;
}
