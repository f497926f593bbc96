import nlp from 'compromise';
import type { Person, Sentence } from '../types';
import { HONORIFICS, NEVER_NAME, NOT_PERSON_WORDS, OFFICE_TITLES } from './titles';

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Mention {
  /** Name tokens without honorific or title ("Antony Blinken", "Blinken"). */
  name: string[];
  /** The form written in the text, honorific included ("Mr Blinken"). */
  surface: string;
  role: string | null;
  sentence: Sentence;
  /** True when a title or honorific stood before the name. */
  titled: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const CONNECTORS = new Set(['of', 'bin', 'al', 'de', 'van', 'von', 'da', 'du', 'del', 'la', 'le', 'di']);
const TITLE_WORDS = OFFICE_TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

function tokens(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => {
    const raw = m[0].replace(/[.]+$/, '').replace(/['’]s?$/, '');
    const start = m.index ?? 0;
    return { text: raw, start, end: start + raw.length };
  });
}

const isCap = (t: string) => /^\p{Lu}/u.test(t);
const tagOf = (word: string): string[] => {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
};
const isFirstName = (w: string) => tagOf(w).some((t) => /^(FirstName|MaleName|FemaleName)$/.test(t));
const isPlace = (w: string) =>
  tagOf(w).some((t) => /^(Country|City|Region|Place|Organization|Demonym|Month|WeekDay)$/.test(t));

/** Length of the office title that ends at token `end` (exclusive), or 0. */
function titleEndingAt(words: string[], end: number): number {
  for (const title of TITLE_WORDS) {
    const start = end - title.length;
    if (start < 0) continue;
    if (title.every((w, k) => words[start + k]?.toLowerCase() === w)) return title.length;
  }
  return 0;
}

/** The role written right before a name: "Chinese Foreign Minister", "China's top diplomat". */
function roleBefore(text: string, toks: Token[], at: number): string | null {
  const words = toks.map((t) => t.text);
  const len = titleEndingAt(words, at);
  if (!len) return null;
  let start = at - len;
  while (start > 0) {
    const prev = toks[start - 1];
    if (
      !prev ||
      !isCap(prev.text) ||
      NEVER_NAME.has(prev.text.toLowerCase()) ||
      HONORIFICS.has(prev.text.toLowerCase())
    )
      break;
    if (/\s{2,}|[,;:()"“”]/.test(text.slice(prev.end, toks[start]?.start))) break;
    start--;
  }
  const first = toks[start];
  const last = toks[at - 1];
  return first && last ? text.slice(first.start, last.end) : null;
}

/** An appositive right after a name: "Wang Yi, China's top diplomat," / "Yellen, the Treasury Secretary". */
function roleAfter(text: string, end: number): string | null {
  const m = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”]{2,80}?)(?=[,.;]|$)/.exec(text.slice(end));
  if (!m?.[1]) return null;
  const phrase = m[1];
  const words = phrase.split(/\s+/);
  if (words.length > 9) return null;
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 1; i <= lower.length; i++) {
    if (titleEndingAt(lower, i)) return phrase;
  }
  return null;
}

function mentionsIn(sentence: Sentence): Mention[] {
  const text = sentence.text;
  const toks = tokens(text);
  const found: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i];
    if (!tok || !isCap(tok.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length) {
      const t = toks[j];
      const next = toks[j + 1];
      if (t && isCap(t.text)) j++;
      else if (t && next && CONNECTORS.has(t.text.toLowerCase()) && isCap(next.text)) j++;
      else break;
      if (/[,;:()"“”]/.test(text.slice(toks[j - 1]?.end ?? 0, toks[j]?.start ?? 0))) break;
    }
    const runStart = i;
    const run = toks.slice(i, j);
    const runWords = run.map((r) => r.text);
    i = Math.max(j, i + 1);
    // Split the run at its last title or honorific: what follows is the name.
    let nameStart = 0;
    let titled = false;
    for (let k = run.length - 1; k >= 0; k--) {
      const w = run[k]?.text.toLowerCase() ?? '';
      if (HONORIFICS.has(w) || titleEndingAt(runWords, k + 1)) {
        nameStart = k + 1;
        titled = true;
        break;
      }
    }
    const name = run.slice(nameStart);
    if (name.length === 0 || name.length > 4) continue;
    const words = name.map((t) => t.text);
    if (NEVER_NAME.has(words[0]?.toLowerCase() ?? '') && !titled) {
      if (name.length === 1) continue;
      name.shift();
      words.shift();
    }
    if (words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) continue;
    if (words.every((w) => /^\p{Lu}+$/u.test(w))) continue;
    const firstIdx = runStart + run.indexOf(name[0] as Token);
    const lastTok = name[name.length - 1] as Token;
    const honorific = nameStart > 0 && HONORIFICS.has(run[nameStart - 1]?.text.toLowerCase() ?? '');
    const surfaceStart = honorific ? (run[nameStart - 1] as Token).start : (name[0] as Token).start;
    const role = (honorific ? null : roleBefore(text, toks, firstIdx)) ?? roleAfter(text, lastTok.end);
    found.push({
      name: words,
      surface: text.slice(surfaceStart, lastTok.end).replace(/['’]s?$/, ''),
      role,
      sentence,
      titled,
    });
  }
  return found;
}

function looksLikePerson(m: Mention, honorificNames: Set<string>): boolean {
  const first = m.name[0] ?? '';
  if (m.name.some((w) => CONNECTORS.has(w.toLowerCase()) && w.toLowerCase() === 'of')) return false;
  if (m.name.length === 1) return m.titled && !isPlace(first);
  if (isPlace(first) && !isFirstName(first)) return false;
  const last = (m.name[m.name.length - 1] ?? '').toLowerCase();
  return (
    m.titled ||
    isFirstName(first) ||
    m.role !== null ||
    honorificNames.has(last) ||
    honorificNames.has(first.toLowerCase())
  );
}

const OFFICE_WORDS = new Set(OFFICE_TITLES.flatMap((t) => t.split(' ')));

interface Entry {
  person: Person;
  tokens: Set<string>;
  first: number;
}

/**
 * Finds the named people of an article: full names ("Antony Blinken") with later mentions
 * ("Mr Blinken", "Blinken's", "President Xi") merged when they name one person only, each with
 * the role the article gives them and the sentence that says so.
 */
export function findPeople(sentences: readonly Sentence[]): Person[] {
  const mentions = sentences.flatMap(mentionsIn);
  const honorificNames = new Set(
    mentions.filter((m) => m.titled && m.name.length === 1).map((m) => (m.name[0] ?? '').toLowerCase()),
  );
  const entries: Entry[] = [];
  /** Entries by name token, in creation order: the owners of a single name without a scan of all entries. */
  const byToken = new Map<string, Entry[]>();
  const track = (entry: Entry) => {
    entries.push(entry);
    for (const t of entry.tokens) {
      const owners = byToken.get(t);
      if (owners) owners.push(entry);
      else byToken.set(t, [entry]);
    }
  };
  const byKey = new Map<string, Entry>();
  const add = (entry: Entry, m: Mention) => {
    entry.person.mentions++;
    if (m.surface !== entry.person.name && !entry.person.aliases.includes(m.surface))
      entry.person.aliases.push(m.surface);
    if (!entry.person.role && m.role) {
      entry.person.role = m.role;
      entry.person.evidence = m.sentence.text;
    }
  };
  // Full names first: they define the people.
  for (const m of mentions) {
    if (m.name.length < 2 || !looksLikePerson(m, honorificNames)) continue;
    const key = m.name.join(' ').toLowerCase();
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        person: { name: m.name.join(' '), role: null, official: false, aliases: [], mentions: 0, evidence: null },
        tokens: new Set(m.name.map((w) => w.toLowerCase())),
        first: m.sentence.index,
      };
      byKey.set(key, entry);
      track(entry);
    }
    add(entry, m);
  }
  // Then single names: merged into the one full name that contains them, else their own entry when titled.
  for (const m of mentions) {
    if (m.name.length !== 1) continue;
    const word = (m.name[0] ?? '').toLowerCase();
    const owners = byToken.get(word) ?? [];
    if (owners.length === 1 && owners[0]) add(owners[0], m);
    else if (owners.length === 0 && looksLikePerson(m, honorificNames)) {
      const key = word;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          person: { name: m.surface, role: null, official: false, aliases: [], mentions: 0, evidence: null },
          tokens: new Set([word]),
          first: m.sentence.index,
        };
        byKey.set(key, entry);
        track(entry);
      }
      add(entry, m);
    }
  }
  for (const e of entries) {
    const roleWords = e.person.role?.toLowerCase().split(/\s+/) ?? [];
    e.person.official = roleWords.some((w) => OFFICE_WORDS.has(w));
  }
  return entries
    .sort(
      (a, b) =>
        Number(b.person.official) - Number(a.person.official) ||
        b.person.mentions - a.person.mentions ||
        a.first - b.first,
    )
    .map((e) => e.person);
}
