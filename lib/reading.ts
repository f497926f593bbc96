import { hasUnspacedScript, segmentWords } from './text/segmenter';
import { countWords } from './text/words';
import type { ReadingPace } from './types';

/** Words a minute of an adult reading non-fiction on screen. */
export const WORDS_PER_MINUTE = 230;

/**
 * Characters a minute in languages written without spaces, where words are not what a reader
 * counts: the International Reading Speed Texts (IReST; Trauzettel-Klosinski et al., 2012)
 * measured adults reading Chinese at 255 and Japanese at 357 characters a minute.
 */
export const CHARS_PER_MINUTE: Readonly<Record<string, number>> = { zh: 255, ja: 357 };

/** How reading time is counted in a language. */
export function paceOf(lang: string): ReadingPace {
  const chars = CHARS_PER_MINUTE[lang];
  return chars ? { unit: 'character', perMinute: chars } : { unit: 'word', perMinute: WORDS_PER_MINUTE };
}

/**
 * The length of `text` in a pace's unit: its letters and digits, or its words (ICU's words in
 * scripts without spaces, such as Thai).
 */
export function readingSize(text: string, pace: ReadingPace, lang: string): number {
  if (pace.unit === 'character') return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return hasUnspacedScript(text) ? segmentWords(text, lang).length : countWords(text);
}

/** Minutes a reader needs for `size` words (or characters at `perMinute`), at least 1. */
export function readingMinutes(size: number, perMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(size / perMinute));
}

/** Reading time of a few words (or characters at `perMinute`), for a reader: "20 s", "1 min", "3 min". */
export function formatDuration(size: number, perMinute = WORDS_PER_MINUTE): string {
  const seconds = Math.round((size / perMinute) * 60);
  if (seconds < 60) return `${Math.max(5, Math.round(seconds / 5) * 5)} s`;
  return `${Math.round(seconds / 60)} min`;
}
