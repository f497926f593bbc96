import type { Sentence } from '../types';
import { ALIAS_LINKS, CASE_LINK, PLACE_PREFIXES, SPEECH_VERBS, WHO_AFTER } from './knowledge';
import {
  introducedAsRelative,
  isOfficeRole,
  isTitleAt,
  type RoleText,
  roleAfter,
  roleBeforeComma,
  roleEndingAt,
  sharedRole,
  titleEndingAt,
  titleThenPlace,
} from './roles';
import {
  isCapitalised,
  isCommonWord,
  isDate,
  isFirstName,
  isFunctionWord,
  isHonorific,
  isNotPersonHead,
  isOccupation,
  isOffice,
  isPersonName,
  isPlace,
  isRelation,
  isRoleModifier,
  isVerb,
  type Token,
  tagsOf,
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
  /** Used like a modifier or a place ("Boko Haram fighters", "against Boko Haram"): a thing. */
  thingLike: boolean;
  /** True when another name right before says this is another name of it ("also known as"). */
  aliasOfPrevious: boolean;
  /** Introduced as somebody's relative ("his father, Chaim Herzog"). */
  relative: boolean;
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
/** Prepositions of place: a capitalised run after them is a place unless it starts with a first name. */
const LOCATIVE = /^(?:in|at|from|near|of|outside|across|around|throughout)$/;
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
      if (prev.possessive || skip(cur) || !NAME_GAP.test(gapAfter(text, prev, cur))) break;
      if (isCapitalised(cur)) j++;
      else if (
        (CONNECTORS.has(cur.key) || (cur.key === 'of' && isTitleAt(tokens, j - 1))) &&
        tokens[j + 1] &&
        isCapitalised(tokens[j + 1] as Token)
      )
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

/** Parts of speech a sentence may open with: their capital says nothing. */
const OPENER =
  /^(?:Verb|PastTense|PresentTense|Infinitive|Gerund|Adverb|Adjective|Plural|Noun|Singular|Determiner|Preposition|Conjunction|Pronoun|QuestionWord|Comparative|Superlative)$/;

/** Where the name lies inside a run of capitals: after any title, without stray acronyms. */
function nameSpan(tokens: readonly Token[], run: Run): { titleStart: number; start: number; end: number } {
  let { start } = run;
  const { end } = run;
  // A capital at the start of a sentence may only mean that: "Police say...", "Earlier, ...".
  while (start < end - 1 && isFunctionWord((tokens[start] as Token).key)) start++;
  const opener = (tokens[start] as Token).key;
  const openerTags = tagsOf(opener);
  // "Bill Clinton" keeps its first word; "Police Chief Thomas Jackson" and "Earlier Brown" drop it.
  const nounOnly = openerTags.every((t) => /^(?:Noun|Singular)$/.test(t));
  if (
    start === 0 &&
    end > 1 &&
    (openerTags.some((t) => OPENER.test(t)) || /^[a-z]{4,}ly$/.test(opener)) &&
    !isPersonName(opener) &&
    !isTitleAt(tokens, 0) &&
    (!nounOnly || end - start > 2)
  )
    start++;
  let nameStart = start;
  for (let k = end - 2; k >= start; k--) {
    if (isTitleAt(tokens, k)) {
      nameStart = k + 1;
      break;
    }
  }
  // "Director of Public Prosecutions Eva-Marie Persson": the "of ..." after a title is the title's.
  const ofAt = [nameStart, nameStart - 1].find((k) => k > start - 1 && /^(?:of|for)$/.test(tokens[k]?.key ?? ''));
  if (nameStart > start && ofAt !== undefined) {
    let k = ofAt + 1;
    while (k < end - 2 && !isFirstName((tokens[k] as Token).key)) k++;
    nameStart = k;
  }
  // "ambassador to Britain Liu Xiaming": the place after a title's "to" is the title's.
  const prep = tokens[start - 1]?.key ?? '';
  if (nameStart === start && end - start > 2 && /^(?:to|of|for)$/.test(prep) && isTitleAt(tokens, start - 2)) {
    const place = (tokens[start] as Token).key;
    if (!isPersonName(place) && !isFirstName(place)) nameStart = start + 1;
  }
  // "Junior Fred VanVleet": a qualifier before a first name is not part of the name.
  const next = tokens[start + 1];
  if (nameStart === start && next && isRoleModifier((tokens[start] as Token).key) && isFirstName(next.key))
    nameStart = start + 1;
  // "Nineteen-year-old Tony Robinson", "National Security John Carlin": words before a first name.
  for (let k = nameStart; k < end - 1; k++) {
    const t = tokens[k] as Token;
    if (/-year-old$/i.test(t.text)) {
      nameStart = k + 1;
      continue;
    }
    if (isFirstName(t.key) || !(isCommonWord(t.key) || isRoleModifier(t.key))) break;
    if (isFirstName((tokens[k + 1] as Token).key)) nameStart = k + 1;
  }
  let nameEnd = end;
  // "Davion Lewis CNN affiliate": an acronym after a full name is not part of it.
  while (nameEnd - nameStart > 2 && /^\p{Lu}{2,}$/u.test((tokens[nameEnd - 1] as Token).text)) nameEnd--;
  return { titleStart: start, start: nameStart, end: nameEnd };
}

/** Runs that cannot be a person's name whatever the context. */
function notAName(tokens: readonly Token[], titleStart: number, name: readonly Token[], nameStart: number): boolean {
  const first = name[0] as Token;
  const keys = name.map((t) => t.key);
  const before = tokens[nameStart - 1];
  const after = tokens[nameStart + name.length];
  return (
    name.length > 5 ||
    SAINT.test(first.key) ||
    SAINT.test(before?.key ?? '') ||
    SHIP.test(tokens[titleStart]?.key ?? '') ||
    SHIP.test(before?.key ?? '') ||
    name.some((t) => /\.\p{L}{2}/u.test(t.text)) ||
    CASE_LINK.re.test(after?.key ?? '') ||
    CASE_LINK.re.test(before?.key ?? '') ||
    name.every((t) => /^[\p{Lu}\d.&-]+$/u.test(t.text) && t.key.length > 1) ||
    name.some((t, n) => (n > 0 || name.length === 1) && isNotPersonHead(t.key)) ||
    tagsOf(keys.join(' ')).includes('NamedAfterPerson') ||
    keys.includes('of') ||
    (isFunctionWord(first.key) && name.length === 1) ||
    // "In June, the then Home Secretary, Sajid Javid": a month or weekday alone is a date.
    (name.length === 1 && nameStart === titleStart && isDate(first.key))
  );
}

/** The role of one mention: a title before it, "the X, Y", or an appositive after it. */
function roleOf(
  text: string,
  tokens: readonly Token[],
  titleStart: number,
  nameStart: number,
  last: Token,
): RoleText | null {
  const first = tokens[nameStart] as Token;
  const prev = tokens[nameStart - 1];
  const honorific = prev && nameStart > titleStart && isHonorific(prev.key);
  let role =
    honorific || !prev || !/^\s*\]?\s*$/.test(gapAfter(text, prev, first))
      ? null
      : (roleEndingAt(text, tokens, nameStart - 1) ??
        titleWithOf(text, tokens, titleStart, nameStart) ??
        titleThenPlace(text, tokens, nameStart));
  const later =
    roleBeforeComma(text, tokens, Math.min(titleStart, nameStart)) ?? roleAfter(text, last.end + (last.dotted ? 1 : 0));
  // A bare title before the name ("Ambassador") gives way to a fuller office after it, not to any description.
  if (later && (!role || (role.size === 1 && isOfficeRole(later)))) role = later;
  return role;
}

