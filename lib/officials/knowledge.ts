/**
 * Knowledge as data, in the shape of a compromise plugin: `words` maps (lower-case) words and
 * phrases to tags, `tags` declares those tags. The finder reads it directly (it never tags whole
 * articles); `nlp.plugin(officialsPlugin)` also works for anyone who wants the tags in compromise.
 * Compromise's own lexicon (`Actor`, `FirstName`, `City`...) completes it at lookup time.
 */

const words = (list: string) => list.trim().split(/\s*\n\s*|\s{2,}|,\s*/);

/** Honorifics: a person follows, but they say nothing about what the person does. */
const HONORIFIC = words(`mr, mrs, ms, miss, mx, dr, sir, dame, lady, lord, messrs, mme, madam, monsieur, herr`);

/**
 * Offices, national and international: a person holding one is an official. Multi-word titles
 * are matched longest first ("secretary of state" before "secretary").
 */
const OFFICE = words(`
  president, vice president, president-elect, prime minister, deputy prime minister, premier, chancellor, vice chancellor
  vice premier, vice-premier, vice-president
  minister, foreign minister, defense minister, defence minister, finance minister, interior minister, health minister
  secretary, secretary of state, foreign secretary, home secretary, treasury secretary, commerce secretary
  defense secretary, defence secretary, health secretary, press secretary, cabinet secretary, state secretary
  secretary-general, secretary general, under secretary, undersecretary, attorney general, solicitor general
  surgeon general, postmaster general, inspector general, inspector-general, director general, director-general
  chief negotiator, czar, tsar
  senator, sen, congressman, congresswoman, representative, rep, assemblyman, assemblywoman, lawmaker, legislator
  mp, mep, mla, msp, peer, councillor, councilor, councilman, councilwoman, alderman, alderwoman, selectman
  parliamentarian, treasurer, governor, gov, lieutenant governor, mayor, deputy mayor, commissioner, high commissioner, ombudsman, speaker
  ambassador, envoy, special envoy, special representative, consul, diplomat, top diplomat, attache, emissary
  spokesman, spokeswoman, spokesperson, official, aide, adviser, advisor, chief of staff, press officer, staffer
  judge, justice, chief justice, magistrate, prosecutor, district attorney, prosecuting attorney, u.s. attorney
  solicitor, coroner, sheriff, marshal, police chief, chief constable, constable, detective, inspector
  superintendent, officer, police officer, trooper, agent, special agent, investigator, warden
  general, gen, admiral, adm, colonel, col, lieutenant colonel, major, maj, captain, capt, lieutenant, lt
  sergeant, sgt, corporal, cpl, commander, cmdr, commandant, brigadier, marshal, field marshal, soldier
  king, queen, prince, princess, crown prince, emperor, empress, sultan, emir, sheikh, monarch, regent
  pope, cardinal, archbishop, bishop, rabbi, chief rabbi, imam, ayatollah, grand ayatollah, cleric, pastor
  chief executive, chief executive officer, ceo, cfo, coo, cto, chief operating officer, chief financial officer
  chairman, chairwoman, chair, chairperson, vice chairman, president and ceo, founder, co-founder, cofounder
  director, executive director, managing director, executive, head, chief, boss, leader, party leader
  manager, general manager, coordinator, administrator, supervisor, superintendent, dean, provost, rector
  editor, editor in chief, editor-in-chief, publisher, owner, partner, principal, trustee, governor-general
  ranger, firefighter, fire chief, paramedic, scientist, researcher, analyst, economist, curator, archaeologist
  spokesman for, head of, leader of, chief of, director of
`);

