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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
/** A word without a dot, an apostrophe or a hyphen: taken as it is. */
const PLAIN = /^[\p{L}\p{M}\p{N}&]+$/u;

/** Splits a sentence into words; punctuation stays in the gaps between them. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    const start = m.index ?? 0;
    // Most words are plain letters and digits: nothing to strip, no dot in the key.
    if (PLAIN.test(raw)) {
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

/** tagsOf for the words of our own lexicon, joined once (a few hundred words, read in every sentence). */
const withOurs = new Map<string, readonly string[]>();

/** Tags of a lower-case word: ours first, then compromise's lexicon (lexicon-data.ts). */
export function tagsOf(key: string): readonly string[] {
  const mine = ours[key];
  if (!mine) return lexiconTags(key);
  let both = withOurs.get(key);
  if (!both) {
    both = [mine, ...lexiconTags(key)];
    withOurs.set(key, both);
  }
  return both;
}

export const isAbbreviation = (key: string) => tagsOf(key).includes('Abbreviation');
const has = (key: string, re: RegExp) => tagsOf(key).some((t) => re.test(t));

export const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
/** Written all in capitals, two letters or more: "PUT", "GPU", "CNN". */
export const inCapitals = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text);
export const isFirstName = (key: string) => has(key, /^(?:FirstName|MaleName|FemaleName)$/);
export const isPersonName = (key: string) => has(key, /^(?:FirstName|MaleName|FemaleName|LastName|Person)$/);
export const isHonorific = (key: string) => ours[key] === 'Honorific';
export const isRelation = (key: string) => ours[key] === 'Relation' || ours[stem(key)] === 'Relation';
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
export const isRoleNoun = (key: string) =>
  (ours[key] === 'OfficeTitle' || ours[key] === 'Occupation' || has(key, /^Actor$/) || occupationByEnding(key)) &&
  !isRelation(key) &&
  !GENERIC.has(key);
export const isVerb = (key: string) =>
  has(key, /^(?:Verb|PastTense|PresentTense|Infinitive|Gerund|Participle|Modal|Auxiliary|Copula)$/) ||
  (tagsOf(key).length === 0 && /^[a-z]{3,}(?:ed|ing)$/.test(key));
export const isFunctionWord = (key: string) =>
  has(key, /^(?:Determiner|Preposition|Conjunction|Pronoun|QuestionWord|Copula|Modal|Auxiliary|Negative)$/);
/** Words that open a sentence before a title or a name and belong to neither: "Under Chairman Mao", "Like Roy". */
const OPENER =
  /^(?:under|like|unlike|near|despite|during|without|with|after|before|since|until|for|from|as|at|by|in|on|of|to|about|among|against|meanwhile|also|still|now)$/;
export const isOpener = (key: string) => OPENER.test(key) || (/^[a-z]{4,}ly$/.test(key) && !isPersonName(key));
/** Known to compromise as an ordinary word (not a name) — a capital may only mean "sentence start". */
export const isCommonWord = (key: string) => tagsOf(key).length > 0 && !isPersonName(key);
