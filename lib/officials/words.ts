import { stem } from '../text/stems';
import { officialsPlugin, ROLE_MODIFIERS } from './knowledge';
import { lexiconTags } from './lexicon';

/** A word of a sentence, with its place in the text. */
export interface Token {
  /** The word without a trailing possessive or full stop ("Blinken" for "Blinken’s"). */
  text: string;
  /** Lower case, full stops dropped ("u.s." → "us"). */
  key: string;
  start: number;
  end: number;
  /** The word carried a possessive ('s or ’). */
  possessive: boolean;
  /** Written with a trailing full stop ("Sen.", "Jr."). */
  dotted: boolean;
}

/**
 * A word is what `/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*\/gu` matches: a letter or digit, then letters,
 * marks, digits, apostrophes, full stops, "&" and hyphens. tokenize reads it character by character,
 * ASCII without a regex; these test one other character (a code point).
 */
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_INSIDE = /^[\p{L}\p{M}\p{N}]$/u;

/** An ASCII letter or digit. */
const asciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Splits a sentence into words; punctuation stays in the gaps between them. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    if (c < 128) {
      i++;
      if (!asciiLetterOrDigit(c)) continue;
    } else {
      const point = text.codePointAt(i) as number;
      i += point > 0xffff ? 2 : 1;
      if (!WORD_START.test(String.fromCodePoint(point))) continue;
    }
    // A word without a dot, an apostrophe or a hyphen is taken as it is.
    let plain = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (asciiLetterOrDigit(d) || d === 38) i++;
        else if (d === 39 || d === 46 || d === 45) {
          plain = false;
          i++;
        } else break;
      } else if (d === 0x2019) {
        plain = false;
        i++;
      } else {
        const point = text.codePointAt(i) as number;
        if (!WORD_INSIDE.test(String.fromCodePoint(point))) break;
        i += point > 0xffff ? 2 : 1;
      }
    }
    let raw = text.slice(start, i);
    // Most words are plain letters and digits: nothing to strip, no dot in the key.
    if (plain) {
      out.push({ text: raw, key: raw.toLowerCase(), start, end: start + raw.length, possessive: false, dotted: false });
      continue;
    }
    const initials = /^(?:\p{L}\.)+$/u.test(raw);
    const dotted = !initials && raw.endsWith('.') && isAbbreviation(raw.slice(0, -1).replace(/\.+$/, '').toLowerCase());
    if (!initials) raw = raw.replace(/\.+$/, '');
    const bare = raw.replace(/['’]s$|(?<=s)['’]$/, '');
    const possessive = bare !== raw;
    raw = bare.replace(/['’-]+$/, '');
    if (!raw) continue;
    out.push({
      text: raw,
      key: raw.toLowerCase().replace(/\./g, ''),
      start,
      end: start + raw.length,
      possessive,
      dotted,
    });
  }
  return out;
}

const ours = officialsPlugin.words as Record<string, string>;

/**
 * What the lexicons say of one lower-case word: its tags, and the answers of the tests below,
 * each worked out the first time it is asked (the same few thousand words come back in every
 * sentence, and each is asked about many times: one map lookup instead of several).
 */
export interface WordFacts {
  /** Ours first, then compromise's lexicon (lexicon-data.ts). */
  readonly tags: readonly string[];
  /** The tests (bits below) already run on the word, and those that held. */
  known: number;
  holds: number;
  /** The tagger's lexicon features (tagger.ts), once it asked for them. */
  lex: string[] | undefined;
}

const facts = new Map<string, WordFacts>();

/** The facts of a lower-case word (or of a phrase of them, "north carolina"). */
export function factsOf(key: string): WordFacts {
  let known = facts.get(key);
  if (!known) {
    if (facts.size > 50_000) facts.clear();
    const mine = ours[key];
    known = { tags: mine ? [mine, ...lexiconTags(key)] : lexiconTags(key), known: 0, holds: 0, lex: undefined };
    facts.set(key, known);
  }
  return known;
}

/** Tags of a lower-case word: ours first, then compromise's lexicon (lexicon-data.ts). */
export const tagsOf = (key: string): readonly string[] => factsOf(key).tags;

const ABBREVIATION = 1;
const FIRST_NAME = 2;
const PERSON_NAME = 4;
const HONORIFIC = 8;
const RELATION = 16;
const ROLE_NOUN = 32;
const VERB = 64;
const FUNCTION_WORD = 128;
const OPENER_WORD = 256;
const COMMON_WORD = 512;

/** Whether test `bit` holds for the word, run once per word. */
function holds(key: string, bit: number): boolean {
  const f = factsOf(key);
  if (!(f.known & bit)) {
    f.known |= bit;
    if (test(key, f.tags, bit)) f.holds |= bit;
  }
  return (f.holds & bit) !== 0;
}

