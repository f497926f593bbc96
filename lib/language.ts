/**
 * Is this text English? Decided from the text, not assumed from the page: English prose is
 * about a quarter function words ("the", "of", "and"...), other languages have almost none of
 * these (or use another script entirely).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to is that for it was with as his he she they by at from this have has had are were be been which who their its an not but or will would said'.split(
    ' ',
  ),
);
/** Below this share of function words a text of enough words is not English. */
const MIN_SHARE = 0.1;
/** Too few words to tell: give the text the benefit of the doubt. */
const MIN_WORDS = 40;
/** Enough text to tell (about 1,000 words); reading more only costs time on long pages. */
const SAMPLE_CHARS = 6000;

export interface LanguageGuess {
  english: boolean;
  /** The page's declared language when it is not English, else null. */
  lang: string | null;
}

export function englishShare(text: string): { share: number; words: number } {
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return { share: words.length ? hits / words.length : 0, words: words.length };
}

/** Share of letters in the Latin script (Chinese or Arabic text has few "words" but many letters). */
function latinShare(text: string): { share: number; letters: number } {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return { share: letters ? latin / letters : 1, letters };
}

export function guessLanguage(text: string, declared: string | null): LanguageGuess {
  const { share, words } = englishShare(text);
  const script = latinShare(text);
  const otherScript = script.letters >= 100 && script.share < 0.5;
  const english = !otherScript && (words < MIN_WORDS || share >= MIN_SHARE);
  const tag = declared?.trim() || null;
  return { english, lang: english || !tag || /^en\b/i.test(tag) ? null : tag };
}
