import { NOT_TEXT_TAGS } from '@/lib/dom/tags';
import { IGNORED_IN_PAGE } from '@/lib/text/chars';

/**
 * Runs inside the page (passed to `scripting.executeScript` as `func`: self-contained). Marks
 * text with the CSS Custom Highlight API: the page's DOM, layout and scripts are untouched, and
 * clearing removes every mark. Text is matched with white space collapsed, as the digest reads it.
 */
export type HighlightOp =
  | { kind: 'sentences'; texts: string[] }
  | { kind: 'focus'; text: string }
  | { kind: 'people'; forms: string[] }
  | { kind: 'clear' };

export interface HighlightResult {
  ok: boolean;
  /** Marks made (sentences or mentions found in the page). */
  found: number;
  reason?: 'unsupported';
}

/**
 * What the digest leaves out of the page's text, passed in from lib/ (this function runs alone in
 * the page and imports nothing): the characters cleaning removes (a character class body) and
 * the elements whose text is never read.
 */
export interface PageTextRules {
  ignored: string;
  skipTags: string[];
}

/** The pipeline's own rules (lib/text/chars.ts, lib/dom/tags.ts): the page is read as the digest read it. */
export const PAGE_TEXT_RULES: PageTextRules = { ignored: IGNORED_IN_PAGE, skipTags: [...NOT_TEXT_TAGS] };

export function highlightInPage(op: HighlightOp, rules: PageTextRules): HighlightResult {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return { ok: false, found: 0, reason: 'unsupported' };
  const names = { sentences: 'newsgist-key', focus: 'newsgist-focus', people: 'newsgist-person' } as const;
  if (op.kind === 'clear') {
    for (const name of Object.values(names)) registry.delete(name);
    return { ok: true, found: 0 };
  }

  // The page's text with white space collapsed, and where each character came from.
  const nodes: Text[] = [];
  let text = '';
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  const skip = new Set(rules.skipTags);
  const isIgnored = new RegExp(`^[${rules.ignored}]$`);
  const ignored = new RegExp(`[${rules.ignored}]`, 'g');
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let el = n.parentElement; el; el = el.parentElement)
        if (skip.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const index = nodes.push(node) - 1;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] ?? '';
      if (isIgnored.test(ch)) continue;
      if (/[\s\u00a0]/.test(ch)) {
        if (text.length === 0 || text.endsWith(' ')) continue;
        text += ' ';
      } else text += ch;
      nodeAt.push(index);
      offsetAt.push(i);
    }
  }
  const normalize = (s: string) =>
    s
      .replace(ignored, '')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
  const rangeOf = (start: number, length: number): Range | null => {
    const startNode = nodes[nodeAt[start] ?? -1];
    const endNode = nodes[nodeAt[start + length - 1] ?? -1];
    if (!startNode || !endNode) return null;
    const range = document.createRange();
    range.setStart(startNode, offsetAt[start] ?? 0);
    range.setEnd(endNode, (offsetAt[start + length - 1] ?? 0) + 1);
    return range;
  };
  const ranges: Range[] = [];
  if (op.kind === 'people') {
    const forms = op.forms.map(normalize).filter(Boolean);
    if (forms.length) {
      const escaped = forms.sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(pattern)) {
        const r = rangeOf(m.index ?? 0, m[0].length);
        if (r) ranges.push(r);
      }
    }
  } else {
    const wanted = op.kind === 'focus' ? [op.text] : op.texts;
    for (const sentence of wanted) {
      const needle = normalize(sentence);
      const at = needle ? text.indexOf(needle) : -1;
      const r = at >= 0 ? rangeOf(at, needle.length) : null;
      if (r) ranges.push(r);
    }
  }
  registry.set(names[op.kind], new HighlightCtor(...ranges));
  const first = ranges[0];
  if (first && op.kind !== 'sentences') {
    const target = first.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  return { ok: true, found: ranges.length };
}

/** How the marks look: a user stylesheet, so the page's own styles cannot hide them. */
export const HIGHLIGHT_CSS = [
  '::highlight(newsgist-key){background-color:rgba(255,214,102,.55);color:inherit}',
  '::highlight(newsgist-focus){background-color:rgba(255,153,0,.75);color:inherit}',
  '::highlight(newsgist-person){background-color:rgba(138,180,248,.55);color:inherit}',
].join('');
