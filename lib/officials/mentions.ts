import type { Sentence } from '../types';
import { ALIAS_LINKS, CASE_LINK, SPEECH_VERBS, WHO_AFTER } from './knowledge';
import { isTitleAt, type RoleText, roleAfter, roleBeforeComma, roleEndingAt, titleEndingAt } from './roles';
import {
  isCapitalised,
  isCommonWord,
  isFirstName,
  isFunctionWord,
  isHonorific,
  isNotPersonHead,
  isPersonName,
  isPlace,
  isRoleModifier,
  type Token,
  tokenize,
} from './words';

/** One place where a name is written. */
export interface Mention {
  /** Name words as written, honorific and title left out ("Antony", "Blinken"). */
  words: string[];
  keys: string[];
  /** The name with its honorific or title when one was written ("Mr Blinken", "President Xi"). */
  surface: string;
  honorific: string | null;
  role: RoleText | null;
  sentence: Sentence;
  /** Article order: sentence index, then position in the sentence. */
  order: number;
  /** How sure we are this names a person: 2 sure, 1 likely, 0 only if it matches a known person. */
  evidence: 0 | 1 | 2;
  /** True when another name right before says this is another name of it ("also known as"). */
  aliasOfPrevious: boolean;
}

/** Lower-case words that join the parts of one name ("Louis van Gaal", "Osama bin Laden"). */
const CONNECTORS = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'da',
  'del',
  'della',
  'di',
  'du',
  'dos',
  'la',
  'le',
]);
/** What may stand between two words of one name. */
const NAME_GAP = /^\s*[[\]]?\s*$/;
/** "St. Louis", "Saint Germain": places and saints, not people of the story. */
const SAINT = /^(?:st|saint|san|santa|sao|ste)$/;
/** Prefixes of ships and vessels named after people ("USS Carl Vinson"). */
const SHIP = /^(?:uss|hms|rms|ss|mv|ins)$/;

/** Spans of short quoted titles ("Becoming Steve Jobs"): names inside them are not mentions. */
function titleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/["“]([^"“”]{2,60})["”]/g)) {
    const inner = m[1] ?? '';
    const ws = inner.split(/\s+/).filter(Boolean);
    if (ws.length <= 6 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|a|an|and|to|in|on|for|it)$/.test(w)))
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

interface Run {
  start: number;
  end: number;
}

/** Maximal runs of capitalised words, joined by connectors, never across punctuation. */
function runs(text: string, tokens: readonly Token[], skip: (t: Token) => boolean): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isCapitalised(t) || skip(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const cur = tokens[j] as Token;
      if (prev.possessive || skip(cur) || !NAME_GAP.test(text.slice(prev.end, cur.start))) break;
      if (isCapitalised(cur)) j++;
      else if ((CONNECTORS.has(cur.key) || cur.key === 'of') && tokens[j + 1] && isCapitalised(tokens[j + 1] as Token))
        j++;
      else break;
    }
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

function speechNear(tokens: readonly Token[], start: number, end: number, text: string): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  const last = tokens[end - 1];
  if (before && SPEECH_VERBS.has(before.key) && last && /^(?:\s*[,.;!?]|\s*$)/.test(text.slice(last.end))) return true;
  return !!after && !!last && SPEECH_VERBS.has(after.key) && /^\s*$/.test(text.slice(last.end, after.start));
}

