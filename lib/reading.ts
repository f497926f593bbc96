import { WORDS_PER_MINUTE } from './pace';
import { countWords } from './text/words';
import type { Language } from './types';

export { WORDS_PER_MINUTE } from './pace';

/**
 * The length of `text` in its language's reading unit: letters and digits in Chinese and
 * Japanese, else words (in Thai, the runs between its spaces: phrases rather than words).
 */
export function readingSize(text: string, language: Pick<Language, 'pace'>): number {
  return language.pace.unit === 'character' ? (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) : countWords(text);
}

/** Minutes a reader needs for `size` words (or characters at `perMinute`), at least 1. */
export function readingMinutes(size: number, perMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(size / perMinute));
}

/** A short reading time: seconds below a minute (rounded to 5, at least 5), else whole minutes. */
export interface Duration {
  unit: 'second' | 'minute';
  value: number;
}

/** Reading time of a few words (or characters at `perMinute`); the interface writes it ("20 s", "3 min"). */
export function readingDuration(size: number, perMinute = WORDS_PER_MINUTE): Duration {
  const seconds = Math.round((size / perMinute) * 60);
  if (seconds < 60) return { unit: 'second', value: Math.max(5, Math.round(seconds / 5) * 5) };
  return { unit: 'minute', value: Math.round(seconds / 60) };
}
