import { JOINED_ARTICLE, NAME_PARTICLE } from './knowledge';
import type { Mention } from './mentions';
import { isCommonWord, isFirstName, isPersonName, tagsOf } from './words';

/** One person: every mention of them, full name first. */
export interface Entity {
  keys: string[];
  mentions: Mention[];
  first: number;
}

/** Name suffixes: "Jr.", "III". */
export const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
/** The name without suffixes and initials: what a bare surname or first name is compared with. */
const core = (keys: readonly string[]) => keys.filter((k) => !SUFFIX.test(k) && k.length > 1);

type Gender = 'm' | 'f' | null;
const HONORIFIC_GENDER: Record<string, Gender> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
};

/** How far each entity's mentions were read for an honorific, and what it said. */
const honorificScans = new WeakMap<Entity, { read: number; gender: Gender }>();

/**
 * The gender a person's first name or first gendered honorific says. Mentions are only ever added
 * to an entity, so the search resumes where it stopped: asked once per later mention, a rescan of
 * a name mentioned thousands of times would make the merge quadratic.
 */
function genderOf(e: Entity): Gender {
  const tags = tagsOf(e.keys[0] ?? '');
  if (e.keys.length > 1 && tags.includes('MaleName')) return 'm';
  if (e.keys.length > 1 && tags.includes('FemaleName')) return 'f';
  let scan = honorificScans.get(e);
  if (!scan) {
    scan = { read: 0, gender: null };
    honorificScans.set(e, scan);
  }
  while (!scan.gender && scan.read < e.mentions.length) {
    scan.gender = HONORIFIC_GENDER[e.mentions[scan.read]?.honorific ?? ''] ?? null;
    scan.read++;
  }
  return scan.gender;
}

function addTo(e: Entity, m: Mention): void {
  e.mentions.push(m);
  e.first = Math.min(e.first, m.order);
}

const newEntity = (m: Mention): Entity => ({ keys: m.keys, mentions: [m], first: m.order });

/**
 * "Jessica McCarty" is "Jessica Lacey McCarty"; "Said Musallam" is not "Mohamed Said Ismail Musallam".
 * A surname that starts with a particle is the end of the full name ("Bin Laden", "Osama bin Laden").
 */
function shortFormOf(shortForm: Entity, longForm: Entity): boolean {
  const s = core(shortForm.keys);
  const l = core(longForm.keys);
  if (s.length < 2 || s.length >= l.length) return false;
  if (NAME_PARTICLE.test(s[0] ?? '')) return l.slice(-s.length).join(' ') === s.join(' ');
  if (s[0] === l[0] && s[s.length - 1] === l[l.length - 1]) return true;
  // "Panj Shanbe" is "Panj Shanbe Maftoon", once the article has introduced him in full: the given
  // names without the family name. Not a full name written first ("Arnold Palmer", then the
  // "Arnold Palmer Invitational").
  return longForm.first < shortForm.first && !KUNYA.test(s[0] ?? '') && l.slice(0, s.length).join(' ') === s.join(' ');
}

/** "Abu Bakr" (a kunya, "father of Bakr") names many people: not a short form of "Abu Bakr al-Baghdadi". */
const KUNYA = /^(?:abu|abou|umm|ibn|bin|ben)$/;

/**
 * "Pat Carlineo" is "Patrick Carlineo"; "Patrick W. Carlineo" and "Patrick Carlineo Jr." are too:
 * the same surname, and the same first name up to an initial, a suffix or a short form of it
 * (three letters or more, a prefix of the other). "Hunter Biden" is never "Joe Biden".
 */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

function nicknameOf(a: Entity, b: Entity): boolean {
  const x = core(a.keys);
  const y = core(b.keys);
  if (x.length !== 2 || y.length !== 2 || x[1] !== y[1] || !sameFirstName(x[0] ?? '', y[0] ?? '')) return false;
  const ga = genderOf(a);
  const gb = genderOf(b);
  return !ga || !gb || ga === gb;
}

/**
 * "Zelensky" / "Zelenskiy", "Decker" / "Dekker": one letter added, dropped, changed or swapped in
 * a long surname, same first letter. Articles misspell names; two people that close are rarer.
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Entities by the words a one-word mention can match, in article order (built once, not per mention). */
interface NameIndex {
  full: Entity[];
  /** How often each person is introduced by a full name, fixed before one-word names join. */
  fullMentions: Map<Entity, number>;
  bySurname: Map<string, Entity[]>;
  byFirst: Map<string, Entity[]>;
  single: Map<string, Entity[]>;
}