/** "Deputy Director of Public Prosecutions": a title, then "of" and the body it heads, up to the name. */
function titleWithOf(text: string, tokens: readonly Token[], titleStart: number, nameStart: number): RoleText | null {
  for (let k = nameStart - 2; k > titleStart; k--) {
    if (!/^(?:of|for)$/.test(tokens[k]?.key ?? '')) continue;
    // The title may end with its "of" ("director of") or just before it ("Secretary").
    const titleEnd = roleEndingAt(text, tokens, k) ? k : k - 1;
    const base = roleEndingAt(text, tokens, titleEnd);
    const end = tokens[nameStart - 1] as Token;
    const at = tokens[titleEnd] as Token;
    return base
      ? {
          ...base,
          text: `${base.text}${text.slice(at.end + (at.dotted ? 1 : 0), end.end)}`,
          size: base.size + nameStart - 1 - titleEnd,
        }
      : null;
  }
  return null;
}

/** Text between two tokens, a full stop of an abbreviation excluded ("Gov. George"). */
const gapAfter = (text: string, a: Token, b: Token) => text.slice(a.end + (a.dotted ? 1 : 0), b.start);

interface Context {
  text: string;
  tokens: readonly Token[];
  name: readonly Token[];
  nameStart: number;
  titled: boolean;
  role: RoleText | null;
}

