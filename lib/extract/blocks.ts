import { NOT_TEXT_TAGS } from '../dom/tags';
import type { Block } from '../types';

const HEADING = /^H[1-6]$/;
const LEAF_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TD', 'TH']);
/** Skipped with their content: never text, or page furniture (menus, forms). */
const SKIP: ReadonlySet<string> = new Set([...NOT_TEXT_TAGS, 'NAV', 'FORM']);
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

/** MathML token elements: their text reads as separate symbols ("x 2 + b x", not "x2+bx"). */
const MATH_TOKENS = new Set(['MI', 'MN', 'MO', 'MTEXT', 'MS']);

/** Collapses runs of white space (no-break and line separators are white space too) and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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

/** A block as walked, with what the clean-up needs to judge it. */
export interface WalkedBlock extends Block {
  /** Characters of the block's text that sit inside links. */
  linkChars: number;
  /** True for the caption of a figure (its text is the figure's, not the article's). */
  caption: boolean;
}

/** Share of a block's text that is link text (0 for plain text). */
export function linkDensity(block: WalkedBlock): number {
  return block.text.length === 0 ? 0 : Math.min(1, block.linkChars / block.text.length);
}

/**
 * Walks an element and returns its text as blocks: one per paragraph, heading or list item.
 * Inline runs directly inside containers (a div holding bare text) become blocks too, and
 * `<br><br>` splits a paragraph the way it reads on screen. Each block counts its link text.
 */
export function walkBlocks(root: Element): WalkedBlock[] {
  const blocks: WalkedBlock[] = [];
  let pending = '';
  let pendingLink = 0;
  let pendingKind: Block['kind'] = 'p';
  let captionDepth = 0;

  const flush = () => {
    const text = normalizeSpace(pending);
    if (text) {
      blocks.push({
        kind: pendingKind,
        text,
        linkChars: Math.min(text.length, pendingLink),
        caption: captionDepth > 0,
      });
    }
    pending = '';
    pendingLink = 0;
    pendingKind = 'p';
  };

  const walk = (node: Node, kind: Block['kind'] | null, inLink: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        pending += value;
        if (inLink) pendingLink += normalizeSpace(value).length;
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
      const link = inLink || tag === 'A';
      if (MATH_TOKENS.has(tag)) {
        pending += ' ';
        walk(el, kind, link);
        pending += ' ';
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        walk(el, kind, link);
        continue;
      }
      flush();
      const caption = tag === 'FIGCAPTION';
      if (caption) captionDepth++;
      const leafKind = HEADING.test(tag) || LEAF_BLOCKS.has(tag) ? kindOf(tag) : kind;
      if (leafKind && !hasBlockChild(el)) {
        pendingKind = leafKind;
        walk(el, leafKind, link);
        pendingKind = leafKind;
        flush();
      } else {
        walk(el, leafKind, link);
        flush();
      }
      if (caption) captionDepth--;
    }
  };

  walk(root, null, false);
  flush();
  return blocks;
}
