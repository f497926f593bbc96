import type { Person, Sentence } from '../types';
import { AUTHOR_NOTE, BACK_MATTER, CREDIT_LINES, DEITIES } from './knowledge';
import { type Mention, mentionsIn } from './mentions';
import { type Entity, mergeMentions, SUFFIX } from './merge';
import { definiteRole, isOfficeRole } from './roles';
import type { TagHistory } from './tagger';
import { isCommonWord, isFirstName, isPersonName, tagsOf } from './words';

/** A name or role as one line of text. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The mention with the most name words: the person's fullest name. */
const fullestOf = (e: Entity) => e.mentions.reduce((a, m) => (m.keys.length > a.keys.length ? m : a));

/** Something only people get comes with a mention: an honorific, a role, "X said", a list of people. */
const cued = (e: Entity) => e.mentions.some((m) => m.honorific || m.role || m.personCue || m.listed);

function toPerson(e: Entity): Person & { first: number } {
  const byOrder = [...e.mentions].sort((a, b) => a.order - b.order);
  const fullest = byOrder.reduce(
    (best, m) => (m.keys.length > best.keys.length ? m : best),
    byOrder[0] as Entity['mentions'][number],
  );
  const name = plain(fullest.keys.length > 1 || !fullest.honorific ? fullest.words.join(' ') : fullest.surface);
  const aliases: string[] = [];
  for (const m of byOrder) {
    for (const form of [plain(m.surface), plain(m.words.join(' '))]) {
      if (form !== name && !aliases.includes(form)) aliases.push(form);
    }
  }
  const withRole = byOrder.find((m) => m.role);
  const role = withRole?.role ?? null;
  return {
    name,
    role: role ? plain(role.text) : null,
    official: role ? isOfficeRole(role) : false,
    aliases,
    mentions: e.mentions.length,
    evidence: withRole?.sentence.text ?? null,
    first: e.first,
  };
}

/**
 * "Sam Smith does not want his weight to 'Stay With Me.' The Grammy-winning singer has shed 14
 * pounds": a sentence that opens with the person's name and names nobody else, then one whose
 * subject is "the" and a role (definiteRole), gives that person the role when the article gives
 * none otherwise.
 */
function rolesFromNextSentence(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  story: readonly Sentence[],
): void {
  const next = new Map<Sentence, Sentence>();
  story.forEach((s, k) => {
    const after = story[k + 1];
    if (after && after.block === s.block) next.set(s, after);
  });
  const inSentence = new Map<Sentence, Mention[]>();
  for (const m of mentions) {
    const found = inSentence.get(m.sentence);
    if (found) found.push(m);
    else inSentence.set(m.sentence, [m]);
  }
  for (const e of entities) {
    if (e.mentions.some((m) => m.role)) continue;
    for (const m of e.mentions) {
      const following = next.get(m.sentence);
      const opens = /^\W*(?:\(CNN\)\s*)?$/.test(
        m.sentence.text.slice(0, Math.max(0, m.sentence.text.indexOf(m.surface))),
      );
      const alone = (inSentence.get(m.sentence) ?? []).every((o) => e.mentions.includes(o));
      const role = following && opens && alone ? definiteRole(following.text) : null;
      if (!role) continue;
      m.role = role;
      break;
    }
  }
}

/**
 * The mentions of names the article shows are not people's somewhere: a character of a film, a
 * series or a book ("Spock may be the most important character", "Roberts' character, Vivian"), an
 * animal ("her horse Birkhofs Dave"); `notPeople` holds the name words mentionsIn met so. Every
 * other mention of such a name is the same, and so are the names listed with one ("Captain Kirk,
 * Mr. Spock, and Dr. McCoy"). A one-word name stands for the first or last word of a fuller one
 * ("Vivian" of "Vivian Ward").
 */
function notPeopleAmong(mentions: readonly Mention[], notPeople: ReadonlySet<string>): Set<Mention> {
  const out = new Set<Mention>();
  if (notPeople.size === 0) return out;
  const named = (m: Mention) =>
    notPeople.has(m.keys.join(' ')) || notPeople.has(m.keys[0] ?? '') || notPeople.has(m.keys.at(-1) ?? '');
  const queue = mentions.filter(named);
  for (let m = queue.pop(); m; m = queue.pop()) {
    if (out.has(m)) continue;
    out.add(m);
    for (const peer of m.list ?? []) if (!out.has(peer)) queue.push(peer);
  }
  return out;
}

/**
 * Whether the article vouches for a recognised name as a person's, beyond its capitals: a
 * mention has an honorific, a role, or grammar only people get ("X said", "X, who", "X's wife");
 * or its fullest form is a full name that starts with a known first name or is not made of
 * ordinary words. A lone word ("Charlotte" in a list of venues, "Lowe's" the store, "Alexa")
 * and a run of ordinary words ("Digital Intuition", "Cyber Monday") need such a cue.
 */
