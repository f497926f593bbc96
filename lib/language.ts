/**
 * The language of an article: the page's own tag (`<html lang>`, `og:locale`) when the text
 * agrees with it, else what the text shows: its script (Hangul is Korean, kana Japanese...) and,
 * within a script, which language's common words it is made of. Stop-word lists come from the
 * `stopword` package (MIT), one list per language.
 */
import {
  ara,
  bul,
  deu,
  eng,
  fas,
  fra,
  heb,
  hin,
  ind,
  ita,
  jpn,
  kor,
  nld,
  pol,
  por,
  rus,
  spa,
  swe,
  tha,
  tur,
  ukr,
  urd,
  vie,
  zho,
} from 'stopword';
import { paceOf } from './pace';
import type { Language } from './types';

/** Scripts a language can be told by. */
type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Arabic'
  | 'Hebrew'
  | 'Greek'
  | 'Han'
  | 'Kana'
  | 'Hangul'
  | 'Thai'
  | 'Devanagari'
  | 'Other';

/** Code-point ranges of the scripts (their main blocks), checked in order. */
const SCRIPT_RANGES: readonly [Script, number, number][] = [
  ['Latin', 0xc0, 0x24f],
  ['Latin', 0x1e00, 0x1eff],
  ['Greek', 0x370, 0x3ff],
  ['Cyrillic', 0x400, 0x52f],
  ['Hebrew', 0x590, 0x5ff],
  ['Arabic', 0x600, 0x6ff],
  ['Arabic', 0x750, 0x77f],
  ['Arabic', 0x8a0, 0x8ff],
  ['Arabic', 0xfb50, 0xfdff],
  ['Arabic', 0xfe70, 0xfeff],
  ['Devanagari', 0x900, 0x97f],
  ['Thai', 0xe00, 0xe7f],
  ['Hangul', 0x1100, 0x11ff],
  ['Hangul', 0x3130, 0x318f],
  ['Hangul', 0xac00, 0xd7af],
  ['Kana', 0x3040, 0x30ff],
  ['Kana', 0x31f0, 0x31ff],
  ['Kana', 0xff66, 0xff9f],
  ['Han', 0x3400, 0x4dbf],
  ['Han', 0x4e00, 0x9fff],
  ['Han', 0xf900, 0xfaff],
  ['Han', 0x20000, 0x3134f],
];

const LETTER = /\p{L}/u;

/** The script of a code point above ASCII, by its block. */
function scriptOf(code: number): Script {
  for (const [script, from, to] of SCRIPT_RANGES) if (code >= from && code <= to) return script;
  return 'Other';
}

/** Languages Newsgist knows the common words of, with their script. */
const KNOWN: Record<string, { script: Script; stopwords: readonly string[] }> = {
  en: { script: 'Latin', stopwords: eng },
  fr: { script: 'Latin', stopwords: fra },
  de: { script: 'Latin', stopwords: deu },
  es: { script: 'Latin', stopwords: spa },
  it: { script: 'Latin', stopwords: ita },
  pt: { script: 'Latin', stopwords: por },
  nl: { script: 'Latin', stopwords: nld },
  pl: { script: 'Latin', stopwords: pol },
  sv: { script: 'Latin', stopwords: swe },
  tr: { script: 'Latin', stopwords: tur },
  id: { script: 'Latin', stopwords: ind },
  vi: { script: 'Latin', stopwords: vie },
  ru: { script: 'Cyrillic', stopwords: rus },
  uk: { script: 'Cyrillic', stopwords: ukr },
  bg: { script: 'Cyrillic', stopwords: bul },
  ar: { script: 'Arabic', stopwords: ara },
  fa: { script: 'Arabic', stopwords: fas },
  ur: { script: 'Arabic', stopwords: urd },
  he: { script: 'Hebrew', stopwords: heb },
  hi: { script: 'Devanagari', stopwords: hin },
  ja: { script: 'Kana', stopwords: jpn },
  zh: { script: 'Han', stopwords: zho },
  ko: { script: 'Hangul', stopwords: kor },
  th: { script: 'Thai', stopwords: tha },
};

/** Scripts that name their language outright. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  Han: 'zh',
  Kana: 'ja',
  Hangul: 'ko',
  Hebrew: 'he',
  Greek: 'el',
  Thai: 'th',
};

/** Languages written right to left (primary subtags). */
const RTL = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ug', 'dv', 'ku', 'ckb']);
/** Languages written without spaces between words: reading time counts characters. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);

const stopSets = new Map<string, Set<string>>();

/** The stop words of a language (lower case), or an empty set when Newsgist has no list for it. */
export function stopwordsOf(code: string): ReadonlySet<string> {
  let set = stopSets.get(code);
  if (!set) {
    set = new Set((KNOWN[code]?.stopwords ?? []).map((w) => w.toLowerCase()));
    stopSets.set(code, set);
  }
  return set;
}

/** Enough text to tell (about 500 words); reading more only costs time on long pages. */
const SAMPLE_CHARS = 3000;
/** Fewer letters than this: the script alone is a hint, not proof. */
const MIN_LETTERS = 40;
/** Fewer words than this: common words can't tell two languages of one script apart. */
const MIN_WORDS = 30;

interface TextEvidence {
  /** The script most letters are in. */
  script: Script;
  letters: number;
  /** Words of two letters or more, lower-cased. */
  words: string[];
  /** Share of kana among Han and kana letters (Japanese mixes both). */
  kana: number;
  /** Common words per language among `words`, counted when first asked. */
  hits?: Map<string, number>;
}

