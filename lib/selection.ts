/**
 * What makes a selection worth a digest. The reader selects a passage and asks for its digest
 * (the context menu); a few words hold no gist to pick from, and a selection larger than any
 * article is refused rather than held in memory: the glue says which, with these figures. Words
 * are counted as a reader counts them (`wordsAsShown`, lib/text/segmenter.ts).
 */
/** A selection of fewer words than this is too short to digest. */
export const MIN_SELECTION_WORDS = 30;
/** A selection of more characters than this is too large to digest (about 170,000 English words). */
export const MAX_SELECTION_CHARS = 1_000_000;