export function vouched(e: Entity): boolean {
  const fullest = fullestOf(e);
  // "North Carolina said": the dictionary knows the whole name as a place or a body.
  if (fullest.keys.length > 1 && tagsOf(fullest.keys.join(' ')).some((t) => PLACE_OR_BODY.test(t))) return false;
  if (cued(e)) return true;
  if (fullest.keys.length < 2) return knownSurname(e);
  const last = fullest.keys.filter((k) => !SUFFIX.test(k)).at(-1) ?? '';
  if (ABSTRACT_ENDING.test(last)) return false;
  const first = fullest.keys[0] ?? '';
  // "Taylor Swift": a first word the dictionary knows only as a person's name vouches too.
  return (
    isFirstName(first) ||
    (isPersonName(first) && !isCommonWord(first)) ||
    !(isCommonWord(last) || fullest.keys.every(isCommonWord))
  );
}

/**
 * A lone surname the dictionary knows as one ("Obama", "Putin"), written at least twice and each
 * time sure to the recogniser: the article treats it as the person everyone knows.
 */
function knownSurname(e: Entity): boolean {
  const key = e.keys[0] ?? '';
  const sure = e.mentions.filter((m) => m.evidence === 2).length;
  return sure >= 2 && sure === e.mentions.length && isPersonName(key) && !isFirstName(key) && !isCommonWord(key);
}

const PLACE_OR_BODY = /^(?:Country|City|Region|Place|Organization)$/;

/**
 * Endings of English abstract nouns that no surname has ("-tion", "-ity", "-ology"): a name
 * ending in one ("Connectivity Technology", "Evidence Action") is a product's or a body's.
 */
const ABSTRACT_ENDING = /(?:tion|sion|ity|ism|ment|ness|ology|ship|ics)$/;

/**
 * How much of a very long page the person recogniser reads: an article introduces its people
 * early, and tagging every word of a 60,000-word page would keep the reader waiting for seconds.
 */
export const PEOPLE_MAX_WORDS = 30_000;

/** The first sentences of the article, up to `max` words. */
function upTo(max: number, sentences: readonly Sentence[]): readonly Sentence[] {
  // A sentence splits into at most one word more than its characters: short stories need no count.
  let most = 0;
  for (const s of sentences) most += s.text.length + 1;
  if (most <= max) return sentences;
  let words = 0;
  const end = sentences.findIndex((s) => {
    words += s.text.split(/\s+/).length;
    return words > max;
  });
  return end < 0 ? sentences : sentences.slice(0, end);
}

/**
 * Whether a sentence says something beyond the name in it: a name alone on its line ("Herbert
 * Dürr" in a table of commits, a caption's "Vanessa Hicks", a byline) names someone without telling
 * the reader anything about them. A line listing several people (a team) or giving their figures
 * ("A. Gurusinha run out 16") says something.
 */
function saysSomething(sentence: Sentence, mentions: readonly Mention[]): boolean {
  // "A: Lebron James": an answer in an interview says something.
  if (mentions.length === 0 || /^\s*\p{Lu}{1,2}\s*:/u.test(sentence.text)) return true;
  // A heading in title case ("The Obituary of Tunde Johnson", a film in a list) names a work or a
  // section: like a name alone, it tells nothing about the people in it.
  if (isTitleCaseHeading(sentence.text)) return false;
  let rest = sentence.text;
  for (const m of mentions) rest = rest.replace(m.surface, ' ');
  // A list of names says something; names the recogniser split ("Armin Le" "Grand") are one name.
  return /\p{L}{2,}|\d|[,;&]/u.test(rest);
}

/** Small words a title-case heading leaves in lower case. */
const HEADING_SMALL_WORDS = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs?)$/;

/**
 * A short line without closing punctuation, a list's commas or figures, whose words are all
 * capitalised but for small ones: "The Obituary of Tunde Johnson", "Doctor Strange".
 */
function isTitleCaseHeading(text: string): boolean {
  const line = text.trim();
  // Closing punctuation ends a sentence; a comma lists names (a team); figures make a table's row.
  if (/[.!?:;"”)]$/.test(line) || /[,;&\d]/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 10) return false;
  return words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && HEADING_SMALL_WORDS.test(w)));
}

/**
 * "Firefox Sync", "Netscape Communicator": a full name whose first word, not a first name, the
 * article also writes at least twice outside any name it took for a person names a product or a
 * body's part, not someone. A cue that only people get ("X said") outweighs it.
 */
function namesAThing(e: Entity, mentions: readonly Mention[], text: () => string): boolean {
  if (cued(e)) return false;
  const fullest = fullestOf(e);
  const word = fullest.words[0] ?? '';
  if (fullest.keys.length < 2 || isFirstName(fullest.keys[0] ?? '') || !/^\p{Lu}\p{L}+$/u.test(word)) return false;
  const written = standalone(text(), word);
  const inNames = mentions.filter((m) => m.words.includes(word)).length;
  return written - inNames >= 2;
}

/** Right before a name: a preposition of place ("in Casal di Principe", "near Cayo Largo"). */
const IN_PLACE = /\b(?:in|near|outside)\s+$/i;