/** What else people are in the news: not an office, but a role the article gives them. */
const OCCUPATION = words(`
  lawyer, attorney, defense attorney, defense lawyer, barrister, doctor, surgeon, physician, nurse
  professor, teacher, student, researcher, expert, historian, author, writer, novelist, poet, journalist
  reporter, correspondent, anchor, columnist, editor, photographer, filmmaker, director, producer, actor
  actress, singer, songwriter, musician, rapper, drummer, guitarist, bassist, pianist, composer, dancer
  comedian, artist, painter, designer, stylist, model, chef, cook, restaurateur, baker, farmer, vendor
  driver, pilot, engineer, architect, entrepreneur, businessman, businesswoman, banker, investor, tycoon
  player, striker, forward, midfielder, defender, goalkeeper, keeper, quarterback, pitcher, coach, skipper
  captain, center, guard, athlete, golfer, boxer, champion, star, legend, superstar, fan, superfan, host
  contestant, candidate, contender, activist, campaigner, organizer, organiser, blogger, vlogger, critic
  resident, neighbor, neighbour, witness, survivor, victim, suspect, defendant, plaintiff, volunteer
  ethnobotanist, biologist, botanist, anthropologist, geologist, statistician, astronomer, employee, worker
  consultant, analyst, strategist, pollster, adventurer, explorer, climber, laureate, prize winner, winner
  fellow, postdoctoral fellow, research fellow, postdoc, member, founding member, band member, physiologist
  immunologist, biochemist, microbiologist, physicist, chemist, physician
  negotiator, mediator, advocate, senior advocate, frontman, frontwoman, lead singer, multi-instrumentalist
  poetess, jockey, trainer, mountain guide, tour guide, operative, conductor, midwife, fisherman, miner
  lifeguard, caddie, referee, umpire, linebacker, shortstop, outfielder, sprinter, swimmer, cyclist
  mountaineer, cameraman, camerawoman, presenter, broadcaster, commentator, pundit, anchorman, anchorwoman
  hacker, skater, snowboarder, batsman, wicketkeeper
  navigator, medalist, medallist, gymnast, olympian, lobbyist, lecturer, rancher, trucker, juror, auditor
  waitress, janitor, bodyguard, caregiver, dentist, whistleblower, dissident, defector, migrant, labourer
  contractor, cosmonaut, hiker
`);

/** Relations: "her brother, Brandon" says who someone is to another person, not their role. */
const RELATION = words(`
  mother, father, brother, sister, son, daughter, wife, husband, boyfriend, girlfriend, partner, fiance
  fiancee, spouse, widow, widower, uncle, aunt, niece, nephew, cousin, grandfather, grandmother, grandson
  granddaughter, grandchild, child, children, boy, girl, baby, kid, teen, teenager, man, woman, person
  friend, mom, dad, parent, stepfather, stepmother, couple, family, relative, colleague
`);

/** Words before an office that belong to the role ("former", "acting", "top"). */
const ROLE_MODIFIER = words(`
  former, acting, interim, current, outgoing, incoming, deputy, assistant, associate, senior, junior, founding
  top, chief, lead, principal, vice, co, first, then, late, longtime, veteran, famed, famous, powerful
  retired, ex, newly, elected, appointed, special, regional, national, local, federal, state, county
  city, police, hospital, railway, government, military, army, navy, party, opposition, foreign, defense
  defence, finance, health, education, interior, trade, transport, justice, security, intelligence
  communications, press, public, affairs, legal, medical, district, general, head, supreme, team, club
  area, community, union, stranding, newspaper, golf, tennis, football, soccer, basketball, baseball
`);

/** Words that end the names of things, not people ("Marshall Plan", "Tinubu Square"): tagger features. */
const NOT_PERSON_HEAD = words(`
  plan, act, bill, law, doctrine, treaty, accord, amendment, rule, street, avenue, road, square, bridge
  boulevard, lane, drive, highway, hall, house, center, centre, tower, building, palace, castle, arena
  university, college, school, academy, institute, hospital, clinic, museum, library, gallery, park, zoo
  bank, group, company, corp, corporation, inc, ltd, llc, co, party, council, committee, department
  ministry, agency, office, court, airport, station, port, award, awards, prize, foundation, trust, fund
  church, cathedral, mosque, temple, stadium, river, lake, sea, ocean, bay, mountain, mount, island
  islands, valley, county, city, state, republic, kingdom, union, times, post, journal, news, magazine
  daily, herald, tribune, gazette, review, network, channel, radio, tv, cup, league, club, festival
  games, series, tour, show, brief, report, index, prison, jail, region, district, province, forum
  board, commission, authority, administration, service, survey, campaign, association, organization
  organisation, society, institution, force, guard, police, army, navy, program, programme, project
  initiative, system, hills, heights, springs, falls, beach, point, harbor, harbour, creek, village, town
  laboratory, lab, labs, war, productions, international, list, cards, protection, coast, desert, forest, canyon, peninsula, gulf, strait, channel, canal, cathedral, chapel, mall, market
  pavilion, amphitheatre, amphitheater, stage, studio, studios, exchange, health, kit, card, mode
`);

/** First words of place names ("West Virginia", "North Carolina"): tagger features. */
const PLACE_PREFIX = words(
  `north, south, east, west, northern, southern, eastern, western, central, upper, lower, new, fort, port, lake, mount, cape`,
);

