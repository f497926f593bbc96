/** Frozen copy of lib/segment.ts before Intl.Segmenter (issue #16): the baseline `npm run eval:segment` compares against. */
import type { Block, Sentence } from '../../lib/types';

/**
 * Words that end with a full stop without ending a sentence. Titles and honorifics never end
 * one before a name; month and other abbreviations usually don't.
 */
const TITLES = new Set(
  'mr mrs ms mx dr prof sen rep gov gen col lt maj capt cpl sgt spc pfc pvt adm cmdr supt insp det rev fr st sr jr hon pres messrs mme mlle sra atty amb gens reps sens'.split(
    ' ',
  ),
);
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun vs etc approx est dept univ inc corp ltd co bros ave blvd rd mt ft no nos vol fig op al cf v e.g i.e'.split(
    ' ',
  ),
);
/** Abbreviations that only stand before a number: "No. 10", "Vol. 2", "Fig. 3". */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'op']);
/** After a multi-letter abbreviation such as "U.S." these words show a new sentence started. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i but and or so this that these those there his her its their in on at after before when while if as however meanwhile yet still then now some many most'.split(
    ' ',
  ),
);

const TERMINATOR = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;
const OPENERS = /["'“‘([«]/;
/** List markers that open a new item after a sentence end: "-- In 2009", "• How". */
const BULLET = /^(?:--|[-–—•*·])\s+/;
/** Invisible marks that sometimes sit in copied text (left-to-right mark, zero-width space). */
const SPACE = /[\s\u200b\u200e\u200f\ufeff]/;

/**
 * A dateline before the first words of a story: "Beijing (CNN)", "(CNN) --",
 * "LONDON, England (Reuters) -", "WASHINGTON —". The agency in brackets must be glued to the
 * next word or followed by a dash, so "Apple (AAPL) shares fell" keeps its subject.
 */
const DATELINE =
  /^(?:(?:[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}][\p{L}.'’-]*){0,5}\s*)?\([\p{Lu}][\p{L}.&]*(?: [\p{Lu}][\p{L}.&]*){0,2}\)(?:\s*(?:--|[-–—:])\s*|\s?(?=[\p{Lu}"“])|(?=[^\s)]))|[\p{Lu}]{2,}(?:[ ,]+[\p{Lu}][\p{L}.]*){0,4}\s+(?:--|[–—])\s+)/u;

function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[A-Za-z0-9.]/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, dot);
}

/** Decides whether the full stop at `dot` ends a sentence, given the sentence so far and the next word. */
function stopEndsSentence(text: string, dot: number, start: number, nextWord: string): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  // A list number opening an item: "1. Baia do Sancho".
  if (/^\d{1,2}$/.test(word) && /^\W*$/.test(text.slice(start, dot - word.length))) return false;
  if (word.length === 1 && /[A-Z]/.test(word)) return false; // an initial: J. K. Rowling
  if (TITLES.has(lower)) return false;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // U.S. / U.N. / a.m.: a sentence ends only when an obvious sentence opener follows.
    return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  if (BEFORE_NUMBER.has(lower)) return !/^\d/.test(nextWord);
  if (ABBREVIATIONS.has(lower)) return SENTENCE_STARTERS.has(nextWord.toLowerCase()) && lower !== 'st';
  return true;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  return i;
}

/** Splits one block of text into sentences, verbatim (only outer white space trimmed). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const push = (from: number, to: number) => {
    const sentence = text.slice(from, to).replace(/^[\s\u200b\u200e\u200f\ufeff]+|[\s\u200b\u200e\u200f\ufeff]+$/g, '');
    if (sentence) out.push(sentence);
  };
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] ?? '';
    if (!TERMINATOR.test(ch)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && (TERMINATOR.test(text[end] ?? '') || CLOSERS.test(text[end] ?? ''))) end++;
    let next = skipSpace(text, end);
    if (next === end || next >= n || !/[\p{L}\p{N}]/u.test(text.slice(start, i))) {
      // No space after it, the end of the text, or nothing said yet ('"... Its economy').
      i = end;
      continue;
    }
    const bullet = BULLET.exec(text.slice(next, next + 4));
    if (bullet) {
      push(start, end);
      start = skipSpace(text, next + bullet[0].length);
      i = start;
      continue;
    }
    let wordStart = next;
    while (wordStart < n && OPENERS.test(text[wordStart] ?? '')) wordStart++;
    const first = text[wordStart] ?? '';
    const nextWord = /^[^\s]+/.exec(text.slice(wordStart))?.[0]?.replace(/[^\p{L}\p{N}]+$/u, '') ?? '';
    const startsSentence = /[\p{Lu}\p{N}$£€©]/u.test(first) || wordStart > next;
    const isStop = ch === '.' && end === i + 1;
    if (startsSentence && (!isStop || stopEndsSentence(text, i, start, nextWord))) {
      push(start, end);
      next = skipSpace(text, next);
      start = next;
    }
    i = end;
  }
  push(start, n);
  return out;
}

/** The length of the dateline that opens `text` ("Beijing (CNN)"), or 0. */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m && m[0].length < text.length ? m[0].length : 0;
}

/**
 * All sentences of an article's blocks, numbered in article order. A dateline that opens a
 * block ("Beijing (CNN)Five years ago...") is left out of its sentence: the key sentence shows
 * the words after it, still a verbatim, contiguous part of the article.
 */
export function segment(blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    const cut = datelineLength(block.text);
    for (const text of splitSentences(block.text.slice(cut))) {
      sentences.push({ text, index: sentences.length, block: b });
    }
  });
  return sentences;
}
