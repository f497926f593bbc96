import type { Block, Sentence } from './types';

/**
 * Words that end with a full stop without ending a sentence. Titles and honorifics never end
 * one before a name; month and other abbreviations usually don't.
 */
const TITLES = new Set(
  'mr mrs ms mx dr prof sen rep gov gen col lt maj capt cpl sgt adm cmdr supt insp det rev fr st sr jr hon pres messrs mme mlle sr sra'.split(
    ' ',
  ),
);
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun vs etc approx est dept univ inc corp ltd co bros ave blvd rd mt ft no nos vol fig op al cf e.g i.e'.split(
    ' ',
  ),
);
/** After a multi-letter abbreviation such as "U.S." these words show a new sentence started. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i but and or so this that these those there his her its their in on at after before when while if as however meanwhile yet still then now some many most'.split(
    ' ',
  ),
);

const TERMINATOR = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;
const OPENERS = /["'“‘([«]/;

function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, dot);
}

/** Decides whether the full stop at `dot` ends a sentence, given the word that follows. */
function stopEndsSentence(text: string, dot: number, nextWord: string): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (word.length === 1 && /[A-Z]/.test(word)) return false; // an initial: J. K. Rowling
  if (TITLES.has(lower)) return false;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // U.S. / U.N. / a.m.: a sentence ends only when an obvious sentence opener follows.
    return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  if (ABBREVIATIONS.has(lower)) {
    if (lower === 'no' || lower === 'nos' || lower === 'vol' || lower === 'fig' || lower === 'op') {
      return !/^\d/.test(nextWord);
    }
    return SENTENCE_STARTERS.has(nextWord.toLowerCase()) && lower !== 'st';
  }
  return true;
}

/** Splits one block of text into sentences, verbatim (only outer white space trimmed). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
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
    let next = end;
    while (next < n && /\s/.test(text[next] ?? '')) next++;
    if (next === end || next >= n) {
      i = end;
      continue;
    }
    let wordStart = next;
    while (wordStart < n && OPENERS.test(text[wordStart] ?? '')) wordStart++;
    const first = text[wordStart] ?? '';
    const nextWord = /^[^\s]+/.exec(text.slice(wordStart))?.[0]?.replace(/[^\p{L}\p{N}]+$/u, '') ?? '';
    const startsSentence = /[\p{Lu}\p{N}]/u.test(first) || wordStart > next;
    const isStop = ch === '.' && end === i + 1;
    if (startsSentence && (!isStop || stopEndsSentence(text, i, nextWord))) {
      const sentence = text.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = next;
    }
    i = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** All sentences of an article's blocks, numbered in article order. */
export function segment(blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    for (const text of splitSentences(block.text)) {
      sentences.push({ text, index: sentences.length, block: b });
    }
  });
  return sentences;
}