/** Organisations and things named after people ("Morgan Stanley", "Marks & Spencer"). */
const NAMED_AFTER_PEOPLE = words(`
  morgan stanley, goldman sachs, wells fargo, jp morgan, j.p. morgan, marks & spencer, procter & gamble
  johnson & johnson, merrill lynch, charles schwab, dow jones, rolls royce, rolls-royce, ben & jerry
  walt disney, trump tower, trump doral, mayo clinic, nobel peace prize, nobel prize, pulitzer prize
`);

/** First names that compromise knows only as ordinary words ("Bill", "Rose"). */
const MALE_NAME = words(
  `bill, will, frank, dean, drew, gene, rob, ray, guy, rich, chuck, jack, mark, grant, bob, buck, pat, sandy, glen, wade, chase, heath, lance, miles, rod, sly`,
);
const FEMALE_NAME = words(
  `rose, hope, joy, faith, grace, dawn, june, april, may, iris, ivy, holly, summer, penny, ruby, pearl, amber, crystal, misty, sky, hazel, olive, violet, daisy, lily`,
);

/** Tags of the plugin, with what each one means. */
export const TAG_REASONS = {
  Honorific: 'a courtesy title before a name: says a person follows, not what they do',
  OfficeTitle: 'an office in government, parliament, a court, the police or military, or an organisation',
  Occupation: 'a role that is not an office: profession, sport, part in the story',
  Relation: 'a family or personal relation: not a role',
  RoleModifier: 'a word that qualifies a role ("former", "acting", "police")',
  NotPersonHead: 'a word that ends the name of a place, organisation, law or thing (a feature of the person tagger)',
  NamedAfterPerson: 'an organisation or thing that carries a person’s name',
  MaleName: 'a man’s first name that is also an ordinary word',
  FemaleName: 'a woman’s first name that is also an ordinary word',
} as const;

export type KnowledgeTag = keyof typeof TAG_REASONS;

function tagAll(tag: KnowledgeTag, list: readonly string[], into: Record<string, KnowledgeTag>): void {
  for (const w of list) if (w && !(w in into)) into[w] = tag;
}

const pluginWords: Record<string, KnowledgeTag> = {};
// Order matters when a word is in two lists: the first list wins.
tagAll('Honorific', HONORIFIC, pluginWords);
tagAll('Relation', RELATION, pluginWords);
tagAll('OfficeTitle', OFFICE, pluginWords);
tagAll('Occupation', OCCUPATION, pluginWords);
tagAll('NamedAfterPerson', NAMED_AFTER_PEOPLE, pluginWords);
tagAll('MaleName', MALE_NAME, pluginWords);
tagAll('FemaleName', FEMALE_NAME, pluginWords);

/** The knowledge as a compromise plugin (`nlp.plugin(officialsPlugin)`). */
export const officialsPlugin = {
  words: pluginWords,
  tags: {
    Honorific: { isA: 'Noun' },
    OfficeTitle: { isA: 'Noun' },
    Occupation: { isA: 'Noun' },
    Relation: { isA: 'Noun' },
    NamedAfterPerson: { isA: 'Organization' },
    MaleName: { isA: 'FirstName' },
    FemaleName: { isA: 'FirstName' },
  },
};

export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(ROLE_MODIFIER);
export const NOT_PERSON_HEADS: ReadonlySet<string> = new Set(NOT_PERSON_HEAD);
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(PLACE_PREFIX);

/** Multi-word entries of the plugin by tag, as word arrays, longest first. */
export function phrases(tag: KnowledgeTag): string[][] {
  return Object.entries(pluginWords)
    .filter(([w, t]) => t === tag && w.includes(' '))
    .map(([w]) => w.split(' '))
    .sort((a, b) => b.length - a.length);
}

/** A pattern over sentence text, with the reason it exists. */
export interface TextPattern {
  re: RegExp;
  reason: string;
}