function push(map: Map<string, Entity[]>, key: string, e: Entity): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function addToIndex(index: NameIndex, e: Entity): void {
  if (e.keys.length > 1) {
    const c = core(e.keys);
    index.full.push(e);
    // "Y, also known as X": X is another name of Y, not a person the article introduces.
    index.fullMentions.set(e, e.mentions.filter((m) => m.keys.length > 1 && !m.aliasOfPrevious).length);
    const surname = c.at(-1) ?? '';
    push(index.bySurname, surname, e);
    // "el-Sisi" is also written "Sisi".
    const bare = JOINED_ARTICLE.test(surname) ? surname.slice(surname.indexOf('-') + 1) : '';
    if (bare.length >= 3) push(index.bySurname, bare, e);
    // "Walter Ngai Kai-shu": a Chinese given name written last has the surname before it.
    const written = e.mentions.find((m) => m.keys.length === e.keys.length)?.words ?? [];
    if (c.length >= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(written.at(-1) ?? ''))
      push(index.bySurname, c.at(-2) ?? '', e);
    push(index.byFirst, c[0] ?? '', e);
  } else push(index.single, e.keys[0] ?? '', e);
}

function indexNames(entities: readonly Entity[]): NameIndex {
  const index: NameIndex = {
    full: [],
    fullMentions: new Map(),
    bySurname: new Map(),
    byFirst: new Map(),
    single: new Map(),
  };
  for (const e of entities) addToIndex(index, e);
  return index;
}

/** No owner: nobody has that name, or two people share it and the article does not say which. */
const AMBIGUOUS = 'ambiguous';

/**
 * Of several people who share a surname ("Hunter Biden", "Joe Biden"), the one a bare "Biden"
 * means: the one whose role the mention's title repeats ("President Biden"); else, leaving out
 * those introduced as a relative ("his father, Chaim Herzog"), the one the article names in full
 * at least twice as often as any other, or the first it introduced (the one it is about).
 * Nobody when every candidate was introduced as a relative.
 */
function chooseAmong(m: Mention, candidates: readonly Entity[], index: NameIndex): Entity | typeof AMBIGUOUS {
  if (m.role) {
    const head = m.role.head;
    const titled = candidates.filter((e) => e.mentions.some((x) => x.role?.head === head));
    if (titled.length === 1) return titled[0] as Entity;
  }
  const main = candidates.filter((e) => !e.mentions.find((x) => x.keys.length > 1)?.relative);
  const ranked = main
    .map((e) => ({ e, n: index.fullMentions.get(e) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.e.first - b.e.first);
  const [top, next] = ranked;
  if (!top) return AMBIGUOUS;
  if (!next || top.n >= 2 * next.n) return top.e;
  return main.reduce((a, b) => (b.first < a.first ? b : a));
}

/** Whom a one-word mention ("Blinken", "Mr Qin", "Tammy") names, if anyone. */
function ownerOf(m: Mention, index: NameIndex): Entity | typeof AMBIGUOUS | null {
  const key = m.keys[0] ?? '';
  const want = HONORIFIC_GENDER[m.honorific ?? ''] ?? null;
  const fits = (e: Entity) => {
    const g = genderOf(e);
    return !want || !g || g === want;
  };
  const bySurname = index.bySurname.get(key)?.filter(fits) ?? [];
  if (bySurname.length > 1) return chooseAmong(m, bySurname, index);
  // The person the article introduced with that name.
  const exact = bySurname[0] ?? index.byFirst.get(key)?.find(fits) ?? index.single.get(key)?.find(fits);
  if (exact) return exact;
  // A misspelt surname names the one person whose surname it nearly is.
  const variants = index.full.filter((e) => fits(e) && spellingVariant(core(e.keys).at(-1) ?? '', key));
  return variants.length === 1 ? (variants[0] as Entity) : null;
}

/**
 * A one-word name standing alone is a person when something says so, not merely its capital: the
 * recogniser is sure of it, or the grammar treats it as a person ("… happy," Kaka said), though the
 * recogniser only thinks it likely.
 */
function standsAlone(m: Mention): boolean {
  const key = m.keys[0] ?? '';
  if (/^\p{Lu}+$/u.test(m.words[0] ?? '')) return false;
  if (m.honorific || m.listed) return true;
  return (m.evidence === 2 || m.personCue) && (!isCommonWord(key) || (isPersonName(key) && !isFirstName(key)));
}

/**
 * Full names taken for people: one sure mention is enough; likely ones count unless some mention
 * uses the words as a thing; a surname that stands alone as a person vouches for its full name.
 */
function acceptedNames(mentions: readonly Mention[]): Set<Mention> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.keys.length < 2) continue;
    const key = m.keys.join(' ');
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const strongSingles = new Set(mentions.filter((m) => m.keys.length === 1 && m.evidence === 2).map((m) => m.keys[0]));
  const accepted = new Set<Mention>();
  for (const group of groups.values()) {
    const sure = group.some((m) => m.evidence === 2);
    const likely = group.some((m) => m.evidence === 1) && !group.some((m) => m.thingLike);
    const vouched = strongSingles.has(core(group[0]?.keys ?? []).at(-1)) && !group.some((m) => m.thingLike);
    if (sure || likely || vouched) for (const m of group) accepted.add(m);
  }
  // "X, also known as Y": when one of the two names is a person, so is the other.
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    if (!m.aliasOfPrevious || !previous || !(accepted.has(m) || accepted.has(previous))) return;
    for (const x of [m, previous]) {
      if (x.keys.length < 2) continue;
      for (const same of groups.get(x.keys.join(' ')) ?? []) accepted.add(same);
    }
  });
  return accepted;
}

