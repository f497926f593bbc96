import { stem } from '../text/stems';
import type { Sentence } from '../types';
import { ALIAS_LINKS, GLUED_PARTICLE, JOINED_ARTICLE, NAME_PARTICLE, NOT_PERSON_HEADS } from './knowledge';
import {
  appositiveRole,
  introducedAsRelative,
  isOfficeRole,
  isPluralRole,
  isTitleAt,
  namesOffice,
  type RoleText,
  roleBeforeComma,
  roleEndingAt,
  rolePredicate,
  sharedRole,
  titleEndingAt,
  titleThenPlace,
} from './roles';
import { GLUED, type PersonSpan, personSpans, type TagHistory } from './tagger';
import {
  inCapitals,
  isAbbreviation,
  isCapitalised,
  isCommonWord,
  isFirstName,
  isFunctionWord,
  isHonorific,
  isOffice,
  isOpener,
  isRoleModifier,
  isRoleNoun,
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
  /** How sure the recogniser is this names a person: 2 sure, 1 likely (a small margin). */
  evidence: 0 | 1 | 2;
  /** The sentence's grammar treats the name as a person: it speaks ("X said"), or "X, who". */
  personCue: boolean;
  /** Used like a modifier or a place: kept for the merge rules; the recogniser already decided. */
  thingLike: boolean;
  /** True when another name right before says this is another name of it ("also known as"). */
  aliasOfPrevious: boolean;
  /** Introduced as somebody's relative ("his father, Chaim Herzog"). */
  relative: boolean;
  /** A lone name in a list of people ("Bruno Mars, Drake, Jay Z"): one of them. */
  listed: boolean;
  /** The mentions of the list of names this one stands in ("Kirk, Spock and McCoy"), or null. */
  list: readonly Mention[] | null;
}

/** The recogniser's margin (model units) below which a name is only likely, not sure. */
const SURE_MARGIN = 20;

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

/**
 * What only a person does in news grammar, right after the name: speaks, thinks or is described
 * by "who" ("Lowe said", "Ms Pugh, who", "Obama's wife"), or gets the surname an editor added in
 * brackets ("Fela [Kuti]"). A capitalised word followed by one of
 * these is someone, not a place, a product or a company.
 */
