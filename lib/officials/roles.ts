import { stem } from '../text/stems';
import { countWords } from '../text/words';
import { NAME_PARTICLE, NOT_PERSON_HEADS, phrases } from './knowledge';
import {
  inCapitals,
  isCapitalised,
  isFirstName,
  isFunctionWord,
  isHonorific,
  isOffice,
  isOpener,
  isRelation,
  isRoleModifier,
  isRoleNoun,
  isVerb,
  type Token,
  tagsOf,
  tokenize,
} from './words';

/** A role as the article states it, and the word that makes it one ("minister"). */
export interface RoleText {
  text: string;
  head: string;
  /** Words in the role: a bare title ("President", "Rabbi") is 1. */
  size: number;
}

/** Multi-word titles by their last word, longest first: "state" → ["secretary", "of", "state"]. */
const TITLE_PHRASES = new Map<string, string[][]>();
for (const phrase of [...phrases('OfficeTitle'), ...phrases('Occupation')].sort((a, b) => b.length - a.length)) {
  const words = phrase.map((w) => w.replace(/\./g, ''));
  const lastWord = words[words.length - 1] ?? '';
  TITLE_PHRASES.set(lastWord, [...(TITLE_PHRASES.get(lastWord) ?? []), words]);
}
const MAX_MODIFIERS = 6;
/** A score ("3-1", "2–0") never belongs to a role. */
const SCORE = /\b\d{1,3}\s*[-–]\s*\d{1,3}\b/;

/** Length of the title (in words) that ends at token `at`, or 0: "Secretary of State" → 3. */
export function titleEndingAt(tokens: readonly Token[], at: number): number {
  const key = tokens[at]?.key ?? '';
  for (const phrase of TITLE_PHRASES.get(key) ?? []) {
    const start = at - phrase.length + 1;
    if (start >= 0 && phrase.every((w, k) => tokens[start + k]?.key === w)) return phrase.length;
  }
  return isRoleNoun(key) || isRoleNoun(stem(key)) ? 1 : 0;
}

/** True when the token at `at` is a title or honorific that can stand before a name. */
export function isTitleAt(tokens: readonly Token[], at: number): boolean {
  return titleEndingAt(tokens, at) > 0 || isHonorific(tokens[at]?.key ?? '');
}

const headOf = (tokens: readonly Token[], last: number, len: number) =>
  tokens
    .slice(last - len + 1, last + 1)
    .map((t) => t.key)
    .join(' ');