/** Joins the people that "also known as" links say are one. */
function joinAliases(mentions: readonly Mention[], owner: Map<Mention, Entity>, entities: Entity[]): void {
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    const mine = owner.get(m);
    const theirs = previous && owner.get(previous);
    if (!m.aliasOfPrevious || !mine || !theirs || mine === theirs) return;
    for (const x of mine.mentions) {
      addTo(theirs, x);
      owner.set(x, theirs);
    }
    entities.splice(entities.indexOf(mine), 1);
  });
}

/**
 * Groups mentions into people: full names define them; shorter forms, bare surnames, first
 * names and "also known as" names join the person they name; never two full names that differ.
 */
export function mergeMentions(mentions: readonly Mention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  const owner = new Map<Mention, Entity>();
  const accepted = acceptedNames(mentions);
  for (const m of mentions) {
    if (!accepted.has(m)) continue;
    const key = m.keys.join(' ');
    let entity = byKey.get(key);
    if (entity) addTo(entity, m);
    else {
      entity = newEntity(m);
      byKey.set(key, entity);
      entities.push(entity);
    }
    owner.set(m, entity);
  }
  // Short forms join the longer full name they abbreviate.
  for (const e of [...entities]) {
    const long = entities.find((o) => o !== e && shortFormOf(e, o));
    if (!long) continue;
    for (const m of e.mentions) addTo(long, m);
    entities.splice(entities.indexOf(e), 1);
  }
  // "Patrick W. Carlineo", "Pat Carlineo": one person written several ways joins its first form.
  const bySurname = new Map<string, Entity[]>();
  for (const e of entities) {
    if (core(e.keys).length === 2) push(bySurname, core(e.keys)[1] ?? '', e);
  }
  for (const group of bySurname.values()) {
    for (const e of group.slice(1)) {
      const first = group.find((o) => o !== e && entities.includes(o) && nicknameOf(o, e));
      if (!first || entities.indexOf(first) > entities.indexOf(e)) continue;
      for (const m of e.mentions) addTo(first, m);
      entities.splice(entities.indexOf(e), 1);
    }
  }
  // "Sam Decker" and "Sam Dekker": a misspelt surname written once is the better-attested person.
  // Two spellings that each recur are two people ("Mr Qin" and "Mr Quin" both used).
  const attested = new Map<string, number>();
  for (const m of mentions) {
    const key = core(m.keys).at(-1) ?? '';
    attested.set(key, (attested.get(key) ?? 0) + 1);
  }
  for (const e of [...entities]) {
    const k = core(e.keys);
    const surname = k.at(-1) ?? '';
    if ((attested.get(surname) ?? 0) > 1) continue;
    const same = entities.filter((o) => {
      const ok = core(o.keys);
      return (
        o !== e &&
        ok.length === k.length &&
        ok[0] === k[0] &&
        (attested.get(ok.at(-1) ?? '') ?? 0) > 1 &&
        spellingVariant(ok.at(-1) ?? '', surname)
      );
    });
    const target = same.length === 1 ? same[0] : undefined;
    if (!target) continue;
    for (const m of e.mentions) addTo(target, m);
    entities.splice(entities.indexOf(e), 1);
  }
  entities.sort((a, b) => a.first - b.first);
  // One-word names: those that stand alone as people first, then every mention to its owner.
  const index = indexNames(entities);
  for (const m of mentions) {
    if (m.keys.length !== 1 || ownerOf(m, index) !== null || !standsAlone(m)) continue;
    const alone: Entity = { keys: m.keys, mentions: [], first: m.order };
    entities.push(alone);
    addToIndex(index, alone);
  }
  for (const m of mentions) {
    if (m.keys.length !== 1) continue;
    const entity = ownerOf(m, index);
    if (!entity || entity === AMBIGUOUS) continue;
    addTo(entity, m);
    owner.set(m, entity);
  }
  entities.splice(0, entities.length, ...entities.filter((e) => e.mentions.length > 0));
  joinAliases(mentions, owner, entities);
  return entities;
}
