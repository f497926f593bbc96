import { stopwordsOf } from './language';
import { sentenceStarts, UNSPACED_SCRIPT } from './text/segmenter';
import type { Block, Sentence } from './types';

/**
 * Words that end with a full stop without ending a sentence. Titles and honorifics never end
 * one before a name; month and other abbreviations usually don't.
 */
const TITLES = new Set(
  'mr mrs ms mx dr prof sen rep gov gen col lt maj capt cpl sgt spc pfc pvt adm cmdr supt insp det rev fr st sr jr hon pres messrs mme mlle sra atty amb gens reps sens'.split(
    ' ',
  ),
);
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun vs etc approx est dept univ inc corp ltd co bros ave blvd rd mt ft no nos vol fig op al cf v e.g i.e'.split(
    ' ',
  ),
);
/** Abbreviations that only stand before a number: "No. 10", "Vol. 2", "Fig. 3". */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'op']);
/** After a multi-letter abbreviation such as "U.S." these words show a new sentence started. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i but and or so this that these those there his her its their in on at after before when while if as however meanwhile yet still then now some many most'.split(
    ' ',
  ),
);

/**
 * A dateline before the first words of a story: "Beijing (CNN)", "(CNN) --",
 * "LONDON, England (Reuters) -", "WASHINGTON —". The agency in brackets must be glued to the
 * next word or followed by a dash, so "Apple (AAPL) shares fell" keeps its subject.
 */
const DATELINE =
  /^(?:(?:[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}][\p{L}.'’-]*){0,5}\s*)?\([\p{Lu}][\p{L}.&]*(?: [\p{Lu}][\p{L}.&]*){0,2}\)(?:\s*(?:--|[-–—:])\s*|\s?(?=[\p{Lu}"“])|(?=[^\s)]))|[\p{Lu}]{2,}(?:[ ,]+[\p{Lu}][\p{L}.]*){0,4}\s+(?:--|[–—])\s+)/u;

/** Sentence marks of every script: Latin, CJK full-width, Arabic, Devanagari, Armenian, Ethiopic... */
const TERMINATOR = /[.!?…。．！？｡؟۔।॥։።፧፨]/;
const CLOSERS = /["'”’)\]»」』）〕】》〉\p{Pe}\p{Pf}]/u;
const OPENERS = /["'“‘([«「『（〔【《〈¿¡\p{Ps}\p{Pi}]/u;
/** Opening brackets and quotes that ICU leaves at the end of the sentence before ("…のだ。「"). */
const TRAILING_OPENERS = /[\p{Ps}\p{Pi}]+$/u;
/** List markers that open a new item after a sentence end: "-- In 2009", "• How". */
const BULLET = /^(?:--|[-–—•*·])\s+/;
/** Invisible marks that sometimes sit in copied text (left-to-right mark, zero-width space). */
const SPACE = /[\s\u200b\u200e\u200f\ufeff]/;
const EDGE_SPACE = /^[\s\u200b\u200e\u200f\ufeff]+|[\s\u200b\u200e\u200f\ufeff]+$/g;
/** What may open a sentence with no quotation mark before it: a capital, a caseless letter, a number. */
const STARTS_SENTENCE = /[\p{Lu}\p{Lt}\p{Lo}\p{N}$£€©]/u;
/** Letters of scripts written with spaces: a sentence never starts right after a mark without one. */
const SPACED_LETTER =
  /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])\p{L}/u;
/**
 * Languages that write ordinal numbers with a full stop ("am 21. Oktober", "4. Klasse"): a
 * number's full stop ends a sentence there only before a common word.
 */
const ORDINAL_STOP = new Set([
  'de',
  'da',
  'nb',
  'no',
  'nn',
  'fi',
  'et',
  'cs',
  'sk',
  'pl',
  'hu',
  'tr',
  'sl',
  'hr',
  'sr',
  'bs',
  'is',
  'lv',
  'lt',
]);
/** Abbreviations of other languages that news writes before a noun ("2 Mrd. GBP", "bzw. Vorauszahlung"). */
const LANGUAGE_ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  de: new Set('bzw ca vgl usw mrd mio nr bspw ggf evtl inkl zzgl'.split(' ')),
};
const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();
/** Hiragana: in Japanese a sentence never opens with it right after a closing quote ("。」と彼は言った"). */
const HIRAGANA = /\p{Script=Hiragana}/u;
/** A letter of a script without capitals (Arabic, Hangul...), where capitals can't show a new sentence. */
const CASELESS = /\p{Lo}/u;

/**
 * The news-specific rules on top of ICU's sentence boundaries, per language: which words after
 * an abbreviation such as "U.S." show that a new sentence started. English has its own short
 * list; other languages use their common words (lib/language.ts).
 */
interface Rules {
  english: boolean;
  starters: ReadonlySet<string>;
  ordinals: boolean;
  abbreviations: ReadonlySet<string>;
}

const rulesCache = new Map<string, Rules>();

function rulesFor(lang: string): Rules {
  let rules = rulesCache.get(lang);
  if (!rules) {
    const english = lang === 'en';
    rules = {
      english,
      // Some lists hold every letter of the alphabet: a letter is an initial, not an opener.
      starters: english ? SENTENCE_STARTERS : new Set([...stopwordsOf(lang)].filter((w) => w.length > 1)),
      ordinals: ORDINAL_STOP.has(lang),
      abbreviations: LANGUAGE_ABBREVIATIONS[lang] ?? NO_ABBREVIATIONS,
    };
    rulesCache.set(lang, rules);
  }
  return rules;
}

function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, dot);
}

