/**
 * The person recogniser: a greedy averaged-perceptron tagger that marks each word of a sentence
 * as the start of a person's name (B), inside one (I) or neither (O). Its features are the word,
 * its shape and affixes, its neighbours, the punctuation around it, compromise's lexicon tags
 * and ours (first names, honorifics, offices) and the tag it gave the word before. The weights
 * are learnt from human-annotated news (`npm run train:people`, see DATA.md) and stored hashed
 * and quantised in person-model.ts; this file is the one feature function both sides use.
 */

import { NOT_PERSON_HEADS, PLACE_PREFIXES } from './knowledge';
import { PERSON_MODEL } from './person-model';
import { isTitleAt } from './roles';
import { isHonorific, type Token, tagsOf } from './words';

/** Tags of the tagger, in weight order: O scores 0, B and I are stored relative to it. */
export const TAGS = ['O', 'B', 'I'] as const;
export type Tag = (typeof TAGS)[number];

/** FNV-1a over UTF-16 code units: the feature's bucket before masking. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "Blinken" → "Xx", "U.S." → "X.X.", "1996" → "d", "McCain" → "XxXx", "al-Assad" → "x-Xx". */
export function shapeOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** The punctuation between two words, reduced to one class ("" for a plain space). */
function gapClass(gap: string): string {
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

function lexFeatures(key: string): string[] {
  const out: string[] = [];
  if (NOT_PERSON_HEADS.has(key)) out.push('NotPersonHead');
  if (PLACE_PREFIXES.has(key)) out.push('PlacePrefix');
  for (const t of tagsOf(key)) if (TAG_FEATURE.test(t) && !out.includes(t)) out.push(t);
  if (!out.length) out.push(tagsOf(key).length ? 'other' : 'unknown');
  return out;
}

/**
 * The features of every word of one sentence that do not depend on the tags before it
 * (the tagger adds those as it goes). `text` is the sentence the tokens come from.
 */
export function staticFeatures(text: string, tokens: readonly Token[]): string[][] {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 3 && letters === letters.toUpperCase() ? 'caps' : 'mixed';
  const keys = tokens.map((t) => t.key);
  const shapes = tokens.map((t) => shapeOf(t.text));
  const lex = keys.map(lexFeatures);
  // Tags of two- and three-word lexicon entries ("north carolina", "boko haram"), on each of their words.
  const phrase: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    for (const n of [2, 3]) {
      if (i + n > tokens.length) continue;
      for (const t of tagsOf(keys.slice(i, i + n).join(' '))) {
        if (!TAG_FEATURE.test(t)) continue;
        for (let k = i; k < i + n; k++) phrase[k]!.push(`m=${t}`, `m=${t}|${k === i ? 'first' : 'next'}`);
      }
    }
  }
  const gaps = tokens.map((t, i) =>
    gapClass(i === 0 ? text.slice(0, t.start) : text.slice(tokens[i - 1]!.end, t.start)),
  );
  const end = tokens.length ? gapClass(text.slice(tokens[tokens.length - 1]!.end)) : '';
  return tokens.map((t, i) => {
    const key = keys[i]!;
    const shape = shapes[i]!;
    const prev = i > 0 ? keys[i - 1]! : '<s>';
    const next = i + 1 < keys.length ? keys[i + 1]! : '</s>';
    const prevShape = i > 0 ? shapes[i - 1]! : '<s>';
    const nextShape = i + 1 < shapes.length ? shapes[i + 1]! : '</s>';
    const gapBefore = gaps[i]!;
    const gapAfter = i + 1 < gaps.length ? gaps[i + 1]! : end;
    const f = [
      'b',
      `w=${key}`,
      `s=${shape}`,
      `s=${shape}|${shouting}`,
      `p3=${key.slice(0, 3)}`,
      `x3=${key.slice(-3)}`,
      `x2=${key.slice(-2)}`,
      `x4=${key.slice(-4)}`,
      `w-1=${prev}`,
      `w+1=${next}`,
      `w-2=${i > 1 ? keys[i - 2] : '<s>'}`,
      `w+2=${i + 2 < keys.length ? keys[i + 2] : '</s>'}`,
      `w-1w=${prev}|${key}`,
      `ww+1=${key}|${next}`,
      `s-1=${prevShape}`,
      `s+1=${nextShape}`,
      `sss=${prevShape}|${shape}|${nextShape}`,
      `g-=${gapBefore}`,
      `g+=${gapAfter}`,
      `g-s=${gapBefore}|${shape}`,
      `g+w+1=${gapAfter}|${next}`,
      `pos=${i === 0 ? 'first' : i === tokens.length - 1 ? 'last' : 'mid'}|${shape}`,
      `len=${Math.min(key.length, 8)}`,
    ];
    const here = lex[i]![0]!;
    const left = i > 0 ? lex[i - 1]![0]! : '<s>';
    const right = i + 1 < tokens.length ? lex[i + 1]![0]! : '</s>';
    f.push(`tt-1=${left}|${here}|${prevShape}|${shape}`, `tt+1=${here}|${right}|${shape}|${nextShape}`);
    if (t.possessive) f.push('poss');
    if (t.dotted) f.push('dotted');
    for (const l of lex[i]!) f.push(`t=${l}`, `t=${l}|${shape}`);
    if (i > 0) for (const l of lex[i - 1]!) f.push(`t-1=${l}`);
    if (i + 1 < tokens.length) for (const l of lex[i + 1]!) f.push(`t+1=${l}`);
    if (i > 1) for (const l of lex[i - 2]!) f.push(`t-2=${l}`);
    if (i + 2 < tokens.length) for (const l of lex[i + 2]!) f.push(`t+2=${l}`);
    f.push(...phrase[i]!);
    return f;
  });
}