/** How sure we are that the name is a person's: 2 sure, 1 likely, 0 not by itself. */
function evidenceOf({ text, tokens, name, nameStart, titled, role }: Context): 0 | 1 | 2 {
  const keys = name.map((t) => t.key);
  const first = name[0] as Token;
  const last = name[name.length - 1] as Token;
  const before = tokens[nameStart - 1];
  const after = tokens[nameStart + name.length];
  const rest = text.slice(last.end + (last.dotted ? 1 : 0));
  const firstKey = keys[0] ?? '';
  const lastKey = keys[keys.length - 1] ?? '';
  const sentenceStart = /^\W*$/.test(text.slice(0, first.start));
  const label = sentenceStart && /^\s*:/.test(rest);
  const who = WHO_AFTER.re.test(rest);
  const bracketed = name.length > 1 && /\[/.test(text.slice(first.start, last.end + 1));
  const locative = !!before && LOCATIVE.test(before.key) && !isFirstName(firstKey);
  const placeLike =
    locative ||
    (isPlace(firstKey) && !isPersonName(firstKey)) ||
    (name.length > 1 && PLACE_PREFIXES.has(firstKey)) ||
    (isPlace(lastKey) && !isPersonName(lastKey) && !isFirstName(firstKey)) ||
    (before?.key === 'the' && !titled);
  if (placeLike && (!titled || (isPlace(lastKey) && !isPersonName(lastKey) && !isFirstName(firstKey)))) return 0;
  if (keys.every((k) => isCommonWord(k)) && !(name.length === 1 && titled)) return 0;
  if (name.length === 1 && sentenceStart && !titled && !label && !(who && isPersonName(firstKey))) return 0;
  const relation = !!before && isRelation(before.key) && /^\s*,\s*$/.test(text.slice(before.end, first.start));
  // compromise calls many nouns people ("radical"): alone, a one-word name needs one of our roles.
  const roleCounts =
    !!role && (name.length > 1 || isOffice(role.head) || isOccupation(role.head) || role.head.includes(' '));
  if (titled || roleCounts || label || who || bracketed || relation || /^,\s*\d{1,3}\s*,/.test(rest)) return 2;
  if (speechNear(tokens, nameStart, nameStart + name.length, text)) return 2;
  if (name.length > 1 && isFirstName(firstKey)) return 2;
  // Two unknown capitalised words acting in a clause ("Dusan Tasic equalized"): likely a name.
  const unknown = name.length > 1 && keys.every((k) => !isCommonWord(k) || isPersonName(k));
  const verbNear =
    (before && isVerb(before.key)) || (after && isVerb(after.key) && /^\s+$/.test(text.slice(last.end, after.start)));
  const byline = before?.key === 'by';
  return unknown && (verbNear || byline) ? 1 : 0;
}

/** "Boko Haram fighters", "against Boko Haram": capitalised words used as a modifier or an opponent. */
function usedAsThing(text: string, tokens: readonly Token[], nameStart: number, nameEnd: number): boolean {
  const before = tokens[nameStart - 1];
  const after = tokens[nameEnd];
  const last = tokens[nameEnd - 1] as Token;
  const modifier =
    !!after &&
    /^\s+$/.test(text.slice(last.end, after.start)) &&
    /^\p{Ll}/u.test(after.text) &&
    !isVerb(after.key) &&
    !isFunctionWord(after.key);
  return modifier || (!!before && /^(?:against|versus|on|into|toward|towards)$/.test(before.key));
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
  let previousRole: RoleText | null = null;
  for (const run of runs(text, tokens, skip)) {
    const span = nameSpan(tokens, run);
    const name = tokens.slice(span.start, span.end);
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last || notAName(tokens, span.titleStart, name, span.start)) continue;
    const before = tokens[span.start - 1];
    const inRunTitle = span.start > span.titleStart;
    const honorificTok = before && inRunTitle && isHonorific(before.key) ? before : null;
    const titleLen = before ? titleEndingAt(tokens, span.start - 1) : 0;
    const titled =
      span.start > span.titleStart ||
      (!!before && titleEndingAt(tokens, span.start - 1) > 0 && /^\s*\]?\s*$/.test(gapAfter(text, before, first)));
    const own = roleOf(text, tokens, span.titleStart, span.start, last);
    // A one-word name needs one of our titles ("Pope Francis"), not any noun for a person ("radical Islamist").
    const ourTitle = !!honorificTok || (!!before && (isOffice(before.key) || isOccupation(before.key)));
    const surfaceStart = honorificTok ?? (inRunTitle ? tokens[span.start - Math.max(titleLen, 1)] : null) ?? first;
    const between = previousEnd >= 0 ? text.slice(previousEnd, surfaceStart.start) : null;
    const aliasOfPrevious: boolean =
      between !== null &&
      (ALIAS_LINKS.some((p) => p.re.test(between)) || (previousAlias && /^\s*(?:,|and|or)\s*$/.test(between)));
    const inherited: RoleText | null = own || between === null ? null : sharedRole(previousRole, between);
    const role: RoleText | null = own ?? inherited;
    const evidence = evidenceOf({
      text,
      tokens,
      name,
      nameStart: span.start,
      titled: titled && (name.length > 1 || ourTitle),
      role,
    });
    found.push({
      words: name.map((t) => (t.dotted ? `${t.text}.` : t.text)),
      keys: name.map((t) => t.key),
      surface: text.slice(surfaceStart.start, last.end + (last.dotted ? 1 : 0)),
      honorific: honorificTok?.key ?? null,
      role,
      sentence,
      order: sentence.index * 10_000 + span.start,
      evidence,
      thingLike: !titled && usedAsThing(text, tokens, span.start, span.end),
      aliasOfPrevious,
      relative: name.length > 1 && introducedAsRelative(text, tokens, tokens.indexOf(surfaceStart)),
    });
    previousEnd = last.end;
    previousAlias = aliasOfPrevious;
    // Only a title written right before the name carries over to the next names of a list.
    const lead = own ? text.slice(Math.max(0, surfaceStart.start - own.text.length - 8), surfaceStart.start) : '';
    previousRole = inherited ?? (own && lead.trimEnd().endsWith(own.text) ? own : null);
  }
  return found;
}