function some(tags: readonly string[], re: RegExp): boolean {
  for (const t of tags) if (re.test(t)) return true;
  return false;
}

const FIRST_NAME_TAG = /^(?:FirstName|MaleName|FemaleName)$/;
const PERSON_NAME_TAG = /^(?:FirstName|MaleName|FemaleName|LastName|Person)$/;
const VERB_TAG = /^(?:Verb|PastTense|PresentTense|Infinitive|Gerund|Participle|Modal|Auxiliary|Copula)$/;
const FUNCTION_TAG = /^(?:Determiner|Preposition|Conjunction|Pronoun|QuestionWord|Copula|Modal|Auxiliary|Negative)$/;

/** The tests themselves. */
function test(key: string, tags: readonly string[], bit: number): boolean {
  switch (bit) {
    case ABBREVIATION:
      return tags.includes('Abbreviation');
    case FIRST_NAME:
      return some(tags, FIRST_NAME_TAG);
    case PERSON_NAME:
      return some(tags, PERSON_NAME_TAG);
    case HONORIFIC:
      return ours[key] === 'Honorific';
    case RELATION:
      return ours[key] === 'Relation' || ours[stem(key)] === 'Relation';
    case ROLE_NOUN:
      return (
        (ours[key] === 'OfficeTitle' ||
          ours[key] === 'Occupation' ||
          some(tags, /^Actor$/) ||
          occupationByEnding(key)) &&
        !isRelation(key) &&
        !GENERIC.has(key)
      );
    case VERB:
      return some(tags, VERB_TAG) || (tags.length === 0 && /^[a-z]{3,}(?:ed|ing)$/.test(key));
    case FUNCTION_WORD:
      return some(tags, FUNCTION_TAG);
    case OPENER_WORD:
      return OPENER.test(key) || (/^[a-z]{4,}ly$/.test(key) && !isPersonName(key));
    case COMMON_WORD:
      return tags.length > 0 && !isPersonName(key);
    default:
      return false;
  }
}

export const isAbbreviation = (key: string) => holds(key, ABBREVIATION);

/** Whether a text starts with an upper-case letter (`/^\p{Lu}/u`), without the regex for ASCII. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

export const isCapitalised = (t: Token) => startsUpper(t.text);
/** Written all in capitals, two letters or more: "PUT", "GPU", "CNN". */
export const inCapitals = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text);
export const isFirstName = (key: string) => holds(key, FIRST_NAME);
export const isPersonName = (key: string) => holds(key, PERSON_NAME);
export const isHonorific = (key: string) => holds(key, HONORIFIC);
export const isRelation = (key: string) => holds(key, RELATION);
const OFFICE_KEYS = new Set(
  Object.entries(ours)
    .filter(([, tag]) => tag === 'OfficeTitle')
    .map(([w]) => w.replace(/\./g, '')),
);
/** An office title, one word or several ("us attorney" for "U.S. Attorney"). */
export const isOffice = (key: string) => OFFICE_KEYS.has(key);
export const isRoleModifier = (key: string) => ROLE_MODIFIERS.has(key);
/** Nouns for anybody: "people", "citizens" say nothing about a role. */
const GENERIC = new Set(
  'people person persons human humans citizen citizens individual individuals population somebody nobody anybody everybody user users customer customers character characters being beings soul souls'.split(
    ' ',
  ),
);
/**
 * A profession the lexicon does not list, by its ending: "epidemiologist", "cinematographer",
 * "mathematician", "astrophysicist". Not any "-ist": "Islamist", "separatist" name a belief.
 */
const PROFESSION_ENDING = /^[a-z]{2,}(?:olog|onom|iatr|physic|chem|ograph)ists?$|^[a-z]{3,}(?:ographers?|icians?)$/;
const occupationByEnding = (key: string) => PROFESSION_ENDING.test(key) && tagsOf(key).length === 0;
/** A word naming what someone is: an office, an occupation, or compromise's `Actor`. */
export const isRoleNoun = (key: string) => holds(key, ROLE_NOUN);
export const isVerb = (key: string) => holds(key, VERB);
export const isFunctionWord = (key: string) => holds(key, FUNCTION_WORD);
/** Words that open a sentence before a title or a name and belong to neither: "Under Chairman Mao", "Like Roy". */
const OPENER =
  /^(?:under|like|unlike|near|despite|during|without|with|after|before|since|until|for|from|as|at|by|in|on|of|to|about|among|against|meanwhile|also|still|now)$/;
export const isOpener = (key: string) => holds(key, OPENER_WORD);
/** Known to compromise as an ordinary word (not a name) — a capital may only mean "sentence start". */
export const isCommonWord = (key: string) => holds(key, COMMON_WORD);
