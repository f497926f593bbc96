import { hasUnspacedScript, wordsAsShown } from '../text/segmenter';
import { countWords, WORD } from '../text/words';
import type { Sentence } from '../types';
import { cuesFor, outsidePairedQuotes, pairedQuoteChars } from './cues';
import { neverPickReason } from './filters';
import { specificKorean, specificUnspaced } from './names';
import { contentWords, phrasePairs } from './words';

/** What the ranker knows about one sentence, computed with plain string work (no tagging). */
export interface SentenceFeatures {
  sentence: Sentence;
  /** Distinct content words (lower-cased, stemmed, stop words dropped). */
  words: Set<string>;
  /** Distinct phrases: pairs of content words that follow each other with no word between. */
  phrases: Set<string>;
  /** Word count of the sentence as shown. */
  length: number;
  /** Share of its words inside quotation marks (0–1). */
  quoted: number;
  /** Share of its words that name or count something: capitalised (not first) or with digits (0–1). */
  specific: number;
  /** Names its source ("said", "told", "according to"): highlights drop such clutter. */
  attributed: boolean;
  /** Speaks in the first person outside quotation marks ("I think", "we saw"). */
  personal: boolean;
  /** Opens with a pronoun or connective that needs the previous sentence ("He said", "But"). */
  dangling: boolean;
  /** Why it can never be a key sentence, or null. */
  never: string | null;
}

/**
 * Openers that lean on the sentence before: personal pronouns and possessives, and connectives
 * that continue an argument. A sentence starting with one reads well only after its neighbour.
 */
const DANGLING_OPENERS =
  /^["“‘']?(he|she|it|they|his|her|its|their|but|and|or|so|also|yet|still|however|instead|meanwhile|then|thus|therefore|moreover|furthermore|besides|otherwise|nevertheless|nonetheless|likewise|similarly)\b(?!-)/i;

/**
 * A demonstrative that stands for what the sentence before said ("This is the third attack",
 * "That's why"): followed by a verb or punctuation. One followed by its own noun ("This week,
 * police...", "Those fees include...") names what it means and reads well alone.
 */
const DANGLING_DEMONSTRATIVE =
  /^["“‘']?(this|that|these|those)(\s*[,.;:!?'’]|\s+(is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|not|also|means|meant|led|made|makes|came|comes)\b)/i;

const ATTRIBUTION = /\b(said|says|told|according to)\b/;

const QUOTE_MARK = /["“”]/g;

/**
 * Whether the quotation mark at `at` closes a quote: a curly ” does; a straight " does when it
 * follows a word or punctuation and is followed by a space, punctuation or the end.
 */
function closesQuote(text: string, at: number): boolean {
  const mark = text[at];
  if (mark === '”') return true;
  if (mark === '“') return false;
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  return !/\s/.test(before) && /[\s.,;:!?)]/.test(after);
}

/**
 * Share of the words that sit inside double quotation marks. A quote can open in an earlier
 * sentence: when the first mark closes one ('...in 2015," the statement read.'), the words
 * before it are quoted too.
 */
export function quotedShare(text: string): number {
  const total = countWords(text);
  if (total === 0) return 0;
  let inside = 0;
  let open: number | null = null;
  let first = true;
  for (const m of text.matchAll(QUOTE_MARK)) {
    const at = m.index ?? 0;
    const closing = closesQuote(text, at);
    if (closing && open === null && first) inside += countWords(text.slice(0, at));
    else if (closing && open !== null) {
      inside += countWords(text.slice(open, at));
      open = null;
    } else if (!closing && open === null) open = at + 1;
    first = false;
  }
  if (open !== null) inside += countWords(text.slice(open));
  return Math.min(1, inside / total);
}

/**
 * First-person words: "I" in capitals and "we", "my", "our"... in any case, but not "US" (the
 * country) in capitals.
 */
const FIRST_PERSON =
  /\b(I|I'm|I've|I'd|I'll)(?![\p{L}.'’-])|\b([Ww]e|[Ww]e're|[Ww]e've|[Mm]y|[Oo]ur|[Oo]urs|me|us)\b(?!['’-])/u;

/** The text outside double quotation marks, quotes opened in an earlier sentence included. */
export function unquoted(text: string): string {
  let out = '';
  let from: number | null = 0;
  let first = true;
  for (const m of text.matchAll(QUOTE_MARK)) {
    const at = m.index ?? 0;
    const closing = closesQuote(text, at);
    if (closing && first) from = at + 1;
    else if (closing && from === null) from = at + 1;
    else if (!closing && from !== null) {
      out += `${text.slice(from, at)} `;
      from = null;
    }
    first = false;
  }
  if (from !== null) out += text.slice(from);
  return out;
}

/** Speaks in the first person outside quotation marks: a column or an eyewitness aside. */
export function isPersonal(text: string): boolean {
  return FIRST_PERSON.test(unquoted(text));
}

/** Share of the words that are names or numbers: news highlights are made of them. */
export function specificShare(text: string): number {
  return specificWords(text.match(WORD) ?? [], true);
}

/**
 * Share of `words` with a digit, or after the first with a capital where capitals mark `names`,
 * or that `dated` says name a month.
 */
function specificWords(words: readonly string[], names: boolean, dated?: (word: string) => boolean): number {
  if (words.length === 0) return 0;
  let specific = 0;
  words.forEach((word, k) => {
    if (/\d/.test(word) || (names && k > 0 && /^\p{Lu}/u.test(word)) || dated?.(word)) specific++;
  });
  return specific / words.length;
}

export function isDangling(text: string): boolean {
  return DANGLING_OPENERS.test(text) || DANGLING_DEMONSTRATIVE.test(text);
}

const months = new Map<string, ReadonlySet<string>>();
/**
 * Regions whose press names the months otherwise than the language's default: Arabic in Syria,
 * Lebanon, Jordan and Iraq writes the Syriac names (نيسان, حزيران, تشرين الأول), where Egypt and
 * the Gulf write يناير, أبريل. Read from Intl too.
 */
const REGIONAL_MONTHS: ReadonlyMap<string, readonly string[]> = new Map([['ar', ['ar-SY']]]);
/** 2021-01-15T00:00Z and the mean length of a month, in milliseconds. */
const MID_JANUARY_2021 = 1_610_668_800_000;
const MEAN_MONTH = 30.4375 * 86_400_000;

/**
 * The names of the months in `lang`, lower-cased, as the runtime's own date formatting writes
 * them (Intl: no list ships), also in the form they take after a day (Russian « 3 октября »).
 * English capitalises them, so they count among its names; French, Spanish or Russian write them
 * like any other word. Not the days of the week: in some languages they are common words too
 * (Russian среда "Wednesday" and "environment", Arabic الاثنين "Monday" and "the two").
 */
export function monthNames(lang: string): ReadonlySet<string> {
  const known = months.get(lang);
  if (known) return known;
  const names = new Set<string>();
  // A code the runtime has no data for would get English's names: none instead.
  if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0) {
    for (let month = 0; month < 12; month++) {
      // Around the 15th of each month of 2021 (a fixed instant: lib/ reads no clock).
      const date = MID_JANUARY_2021 + month * MEAN_MONTH;
      for (const form of [{ month: 'long' }, { month: 'long', day: 'numeric' }] as const)
        for (const part of new Intl.DateTimeFormat(lang, { ...form, timeZone: 'UTC' }).formatToParts(date))
          if (part.type === 'month') names.add(part.value.toLowerCase());
      // The first word of a regional name: تشرين of تشرين الأول, whose الأول is "the first".
      for (const locale of REGIONAL_MONTHS.get(lang) ?? [])
        names.add(
          new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date).split(/\s/u)[0] ?? '',
        );
    }
  }
  months.set(lang, names);
  return names;
}

