/** Words a minute of an adult reading non-fiction on screen. */
export const WORDS_PER_MINUTE = 230;

/** Minutes a reader needs for `words` words (at least 1). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Reading time of a few words, for a reader: "20 s", "1 min", "3 min". */
export function formatDuration(words: number): string {
  const seconds = Math.round((words / WORDS_PER_MINUTE) * 60);
  if (seconds < 60) return `${Math.max(5, Math.round(seconds / 5) * 5)} s`;
  return `${Math.round(seconds / 60)} min`;
}