/** Decides whether the full stop at `dot` ends a sentence, given the sentence so far and the next word. */
function stopEndsSentence(text: string, dot: number, start: number, nextWord: string, rules: Rules): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  const starter = rules.starters.has(nextWord.toLowerCase());
  // A list number opening an item: "1. Baia do Sancho".
  if (/^\d{1,2}$/.test(word) && /^\W*$/.test(text.slice(start, dot - word.length))) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: J. K. Rowling
  if (TITLES.has(lower)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // U.S. / U.N. / a.m. / z.B.: a sentence ends only when an obvious sentence opener follows.
    return starter;
  }
  if (rules.english) {
    if (BEFORE_NUMBER.has(lower)) return !/^\d/.test(nextWord);
    if (ABBREVIATIONS.has(lower)) return starter && lower !== 'st';
    return true;
  }
  // "в г. Саутси", "S. 12": a lone lower-case letter is an abbreviation.
  if ((word.length === 1 && /\p{Ll}/u.test(word)) || rules.abbreviations.has(lower)) return starter;
  if (rules.ordinals && /^\d{1,3}$/.test(word)) return starter;
  return true;
}

/**
 * Whether ICU's boundary at `next` (where the next sentence starts) stands, for a sentence that
 * started at `start`. ICU knows every script's sentence marks; it does not know abbreviations,
 * initials, ordinals or quotes that go on after a question mark ("?' he asked").
 */