/**
 * "Casal di Principe", "Villa Literno": a name with no first name that the article writes only
 * after "in" or "near" (not "in Van Gogh's painting"), and never with a cue only people get, names
 * a place.
 */
function namesAPlace(e: Entity): boolean {
  if (cued(e) || isFirstName(fullestOf(e).keys[0] ?? '')) return false;
  return e.mentions.every((m) => {
    const at = m.sentence.text.indexOf(m.surface);
    if (at < 0) return false;
    // "in Van Gogh's famous painting": the painting is in the place, the name is a person's.
    const possessive = /^['’]s?\b/.test(m.sentence.text.slice(at + m.surface.length));
    return !possessive && IN_PLACE.test(m.sentence.text.slice(0, at));
  });
}

/**
 * How often `word` (letters only) is written in `text` as a word of its own: what
 * `` text.match(new RegExp(`(?<![\\p{L}\\p{N}'’-])${word}(?![\\p{L}\\p{N}-])`, 'gu'))?.length ?? 0 `` counts, without a
 * regex built for each name.
 */
function standalone(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && JOINS_BEFORE.test(codePointBefore(text, at))) continue;
    const end = at + word.length;
    if (end < text.length && JOINS_AFTER.test(String.fromCodePoint(text.codePointAt(end) as number))) continue;
    n++;
  }
  return n;
}

const JOINS_BEFORE = /^[\p{L}\p{N}'’-]$/u;
const JOINS_AFTER = /^[\p{L}\p{N}-]$/u;

/** The character (a surrogate pair read as one) that ends right before `at`. */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.charAt(at - 1);
}

/** Whether a sentence is a credit line (CREDIT_LINES); "follow X on Twitter" only read when the text has the verb. */
function isCreditLine(text: string): boolean {
  for (const p of CREDIT_LINES) {
    if (p === FOLLOW_ON && !/follow|contact/i.test(text)) continue;
    if (p.re.test(text)) return true;
  }
  return false;
}

/** The one credit-line pattern that is slow to fail: "follow|contact" with case folding over the whole sentence. */
const FOLLOW_ON = CREDIT_LINES.find((p) => p.re.source.startsWith('\\b(?:follow|contact) '));

/**
 * Finds the named people of an article: full names ("Antony Blinken") with later mentions
 * ("Mr Blinken", "Blinken's", "President Xi") merged, each with the role the article gives them
 * and the sentence that says so. Officials come first, then by mentions and first appearance.
 */
export function findPeople(sentences: readonly Sentence[]): Person[] {
  // A credit line opens its block: the rest of the block is the same entry ("^ Levintova, Hannah
  // (7 April 2014). … article on motherjones.com").
  const creditBlocks = new Set<number>();
  const creditLines = new Set<Sentence>();
  let block = -1;
  for (const s of sentences) {
    const opensBlock = s.block !== block;
    block = s.block;
    // After a credit, the author's note is one too ("… also contributed to this report. Kristin
    // Braswell is a Brooklyn-based journalist."); before any, such a sentence is the story's.
    if (!isCreditLine(s.text) && !(creditLines.size > 0 && AUTHOR_NOTE.test(s.text))) continue;
    creditLines.add(s);
    if (opensBlock) creditBlocks.add(s.block);
  }
  // The back matter ends the story (not a contents line at the top that names it).
  const end = sentences.findIndex((s) => s.index >= 5 && BACK_MATTER.test(s.text.trim()));
  const story = upTo(PEOPLE_MAX_WORDS, end < 0 ? sentences : sentences.slice(0, end)).filter(
    (s) => !creditBlocks.has(s.block) && !creditLines.has(s),
  );
  const history: TagHistory = new Map();
  const notPeople = new Set<string>();
  const bare = new Set<Mention>();
  const mentions = story.flatMap((s) => {
    const found = mentionsIn(s, history, notPeople);
    if (!saysSomething(s, found)) for (const m of found) bare.add(m);
    return found;
  });
  // A name-only line completes a person the article talks about ("Capt. Zaharie Ahmad Shah?"),
  // but makes nobody a person of the article on its own.
  // The story's text, joined only when a name needs it.
  let joined: string | undefined;
  const text = () => (joined ??= story.map((s) => s.text).join('\n'));
  const notPersons = notPeopleAmong(mentions, notPeople);
  const entities = mergeMentions(mentions);
  rolesFromNextSentence(entities, mentions, story);
  return entities
    .filter((e) => !e.mentions.some((m) => notPersons.has(m)) && !DEITIES.has(fullestOf(e).keys.join(' ')))
    .filter((e) => e.mentions.some((m) => !bare.has(m)))
    .filter(vouched)
    .filter((e) => !namesAPlace(e))
    .filter((e) => !namesAThing(e, mentions, text))
    .map(toPerson)
    .sort((a, b) => Number(b.official) - Number(a.official) || b.mentions - a.mentions || a.first - b.first)
    .map(({ first: _, ...person }) => person);
}
