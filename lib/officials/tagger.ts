/**
 * The person recogniser: a tagger that marks each word of a sentence as the start of a person's
 * name (B), inside one (I) or neither (O), choosing the best tags for the whole sentence
 * (Viterbi). Its features are the word, its shape and affixes, its neighbours, the punctuation
 * around it, compromise's lexicon tags and ours (first names, honorifics, offices) and the tag of
 * the word before. A structured perceptron (averaged, trained to win by a margin) learns the
 * weights from human-annotated news (`npm run train:people`, see DATA.md); they are stored hashed
 * and quantised in person-model.ts, and this file is the one feature function both sides use.
 */

import { NOT_PERSON_HEADS, officialsPlugin, PLACE_PREFIXES } from './knowledge';
import { lexiconPhrases } from './lexicon';
import { PERSON_MODEL } from './person-model';
import { isTitleAt, roleAfter, roleEndingAt } from './roles';
import { factsOf, isFunctionWord, isHonorific, isVerb, startsUpper, type Token, tagsOf } from './words';

/** Tags of the tagger, in weight order: O scores 0, B and I are stored relative to it. */
export const TAGS = ['O', 'B', 'I'] as const;
export type Tag = (typeof TAGS)[number];

const OFFSET = 0x811c9dc5 | 0;

/** FNV-1a over UTF-16 code units, continued from `h`: fnv(fnv(OFFSET, a), b) is the hash of a + b. */
function fnv(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return x;
}

/** "|" joins the parts of a feature. */
const bar = (h: number) => Math.imul(h ^ 124, 0x01000193);

/** A feature's bucket before masking (the hash of its text, as the tagger computes it piece by piece). */
export const hashFeature = (s: string): number => fnv(OFFSET, s) >>> 0;

const prefix = (p: string) => fnv(OFFSET, p);

/** "Blinken" → "Xx", "U.S." → "X.X.", "1996" → "d", "McCain" → "XxXx", "al-Assad" → "x-Xx". */
export function shapeOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const c =
      code >= 65 && code <= 90
        ? 'X'
        : code >= 97 && code <= 122
          ? 'x'
          : code >= 48 && code <= 57
            ? 'd'
            : code < 128
              ? ch
              : /\p{Lu}/u.test(ch)
                ? 'X'
                : /\p{L}/u.test(ch)
                  ? 'x'
                  : /\p{N}/u.test(ch)
                    ? 'd'
                    : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** The punctuation between two words, reduced to one class ("" for a plain space). */