function keepBoundary(text: string, start: number, next: number, rules: Rules): boolean {
  let end = next;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  if (/[\n\r\u2028\u2029]/.test(text.slice(end, next))) return true; // a line break ends a sentence
  let mark = end;
  while (mark > start && CLOSERS.test(text[mark - 1] ?? '') && !TERMINATOR.test(text[mark - 1] ?? '')) mark--;
  const ch = text[mark - 1] ?? '';
  if (!TERMINATOR.test(ch)) return true;
  let first = mark - 1;
  while (first > start && TERMINATOR.test(text[first - 1] ?? '')) first--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, first))) return false; // nothing said yet ('"... Its economy')
  if (BULLET.test(text.slice(next, next + 4))) return true;
  let wordStart = next;
  while (wordStart < text.length && OPENERS.test(text[wordStart] ?? '')) wordStart++;
  const opened = wordStart > next;
  const head = text[wordStart] ?? '';
  // No space after the mark ("?'라고", "U.S.-led"): the sentence goes on, unless the script has no spaces.
  if (end === next && SPACED_LETTER.test(head) && !UNSPACED_SCRIPT.test(text[first - 1] ?? '')) return false;
  if (!opened && !STARTS_SENTENCE.test(head)) return false;
  // "。」と述べた": a quote closed inside the sentence.
  if (end === next && mark < end && HIRAGANA.test(head)) return false;
  // "... في الواقع": without capitals, an ellipsis is a pause, not an end.
  const ellipsis = ch === '…' || (ch === '.' && mark - first > 1);
  if (ellipsis && CASELESS.test(head) && SPACED_LETTER.test(head)) return false;
  const nextWord = /^[^\s]+/.exec(text.slice(wordStart))?.[0]?.replace(/[^\p{L}\p{N}]+$/u, '') ?? '';
  // The rules of abbreviations hold for a bare full stop: 'in the Sun." Universal' ends a sentence.
  if (ch === '.' && mark - first === 1 && mark === end) return stopEndsSentence(text, first, start, nextWord, rules);
  return true;
}

/**
 * Sentence starts that ICU misses: after a sentence mark before a number or an amount ("dump.
 * 1987 was proclaimed", 'said. "2,000 people'), which ICU reads as a sentence that goes on, and
 * before a list marker ("tidbits: . -- In 2009", "heard? -- was").
 */
function extraStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[.!?…]["'”’)\]]*\s+(?=["'“‘(]*[\p{N}$£€]|(?:--|[-–—•*·])\s)/gu))
    out.push((m.index ?? 0) + m[0].length);
  return out;
}

/**
 * Splits one block of text into sentences, verbatim (only outer white space trimmed). ICU's
 * sentence boundaries for the language (`Intl.Segmenter`), with the news rules on top:
 * abbreviations, initials, decimals and ordinals don't end a sentence, a list marker after a
 * sentence starts a new one, opening quotes go with the sentence they open.
 */
export function splitSentences(text: string, lang = 'en'): string[] {
  const rules = rulesFor(lang);
  const candidates = [...sentenceStarts(text, lang), ...extraStarts(text)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  let last = -1;
  for (const at of candidates) {
    if (at <= last || at <= start || at >= text.length) continue;
    last = at;
    if (!keepBoundary(text, start, at, rules)) continue;
    // Opening marks ICU left at the end go to the sentence they open.
    // Only when glued to it ("。「あまり"): German closes a quote with “ ("würden.“ Der").
    const opening = TRAILING_OPENERS.exec(text.slice(start, at))?.[0]?.length ?? 0;
    const cut = at - opening;
    if (cut <= start) continue;
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  const sentences: string[] = [];
  for (const [k, raw] of out.entries()) {
    let sentence = raw.replace(EDGE_SPACE, '');
    const bullet = k > 0 ? BULLET.exec(sentence) : null;
    if (bullet) sentence = sentence.slice(bullet[0].length).replace(EDGE_SPACE, '');
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}

/** The length of the dateline that opens `text` ("Beijing (CNN)"), or 0. */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m && m[0].length < text.length ? m[0].length : 0;
}

/**
 * All sentences of an article's blocks, numbered in article order. A dateline that opens a
 * block ("Beijing (CNN)Five years ago...") is left out of its sentence: the key sentence shows
 * the words after it, still a verbatim, contiguous part of the article.
 */
export function segment(blocks: readonly Block[], lang = 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    const cut = datelineLength(block.text);
    for (const text of splitSentences(block.text.slice(cut), lang)) {
      sentences.push({ text, index: sentences.length, block: b });
    }
  });
  return sentences;
}