/** The names written in one sentence, with their roles and how sure we are they are people. */
export function mentionsIn(sentence: Sentence): Mention[] {
  const text = sentence.text;
  const tokens = tokenize(text);
  const spans = titleSpans(text);
  const skip = (t: Token) => spans.some(([a, b]) => t.start > a && t.end < b);
  const found: Mention[] = [];
  let previousEnd = -1;
  let previousAlias = false;
  for (const run of runs(text, tokens, skip)) {
    let { start } = run;
    const { end } = run;
    // A capital at the start of a sentence may only mean that: "Police say...", "Earlier, ...".
    while (start < end - 1 && isFunctionWord((tokens[start] as Token).key)) start++;
    if (start === 0 && end - start > 1 && isCommonWord((tokens[0] as Token).key) && !isTitleAt(tokens, 0)) start++;
    // A title or honorific inside the run: the name is what follows the last one.
    let nameStart = start;
    for (let k = end - 2; k >= start; k--) {
      if (isTitleAt(tokens, k)) {
        nameStart = k + 1;
        break;
      }
    }
    if (nameStart === start && end - start > 2 && isRoleModifier((tokens[start] as Token).key)) nameStart = start + 1;
    let nameEnd = end;
    // "Davion Lewis CNN affiliate": an acronym after a full name is not part of it.
    while (nameEnd - nameStart > 2 && /^\p{Lu}{2,}$/u.test((tokens[nameEnd - 1] as Token).text)) nameEnd--;
    const name = tokens.slice(nameStart, nameEnd);
    const keys = name.map((t) => t.key);
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last || name.length > 5) continue;
    const before = tokens[nameStart - 1];
    const after = tokens[nameEnd];
    if (SAINT.test(first.key) || name.some((t) => /\.\p{L}{2}/u.test(t.text))) continue;
    if (CASE_LINK.re.test(after?.key ?? '') || CASE_LINK.re.test(before?.key ?? '')) continue;
    if (keys.every((k, n) => /^\p{Lu}+$/u.test(name[n]?.text ?? '') && k.length > 1)) continue;
    if (SHIP.test(before?.key ?? '') || isNotPersonHead(last.key) || keys.includes('of')) continue;
    if (isFunctionWord(first.key) && name.length === 1) continue;
    const honorificTok = before && nameStart > start && isHonorific(before.key) ? before : null;
    const titled =
      nameStart > start ||
      (!!before && titleEndingAt(tokens, nameStart - 1) > 0 && /^\s*\]?\s*$/.test(text.slice(before.end, first.start)));
    let role = honorificTok ? null : roleEndingAt(text, tokens, nameStart - 1);
    if (role && !/^\s*\]?\s*$/.test(text.slice(tokens[nameStart - 1]?.end ?? 0, first.start))) role = null;
    const later =
      roleBeforeComma(text, tokens, honorificTok ? nameStart - 1 : nameStart) ??
      roleAfter(text, last.end + (last.dotted ? 1 : 0), tokenize);
    if (later && (!role || role.size === 1)) role = later;
    const firstKey = keys[0] ?? '';
    const lastKey = keys[keys.length - 1] ?? '';
    const placeLike =
      (isPlace(firstKey) && !isPersonName(firstKey)) ||
      (isPlace(lastKey) && !isPersonName(lastKey) && !isFirstName(firstKey)) ||
      (before?.key === 'the' && !titled);
    const allCommon = keys.every((k) => isCommonWord(k));
    const sentenceStart = nameStart === 0 || /^\W*$/.test(text.slice(0, first.start));
    const label = sentenceStart && /^\s*:/.test(text.slice(last.end));
    const age = /^,\s*\d{1,3}\s*,/.test(text.slice(last.end));
    const who = WHO_AFTER.re.test(text.slice(last.end + (last.dotted ? 1 : 0)));
    const strong =
      titled ||
      !!role ||
      age ||
      who ||
      speechNear(tokens, nameStart, end, text) ||
      (name.length > 1 && isFirstName(first.key));
    const unknownPair =
      name.length > 1 &&
      keys.every((k) => !isCommonWord(k) || isPersonName(k)) &&
      !(before && isFunctionWord(before.key) && !titled);
    const lone = name.length === 1 && sentenceStart && !titled && !label;
    const evidence: 0 | 1 | 2 =
      (placeLike && !titled) || (allCommon && !honorificTok) || lone ? 0 : strong || label ? 2 : unknownPair ? 1 : 0;
    const surfaceStart = honorificTok ?? first;
    const between = previousEnd >= 0 ? text.slice(previousEnd, surfaceStart.start) : null;
    const aliasOfPrevious: boolean =
      between !== null &&
      (ALIAS_LINKS.some((p) => p.re.test(between)) || (previousAlias && /^\s*(?:,|and|or)\s*$/.test(between)));
    found.push({
      words: name.map((t) => (t.dotted ? `${t.text}.` : t.text)),
      keys,
      surface: text.slice(surfaceStart.start, last.end + (last.dotted ? 1 : 0)),
      honorific: honorificTok?.key ?? (titled && nameStart > start ? (tokens[nameStart - 1]?.key ?? null) : null),
      role,
      sentence,
      order: sentence.index * 10_000 + nameStart,
      evidence,
      aliasOfPrevious,
    });
    previousEnd = last.end;
    previousAlias = aliasOfPrevious;
  }
  return found;
}