const gap = (text: string, a: Token | undefined, b: Token | undefined) => (a && b ? text.slice(a.end, b.start) : '');
/** Gaps allowed inside a role: spaces, "&", brackets, quotes, possessive endings. */
const ROLE_GAP = /^(?:['’]s?)?[\s&[\]"“”-]*$/;

function isModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text.replace(/\./g, ''))) return true; // "US", "U.S.", "FBI"
  // "didn't indict police Officer Darren Wilson", "Under Chairman Mao": not part of the role.
  if (isFunctionWord(t.key) || isHonorific(t.key) || isOpener(t.key) || /n['’]t$/.test(t.key)) return false;
  if (isCapitalised(t) || t.possessive || isRoleModifier(t.key) || isRoleNoun(t.key)) return true;
  if (SCORE.test(t.text)) return false;
  if (/^\d/.test(t.text) || t.text.includes('-')) return true;
  // Lower-case words only when we know them as parts of roles, or don't know them at all ("stranding").
  return tagsOf(t.key).length === 0 && !isVerb(t.key) && t.key.length > 2 && !/ly$/.test(t.key);
}

/** Words after which an unknown lower-case word is a verb, not a modifier of a role. */
const VERB_SLOT =
  /^(?:to|will|would|shall|should|can|could|may|might|must|not|did|does|do|help|helps|helped|helping|[a-z]+n['’]t)$/;
/** An unknown word in "-ize" is a verb wherever it stands ("issues she hopes will help mobilize"). */
const VERB_ENDING = /iz(?:e|es|ed)$/;

function isUnknownVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!t || isCapitalised(t) || tagsOf(t.key).length > 0) return false;
  return VERB_ENDING.test(t.key) || (!!before && VERB_SLOT.test(before.key));
}

/** A verb that agrees with a subject: "had", "discovered", "says", "will". */
const FINITE_VERB = /^(?:PastTense|PresentTense|Modal|Auxiliary|Copula)$/;

/**
 * "The Grammy-winning singer has shed 14 pounds": a sentence whose subject is "the" and a role,
 * its verb right after; the role, without "the". Read for the person the sentence before is about.
 */
export function definiteRole(text: string): RoleText | null {
  const tokens = tokenize(text.slice(0, 120));
  if (tokens[0]?.text !== 'The') return null;
  for (let k = 1; k <= 4 && k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    const verb = tokens[k + 1] as Token;
    if (isCapitalised(t) || !/^\s+$/.test(gap(text, t, verb)) || !isRoleNoun(t.key)) continue;
    // Also a bare "Verb" ("has"): after "the" and a role, the word is the subject's verb.
    if (isCapitalised(verb) || !tagsOf(verb.key).some((g) => g === 'Verb' || FINITE_VERB.test(g))) return null;
    const role = roleEndingAt(text, tokens, k);
    return role && !/^the\b/i.test(role.text) ? role : null;
  }
  return null;
}

/**
 * The role that ends at token `last` (inclusive), walking left over its modifiers:
 * "St. Louis County Police Chief", "China's top diplomat", "Palm Bay police Lt.".
 */
export function roleEndingAt(text: string, tokens: readonly Token[], last: number): RoleText | null {
  // "actress girlfriend Olivia Munn": the relation is not the role, the word before it is.
  if (isRelation(tokens[last]?.key ?? '') && /^\s+$/.test(gap(text, tokens[last - 1], tokens[last])))
    return roleEndingAt(text, tokens, last - 1);
  const len = titleEndingAt(tokens, last);
  if (!len) return null;
  let start = last - len + 1;
  let steps = 0;
  while (start > 0 && steps < MAX_MODIFIERS) {
    const prev = tokens[start - 1];
    const between = prev ? text.slice(prev.end + (prev.dotted ? 1 : 0), tokens[start]?.start) : '';
    if (!ROLE_GAP.test(between) || !isModifier(tokens, start - 1)) break;
    start--;
    steps++;
  }
  // "to impeach President Trump", "will oust Chairman Lee": a word we do not know, after "to" or a
  // modal, is a verb, and the role starts after it.
  while (start < last - len + 1 && isUnknownVerb(tokens, start)) start++;
  // "season 4 contestant": a number alone does not start a role.
  while (start < last - len + 1 && /^\d+$/.test(tokens[start]?.text ?? '')) start++;
  // "Justin Bassi advises Attorney-General": a word we do not know in -s, right after a name, is
  // the subject's verb, and the role starts after it ("CNN sports reporter" keeps its acronym).
  for (let k = last - len; k > start; k--) {
    const t = tokens[k] as Token;
    const subject = tokens[k - 1] as Token;
    const verb = !isCapitalised(t) && /[^s]s$/.test(t.key) && tagsOf(t.key).length === 0;
    if (verb && isCapitalised(subject) && !subject.possessive && !inCapitals(subject)) {
      start = k + 1;
      break;
    }
  }
  const first = tokens[start];
  const end = tokens[last];
  if (!first || !end) return null;
  const head = headOf(tokens, last, len);
  if (isRelation(head)) return null;
  return {
    text: text.slice(first.start, end.end + (end.dotted ? 1 : 0)).replace(/^[\s"“”[\]]+|[\s"“”[\]]+$/g, ''),
    head,
    size: last - start + 1,
  };
}

const SEGMENT_END = /[,;:()"“”]|\.(?=\s*$)|\s--\s|\s—\s/;
/** "X, when lawmakers fled": a clause, not an appositive. */
const CLAUSE_START =
  /^(?:when|while|as|if|because|after|before|since|although|though|but|so|then|where|which|whose|until|unless|and (?:he|she|they|it|then))\b/i;
/** Words that start a clause inside an appositive ("the defender could only fire..."). */
const CLAUSE_VERB = /^(?:Modal|Auxiliary|Copula|PastTense)$/;

/** "president in May", "chairman since 2010", "leader until last year": when, not what. */
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const TIME_TAIL = new RegExp(
  `\\s+(?:(?:in|on|since|until|till|from|by|before|after|during)\\s+(?:(?:early|late|mid|the)\\s+)?(?:(?:${MONTH}|${DAY})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{4}s?)|(?:(?:since|until|till|from|by|before|after|during|in)\\s+)?(?:last|this|next)\\s+(?:year|month|week|spring|summer|autumn|fall|winter|season)|at\\s+the\\s+time)$`,
  'i',
);

/** Drops time phrases at the end of a role: "president in May" is a president. */
export function withoutTimeTail(text: string): string {
  let out = text;
  for (let m = TIME_TAIL.exec(out); m && m.index > 0; m = TIME_TAIL.exec(out)) out = out.slice(0, m.index);
  return out;
}

/** Cuts an appositive at the verb of a following clause and drops a dangling preposition. */
function trimClause(phrase: string, head: string): string {
  const tokens = tokenize(phrase);
  const headAt = tokens.findIndex((t) => head.split(' ').includes(t.key));
  const verb = tokens.findIndex(
    (t, k) => k > headAt && headAt >= 0 && tagsOf(t.key).some((tag) => CLAUSE_VERB.test(tag)) && !isRoleNoun(t.key),
  );
  const cut = verb > 0 ? phrase.slice(0, tokens[verb]?.start).trim() : phrase;
  // "… and the founder of the" (cut at a quotation mark): the words left dangling go.
  return withoutTimeTail(cut).replace(/(?:\s+(?:of|for|at|in|on|to|with|from|by|the|a|an|and|or|so-called))+$/i, '');
}

/**
 * "veteran Matt Kenny": a phrase that names someone else is not this person's role. With
 * `afterPreposition`, one that names them after a preposition still is ("former secretary of labor
 * under Bill Clinton").
 */
function namesSomeone(tokens: readonly Token[], afterPreposition = false): boolean {
  const preposition = afterPreposition ? tokens.findIndex((t) => PREPOSITION.test(t.key)) : -1;
  return tokens.some(
    (t, k) =>
      (preposition < 0 || k < preposition) &&
      isCapitalised(t) &&
      isFirstName(t.key) &&
      surnameAt(tokens, k + 1) &&
      // "St. Louis County", "San Antonio Police": a saint's name is a place's.
      !SAINT.test(tokens[k - 1]?.key ?? ''),
  );
}

const SAINT = /^(?:st|ste|saint|san|santa|são|sao)$/;

/** A capitalised surname at token `k`, or one after a particle ("Luis de Miranda"). */
function surnameAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isCapitalised(t)) return true;
  const next = tokens[k + 1];
  return NAME_PARTICLE.test(t.key) && !!next && isCapitalised(next);
}

