/** Words a minute of an adult reading non-fiction on screen. */
export const WORDS_PER_MINUTE = 230;

/** Minutes a reader needs for `words` words (at least 1). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