function readEvidence(text: string): TextEvidence {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = new Map<Script, number>();
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
      continue;
    }
    const code = sample.codePointAt(i) ?? c;
    if (code > 0xffff) i++;
    const script = scriptOf(code);
    if (script === 'Latin') latin++;
    else if (script !== 'Other' || LETTER.test(String.fromCodePoint(code)))
      counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  counts.set('Latin', latin);
  for (const n of counts.values()) letters += n;
  const han = counts.get('Han') ?? 0;
  const kana = counts.get('Kana') ?? 0;
  // Japanese text is mostly Han with kana between: any real share of kana makes it Japanese.
  if (kana > 0 && kana >= 0.1 * (han + kana)) counts.set('Kana', han + kana);
  let script: Script = 'Other';
  let best = 0;
  for (const [s, n] of counts)
    if (n > best) {
      best = n;
      script = s;
    }
  return {
    script,
    letters,
    // One-letter words say little, and some lists hold every letter of the alphabet.
    words: (sample.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1),
    kana: han + kana ? kana / (han + kana) : 0,
  };
}

let stopIndex: Map<string, string[]> | null = null;

/** Which languages have each common word (from KNOWN's lists), built once. */
function languagesByStopword(): Map<string, string[]> {
  if (stopIndex) return stopIndex;
  stopIndex = new Map();
  for (const code of Object.keys(KNOWN)) {
    for (const w of stopwordsOf(code)) {
      const codes = stopIndex.get(w);
      if (codes) codes.push(code);
      else stopIndex.set(w, [code]);
    }
  }
  return stopIndex;
}

/** How many of the words are common words of each language, counted in one pass. */
function stopHits(words: readonly string[]): Map<string, number> {
  const index = languagesByStopword();
  const hits = new Map<string, number>();
  for (const w of words) for (const code of index.get(w) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  return hits;
}

/** Share of the words that are common words of `code`. */
function stopShare(ev: TextEvidence, code: string): number {
  if (ev.words.length === 0) return 0;
  ev.hits ??= stopHits(ev.words);
  return (ev.hits.get(code) ?? 0) / ev.words.length;
}

interface Guess {
  code: string;
  /** Enough text to overrule a page's tag. */
  sure: boolean;
}

/** Below this share of a language's common words a Latin text is not told apart at all. */
const MIN_SHARE = 0.15;

/** The language the text shows, or null when there is too little to tell. */
function fromText(ev: TextEvidence): Guess | null {
  if (ev.letters < 5) return null;
  const named = SCRIPT_LANGUAGE[ev.script];
  if (named) return { code: named, sure: ev.letters >= MIN_LETTERS };
  const candidates = Object.keys(KNOWN).filter((c) => KNOWN[c]?.script === ev.script);
  if (candidates.length === 0) return null;
  let code = candidates[0] ?? 'en';
  let best = -1;
  for (const c of candidates) {
    const share = stopShare(ev, c);
    if (share > best) {
      best = share;
      code = c;
    }
  }
  if (ev.script === 'Latin' && best < MIN_SHARE) return null;
  return { code, sure: ev.words.length >= MIN_WORDS || ev.script !== 'Latin' };
}

/** The primary subtag of a language tag ("en_GB" → "en", "zh-Hant-TW" → "zh"), or null. */
export function primaryTag(tag: string | null | undefined): string | null {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(tag ?? '');
  const code = m?.[1]?.toLowerCase() ?? null;
  return code === 'und' || code === 'mul' || code === 'zxx' ? null : code;
}

/** Whether the page's tag fits the text: same script, and about as many of its common words. */
function plausible(code: string, ev: TextEvidence, guess: Guess | null): boolean {
  if (!guess) return true;
  if (code === guess.code) return true;
  // Chinese and Japanese pages share Han: a zh tag on kana-rich text is wrong, a ja tag on pure Han is doubtful.
  const known = KNOWN[code];
  const script = known?.script ?? Object.entries(SCRIPT_LANGUAGE).find(([, c]) => c === code)?.[0];
  // A language without a word list: fine unless the text is plainly the guessed language.
  if (!script) return !guess.sure || (!SCRIPT_LANGUAGE[ev.script] && stopShare(ev, guess.code) < 0.2);
  if (script !== ev.script) return false;
  if (SCRIPT_LANGUAGE[ev.script] || !known) return !guess.sure;
  return stopShare(ev, code) >= 0.6 * stopShare(ev, guess.code);
}

let names: Intl.DisplayNames | null | undefined;
const nameCache = new Map<string, string>();

/** The English name of a language ("Japanese"), or its code when the runtime has no names. */
export function languageName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      names = null;
    }
  }
  let name = nameCache.get(code);
  if (name === undefined) {
    try {
      name = names?.of(code) ?? code;
    } catch {
      name = code;
    }
    nameCache.set(code, name);
  }
  return name;
}

/** The facts Newsgist keeps about a language, for a code and where it came from. */
export function languageInfo(code: string, source: Language['source']): Language {
  return {
    code,
    name: languageName(code),
    source,
    rtl: RTL.has(code),
    spaced: !UNSPACED.has(code),
    stopwords: code in KNOWN,
    pace: paceOf(code),
  };
}

/**
 * The article's language: the page's declared tag when the text agrees with it, else the
 * language the text shows; English when neither tells (a few words in the Latin script).
 */
export function detectLanguage(text: string, declared: string | null): Language {
  const ev = readEvidence(text);
  const guess = fromText(ev);
  const tag = primaryTag(declared);
  if (tag && plausible(tag, ev, guess)) return languageInfo(tag, 'page');
  if (guess) return languageInfo(guess.code, 'text');
  return languageInfo('en', 'default');
}

/** Whether a language is English (the recognisers of people and English-only rules apply). */
export function isEnglish(lang: Pick<Language, 'code'>): boolean {
  return lang.code === 'en';
}
