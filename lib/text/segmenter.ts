import { countWords } from './words';

/**
 * Words and sentences of any language on `Intl.Segmenter` (ICU's boundary rules and
 * dictionaries, built into every browser and Node): Chinese, Japanese, Thai and other scripts
 * written without spaces get real words, not whole runs of text.
 */

/** Scripts written without spaces between words: only a dictionary finds their words. */
export const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * A cached segmenter for a language tag; a tag ICU cannot read falls back to its root rules
 * (which still know every script's words and sentence marks).
 */
export function segmenterFor(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang || 'und', { granularity });
    } catch {
      seg = new Intl.Segmenter('und', { granularity });
    }
    segmenters.set(key, seg);
  }
  return seg;
}

/** Offsets where ICU starts a new sentence in `text` (0 excluded). */
export function sentenceStarts(text: string, lang: string): number[] {
  const out: number[] = [];
  for (const s of segmenterFor(lang, 'sentence').segment(text)) if (s.index > 0) out.push(s.index);
  return out;
}

/** The words of `text` (letters or digits, not punctuation or space), as written. */
export function segmentWords(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const s of segmenterFor(lang, 'word').segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * The words of a text as a reader counts them: ICU's dictionary words in scripts written without
 * spaces (Chinese, Japanese, Thai…), else `countWords`.
 */
export function wordsAsShown(text: string, lang = 'und'): number {
  return hasUnspacedScript(text) ? segmentWords(text, lang).length : countWords(text);
}

/** Whether `text` holds letters of a script written without spaces. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_SCRIPT.test(text);
}