/** Sentences that credit reporters or sign off: their names are not people of the story. */
export const CREDIT_LINES: readonly TextPattern[] = [
  {
    re: /\bcontributed (?:to )?(?:this )?(?:report(?:ing)?|story|article)\b|\balso contributed\b/i,
    reason: 'contributor credit',
  },
  { re: /^(?:\S+ )?\S+'s? [A-Z][\p{L}.' -]+ (?:reported|wrote) (?:from|in)\b/u, reason: 'reporter credit' },
  { re: /\bcontributed from \p{Lu}/u, reason: 'contributor credit ("CNN\'s K.J. Kwon contributed from Seoul")' },
  { re: /\bshare your thoughts with [A-Z]/i, reason: 'author sign-off' },
  { re: /^(?:additional )?reporting by\b|\bediting by\b/i, reason: 'wire-service credit' },
  {
    re: /^(?:\p{Lu}\p{L}+ )?(?:\p{Lu}[\p{L}.'’-]+ ){2,3}(?:in|from) \p{Lu}[\p{L} ]+ and \p{Lu}+['’]s /u,
    reason: 'a list of reporters and where they filed from',
  },
  { re: /\b(?:follow|contact) (?:\p{Lu}\p{L}+ ){1,3}on (?:twitter|facebook|instagram)\b/iu, reason: 'author sign-off' },
  {
    re: /^(?:(?:cover |featured |top )?(?:image|photo|picture|video)s?\s*(?:source|credit)?s?|tested by|reviewed by|words by|photos? by|images? by)\s*:/i,
    reason: 'an image credit or tester credit line (page furniture, not the story)',
  },
  { re: /^\s*(?:©|\(c\)|copyright\b)/i, reason: 'a copyright line' },
  {
    re: /^(?:page editor|edited by|prepared by|written by|produced by)\b/i,
    reason: "an editor's or preparer's credit line",
  },
  {
    // The place is capitalised words ("Syria for years" is a story's), and may end a clause of
    // credits: "Journalist Hakim Almasmari reported from Sanaa; CNN's Holly Yan reported …".
    re: /^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}(?:(?:wrote|reported) and )?(?:reported|wrote) (?:from|in) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*(?:\s*;|(?:,? and (?:\p{Lu}[\p{L}.'’-]+ ){1,3}(?:(?:reported|wrote) (?:and (?:reported|wrote) )?)?(?:from|in) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)?\s*\.?$)/u,
    reason:
      'a reporter credit without the outlet ("Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong", "Greg Botelho wrote and reported from Atlanta", "… reported from Lagos and Susannah Cullinane wrote from London")',
  },
  {
    re: /^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}covers [\p{L} ,&'’-]+\.?$/u,
    reason: 'an author note ("Steven Mufson covers the White House.")',
  },
  { re: /^\^\s/, reason: 'an entry of a reference list (Wikipedia marks them with a "^" back-link)' },
];

/**
 * "X is a Brooklyn-based journalist.", "X is a freelance writer": who wrote the piece. A credit only
 * after one of CREDIT_LINES; before any, such a sentence is the story's.
 */
export const AUTHOR_NOTE =
  /^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}is an? (?:[\p{L}-]+ ){0,4}(?:journalist|writer|reporter|correspondent|columnist|contributor|editor|producer|photographer|author)\b/u;

/**
 * Names of God and of Christ: RULES.md counts deities among what is not a person ("my faith, Jesus
 * Christ and the bible"). "Jesus" alone stays a given name (Jesús Navas).
 */
export const DEITIES: ReadonlySet<string> = new Set(['god', 'allah', 'yahweh', 'jehovah', 'christ', 'jesus christ']);

/**
 * The heading of the back matter ("References", "See also", "17. References 17.1."): the people of
 * the cited works and links after it are not the article's.
 */
export const BACK_MATTER =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:references|notes and references|notes|external links|see also|further reading|bibliography|citations|works cited|sources)(?:\s*\[edit\])?(?:\s+\d+(?:\.\d+)*\.?)?$/i;

/**
 * Lower-case words inside names, and the first word of a surname of two or more: "Osama bin
 * Laden", "Ben Ali", "Ludwig van Beethoven", "Simone de Beauvoir", "Steven te Brinke".
 */
export const NAME_PARTICLE =
  /^(?:bin|ibn|bint|ben|van|von|de|da|di|du|del|della|der|den|dos|das|la|le|al|el|te|ter|ten)$/;

/**
 * A particle written together with the capitalised surname it opens: "deGrasse", "duBrowa",
 * "vanBuren".
 */
export const GLUED_PARTICLE = /^(?:van|von|de|da|di|du|del|della|der|den|dos|das|la|le)\p{Lu}\p{Ll}+$/u;

/** The Arabic article joined to a name: "al-Baghdadi", "el-Sisi" (also written "Sisi"). */
export const JOINED_ARTICLE = /^(?:al|el|ad|ash|as|an|ar|at|az)-/;

/** Text between two names that says the second is another name of the first. */
export const ALIAS_LINKS: readonly TextPattern[] = [
  {
    re: /^,?\s*(?:who\s+)?(?:is\s+|was\s+)?(?:also\s+)?(?:known as|went by|goes by|called|nicknamed|a\.?k\.?a\.?|born|n[ée]e)\s+$/i,
    reason: '"X, also known as Y": Y is another name of X',
  },
];