/**
 * What the tagger said about each capitalised word in the article's earlier sentences: counts
 * of O, B and I by lower-case word. A surname met inside a full name earlier is likely a person
 * again; a word left out of names earlier ("Chad" the country) likely not.
 */
export type TagHistory = Map<string, [number, number, number]>;

/** Features from the article's earlier sentences, one list per word (empty for small words). */
export function historyFeatures(tokens: readonly Token[], history: TagHistory): string[][] {
  return tokens.map((t) => {
    const seen = /^\p{Lu}/u.test(t.text) ? history.get(t.key) : undefined;
    if (!seen) return [];
    const [o, b, i] = seen;
    const person = b + i;
    const verdict = person === 0 ? 'other' : o > person ? 'mixed' : 'person';
    return [`h=${verdict}`, `h=${verdict}|${i > b ? 'I' : 'B'}`];
  });
}

/** Adds one tagged sentence to the history. */
export function remember(tokens: readonly Token[], tags: readonly Tag[], history: TagHistory): void {
  tokens.forEach((t, k) => {
    if (!/^\p{Lu}/u.test(t.text)) return;
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
      (/^\p{Lu}/u.test(t.text) || (CONNECTORS.has(t.key) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) &&
      !GLUED.test(t.text) &&
      !isHonorific(t.key) &&
      !(t.dotted && isTitleAt(tokens, k));
    const gap = prev ? text.slice(prev.end + (prev.dotted ? 1 : 0), t.start) : '.';
    return { name, inside: name && !!prev && /^\s*(?:-\s*)?$/.test(gap) && !prev.possessive };
  });
}

/** Features that depend on the tag given to the word before. */
export function tagFeatures(prev: Tag, statics: readonly string[]): string[] {
  // statics[1] is the word, statics[2] its shape.
  return [`P=${prev}`, `P=${prev}|${statics[1]}`, `P=${prev}|${statics[2]}`];
}

/** Weights of the shipped model, unpacked once: bucket → [B − O, I − O]. */
export interface Weights {
  mask: number;
  values: Float32Array;
}

let unpacked: Weights | null = null;

/** Decodes the stored table (person-model.ts): varint bucket gaps, then two signed bytes each. */
export function unpackModel(model: { bits: number; scale: number; data: string }): Weights {
  const bytes = base64Bytes(model.data);
  const values = new Float32Array(2 << model.bits);
  const value = (byte: number) => {
    const q = (byte << 24) >> 24;
    return Math.sign(q) * (q / 127) ** 2 * model.scale;
  };
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
    values[2 * bucket] = value(bytes[at++]!);
    values[2 * bucket + 1] = value(bytes[at++]!);
  }
  return { mask: (1 << model.bits) - 1, values };
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
function scoreOf(w: Weights, features: readonly string[], into: [number, number]): void {
  let b = 0;
  let i = 0;
  for (const f of features) {
    const k = 2 * (hashFeature(f) & w.mask);
    b += w.values[k]!;
    i += w.values[k + 1]!;
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
 * Tags one sentence greedily, left to right, with the given weights, reading and then updating
 * the article's history.
 */
export function tagSentence(
  text: string,
  tokens: readonly Token[],
  history: TagHistory,
  w: Weights = model(),
): { tags: Tag[]; margins: number[] } {
  const statics = staticFeatures(text, tokens);
  const past = historyFeatures(tokens, history);
  const allowed = allowedTags(text, tokens);
  const tags: Tag[] = [];
  const margins: number[] = [];
  const s: [number, number] = [0, 0];
  const d: [number, number] = [0, 0];
  const h: [number, number] = [0, 0];
  let prev: Tag = 'O';
  for (const [k, f] of statics.entries()) {
    scoreOf(w, f, s);
    scoreOf(w, tagFeatures(prev, f), d);
    scoreOf(w, past[k]!, h);
    const { name, inside } = allowed[k]!;
    const scores = [
      0,
      name ? s[0] + d[0] + h[0] : Number.NEGATIVE_INFINITY,
      prev === 'O' || !inside ? Number.NEGATIVE_INFINITY : s[1] + d[1] + h[1],
    ];
    let best = 0;
    for (let k = 1; k < 3; k++) if (scores[k]! > scores[best]!) best = k;
    const others = scores.filter((_, k) => k !== best);
    margins.push(scores[best]! - Math.max(...others));
    prev = TAGS[best]!;
    tags.push(prev);
  }
  remember(tokens, tags, history);
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
