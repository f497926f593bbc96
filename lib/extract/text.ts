import type { Article, Block } from '../types';
import { normalizeSpace } from './blocks';
import { dropBoilerplate } from './cleanup';

function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/, 26).length;
  return words <= 25 && !/[.!?:;,"”。！？：；，」』؟۔।]$/.test(text);
}

/**
 * A part with several lines is a run of separate blocks when each line ends a sentence or is a
 * short label ("Stay informed, daily"); otherwise it is one paragraph hard-wrapped.
 */
function splitLines(part: string): string[] {
  const lines = part.trim().split('\n');
  const separate = lines
    .slice(0, -1)
    .every((l) => /[.!?:"”’)。！？：」』؟۔।]\s*$/.test(l) || l.trim().split(/\s+/, 9).length <= 8);
  return separate ? lines : [part];
}

/**
 * Turns plain article text into an Article: paragraphs are separated by blank lines (or by
 * single newlines when the text has no blank lines). A short first line without a full stop
 * is taken as the headline when no title is given.
 */
export function articleFromText(text: string, title?: string | null): Article {
  const clean = text.replace(/\r\n?/g, '\n');
  const parts = /\n\s*\n/.test(clean) ? clean.split(/\n\s*\n/) : clean.split('\n');
  let lines = parts.flatMap(splitLines).map(normalizeSpace).filter(Boolean);
  let headline = title ? normalizeSpace(title) : '';
  const first = lines[0];
  if (!headline && first !== undefined && lines.length > 1 && looksLikeHeadline(first)) {
    headline = first;
    lines = lines.slice(1);
  }
  const blocks: Block[] = dropBoilerplate(lines.map((line) => ({ kind: 'p', text: line })));
  return {
    meta: { title: headline, byline: null, siteName: null, published: null, lang: null, url: null },
    blocks,
  };
}
