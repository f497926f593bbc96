/** Reading paces: kept apart (no imports) so the pipeline and the popup share only these lines. */
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