const SPEAKS_AFTER =
  /^(?:['’]s?)?\s*(?:\[\p{Lu}[\p{L}'’-]*\]|,\s*(?:who|whose)\b|(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?:said|says|told|tells|added|asked|wrote|writes|explained|argued|recalled|insisted|admitted|denied|tweeted|testified|replied|remembered|believes|believed|thinks|thought|wants|wanted)\b|['’]s?\s+(?:wife|husband|son|daughter|mother|father|brother|sister|family|lawyer|attorney|spokesman|spokeswoman|spokesperson|death|body|funeral|birthday)\b)/u;
/** Right before the name: "said X", "wrote X", "according to (NPR's) X", "per X". */
const SPEAKS_BEFORE =
  /\b(?:said|says|told|asked|wrote|writes|added|according to|per)\s+(?:\p{Lu}[\p{L}.]*['’]s?\s+)?$/u;

/**
 * A speaker's label in a transcript or an interview, the answer in the first person: "Nneka: What
 * is happening in Africa concerns me a lot." Not a section's label ("Summary: the plan"), nor a
 * script's line of dialogue, which is quoted (a character's: 'Titus: "I don't make the rules."').
 */
const SPEAKER_LABEL = /^:\s+(?!["“'‘]).*(?:\bI(?:['’]m|['’]ve|['’]d|['’]ll)?\b|\b(?:[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b)/u;

/** Whether the words around a name (its written form spans `start`–`end`) say it is a person's. */
export function hasPersonCue(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  return SPEAKS_AFTER.test(after) || SPEAKS_BEFORE.test(before) || (SPEAKER_LABEL.test(after) && before.trim() === '');
}

/** Prefixes of ships and vessels named after people ("USS Carl Vinson"). */
const SHIP = /^(?:uss|hms|rms|ss|mv|ins)$/;
/** "Hurricane Isaac", "Typhoon Haiyan": a storm's name. */
const STORM = /^(?:hurricane|typhoon|cyclone|storm)$/;
/** Animals that news names: a name right after one of these words is the animal's. */
const ANIMAL =
  /^(?:horse|mare|stallion|colt|filly|pony|dog|puppy|cat|kitten|pet|parrot|elephant|gorilla|orangutan|chimpanzee|chimp|panda|tiger|lion|bear|whale|dolphin|cow|bull|pig|goat|camel|racehorse)$/;

/**
 * A character of a film, a series or a book, named as one: "stars as Sean Cabrera", "co-stars as
 * Nancy's son Nick", "Goldblum's character Ian Malcolm", "plays the role of Hamlet" before the
 * name; "Rita Vrataski, played by Emily Blunt", "Gaston (voiced by ...)" after it. The actor is the
 * article's person, the character is not. Not "part of Obama's plan", "the role of President
 * Obama", "the character of Bill Clinton": those are the people themselves.
 */
const CHARACTER_BEFORE =
  /\b(?:(?:co-)?star(?:s|red|ring)?|cast) as (?:(?:the|a|an|his|her|their|\p{Lu}[\p{L}'’-]*['’]s?) )?(?:[\p{Ll}-]+ ){0,3}$|\bcharacters?,? (?:(?:named|called) )?$|\b(?:play(?:s|ed|ing)?|in) the (?:title |lead |leading )?role of $/u;
const CHARACTER_AFTER =
  /^\s*(?:,\s*|\(\s*)?(?:(?:who )?(?:is|was) )?(?:played|voiced|portrayed) by\b|^\s+(?:is|was|may be|might be|remains|became|becomes) (?:the|a|an) (?:[\p{Ll}-]+ ){0,4}character\b/u;
/** "Phil Connors (Bill Murray)": a name, then in brackets the full name of the actor who plays it. */
const ACTOR_IN_BRACKETS = /^ \((\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}.'’-]*){1,2}\)/u;

/**
 * Whether the text after a name says it is a character: "played by …", "(First Last)" after it,
 * or "… may be the most important character".
 */
function characterAfter(after: string): boolean {
  if (CHARACTER_AFTER.test(after)) return true;
  const actor = ACTOR_IN_BRACKETS.exec(after);
  return !!actor && isFirstName((actor[1] ?? '').toLowerCase());
}

/** The ordinal of a military rank's class: "Sgt. 1st Class", "Petty Officer Second Class". */
const ORDINAL = /^(?:1st|2nd|3rd|first|second|third)$/;

/**
 * "Nineteen-year-old Tony Robinson", "Kuwaiti-born Londoner": an age or a birthplace written before
 * the name is not part of it.
 */
const AGE = /-year-old$|-born$/i;

/**
 * Where the name and the title written before it start. A title or honorific the recogniser put
 * inside the name ("President Xi" tagged whole) is moved out of it; the title may begin several
 * capitalised words earlier ("Chinese Foreign Minister Qin Gang", "Director of Public Prosecutions
 * Eva-Marie Persson").
 */
function titleAround(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
): { titleStart: number; nameStart: number } {
  let nameStart = start;
  // "led by von Weizsäcker": a lower-case particle before a bare surname is not a first name.
  // "PUT de Jong", "Even de Miranda’s": a word in capitals or an ordinary word before a particle
  // is not a first name.
  // "Vice President Biden" tagged whole: the words that lead up to a title ("Vice", "Former")
  // leave the name with it.
  while (nameStart < end - 1) {
    const t = tokens[nameStart] as Token;
    const capsBeforeParticle =
      (inCapitals(t) || (isCommonWord(t.key) && !isFirstName(t.key))) && isParticle(tokens[nameStart + 1]);
    // "Similarly Ferguson", "Like Roy": a word that opens the sentence is not a first name.
    const opener = isOpener(t.key) && !isFirstName(t.key);
    // "Professor Fan Bin": right after a title, a word that names a trade, not an office, is the
    // first name ("fan"), not a second title.
    const nameAfterTitle =
      nameStart > 0 &&
      isTitleAt(tokens, nameStart - 1) &&
      titleEndingAt(tokens, nameStart) === 1 &&
      !isOffice(t.key) &&
      !isHonorific(t.key);
    if (nameAfterTitle) break;
    // "Sgt. 1st Class Brian Marquez", "Private First Class ...": a rank's class is no first name.
    const rankClass =
      (t.key === 'class' && ORDINAL.test(tokens[nameStart - 1]?.key ?? '')) ||
      (ORDINAL.test(t.key) && tokens[nameStart + 1]?.key === 'class' && nameStart + 1 < end - 1);
    if (
      isTitleAt(tokens, nameStart) ||
      AGE.test(t.text) ||
      !isCapitalised(t) ||
      capsBeforeParticle ||
      opener ||
      rankClass
    )
      nameStart++;
    else {
      const title = titleAfterModifiers(tokens, nameStart, end);
      if (title === nameStart) break;
      nameStart = title;
    }
  }
  // The capitalised words (joined by "of" or "for") right before the name.
  let runStart = nameStart;
  while (runStart > 0) {
    const prev = tokens[runStart - 1] as Token;
    if (!/^\s*\]?\s*$/.test(gapAfter(text, prev, tokens[runStart] as Token)) || prev.possessive) break;
    if (isCapitalised(prev)) runStart--;
    else if (/^(?:of|for)$/.test(prev.key) && runStart - 2 >= 0 && isCapitalised(tokens[runStart - 2] as Token))
      runStart--;
    else break;
  }
  while (runStart < nameStart && isFunctionWord((tokens[runStart] as Token).key)) runStart++;
  for (let k = nameStart - 1; k >= runStart; k--) if (isTitleAt(tokens, k)) return { titleStart: runStart, nameStart };
  return { titleStart: nameStart, nameStart };
}

/** Where the title starts after role modifiers from `k` ("Vice President"), or `k` when none lead to one. */
function titleAfterModifiers(tokens: readonly Token[], k: number, end: number): number {
  let at = k;
  while (at < end - 1 && isRoleModifier((tokens[at] as Token).key)) at++;
  return at > k && at < end - 1 && isTitleAt(tokens, at) ? at : k;
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
    !prev || !/^\s*\]?\s*$/.test(gapAfter(text, prev, first))
      ? null
      : honorific
        ? roleAcross(text, tokens, nameStart)
        : (roleEndingAt(text, tokens, nameStart - 1) ??
          titleWithOf(text, tokens, titleStart, nameStart) ??
          titleThenPlace(text, tokens, nameStart) ??
          compoundTitle(prev) ??
          roleAcross(text, tokens, nameStart));
  // "director of Obama's re-election campaign": the office is the campaign's, not Obama's; in
  // "Women's Creative Director of Calvin Klein Collection" the name is the body's.
  if (role && /\s(?:of|for)$/.test(role.text)) role = null;
  const end = last.end + (last.dotted ? 1 : 0);
  // "international film makers, Jennifer Jao, head of the Taipei Film Commission": a plural before
  // the comma introduces the name; the appositive after it is the role.
  const before = roleBeforeComma(text, tokens, Math.min(titleStart, nameStart));
  const after = appositiveRole(text, end);
  // "are, like Clarkson, seasoned experts in …": a plural after one name is not its role ("one of
  // the founders" is); after the last of several ("Berlusconi and Mourinho, seasoned experts") it is
  // theirs.
  const alone = !/\b(?:and|&)\s+$/.test(text.slice(0, tokens[Math.min(titleStart, nameStart)]?.start ?? 0));
  const appositive = after && isPluralRole(after) && alone && !/^one of\b/i.test(after.text) ? null : after;
  const later = before && !isPluralRole(before) ? before : (appositive ?? before);
  // A bare title before the name ("Ambassador") gives way to a fuller office after it, not to any description.
  if (later && (!role || (role.size === 1 && isOfficeRole(later)))) role = later;
  // "Cecil Smith was the police chief in Sanford": a sentence's predicate, only when it names an
  // office ("Steve Jobs was no saint", "she was a victim" are descriptions, not posts).
  const predicate = role ? null : rolePredicate(text, end);
  return predicate && namesOffice(predicate) ? predicate : role;
}

/**
 * "according to Spain's King Felipe VI": a capitalised title, then a first name and a capitalised
 * word (a surname, a regnal number), is a person's name even where the recogniser saw none (it
 * weighs the words around; the title and the first name settle it). Added to the recogniser's spans.
 */
function titledNames(text: string, tokens: readonly Token[], spans: readonly PersonSpan[]): PersonSpan[] {
  const covered = new Set<number>();
  for (const s of spans) for (let k = s.start; k < s.end; k++) covered.add(k);
  const out = [...spans];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const [title, first, surname] = [tokens[k], tokens[k + 1], tokens[k + 2]] as [Token, Token, Token];
    // The cheap tests first: this runs on every word of every sentence.
    if (covered.has(k + 1) || covered.has(k + 2) || !isCapitalised(title) || !isCapitalised(first)) continue;
    if (!isCapitalised(surname) || !isFirstName(first.key) || !isTitleAt(tokens, k)) continue;
    if (text.slice(title.end, first.start) !== ' ' || text.slice(first.end, surname.start) !== ' ') continue;
    if (isFunctionWord(surname.key) || isTitleAt(tokens, k + 2) || NOT_PERSON_HEADS.has(surname.key)) continue;
    if (BODY_HEADS.has(surname.key) || (tokens[k + 3] && isCapitalised(tokens[k + 3] as Token))) continue;
    out.push({ start: k + 1, end: k + 3, margin: 0 });
  }
  return out.length === spans.length ? out : out.sort((a, b) => a.start - b.start);
}

/** Ranks that are also adjectives: "Major", "General", "Private". */
const RANK_ADJECTIVE = /^(?:major|general|private)$/;

/** Words between a title and the name that keep the title the name's: "elect", "designate". */
const TITLE_TAIL = /^(?:elect|designate)$/;
/** "a meteorologist named Edward Lorenz": the role of someone introduced by "a/an … named/called". */
const INTRODUCED = /^(?:named|called)$/;

/**
 * A title one word away from the name: across an honorific ("the Scottish chemist Sir William
 * Ramsay"), after "elect" ("Vice-president elect Mike Pence"), or a role introducing the name with
 * "a … named" ("a meteorologist named Edward Norton Lorenz"; "the president named X" is a verb).
 */
function roleAcross(text: string, tokens: readonly Token[], nameStart: number): RoleText | null {
  const word = tokens[nameStart - 1] as Token;
  const title = tokens[nameStart - 2];
  if (!title || !/^\s+$/.test(gapAfter(text, title, word))) return null;
  const honorific = isHonorific(word.key);
  const tail = TITLE_TAIL.test(word.key) && !isCapitalised(word);
  const introduced = INTRODUCED.test(word.text);
  if (!honorific && !tail && !introduced) return null;
  const role = roleEndingAt(text, tokens, nameStart - 2);
  if (!role) return null;
  if (tail) return { ...role, text: `${role.text} ${word.text}`, size: role.size + 1 };
  if (introduced) {
    const article = tokens[nameStart - 2 - role.size];
    return article && /^(?:a|an)$/.test(article.key) ? role : null;
  }
  return role;
}

/**
 * A title written as one compound word before the name, its last part a role noun: "Singer-guitarists
 * Tom Johnston and Patrick Simmons", "popstar Miley Cyrus", "megachefs Daniel Boulud".
 */
function compoundTitle(t: Token): RoleText | null {
  if (t.possessive || isFunctionWord(t.key)) return null;
  const key = t.key;
  const hyphen = key.lastIndexOf('-');
  // "editor-at-large", "editor-in-chief": the title is the first part.
  const inOrAt = /^([a-z]+)-(?:in|at)-[a-z]+$/.exec(key)?.[1];
  const parts = inOrAt ? [inOrAt] : hyphen > 0 ? [key.slice(hyphen + 1)] : [];
  // A word the dictionary knows is not a compound: "attacking" is no "king", "smoking" no "king".
  const compound = hyphen < 0 && tagsOf(key).length === 0;
  for (let k = 3; compound && k <= key.length - 4; k++) parts.push(key.slice(k));
  const head = parts.find((p) => p.length >= 4 && (isRoleNoun(p) || isRoleNoun(stem(p))));
  return head && !TIE.test(head) ? { text: t.text, head, size: 1 } : null;
}

/** Compounds that say how one stands to others, not a post: "teammate", "blues-lover". */
const TIE = /^(?:mate|lover|fan|buddy)s?$/;

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

/** An initial as the recogniser sees it: "A." or "A". */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Where a name really starts when the recogniser began it one word late: at a middle initial
 * ("Elizabeth A. Burton" found as "A. Burton") or at a middle name after a known first name
 * ("Jessica Lacey McCarty" found as "Lacey McCarty"). The capitalised word right before joins
 * the name unless it is a title, an honorific or a function word, or ends another name.
 */
export function widenedStart(text: string, tokens: readonly Token[], start: number, previousSpanEnd: number): number {
  const prev = tokens[start - 1];
  const first = tokens[start];
  if (!prev || !first || start - 1 < previousSpanEnd || !isCapitalised(prev) || prev.possessive || prev.dotted)
    return start;
  if (text.slice(prev.end, first.start) !== ' ' || isTitleAt(tokens, start - 1) || isHonorific(prev.key)) return start;
  if (isFunctionWord(prev.key)) return start;
  const initial = INITIAL.test(first.text) && (!isCommonWord(prev.key) || isFirstName(prev.key));
  // "directed by Lijo Jose Pellissery": a word the dictionary does not know, right before a first
  // name and a surname, is a given name it lacks.
  const unknownGiven =
    isFirstName(first.key) && isCapitalised(tokens[start + 1] ?? first) && unknownGivenName(text, tokens, start - 1);
  return initial || unknownGiven || isFirstName(prev.key) ? start - 1 : start;
}

/**
 * Whether the capitalised word at token `k` may be a given name the dictionary lacks: unknown to it,
 * a plain word (no hyphen, not in capitals, no "-ed" of a verb), after a lower-case word ("by
 * Lijo") or after a title ("Sociologist Arlie"); not opening the sentence ("Tweeted Garry
 * Kasparov", "Bachelor Chris Soules") nor after another capitalised word ("for National Security
 * John Carlin").
 */
function unknownGivenName(text: string, tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  const before = tokens[k - 1];
  if (!word || !before || text.slice(before.end, word.start) !== ' ') return false;
  if (isCapitalised(before) && !isTitleAt(tokens, k - 1)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || word.key.endsWith('ed')) return false;
  return tagsOf(word.key).length === 0 && !isCommonWord(word.key) && !PARTY_LABELS.has(word.key);
}

/** Party labels the dictionary lacks, written before a member's name: "Democrat Walter Mondale". */
const PARTY_LABELS: ReadonlySet<string> = new Set(['democrat', 'tory', 'whig', 'dem', 'gop']);

/** Nouns that make the name before them a modifier of a thing ("the Hazel Hen supercomputer"). */
const THING_AFTER = new Set(
  'supercomputer computer device phone app software platform brand store stores product engine satellite telescope vaccine'.split(
    ' ',
  ),
);

/** A stock ticker after the name: "Lowe’s (LOW)", "Macy’s (NYSE: M)" name companies. */
const TICKER = /^(?:['’]s?)?\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX):\s*)?\p{Lu}{2,5}\)/u;

/** Heads of the names of bodies that NOT_PERSON_HEADS (a feature of the recogniser) leaves out. */
const BODY_HEADS = new Set(
  'laboratory laboratories lab labs observatory constabulary records music films media studios pictures publishing entertainment'.split(
    ' ',
  ),
);

/**
 * "Lawrence Livermore National Laboratory", "Henry Ford Community College": up to three more
 * capitalised words after the name end the name of a place or body.
 */
function inThingName(text: string, tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 3; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    if (!t || !before || !isCapitalised(t) || before.possessive || text.slice(before.end, t.start) !== ' ')
      return false;
    if (NOT_PERSON_HEADS.has(t.key) || BODY_HEADS.has(t.key)) return true;
  }
  return false;
}

/** The word right after the name heads a place, body or thing it names ("Van Buren counties"). */
export function modifiesNext(text: string, tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  const last = tokens[end - 1];
  if (last && TICKER.test(text.slice(last.end))) return true;
  if (!next || !last || isCapitalised(next) || !/^ +$/.test(text.slice(last.end, next.start)) || last.possessive)
    return false;
  // A plural head only in -ies ("counties"): "points", "shows", "reports" after a name are verbs.
  const plural = next.key.endsWith('ies') ? `${next.key.slice(0, -3)}y` : '';
  return NOT_PERSON_HEADS.has(next.key) || NOT_PERSON_HEADS.has(plural) || THING_AFTER.has(next.key);
}

/**
 * An Arabic article joined to a name ("al-Abidine", "al-Baghdadi", "el-Sisi"), or a particle glued
 * to a surname ("deGrasse", "duBrowa"): a word of the name the recogniser stops at.
 */
const joinedParticle = (t: Token) =>
  (JOINED_ARTICLE.test(t.text) && /-\p{Lu}/u.test(t.text)) || GLUED_PARTICLE.test(t.text);

const isParticle = (t: Token | undefined) =>
  !!t && ((NAME_PARTICLE.test(t.text) && t.text === t.key) || joinedParticle(t));
/** Two words of one name: one space apart, neither in capitals ("PUT de Jong" is a verb and a name). */
const spaceBetween = (text: string, a: Token | undefined, b: Token | undefined) =>
  !!a && !!b && text.slice(a.end, b.start) === ' ' && !a.possessive && !a.dotted && !inCapitals(a) && !inCapitals(b);

/**
 * The recogniser's names joined across the lower-case particles it stops at: "Zine" and "Ben Ali"
 * around "al-Abidine" are one name, and "Abu Bakr" takes the "al-Baghdadi" after it, "Lee" its
 * "Sang-min".
 */
export function joinParticles(text: string, tokens: readonly Token[], spans: readonly PersonSpan[]): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    const particle = tokens[span.start - 1];
    // "Neil deGrasse Tyson" found as "Tyson": the glued particle and the first name before it.
    const first = tokens[span.start - 2];
    if (
      particle &&
      GLUED_PARTICLE.test(particle.text) &&
      first &&
      isCapitalised(first) &&
      !isFunctionWord(first.key) &&
      (prev?.end ?? 0) <= span.start - 2 &&
      spaceBetween(text, first, particle) &&
      spaceBetween(text, particle, tokens[span.start])
    ) {
      out.push({ ...span, start: span.start - 2 });
      continue;
    }
    if (
      prev &&
      prev.end === span.start - 1 &&
      particle &&
      isParticle(particle) &&
      spaceBetween(text, tokens[prev.end - 1], particle) &&
      spaceBetween(text, particle, tokens[span.start])
    ) {
      out[out.length - 1] = { start: prev.start, end: span.end, margin: Math.min(prev.margin, span.margin) };
    } else out.push(span);
  }
  return out.map((span, k) => {
    const next = tokens[span.end];
    const last = tokens[span.end - 1];
    const free = out[k + 1]?.start !== span.end;
    // "Interior Minister Lee" found without its "Sang-min": a Korean or Chinese given name written
    // after a short family name.
    const givenName = !!next && /^\p{Lu}\p{Ll}+-\p{Ll}{2,}$/u.test(next.text) && (last?.text.length ?? 9) <= 5;
    if (next && free && (joinedParticle(next) || givenName) && spaceBetween(text, last, next))
      return { ...span, end: span.end + 1 };
    // "Steven te Brinke" found as "Steven": a particle and a capitalised surname after the name.
    const surname = tokens[span.end + 1];
    const surnameFree = out[k + 1]?.start !== span.end + 1;
    return next &&
      surname &&
      free &&
      surnameFree &&
      NAME_PARTICLE.test(next.text) &&
      next.text === next.key &&
      isCapitalised(surname) &&
      !isFunctionWord(surname.key) &&
      spaceBetween(text, last, next) &&
      spaceBetween(text, next, surname)
      ? { ...span, end: span.end + 2 }
      : span;
  });
}

/** Roman numerals and suffixes written in capitals after a name ("Henry VIII", "Ray Parker JR"). */
const NUMERAL = /^(?:[IVX]+|JR|SR)$/;

/**
 * Whether words can be a person's name by their shape: no digits ("UTF-8 Referer"), no header-like
 * chains of capitalised parts ("If-None-Match"), and no acronym after a written-out word ("Polaris
 * GPU", "Acme DB"): those are products and protocols.
 */
export function nameShaped(name: readonly Token[]): boolean {
  // A digit, a chain of capitalised parts ("If-None-Match"), or two sentences glued at a full stop
  // ("Ginger Nut.These"; not a title glued to the name, "Col.Tahir").
  if (name.some((t) => /\d/.test(t.text) || /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*){2,}$/u.test(t.text) || gluedSentences(t)))
    return false;
  const first = name[0] as Token;
  const last = name[name.length - 1] as Token;
  return !(name.length > 1 && isAcronym(last) && !isAcronym(first));
}

/** Two sentences glued at a full stop ("Nut.These"), not a title glued to a name ("Col.Tahir"). */
function gluedSentences(t: Token): boolean {
  const m = /(\p{L}+)\.\p{Lu}\p{Ll}{2,}/u.exec(t.text);
  return !!m && /\p{Ll}$/u.test(m[1] ?? '') && !isAbbreviation((m[1] ?? '').toLowerCase());
}

/** Written in capitals and not a Roman numeral. */
const isAcronym = (t: Token) => inCapitals(t) && !NUMERAL.test(t.text);

/**
 * "a Margaret Hamilton Lego minifigure", "an Obama administration official", "the Biden family": a
 * name between an article and a lower-case noun describes that noun; it is not a mention of anyone.
 */
function modifierAfterArticle(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const article = tokens[start - 1];
  const next = tokens[end];
  const last = tokens[end - 1];
  if (!article || !next || !last || !/^(?:a|an|the)$/.test(article.text) || last.possessive) return false;
  if (text.slice(article.end, tokens[start]?.start) !== ' ' || text.slice(last.end, next.start) !== ' ') return false;
  return !isCapitalised(next) && !isFunctionWord(next.key) && !isVerb(next.key) && !/ly$/.test(next.key);
}

/** The names written in one sentence, as the person recogniser finds them, with their roles. */
/**
 * The names of one sentence, as mentions. `history` carries what the recogniser said of the
 * article's earlier sentences; `notPeople` collects the names this sentence shows are a
 * character's or an animal's (findPeople leaves them out everywhere).
 */
export function mentionsIn(sentence: Sentence, history: TagHistory, notPeople?: Set<string>): Mention[] {
  const text = sentence.text;
  const tokens = tokenize(text);
  const quoted = titleSpans(text);
  const found: Mention[] = [];
  let previousEnd = -1;
  let previousAlias = false;
  let previousRole: RoleText | null = null;
  let previousSpanEnd = 0;
  const spans: [number, number][] = [];
  for (const span of titledNames(text, tokens, joinParticles(text, tokens, personSpans(text, tokens, history)))) {
    const start = widenedStart(text, tokens, span.start, previousSpanEnd);
    previousSpanEnd = span.end;
    if (modifiesNext(text, tokens, span.end) || modifierAfterArticle(text, tokens, start, span.end)) continue;
    // A full name only: "the Obama White House" is still Obama's, written as a modifier.
    if (span.end - span.start >= 2 && inThingName(text, tokens, span.end)) continue;
    const { titleStart, nameStart } = titleAround(text, tokens, start, span.end);
    const name = tokens.slice(nameStart, span.end);
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last || quoted.some(([a, b]) => first.start > a && last.end < b)) continue;
    // "the Major Arcana": a rank that is also an adjective, after "the" and before no first name,
    // is a word of a thing's name ("the President Obama" stays a person).
    if (
      nameStart - titleStart === 1 &&
      RANK_ADJECTIVE.test(tokens[titleStart]?.key ?? '') &&
      tokens[titleStart - 1]?.key === 'the' &&
      !isFirstName(first.key)
    )
      continue;
    // "Mitchell Pavilion", "Night Mode": a name never ends in a word that heads a place, body or
    // thing; unless it is a first name and a surname the grammar gives a role (below).
    const placeHead = NOT_PERSON_HEADS.has(last.key) || BODY_HEADS.has(last.key);
    if (placeHead && (name.length !== 2 || !isFirstName(first.key))) continue;
    if (!nameShaped(name)) continue;
    const before = tokens[nameStart - 1];
    // "USS Carl Vinson", "Hurricane Isaac": a ship or a storm named after a person is not one.
    const previousKey = before?.key ?? '';
    if (SHIP.test(previousKey) || STORM.test(previousKey) || STORM.test(first.key)) continue;
    // "her horse Birkhofs Dave", "the orangutan Budi": an animal, here and wherever it is named.
    // Not "a cat Blanchett's stepmother has": a possessive name is the owner's.
    if (ANIMAL.test(previousKey) && nameStart === titleStart && !last.possessive) {
      notPeople?.add(name.map((t) => t.key).join(' '));
      continue;
    }
    // "a postdoctoral researcher at Lawrence Livermore": where someone works is a place or a body.
    if (previousKey === 'at' && nameStart === titleStart && isRoleNoun(tokens[nameStart - 2]?.key ?? '')) continue;
    const titleFrom = tokens[titleStart]?.start ?? first.start;
    const nameEnd = last.end + (last.dotted ? 1 : 0);
    if (
      CHARACTER_BEFORE.test(text.slice(Math.max(0, titleFrom - 60), titleFrom)) ||
      characterAfter(text.slice(nameEnd, last.end + 60))
    ) {
      notPeople?.add(name.map((t) => t.key).join(' '));
      continue;
    }
    // "Rep. Alexandria Ocasio-CortezAlexandria": a name cut short by words the page glued to it.
    const next = tokens[span.end];
    if (next && next.start === last.end + 1 && GLUED.test(next.text)) continue;
    const inRunTitle = nameStart > titleStart;
    const honorificTok = before && inRunTitle && isHonorific(before.key) ? before : null;
    const titleLen = before ? titleEndingAt(tokens, nameStart - 1) : 0;
    const own = roleOf(text, tokens, titleStart, nameStart, last);
    // "The BBC's director-general, Tony Hall, has...", "said Officer Reggie Lane": the role or the
    // speech makes the name a person's.
    if (placeHead && !own && !hasPersonCue(text, titleFrom, last.end)) continue;
    const surfaceStart = honorificTok ?? (inRunTitle ? tokens[nameStart - Math.max(titleLen, 1)] : null) ?? first;
    const between = previousEnd >= 0 ? text.slice(previousEnd, surfaceStart.start) : null;
    const aliasOfPrevious: boolean =
      between !== null &&
      (ALIAS_LINKS.some((p) => p.re.test(between)) || (previousAlias && /^\s*(?:,|and|or)\s*$/.test(between)));
    const inherited: RoleText | null = own || between === null ? null : sharedRole(previousRole, between);
    const role: RoleText | null = own ?? inherited;
    found.push({
      words: name.map((t) => (t.dotted ? `${t.text}.` : t.text)),
      keys: name.map((t) => t.key),
      surface: text.slice(surfaceStart.start, nameEnd),
      honorific: honorificTok?.key ?? null,
      role,
      sentence,
      order: sentence.index * 10_000 + nameStart,
      evidence: span.margin >= SURE_MARGIN || honorificTok || role ? 2 : 1,
      personCue: hasPersonCue(text, surfaceStart.start, last.end),
      thingLike: false,
      aliasOfPrevious,
      relative: name.length > 1 && introducedAsRelative(text, tokens, tokens.indexOf(surfaceStart)),
      listed: false,
      list: null,
    });
    spans.push([surfaceStart.start, last.end]);
    previousEnd = last.end;
    previousAlias = aliasOfPrevious;
    // Only a title written right before the name carries over to the next names of a list.
    const lead = own ? text.slice(Math.max(0, surfaceStart.start - own.text.length - 8), surfaceStart.start) : '';
    previousRole = inherited ?? (own && lead.trimEnd().endsWith(own.text) ? own : null);
  }
  dropNamesInTitles(text, found, spans);
  const runs = listRuns(text, spans);
  markListedPeople(found, runs);
  sharePluralRoles(text, found, spans, runs);
  return found;
}

/**
 * "Business tycoon and Shark Tank star Robert Herjavec": a name the recogniser doubts, written
 * inside the title of the name after it, is a word of that title (a show, a team, a company), not
 * a person. A sure one stays ("Hillary Clinton aide Huma Abedin"), and so does one that opens with
 * a first name ("Kim Kardashian friend"). Removes them from `found` and `spans` alike.
 */
function dropNamesInTitles(text: string, found: Mention[], spans: [number, number][]): void {
  const inTitle = new Set<number>();
  found.forEach((m, j) => {
    const at = spans[j]?.[0] ?? 0;
    const title = m.role?.text;
    if (!title) return;
    const from = text.lastIndexOf(title, at);
    if (from < 0 || text.slice(from + title.length, at).trim() !== '') return;
    found.forEach((other, i) => {
      const [a, b] = spans[i] ?? [0, 0];
      const doubtful = other.evidence === 1 && !isFirstName(other.keys[0] ?? '');
      if (i < j && doubtful && a >= from && b <= from + title.length) inTitle.add(i);
    });
  });
  for (const i of [...inTitle].sort((a, b) => b - a)) {
    found.splice(i, 1);
    spans.splice(i, 1);
  }
}

/** What stands between two names of a list; a parenthesis after a name ("Sennacherib (704-681 B.C.) and …") too. */
const LIST_SEPARATOR = /^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/;

/**
 * "two suspects, Yassine Labidi and Saber Khachnaou", "Myuran Sukumaran and Andrew Chan, members
 * of the Bali Nine": a plural role that one name of a list of names holds, none other holding one,
 * is each one's. A plural word right before a name alone is no role.
 */
function sharePluralRoles(
  text: string,
  found: Mention[],
  spans: readonly [number, number][],
  runs: readonly [number, number][],
): void {
  for (const [from, to] of runs) {
    const run = found.slice(from, to);
    const withRole = run.filter((m) => m.role);
    const role = withRole[0]?.role;
    if (run.length >= 2 && withRole.length === 1 && role && isPluralRole(role))
      for (const m of run) {
        m.role ??= role;
        m.evidence = 2;
      }
    // "The show … stars Ellie Kemper": one plural word right before a single name is a verb, or
    // says nothing about that one person.
    const lone = run.length === 1 ? run[0] : undefined;
    if (lone?.role && isPluralRole(lone.role) && pluralBeforeLoneName(text, lone.role, spans[from]?.[0] ?? 0))
      lone.role = null;
  }
}

/**
 * Whether `role`, a plural, is written right before a single name at `at` ("The show … stars Ellie
 * Kemper") or before it and a comma ("Assembling a team of balding physicists, Goldstein set out",
 * "… are Free Software Award winners, Kat Walsh joins"): it is no role of that one person. "One of
 * its officers, Darren Wilson," is.
 */
function pluralBeforeLoneName(text: string, role: RoleText, at: number): boolean {
  const bare = role.size === 1 && text.endsWith(`${role.text} `, at);
  const comma = `${role.text}, `;
  if (!bare && !text.endsWith(comma, at)) return false;
  const roleStart = at - (bare ? role.text.length + 1 : comma.length);
  return !/\bone\s+of\s+(?:[\p{L}'’]+\s+)?$/iu.test(text.slice(Math.max(0, roleStart - 30), roleStart));
}

/** The lists of names in a sentence: runs of names joined by commas, "and", "or" or "&", as [from, to). */
function listRuns(text: string, spans: readonly [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  for (let k = 1; k <= spans.length; k++) {
    if (k < spans.length && LIST_SEPARATOR.test(text.slice(spans[k - 1]?.[1] ?? 0, spans[k]?.[0] ?? 0))) continue;
    runs.push([from, k]);
    from = k;
  }
  return runs;
}

/**
 * Links the names of each list to one another (Mention.list). "Bob Marley, Bruno Mars, Drake, Jay Z
 * and Adele": every name in a list of three or more names,
 * two of them full names the recogniser is sure of, is listed as one of those people: a lone
 * "Drake", and a full name of ordinary words ("Tamir Rice") that alone would need a cue.
 */
function markListedPeople(found: Mention[], runs: readonly [number, number][]): void {
  for (const [from, to] of runs) {
    const run = found.slice(from, to);
    if (run.length >= 2) for (const m of run) m.list = run;
    if (run.length >= 3 && run.filter((m) => m.keys.length > 1 && m.evidence === 2).length >= 2)
      for (const m of run) m.listed = true;
  }
}