/**
 * The appositive role after a name for the people list: `roleAfter`, less what is a clause of its own
 * ("X, who one CBS analyst called …", "X, Jackson keeps mum"). The recogniser's features read
 * `roleAfter` as it is, so its trained weights do not depend on this check.
 */
export function appositiveRole(text: string, from: number): RoleText | null {
  const role = roleAfter(text, from, true);
  return role && !isClause(role) ? role : null;
}

/** A relative pronoun, or a capitalised subject and its verb, opens the phrase. */
function isClause(role: RoleText): boolean {
  // "who one CBS analyst called", "we suspect you have …"
  // Case matters: "IT director", "WHO official" are roles.
  if (/^(?:[Ww]ho|[Ww]hom|[Tt]hat|I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b/.test(role.text)) return true;
  const tokens = tokenize(role.text);
  // "also allegedly posted threats against the owner …": adverbs, then a verb.
  const verbAt = tokens.findIndex((t) => !isOpener(t.key));
  const verb = tokens[verbAt];
  if (verbAt > 0 && verb && !isCapitalised(verb) && isVerb(verb.key) && !isRoleNoun(verb.key)) return true;
  const [first, second] = tokens;
  if (!first || !second || !isCapitalised(first) || isCapitalised(second)) return false;
  if (isTitleAt(tokens, 0) || isRoleModifier(first.key) || first.possessive) return false;
  return isVerb(second.key) && !isRoleNoun(second.key) && !isRoleNoun(stem(second.key));
}

/** After a first phrase, more of a list of people: ", his programmer and", ", the driver or". */
const LIST_GOES_ON = /^\s*,\s*(?:his|her|their|its|the|a|an)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s+(?:and|or)\s/u;

/**
 * "against Yoon, Kim and Interior Minister Lee": after the comma comes the next name of a list,
 * then a titled name; not a role ("Research and Advocacy Director for …" is one).
 */
function nextInList(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  if (!first || !second || !isCapitalised(first) || isTitleAt(tokens, 0) || isRoleModifier(first.key)) return false;
  if (!/^(?:and|or|&)$/.test(second.key)) return false;
  return tokens.some((_, k) => {
    const next = tokens[k + 1];
    return k >= 2 && isTitleAt(tokens, k) && !!next && isCapitalised(next) && !isTitleAt(tokens, k + 1);
  });
}

/** A listing, not a role: a venue after "@", or a date ("June 27") inside the phrase. */
const LISTING = new RegExp(`@|\\b(?:${MONTH}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+\\d{1,2}\\b`, 'i');

/** "X, residents said": a clause, not an appositive. */
const SPEECH_CLAUSE =
  /^(?:\S+\s+){0,3}(?:said|says|say|told|tell|added|add|reported|report|wrote|write|believe|believes|think|thinks|claim|claims|claimed)\b/i;
const RELATIVE = /\s+(?:who|which|that|whose|where|said|says|told|when|and (?:is|was|has|had|will))\b.*$/i;
/** "who is", "was", "who's also": the verb before a predicate noun, and its "also". */
const COPULA =
  /^(?:(?:who\s+)?(?:is|was|has been|had been|became|remains|serves as|served as)|who['’]s)\s+(?:also\s+)?/i;

const PREPOSITION = /^(?:of|for|in|at|on|to|with|from|by|about|near|after|before|like|than|as)$/;

/** The role noun heading a phrase ("director" in "director of communications for SeaWorld"), or null. */
function roleIn(phrase: string, tokens: readonly Token[]): RoleText | null {
  let inPhrase = false;
  for (let k = 0; k < Math.min(tokens.length, 9); k++) {
    const t = tokens[k];
    if (!t) break;
    if (k === 0 && isVerb(t.key) && !isRoleNoun(t.key) && !(isRoleModifier(t.key) && tokens[k + 1])) return null;
    if (t.key === 'and') inPhrase = false;
    else if (PREPOSITION.test(t.key)) inPhrase = true;
    if (inPhrase) continue;
    const len = titleEndingAt(tokens, k);
    const next = tokens[k + 1];
    // "the police officer", not "the police station": the role noun ends its noun phrase. Nor
    // does a possessive one, nor one before a body or a place ("the U.S. Attorney's Office").
    if (len && next && !PREPOSITION.test(next.key) && next.key !== 'and' && titleEndingAt(tokens, k + 1)) continue;
    if (len && next && (t.possessive || NOT_PERSON_HEADS.has(next.key))) continue;
    if (len && !isRelation(t.key)) return { text: phrase, head: headOf(tokens, k, len), size: tokens.length };
  }
  return null;
}

/** "X, then head of …", "X, now a professor at …": a time word before the appositive. */
const THEN = /^(?:then|now|currently|formerly|once)\s+(?!(?:he|she|they|it|we|i|you)\b)/i;

/**
 * An appositive or copula after the name: "Wang Yi, China's top diplomat,", "Janet Yellen, the
 * Treasury Secretary", "X, 51, of Beverly Hills, is the owner of...", "X, who is the mayor".
 * The person recogniser's features read it as it was trained; `appositiveRole` reads it with
 * `latest` for the people list: a time word first ("then head of Zimbabwe's Reserve Bank") and a
 * name after a preposition ("former secretary of labor under Bill Clinton") keep the role.
 */
export function roleAfter(text: string, from: number, latest = false): RoleText | null {
  let rest = text.slice(from).replace(/^\s*\([^)]*\)/, '');
  let afterRelation = false;
  for (let seg = 0; seg < 4; seg++) {
    const m = /^\s*,\s*/.exec(rest);
    if (!m) return null;
    rest = rest.slice(m[0].length);
    const cut = SEGMENT_END.exec(rest);
    let phrase = (cut ? rest.slice(0, cut.index) : rest).trim();
    rest = cut ? rest.slice(cut.index) : '';
    if (/^\d+$/.test(phrase) || /^(?:of|from|in)\s+\p{Lu}/u.test(phrase) || /^(?:also\s+)?known as\b/i.test(phrase))
      continue;
    if (SPEECH_CLAUSE.test(phrase) || SCORE.test(phrase) || LISTING.test(phrase)) return null;
    if (afterRelation && /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*$/u.test(phrase)) continue;
    phrase = phrase.replace(/^and\s+/i, '');
    const then = latest ? (THEN.exec(phrase)?.[0] ?? '') : '';
    if (CLAUSE_START.test(phrase.slice(then.length))) return null;
    phrase = phrase.replace(COPULA, '').replace(RELATIVE, '');
    const words = tokenize(phrase);
    if (namesSomeone(words, latest) || nextInList(words)) return null;
    // "Lorenz, his secretary, his programmer and his students shared an office": a list of people.
    if (seg === 0 && LIST_GOES_ON.test(rest)) return null;
    // More than 20 words take at least 41 characters (a word and a separator each). A long pair of
    // posts keeps its first: "vice president of the Nicaraguan Academy of Sciences and director of
    // the Molecular Biology Center at the University of Central America".
    if (phrase.length > 40 && countWords(phrase, 20) > 20) phrase = /^(.+?)\s+and\s/.exec(phrase)?.[1] ?? '';
    if (!phrase || (phrase.length > 40 && countWords(phrase, 20) > 20)) return null;
    const bare = phrase.slice(then.length).replace(/^(?:one of\s+)?(?:the|a|an|his|her|their|its)\s+/i, '');
    const role = roleIn(bare, tokenize(bare));
    // "close to Casal di Principe, investigators discovered a bunker": a noun without an article and
    // its verb start the sentence's main clause. With one, it may be an appositive that lacks its
    // closing comma ("de Gébelin, a French Freemason and Protestant pastor published a book"), or a
    // run-on that names the same person ("Howedes, the defender could only fire"): the role stays.
    if (role && bare === phrase && verbAfterHead(words, role.head)) return null;
    if (role) return { ...role, text: trimClause(phrase, role.head) };
    const head = tokenize(bare).find((t) => isRelation(t.key));
    if (!head) return null;
    afterRelation = true;
  }
  return null;
}

/** The role's head is followed right away by a finite verb: the head is a clause's subject. */
function verbAfterHead(tokens: readonly Token[], head: string): boolean {
  const last = head.split(' ').at(-1) ?? '';
  const at = tokens.findIndex((t) => t.key === last);
  const verb = at >= 0 ? tokens[at + 1] : undefined;
  return !!verb && !isCapitalised(verb) && !isRoleNoun(verb.key) && tagsOf(verb.key).some((t) => FINITE_VERB.test(t));
}

/** Right after a name: "X is/was/became a …", "X serves as …", "X, long time member, as our new …". */
const PREDICATE =
  /^(?:\s*,\s*[^,;:()"“”]{1,40},)?\s+(?:(?:is|was|has been|had been|became|remains|serves as|served as)\s+(?=(?:a|an|the|his|her|their|its|our|now|also)\s)|as\s+(?=(?:the|a|an|our|its|their|his|her)\s+(?:new\s+)?))/i;

/**
 * The role a sentence gives the name it starts with: "Abrams was a producer on Star Trek Beyond",
 * "to have Junior Gaspard, long time ExpApper, as our new President and CEO". Only a noun phrase
 * that names a post counts ("X was a victim" gives none). Read for roles, never by the recogniser.
 */
export function rolePredicate(text: string, from: number): RoleText | null {
  const m = PREDICATE.exec(text.slice(from));
  if (!m) return null;
  const rest = text.slice(from + m[0].length);
  const cut = SEGMENT_END.exec(rest);
  const phrase = withoutTimeTail((cut ? rest.slice(0, cut.index) : rest).replace(RELATIVE, '').trim());
  if (!phrase || countWords(phrase, 12) > 12 || SCORE.test(phrase) || LISTING.test(phrase)) return null;
  const words = tokenize(phrase);
  if (namesSomeone(words)) return null;
  const bare = phrase.replace(
    /^(?:(?:now|also)\s+)?(?:one of\s+)?(?:the|a|an|his|her|their|its|our)\s+(?:new\s+)?/i,
    '',
  );
  const role = roleIn(bare, tokenize(bare));
  return role ? { ...role, text: trimClause(bare, role.head) } : null;
}

/**
 * "The X, Y": the phrase before the comma that precedes the name is its role ("the prime
 * minister, Tony Blair", "Iran's supreme leader, Ayatollah Ali Khamenei").
 */
export function roleBeforeComma(text: string, tokens: readonly Token[], nameStart: number): RoleText | null {
  const name = tokens[nameStart];
  const before = tokens[nameStart - 1];
  // The comma may sit inside the title's quotation marks: China's charismatic "Internet Czar," Lu Wei.
  const comma = gap(text, before, name);
  if (!name || !before || !/^\s*,["”]?\s*$/.test(comma)) return null;
  // The rightmost role noun, followed by at most a short prepositional phrase up to the comma.
  for (let k = nameStart - 1; k >= Math.max(0, nameStart - 5); k--) {
    const t = tokens[k];
    if (!t || (k < nameStart - 1 && /[,;:()"“”]/.test(gap(text, t, tokens[k + 1])))) return null;
    const titleLength = titleEndingAt(tokens, k);
    if (!titleLength) continue;
    if (isRelation(t.key)) return null;
    const role = roleEndingAt(text, tokens, k);
    if (!role) return null;
    // "Like other critics of the canal, Huete-Perez wants …": a comparison, not a role.
    const roleStart = k - role.size + 1;
    if (tokens.slice(Math.max(0, roleStart - 3), roleStart).some((w) => /^(?:like|unlike)$/.test(w.key))) return null;
    // "Moving forward, Swift has …": a participle opening the sentence, not a title. "Behind his
    // head, Haoyu …": a lone "head" is the body's (a post is "the head of …", "department head").
    const opener = tokens[roleStart];
    if (roleStart === 0 && opener && /^\p{L}{2,}ing$/u.test(opener.key) && !isRoleModifier(opener.key)) return null;
    if (role.size === 1 && t.key === 'head' && before === t) return null;
    const tail = text.slice(t.end, before.end + (before.dotted ? 1 : 0));
    // A quotation mark after the comma closes the title only if the title opened it; else it ends a
    // quote ("He was an expert in his job," Marquez said).
    const quoted = /["”]/.test(comma);
    if (quoted && !/["“]/.test(text.slice(tokens[roleStart - 1]?.end ?? 0, t.start))) return null;
    // "director of public prosecutions": a title ending in "of" or "for" takes the body it heads.
    // Not in a masthead: "the Argus Leader of Sioux Falls" is a newspaper (an unknown capitalised
    // word right before the title makes it a name).
    const lead = tokens[k - titleLength];
    const masthead = !!lead && isCapitalised(lead) && !lead.possessive && tagsOf(lead.key).length === 0;
    const takesObject = /^(?:of|for)$/.test(t.key) && countWords(tail) <= 4 && !masthead;
    if (tail && !takesObject && !/^(?:['’]s)?\s+(?:for|of|at|in|on|to)\s/.test(tail) && tail.trim()) return null;
    return { ...role, text: withoutStrayQuotes(`${role.text}${tail}`.trim()) };
  }
  return null;
}

/** Quotation marks that open or close nothing inside the role go: China's charismatic "Internet Czar. */
function withoutStrayQuotes(role: string): string {
  const straight = (role.match(/"/g) ?? []).length;
  const open = (role.match(/“/g) ?? []).length;
  const close = (role.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open !== close ? role.replace(/["“”]/g, '') : role;
}

/**
 * "China's ambassador to Britain Liu Xiaming": a title, then "to"/"of"/"for" and one capitalised
 * place or body, right before the name.
 */
export function titleThenPlace(text: string, tokens: readonly Token[], nameStart: number): RoleText | null {
  const place = tokens[nameStart - 1];
  const prep = tokens[nameStart - 2];
  const title = tokens[nameStart - 3];
  const name = tokens[nameStart];
  const surname = tokens[nameStart + 1];
  if (!place || !prep || !title || !name || !isCapitalised(place) || !/^(?:to|of|for)$/.test(prep.key)) return null;
  // A full name follows ("Liu Xiaming"), not one more word of the body ("for U.S. Immigration").
  if (!surname || !isCapitalised(surname) || !/^\s+$/.test(gap(text, name, surname))) return null;
  if (!/^\s+$/.test(gap(text, place, name)) || !/^\s+$/.test(gap(text, title, prep))) return null;
  const base = roleEndingAt(text, tokens, nameStart - 3);
  return base ? { ...base, text: `${base.text}${text.slice(title.end + (title.dotted ? 1 : 0), place.end)}` } : null;
}

/**
 * "founding members Tom Johnston, Michael McDonald and John McFee": a plural title before the first
 * name of a list is the role of each name in it. `between` is the text from the previous name.
 */
export function sharedRole(previous: RoleText | null, between: string): RoleText | null {
  if (!previous || !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(between)) return null;
  return isPluralRole(previous) ? previous : null;
}

/** A role whose last word is the plural of a role noun: "founding members", "film makers". */
export function isPluralRole(role: RoleText): boolean {
  const last = role.head.split(' ').at(-1) ?? '';
  return last !== stem(last) && isRoleNoun(stem(last));
}

/**
 * "His father, Chaim Herzog", "the son of former President Richard von Weizsäcker": the name at
 * token `start` is introduced as somebody's relative, not as the one the story is about.
 */
export function introducedAsRelative(text: string, tokens: readonly Token[], start: number): boolean {
  // The few words before the name: a bounded window keeps huge one-sentence blocks linear.
  const at = tokens[start]?.start ?? 0;
  const before = text.slice(Math.max(0, at - 80), at);
  const pronoun = /\b(?:his|her|their)\s+(?:\p{L}+\s+)?(\p{L}+)\s*,?\s*$/iu.exec(before);
  if (pronoun && isRelation((pronoun[1] ?? '').toLowerCase())) return true;
  const of = /\b(\p{L}+)\s+of\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.exec(before);
  return !!of && isRelation((of[1] ?? '').toLowerCase());
}

/** True when the role is an office (government, court, police, military, organisation). */
export function isOfficeRole(role: RoleText): boolean {
  if (headIsOffice(role)) return true;
  if (/\b(?:lawyer|attorney)\b/i.test(role.head)) return false;
  return PUBLIC_BODY.test(role.text) || /\b\p{Lu}{2,5}\b/u.test(role.text);
}

const headIsOffice = (role: RoleText) => isOffice(role.head) || isOffice(stem(role.head));
const PUBLIC_BODY = /\b(?:police|government|ministry|department|agency|army|navy|military|court)\b/;

/** An office by its own words, not by an acronym in it ("winner of the ATP 250 event" holds none). */
export function namesOffice(role: RoleText): boolean {
  return headIsOffice(role) || PUBLIC_BODY.test(role.text);
}