/**
 * An elided article or preposition glued to a name by an apostrophe: l'Europe, d'Ontario,
 * qu'Obama, dell'Italia. Cut off, the name shows its capital.
 */
const ELIDED = /^\p{Ll}{1,6}['’](?=\p{Lu})/u;

/**
 * Numbers, month names (monthNames), and capitalised words after the first where
 * capitals mark names (not German nouns); in Korean and in scripts without spaces, the rules of
 * names.ts (their months are numbers: 10月, 10월).
 */
function specificOther(text: string, lang: string): number {
  if (hasUnspacedScript(text)) return specificUnspaced(text, lang);
  const words = (text.match(WORD) ?? []).map((w) => w.replace(ELIDED, ''));
  if (lang === 'ko') return specificKorean(words);
  const month = monthNames(lang);
  return specificWords(words, lang !== 'de' && lang !== 'lb', (w) => month.has(w.toLowerCase()));
}

/**
 * The quoted share of a sentence in a language other than English: inside paired marks (« », „ “,
 * 「 」), then inside English-style marks outside them. The paired quotes go first: German closes
 * „ with “, which on its own reads as an English opening mark and would quote the rest of the
 * sentence.
 */
function otherQuoted(text: string): number {
  const outside = outsidePairedQuotes(text);
  const length = Math.max(1, text.length);
  return Math.min(1, (quotedShare(outside) * outside.length) / length + pairedQuoteChars(text) / length);
}

/**
 * The features of a sentence in `lang`. In English every feature counts. In other languages:
 * words, phrases, length, quotation (paired marks such as « » and 「 」 too), numbers and names,
 * the never-pick rules that read punctuation and shape, and attribution, first person and
 * dangling openers from the language's own cue words (cues.ts) where Newsgist has them, else off.
 */
export function sentenceFeatures(sentence: Sentence, lang = 'en'): SentenceFeatures {
  const { text } = sentence;
  if (lang !== 'en') {
    const cues = cuesFor(lang);
    return {
      sentence,
      words: new Set(contentWords(text, lang)),
      phrases: new Set(phrasePairs(text, lang)),
      length: wordsAsShown(text, lang),
      quoted: otherQuoted(text),
      specific: specificOther(text, lang),
      attributed: cues?.attribution.test(text) ?? false,
      personal: cues?.firstPerson.test(unquoted(outsidePairedQuotes(text))) ?? false,
      dangling: cues?.dangling.test(text) ?? false,
      never: neverPickReason(text, false),
    };
  }
  return {
    sentence,
    words: new Set(contentWords(text)),
    phrases: new Set(phrasePairs(text)),
    length: countWords(text),
    quoted: quotedShare(text),
    specific: specificShare(text),
    attributed: ATTRIBUTION.test(text),
    personal: isPersonal(text),
    dangling: isDangling(text),
    never: neverPickReason(text),
  };
}