function gapClass(gap: string): string {
  if (gap === ' ' || gap === '') return '';
  const g = gap.replace(/\s+/g, '');
  if (!g) return '';
  if (/[([{]$/.test(g)) return '(';
  if (/^[)\]}]/.test(g)) return ')';
  if (/["“”]/.test(g)) return '"';
  if (/^[.!?]/.test(g)) return '.';
  if (/^,/.test(g)) return ',';
  if (/^[:;]/.test(g)) return ':';
  if (/^[-–—]/.test(g)) return '-';
  return '?';
}

/** Lexicon tags worth a feature: those that say name, place, organisation, title or part of speech. */
const TAG_FEATURE =
  /^(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific|OfficeTitle|Occupation|Relation|Country|City|Region|Place|Organization|Demonym|Month|WeekDay|Date|Verb|PastTense|Adjective|Adverb|Determiner|Preposition|Conjunction|Pronoun|Noun|Plural|Actor|Abbreviation|Acronym|NamedAfterPerson)$/;

/** The lexicon features of a word no feature reads. */
const NOWHERE: string[] = ['unknown'];

/** The lexicon features of a word, worked out once per word (kept with its facts, words.ts). */
function lexFeatures(key: string): string[] {
  const facts = factsOf(key);
  if (facts.lex) return facts.lex;
  const out: string[] = [];
  facts.lex = out;
  if (NOT_PERSON_HEADS.has(key)) out.push('NotPersonHead');
  if (PLACE_PREFIXES.has(key)) out.push('PlacePrefix');
  for (const t of facts.tags) if (TAG_FEATURE.test(t) && !out.includes(t)) out.push(t);
  if (!out.length) out.push(facts.tags.length ? 'other' : 'unknown');
  return out;
}

const F = {
  b: prefix('b'),
  w: prefix('w='),
  s: prefix('s='),
  p3: prefix('p3='),
  x3: prefix('x3='),
  x2: prefix('x2='),
  x4: prefix('x4='),
  wPrev: prefix('w-1='),
  wNext: prefix('w+1='),
  wPrev2: prefix('w-2='),
  wNext2: prefix('w+2='),
  wPrevW: prefix('w-1w='),
  wwNext: prefix('ww+1='),
  sPrev: prefix('s-1='),
  sNext: prefix('s+1='),
  sss: prefix('sss='),
  gPrev: prefix('g-='),
  gNext: prefix('g+='),
  gPrevS: prefix('g-s='),
  gNextW: prefix('g+w+1='),
  pos: prefix('pos='),
  len: prefix('len='),
  ttPrev: prefix('tt-1='),
  ttNext: prefix('tt+1='),
  poss: prefix('poss'),
  dotted: prefix('dotted'),
  t: prefix('t='),
  tPrev: prefix('t-1='),
  tNext: prefix('t+1='),
  tPrev2: prefix('t-2='),
  tNext2: prefix('t+2='),
  m: prefix('m='),
  runBefore: prefix('rb='),
  runShifted: prefix('rs='),
  runAfter: prefix('ra='),
  runLast: prefix('rl='),
  runFirst: prefix('rf='),
};

/** Prepositions of place: a run of capitals after them is more often a place. */
const LOCATIVE = /^(?:in|at|from|near|outside|across|around|throughout|into|toward|towards|across)$/;

/** "0", "1", "2+": a position counted from a run's start or end. */
const ordinal = (n: number) => (n > 1 ? '2+' : String(n));

/**
 * What the grammar says around the run of capitalised words a word stands in, before it: a title
 * or role ("Foreign Minister …", "founders …"), a title and "to"/"of" a place ("ambassador to
 * Britain …"), "the", a preposition of place, a verb, "by", the sentence's start.
 */
function contextBefore(text: string, tokens: readonly Token[], s: number): string {
  const before = tokens[s - 1];
  if (!before) return /^\W*$/.test(text.slice(0, tokens[s]?.start ?? 0)) ? 'start' : 'punct';
  const gap = text.slice(before.end + (before.dotted ? 1 : 0), tokens[s]!.start);
  if (!/^\s*$/.test(gap)) return /,/.test(gap) ? (roleEndingAt(text, tokens, s - 1) ? 'role,' : ',') : 'punct';
  if (isTitleAt(tokens, s - 1) || roleEndingAt(text, tokens, s - 1)) return 'title';
  if (/^(?:to|of|for)$/.test(before.key) && (isTitleAt(tokens, s - 2) || roleEndingAt(text, tokens, s - 2)))
    return 'title-prep';
  if (before.key === 'the') return 'the';
  if (before.key === 'by') return 'by';
  if (LOCATIVE.test(before.key)) return 'loc';
  if (isVerb(before.key)) return 'verb';
  return isFunctionWord(before.key) ? 'function' : 'word';
}

/** The same after the run: an appositive role (", a lawyer,"), a verb, a lower-case noun it modifies, a possessive. */
function contextAfter(text: string, tokens: readonly Token[], e: number): string {
  const last = tokens[e - 1]!;
  if (last.possessive) return 'poss';
  const rest = text.slice(last.end + (last.dotted ? 1 : 0));
  if (/^\s*,/.test(rest)) return roleAfter(text, last.end + (last.dotted ? 1 : 0)) ? 'appos' : ',';
  const after = tokens[e];
  if (!after) return 'end';
  if (!/^\s+$/.test(text.slice(last.end, after.start))) return 'punct';
  if (isVerb(after.key)) return 'verb';
  if (isFunctionWord(after.key)) return 'function';
  return /^\p{Ll}/u.test(after.text) ? 'mod' : 'word';
}

/**
 * Features of the run of capitalised words each word stands in (words that may share one name):
 * the grammar around the run, the word's place in it, and what the lexicon says of the run's first
 * and last words ("Shoreline Amphitheatre": a run ending in a venue).
 */
function runFeatures(
  text: string,
  tokens: readonly Token[],
  allowed: readonly { name: boolean; inside: boolean }[],
  lex: readonly string[][],
): number[][] {
  const out: number[][] = tokens.map(() => []);
  for (let s = 0; s < tokens.length; s++) {
    if (!allowed[s]!.name) continue;
    let e = s + 1;
    while (e < tokens.length && allowed[e]!.inside) e++;
    const len = ordinal(Math.min(e - s, 3) - 1);
    const before = contextBefore(text, tokens, s);
    const after = contextAfter(text, tokens, e);
    const first = lex[s]![0]!;
    const last = lex[e - 1]![0]!;
    for (let i = s; i < e; i++) {
      const p = ordinal(i - s);
      const q = ordinal(e - 1 - i);
      const f = out[i]!;
      f.push(joined(F.runBefore, before, p, len), joined(F.runAfter, after, q, len), joined(F.runAfter, after, before));
      f.push(joined(F.runLast, last, q), joined(F.runFirst, first, p));
      // "ambassador to Britain Liu Xiaming": the run may hold the place, then a name after a title.
      if (before === 'title-prep' && e - s > 2)
        f.push(
          i === s
            ? joined(F.runShifted, 'place', first)
            : joined(F.runBefore, 'title', ordinal(i - s - 1), ordinal(Math.min(e - s - 1, 3) - 1)),
        );
    }
    s = e - 1;
  }
  return out;
}

/**
 * "caps" when the sentence's letters (more than three) are all capitals, else "mixed". A lower-case
 * ASCII letter settles it without collecting the letters (no upper-case mapping gives one back).
 */
function shoutingOf(text: string): string {
  if (/[a-z]/.test(text)) return 'mixed';
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase() ? 'caps' : 'mixed';
}

let seconds: Map<string, Set<string>> | null = null;

/**
 * The entries of several words, ours and compromise's ("secretary of state", "north carolina"), as
 * their first word → the words that come second after it.
 */
function phraseSeconds(): Map<string, Set<string>> {
  if (seconds) return seconds;
  const out = new Map<string, Set<string>>();
  for (const entry of [...lexiconPhrases(), ...Object.keys(officialsPlugin.words)]) {
    if (!entry.includes(' ')) continue;
    const [first, second] = entry.split(' ') as [string, string];
    const after = out.get(first);
    if (after) after.add(second);
    else out.set(first, new Set([second]));
  }
  seconds = out;
  return out;
}

/** Whether a name can stand on some word from `a` to `b` (exclusive). */
function anyName(allowed: readonly { name: boolean }[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (allowed[k]!.name) return true;
  return false;
}

/** fnv over two to four parts joined by "|". */
function joined(h: number, a: string, b: string, c?: string, d?: string): number {
  let x = fnv(bar(fnv(h, a)), b);
  if (c !== undefined) x = fnv(bar(x), c);
  if (d !== undefined) x = fnv(bar(x), d);
  return x;
}

/** A word's length as the length feature writes it: "0" to "8" (8 for anything longer). */
const LENGTHS = ['0', '1', '2', '3', '4', '5', '6', '7', '8'];

/** Whether a word two or fewer away from word i can hold a name. */
function nearName(allowed: readonly { name: boolean }[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k <= i + 2 && k < allowed.length; k++) if (allowed[k]!.name) return true;
  return false;
}

/** The class of the punctuation before word i (after the last word when i = tokens.length). */
function gapBeforeWord(text: string, tokens: readonly Token[], i: number): string {
  return gapClass(text.slice(i === 0 ? 0 : tokens[i - 1]!.end, i < tokens.length ? tokens[i]!.start : text.length));
}

/**
 * The features of every word of one sentence that do not depend on the tags before it (the
 * tagger adds those as it goes), as hashes. `text` is the sentence the tokens come from.
 */
export function staticFeatures(
  text: string,
  tokens: readonly Token[],
  allowed: readonly { name: boolean; inside: boolean }[] = allowedTags(text, tokens),
  shapes: readonly string[] = tokens.map((t) => shapeOf(t.text)),
): number[][] {
  const shouting = shoutingOf(text);
  const keys = tokens.map((t) => t.key);
  // The lexicon's word only for the words two or fewer away from one a name can hold: no
  // feature reads it anywhere else.
  const lex = keys.map((key, i) => (nearName(allowed, i) ? lexFeatures(key) : NOWHERE));
  // Tags of two- and three-word lexicon entries ("north carolina", "boko haram"), on each of their words.
  const phrase: (number[] | undefined)[] = new Array(tokens.length);
  const seconds = phraseSeconds();
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Only a word that starts some entry of several words, followed by a word that comes second
    // in one of them, can start one here (ours are tagged one word at a time, so compromise's
    // lexicon is the whole list).
    // Only the words a name can hold read a phrase's features: none among the next three, no phrase.
    if (!anyName(allowed, i, Math.min(i + 3, tokens.length)) || !seconds.get(keys[i]!)?.has(keys[i + 1]!)) continue;
    for (let n = 2; n <= 3; n++) {
      // Only the words a name can hold read their features: a phrase of lower-case words gives none.
      if (i + n > tokens.length || !anyName(allowed, i, i + n)) continue;
      for (const t of tagsOf(keys.slice(i, i + n).join(' '))) {
        if (!TAG_FEATURE.test(t)) continue;
        for (let k = i; k < i + n; k++) {
          let into = phrase[k];
          if (!into) {
            into = [];
            phrase[k] = into;
          }
          into.push(fnv(F.m, t), joined(F.m, t, k === i ? 'first' : 'next'));
        }
      }
    }
  }
  const runs = runFeatures(text, tokens, allowed, lex);
  return tokens.map((t, i) => {
    // A word no name can hold is O whatever its features say: none are computed for it.
    if (!allowed[i]!.name) return [];
    const key = keys[i]!;
    const shape = shapes[i]!;
    const prev = i > 0 ? keys[i - 1]! : '<s>';
    const next = i + 1 < keys.length ? keys[i + 1]! : '</s>';
    const prevShape = i > 0 ? shapes[i - 1]! : '<s>';
    const nextShape = i + 1 < shapes.length ? shapes[i + 1]! : '</s>';
    const gapBefore = gapBeforeWord(text, tokens, i);
    const gapAfter = gapBeforeWord(text, tokens, i + 1);
    // The word first, its shape second: tagFeatures relies on that order.
    const f = [
      F.b,
      fnv(F.w, key),
      fnv(F.s, shape),
      joined(F.s, shape, shouting),
      fnv(F.p3, key.slice(0, 3)),
      fnv(F.x3, key.slice(-3)),
      fnv(F.x2, key.slice(-2)),
      fnv(F.x4, key.slice(-4)),
      fnv(F.wPrev, prev),
      fnv(F.wNext, next),
      fnv(F.wPrev2, i > 1 ? keys[i - 2]! : '<s>'),
      fnv(F.wNext2, i + 2 < keys.length ? keys[i + 2]! : '</s>'),
      joined(F.wPrevW, prev, key),
      joined(F.wwNext, key, next),
      fnv(F.sPrev, prevShape),
      fnv(F.sNext, nextShape),
      joined(F.sss, prevShape, shape, nextShape),
      fnv(F.gPrev, gapBefore),
      fnv(F.gNext, gapAfter),
      joined(F.gPrevS, gapBefore, shape),
      joined(F.gNextW, gapAfter, next),
      joined(F.pos, i === 0 ? 'first' : i === tokens.length - 1 ? 'last' : 'mid', shape),
      fnv(F.len, LENGTHS[Math.min(key.length, 8)]!),
    ];
    const here = lex[i]![0]!;
    const left = i > 0 ? lex[i - 1]![0]! : '<s>';
    const right = i + 1 < tokens.length ? lex[i + 1]![0]! : '</s>';
    f.push(joined(F.ttPrev, left, here, prevShape, shape), joined(F.ttNext, here, right, shape, nextShape));
    if (t.possessive) f.push(F.poss);
    if (t.dotted) f.push(F.dotted);
    for (const l of lex[i]!) f.push(fnv(F.t, l), joined(F.t, l, shape));
    if (i > 0) for (const l of lex[i - 1]!) f.push(fnv(F.tPrev, l));
    if (i + 1 < tokens.length) for (const l of lex[i + 1]!) f.push(fnv(F.tNext, l));
    if (i > 1) for (const l of lex[i - 2]!) f.push(fnv(F.tPrev2, l));
    if (i + 2 < tokens.length) for (const l of lex[i + 2]!) f.push(fnv(F.tNext2, l));
    const inPhrase = phrase[i];
    if (inPhrase) for (const h of inPhrase) f.push(h);
    for (const h of runs[i]!) f.push(h);
    return f;
  });
}

/**
 * What the tagger said about each capitalised word in the article's earlier sentences: counts
 * of O, B and I by lower-case word. A surname met inside a full name earlier is likely a person
 * again; a word left out of names earlier ("Chad" the country) likely not.
 */
export type TagHistory = Map<string, [number, number, number]>;

const F_HISTORY = prefix('h=');

const F_HISTORY_NEXT = prefix('h+1=');
const F_HISTORY_PREV = prefix('h-1=');

/** What the history says of one word: person, mixed or other, and whether it was mostly a first or later word. */
function verdictOf(t: Token | undefined, history: TagHistory): [string, string] | null {
  const seen = t && startsUpper(t.text) ? history.get(t.key) : undefined;
  if (!seen) return null;
  const [o, b, i] = seen;
  const person = b + i;
  return [person === 0 ? 'other' : o > person ? 'mixed' : 'person', i > b ? 'I' : 'B'];
}

/**
 * Features from the article's earlier sentences, one list per word (empty for small words): the
 * word's own verdict, and its neighbours' ("Hunter" before a "Biden" already met as a surname).
 */
export function historyFeatures(tokens: readonly Token[], history: TagHistory): number[][] {
  return tokens.map((t, k) => {
    const f: number[] = [];
    const own = verdictOf(t, history);
    if (own) f.push(fnv(F_HISTORY, own[0]), joined(F_HISTORY, own[0], own[1]));
    if (!startsUpper(t.text)) return f;
    const next = verdictOf(tokens[k + 1], history);
    if (next) f.push(joined(F_HISTORY_NEXT, next[0], next[1]));
    const prev = verdictOf(tokens[k - 1], history);
    if (prev) f.push(joined(F_HISTORY_PREV, prev[0], prev[1]));
    return f;
  });
}

/** Adds one tagged sentence to the history. */
export function remember(tokens: readonly Token[], tags: readonly Tag[], history: TagHistory): void {
  tokens.forEach((t, k) => {
    if (!startsUpper(t.text)) return;
    const counts = history.get(t.key) ?? [0, 0, 0];
    counts[TAGS.indexOf(tags[k] ?? 'O')]! += 1;
    history.set(t.key, counts);
  });
}

/** Lower-case words that join the parts of one name ("Louis van Gaal", "Osama bin Laden"). */
const CONNECTORS = new Set('de van von der den ter ten bin ibn bint al el da del della di du dos das la le'.split(' '));

/** Words glued together by a page's markup ("OmarIlhan", "Ocasio-CortezSanders"), not "McCain", "DeGeneres". */
export const GLUED = /\p{Ll}{3}\p{Lu}/u;

/**
 * Where a tag may stand: a name's words are capitalised (or join its parts, "de Silva"), never
 * an honorific or abbreviated title ("Mr.", "Lt. Col."), never words glued together by markup;
 * no name runs across punctuation or past a possessive.
 */
export function allowedTags(text: string, tokens: readonly Token[]): { name: boolean; inside: boolean }[] {
  return tokens.map((t, k) => {
    const prev = tokens[k - 1];
    const name =
      (startsUpper(t.text) || (CONNECTORS.has(t.key) && startsUpper(tokens[k + 1]?.text ?? ''))) &&
      !GLUED.test(t.text) &&
      !isHonorific(t.key) &&
      !(t.dotted && isTitleAt(tokens, k));
    const gap = prev ? text.slice(prev.end + (prev.dotted ? 1 : 0), t.start) : '.';
    return { name, inside: name && !!prev && /^\s*(?:-\s*)?$/.test(gap) && !prev.possessive };
  });
}

/** Per tag: the prefixes of the features that depend on the tag given to the word before. */
const F_TAG = TAGS.map((t) => ({ alone: prefix(`P=${t}`), word: prefix(`P=${t}|w=`), shape: prefix(`P=${t}|s=`) }));

/** Features that depend on the tag given to the word before: alone, with the word, with its shape. */
export function tagFeatures(prev: Tag, key: string, shape: string): number[] {
  const p = F_TAG[TAGS.indexOf(prev)]!;
  return [p.alone, fnv(p.word, key), fnv(p.shape, shape)];
}

/** Weights of the shipped model, unpacked once: bucket → [B − O, I − O]. */
export interface Weights {
  mask: number;
  /** The weight at index 2 × bucket (B − O) or 2 × bucket + 1 (I − O). */
  value: (index: number) => number;
  size: number;
  /**
   * A quantised table's stored byte at each index and the weight of each byte: value(k) is
   * levels[codes[k] & 0xff], read directly when scoring (training passes unquantised weights without them).
   */
  codes?: Int8Array;
  levels?: Float32Array;
}

let unpacked: Weights | null = null;

/**
 * Decodes the stored table (person-model.ts): varint bucket gaps, then two signed bytes each.
 * The bytes stay bytes (half a megabyte, kind to the CPU cache); `levels` turns one into a weight.
 */
export function unpackModel(model: { bits: number; scale: number; data: string }): Weights {
  const bytes = base64Bytes(model.data);
  const codes = new Int8Array(2 << model.bits);
  const levels = new Float32Array(256);
  for (let q = -128; q < 128; q++) levels[q & 0xff] = Math.sign(q) * (q / 127) ** 2 * model.scale;
  let at = 0;
  let bucket = -1;
  while (at < bytes.length) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    bucket += gap;
    codes[2 * bucket] = bytes[at++]!;
    codes[2 * bucket + 1] = bytes[at++]!;
  }
  return { mask: (1 << model.bits) - 1, value: (k) => levels[codes[k]! & 0xff]!, size: codes.length, codes, levels };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Bytes(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | B64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/** Scores of B and I (O is 0) for one word's features. */
function scoreOf(w: Weights, features: readonly number[], into: [number, number]): void {
  const { mask, codes, levels } = w;
  let b = 0;
  let i = 0;
  if (codes && levels) {
    for (let n = 0; n < features.length; n++) {
      const k = 2 * (features[n]! & mask);
      b += levels[codes[k]! & 0xff]!;
      i += levels[codes[k + 1]! & 0xff]!;
    }
  } else {
    for (const f of features) {
      const k = 2 * (f & mask);
      b += w.value(k);
      i += w.value(k + 1);
    }
  }
  into[0] = b;
  into[1] = i;
}

/** A person's name found in a sentence: tokens [start, end) and how sure the model is. */
export interface PersonSpan {
  start: number;
  end: number;
  /** The smallest margin of the span's tags over their best alternative (model units). */
  margin: number;
}

/**
 * Tags one sentence with the given weights, reading and then updating the article's history.
 * The best sequence of tags over the whole sentence wins (Viterbi), not the best tag word by
 * word: "Taylor Swift" is a name when "Swift" inside a name outweighs a doubtful "Taylor". Each
 * word's margin is how much the best sequence beats the best one with another tag on that word.
 */
export function tagSentence(
  text: string,
  tokens: readonly Token[],
  history: TagHistory,
  w: Weights = model(),
): { tags: Tag[]; margins: number[] } {
  const allowed = allowedTags(text, tokens);
  // Shapes are read on a word a name can hold and on its neighbours only.
  const shapes = tokens.map((t, k) =>
    allowed[k]!.name || allowed[k - 1]?.name || allowed[k + 1]?.name ? shapeOf(t.text) : '',
  );
  const statics = staticFeatures(text, tokens, allowed, shapes);
  const past = historyFeatures(tokens, history);
  const local = localScores(w, tokens, statics, shapes, past, allowed);
  const { tags, margins } = decodeRuns(local, allowed);
  const named = tags.map((t) => TAGS[t]!);
  remember(tokens, named, history);
  return { tags: named, margins };
}

/**
 * local[k][p][t]: the score of tag t on word k after tag p on word k − 1 (O scores 0; a tag the
 * word may not take scores −∞; the first word counts as after O).
 */
/**
 * Whether tag `t` may follow tag `p` on a word (TAGS indices): B and I only where a name can
 * stand, I only inside a name begun just before. The one rule the extension and training share.
 */
export function mayTag(t: number, p: number, at: { name: boolean; inside: boolean }): boolean {
  return t === 0 || (at.name && (t === 1 || (p > 0 && at.inside)));
}

export function localScores(
  w: Weights,
  tokens: readonly Token[],
  statics: readonly (readonly number[])[],
  shapes: readonly string[],
  past: readonly (readonly number[])[],
  allowed: readonly { name: boolean; inside: boolean }[],
): number[][][] {
  const s: [number, number] = [0, 0];
  const d: [number, number] = [0, 0];
  const h: [number, number] = [0, 0];
  const none = [0, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const never = [none, none, none];
  return statics.map((f, k) => {
    const at = allowed[k]!;
    // A word no name can hold (lower case, an honorific) is O whatever came before.
    if (!at.name) return never;
    scoreOf(w, f, s);
    scoreOf(w, past[k]!, h);
    const key = tokens[k]!.key;
    const shape = shapes[k]!;
    const rows: number[][] = [];
    for (let p = 0; p < TAGS.length; p++) {
      if (k === 0 && p > 0) {
        rows.push(none);
        continue;
      }
      scoreTagFeatures(w, p, key, shape, d);
      rows.push([0, s[0] + d[0] + h[0], mayTag(2, p, at) ? s[1] + d[1] + h[1] : Number.NEGATIVE_INFINITY]);
    }
    return rows;
  });
}

/** scoreOf(w, tagFeatures(TAGS[p], key, shape), into) without the array. */
function scoreTagFeatures(w: Weights, p: number, key: string, shape: string, into: [number, number]): void {
  const { mask, codes, levels } = w;
  const f = F_TAG[p]!;
  const word = fnv(f.word, key);
  const byShape = fnv(f.shape, shape);
  if (!codes || !levels) {
    scoreOf(w, [f.alone, word, byShape], into);
    return;
  }
  const a = 2 * (f.alone & mask);
  const k = 2 * (word & mask);
  const c = 2 * (byShape & mask);
  let b = 0;
  let i = 0;
  b += levels[codes[a]! & 0xff]!;
  i += levels[codes[a + 1]! & 0xff]!;
  b += levels[codes[k]! & 0xff]!;
  i += levels[codes[k + 1]! & 0xff]!;
  b += levels[codes[c]! & 0xff]!;
  i += levels[codes[c + 1]! & 0xff]!;
  into[0] = b;
  into[1] = i;
}

/**
 * viterbi() over each run of words a name can hold, the words between them O: a word no name
 * can hold is O after any tag, so the sentence's best sequence is the runs' best ones side by
 * side (the same tags and margins as one pass over the sentence, for less work).
 */
function decodeRuns(
  local: readonly number[][][],
  allowed: readonly { name: boolean }[],
): { tags: number[]; margins: number[] } {
  const tags = new Array<number>(local.length).fill(0);
  const margins = new Array<number>(local.length).fill(Number.POSITIVE_INFINITY);
  for (let a = 0; a < local.length; a++) {
    if (!allowed[a]!.name) continue;
    let b = a + 1;
    while (b < local.length && allowed[b]!.name) b++;
    const run = viterbi(local.slice(a, b));
    for (let k = a; k < b; k++) {
      tags[k] = run.tags[k - a]!;
      margins[k] = run.margins[k - a]!;
    }
    a = b - 1;
  }
  return { tags, margins };
}

/** The best tag sequence (tag indices) under `local`, and each word's max-marginal margin. */
export function viterbi(local: readonly number[][][]): { tags: number[]; margins: number[] } {
  const n = local.length;
  const T = TAGS.length;
  const best: number[][] = [];
  const from: number[][] = [];
  for (let k = 0; k < n; k++) {
    const row: number[] = [];
    const back: number[] = [];
    for (let t = 0; t < T; t++) {
      let top = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < (k === 0 ? 1 : T); p++) {
        const v = (k === 0 ? 0 : best[k - 1]![p]!) + local[k]![p]![t]!;
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      row.push(top);
      back.push(arg);
    }
    best.push(row);
    from.push(back);
  }
  // After: the best score of the words after k given tag t on k.
  const after: number[][] = [];
  for (let k = 0; k < n; k++) after.push([0, 0, 0]);
  for (let k = n - 2; k >= 0; k--) {
    for (let t = 0; t < T; t++) {
      let top = Number.NEGATIVE_INFINITY;
      for (let u = 0; u < T; u++) top = Math.max(top, local[k + 1]![t]![u]! + after[k + 1]![u]!);
      after[k]![t] = top;
    }
  }
  const tags = new Array<number>(n).fill(0);
  if (n > 0) {
    let last = 0;
    for (let t = 1; t < T; t++) if (best[n - 1]![t]! > best[n - 1]![last]!) last = t;
    tags[n - 1] = last;
    for (let k = n - 1; k > 0; k--) tags[k - 1] = from[k]![tags[k]!]!;
  }
  // The best score of a whole sequence through tag t on word k: best[k][t] + after[k][t].
  const margins = tags.map((tag, k) => {
    let other = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < T; t++) if (t !== tag) other = Math.max(other, best[k]![t]! + after[k]![t]!);
    return best[k]![tag]! + after[k]![tag]! - other;
  });
  return { tags, margins };
}

function model(): Weights {
  unpacked ??= unpackModel(PERSON_MODEL);
  return unpacked;
}

/** The people's names the model finds in one sentence; `history` carries the article's earlier sentences. */
export function personSpans(text: string, tokens: readonly Token[], history: TagHistory): PersonSpan[] {
  const { tags, margins } = tagSentence(text, tokens, history);
  const spans: PersonSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B') continue;
    let j = i + 1;
    while (tags[j] === 'I') j++;
    spans.push({ start: i, end: j, margin: Math.min(...margins.slice(i, j)) });
    i = j - 1;
  }
  return spans;
}
