import { LEXICON_GROUPS } from './lexicon-data';

type Lexicon = Readonly<Record<string, string | readonly string[]>>;

/**
 * The part of compromise's lexicon the extension ships: all of it but its phrasal verbs ("acted
 * out", "adds up": 40 kB of multi-word verb forms). Names are capitalised and no phrasal verb
 * is, so the recogniser never needed them; the roles grammar reads one word at a time.
 */
export function shippedLexicon(lexicon: Lexicon): Lexicon {
  return Object.fromEntries(
    Object.entries(lexicon).filter(([, tags]) => !(Array.isArray(tags) ? tags : [tags]).includes('PhrasalVerb')),
  );
}

/** Groups a word → tags lexicon by tag set: the compact form stored in lexicon-data.ts. */
export function packLexicon(lexicon: Lexicon): Record<string, string> {
  const groups = new Map<string, string[]>();
  for (const word of Object.keys(lexicon).sort()) {
    const value = lexicon[word];
    const tags = (Array.isArray(value) ? value : [value]).join('|');
    groups.set(tags, [...(groups.get(tags) ?? []), word]);
  }
  return Object.fromEntries(
    [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, w]) => [t, w.join(',')]),
  );
}

/** Unpacks the stored lexicon into a word → tags map (a few milliseconds, once). */
export function unpackLexicon(groups: Readonly<Record<string, string>>): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const [tags, words] of Object.entries(groups)) {
    const list = tags.split('|');
    for (const word of words.split(',')) map.set(word, list);
  }
  return map;
}

let cached: Map<string, readonly string[]> | null = null;

/** The lexicon's entries of several words ("north carolina"). */
export function lexiconPhrases(): string[] {
  cached ??= unpackLexicon(LEXICON_GROUPS);
  return [...cached.keys()].filter((w) => w.includes(' '));
}

/** compromise's tags for a lower-case word (empty when compromise does not know it). */
export function lexiconTags(word: string): readonly string[] {
  cached ??= unpackLexicon(LEXICON_GROUPS);
  return cached.get(word) ?? [];
}
