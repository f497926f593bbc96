/**
 * Knowledge as data: what news writes before or after a name to say what a person does.
 * Multi-word titles are matched before single words, longest first.
 */

/** Honorifics that say "a person follows" but are not a role. */
export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'professor',
  'rev',
  'reverend',
]);

/** Office titles (lower case). A role is one of these, optionally with a qualifier before it. */
export const OFFICE_TITLES: readonly string[] = [
  'secretary of state',
  'secretary-general',
  'secretary general',
  'foreign minister',
  'foreign secretary',
  'prime minister',
  'deputy prime minister',
  'vice president',
  'president',
  'chancellor',
  'premier',
  'treasury secretary',
  'commerce secretary',
  'defense secretary',
  'defence secretary',
  'home secretary',
  'health secretary',
  'interior minister',
  'defense minister',
  'defence minister',
  'finance minister',
  'minister',
  'secretary',
  'senator',
  'sen',
  'congressman',
  'congresswoman',
  'representative',
  'rep',
  'governor',
  'gov',
  'mayor',
  'ambassador',
  'top diplomat',
  'diplomat',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'press secretary',
  'chief of staff',
  'attorney general',
  'judge',
  'justice',
  'chief justice',
  'prosecutor',
  'district attorney',
  'police chief',
  'chief constable',
  'commissioner',
  'general',
  'gen',
  'admiral',
  'colonel',
  'col',
  'captain',
  'capt',
  'lieutenant',
  'sergeant',
  'officer',
  'detective',
  'sheriff',
  'chief executive',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'head',
  'leader',
  'speaker',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'archbishop',
  'bishop',
  'mp',
  'lawmaker',
  'legislator',
  'councillor',
  'councilman',
  'councilwoman',
  'coach',
  'manager',
  'founder',
  'co-founder',
  'spokesman for',
  'leader of',
  'head of',
  'chief',
];

/** Words that make a capitalised run a thing, not a person ("Marshall Plan", "Morgan Stanley"). */
export const NOT_PERSON_WORDS = new Set(
  `plan act bill law doctrine treaty accord street avenue road square bridge hall house center centre
university college school institute hospital museum park bank group company corp inc ltd party council
committee department ministry agency office court airport station award prize foundation trust church
stadium river mountain island county city state republic kingdom union times post journal news daily
stanley sachs chase fargo award cup league club festival`.split(/\s+/),
);

/** Words that look like names at a sentence start but are not ("Sunday", "Having"). */
export const NEVER_NAME = new Set(
  `the a an and but or of in on at to for with from by as is was were be been it he she they we i this that
these those his her their its there here when while after before during having since until said says told
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december`.split(/\s+/),
);
