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

export function highlightInPage(op: HighlightOp): HighlightResult {
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
  const skip = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|NEWSGIST-TOAST)$/;
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let el = n.parentElement; el; el = el.parentElement)
        if (skip.test(el.tagName)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const index = nodes.push(node) - 1;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] ?? '';
      if (/[\u200b-\u200d\ufeff\u00ad]/.test(ch)) continue;
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
      .replace(/[\u200b-\u200d\ufeff]/g, '')
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
