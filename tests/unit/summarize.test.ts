import { describe, expect, it } from 'vitest';
import { digestText } from '../../lib/digest';
import { segment } from '../../lib/segment';
import { keySentences } from '../../lib/select';
import { centrality, rankSentences } from '../../lib/summarize';
import { isDangling, isPersonal, quotedShare, sentenceFeatures, specificShare } from '../../lib/summarize/features';
import { neverPickReason } from '../../lib/summarize/filters';
import { contentWords, phrasePairs } from '../../lib/summarize/words';
import type { Sentence } from '../../lib/types';

describe('neverPickReason', () => {
  const never: [string, string][] = [
    ['dateline alone', '(CNN) --'],
    ['byline fragment', 'By .'],
    ['agency credit', 'Associated Press .'],
    ['published stamp', 'PUBLISHED: . 12:01 EST, 1 January 2014 .'],
    ['byline with stamp', 'By Jane Doe. Published: 10:00 EST, 2 March 2015'],
    ['photo credit', 'Photo: Getty Images'],
    ['AP photo credit', 'Rescuers search the rubble on Sunday. (AP Photo/Rahmat Gul)'],
    ['read more', 'Read more: How the deal came together'],
    ['click here', "Click here to access the transcript of today's program."],
    ['see more', 'See the gallery above for more on the chefs and their cuisine.'],
    ['newsletter pitch', 'Sign up for our daily newsletter to get the news in your inbox.'],
    ['copyright line', '© 2015 Cable News Network. All Rights Reserved.'],
    ['question to the reader', 'What would you do in her place?'],
    ['question in quotes', 'Would you pay $5 for a coffee?"'],
    ['prompt to the reader', 'Tell us what you think in the comments below.'],
    ["editor's note", "Editor's note: This story has been updated with new figures."],
    ['bracketed update', '[Breaking news update, posted 9:04 p.m. ET] .'],
    ['heading in capitals', 'TRANSCRIPT .'],
    ['alert pitch', 'Get breaking news alerts and special reports.'],
    ['sign-up pitch', 'Sign up for our weekly briefing on the war.'],
    ['magazine pitch', 'Get Motor Cycle Monthly delivered through your letterbox every month.'],
    ['social follow prompt', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.'],
    ['contact line', 'Contact Dear Abby at www.DearAbby.com or P.O. Box 69440, Los Angeles, CA 90069.'],
    ['caption with a credit', 'More than 4,000 people are expected to receive notice (Credit: iStock)'],
    ['breadcrumb', 'News » World » Europe » Sweden drops the case.'],
    [
      'list of links',
      "China furious at Macron for Hong Kong protest jibe [INSIGHT]| Lakers vs Nets: NBA make final decision [VIDEO] Hong Kong 'threatened' [REACTION]",
    ],
    ['aside in brackets', '(The discovery brought the researchers a Nobel Prize in 2004.)'],
    ['newsletter promise', 'The news and stories that matter, delivered weekday mornings.'],
    ['contributor credit', "CNN's Elise Miller and Jason Hanna contributed to this report."],
    ['reporters line', 'Frederik Pleitgen reported from Moscow; Holly Yan wrote from Atlanta.'],
    ['subheading marked with a detached full stop', 'Latest developments in the fight against ISIS .'],
    ['list lead-in', 'It consists of three major elements: .'],
    ['heading without a full stop', 'What happens next for the survivors'],
    // Caption shapes (issue #15): a caption that slips through extraction is never quoted.
    [
      'dated file photo',
      'In this Dec. 12, 2006, file photo, Gordon Sondland speaks at a hotel opening in Portland, Ore.',
    ],
    [
      'photo provided by',
      'In this photo provided by the U.S. Navy, the destroyer sails through the strait on Tuesday.',
    ],
    ['undated handout photo', 'In this undated handout photo, a tuft cell is seen in the lining of a mouse lung.'],
    ['image made from video', 'In this image made from video, protesters run from tear gas near the campus on Monday.'],
    ['trailing AP credit', 'Hong Kong police officers detain a protester near the university. (AP Photo/Ng Han Guan)'],
    ['trailing photo-by credit', 'The senator leaves the chamber after the vote. (Photo by Jane Doe/Getty Images)'],
    ['trailing agency credit', 'Firefighters battle the blaze on the hillside. (Reuters/Lucy Nicholson)'],
    [
      'pictured at',
      'Kristi Noem, governor of South Dakota, pictured at the White House turkey pardon in 2018, when she was a congresswoman.',
    ],
    ['pictured opening', 'Pictured: the house in Braunau am Inn where Hitler was born.'],
    ['is pictured during', 'The band is pictured during a concert in Nashville on Monday night.'],
    ['seen here', 'The new lander, seen here in an artist’s concept, would carry four astronauts.'],
    ['pose for a photo', 'The Doobie Brothers pose for a photo at the Beacon Theatre in New York.'],
    ["artist's illustration", 'An artist’s illustration of the lunar lander on the surface of the moon.'],
    [
      'agency caption with its date',
      'President Donald Trump speaks during a news conference in Washington, Nov. 18, 2019.',
    ],
  ];
  it.each(never)('%s is never picked', (_, text) => {
    expect(neverPickReason(text)).not.toBeNull();
  });

  const fine: [string, string][] = [
    ['plain news sentence', 'Thousands of demonstrators marched in the capital on Sunday.'],
    ['a question inside, statement outside', 'Asked "why now?", the minister said the law was overdue.'],
    ['byline-like start that is a sentence', 'By Friday, the river had burst its banks in three towns.'],
    [
      'long sentence mentioning subscriptions',
      'The company said paid subscriptions rose 20% last year as readers moved online, while advertising revenue fell for the fourth year running.',
    ],
    ['quote ending a sentence', '"We will rebuild every home," the mayor said.'],
    ['sentence about photos', 'The photos show the ship listing badly in rough seas off the coast.'],
    [
      'news about signing up',
      'Thousands of young men in the northern provinces sign up for the army each year because farm work has dried up and the pay is steady, officials in the capital said on Monday.',
    ],
    ['brackets inside a sentence', 'The senator (a Democrat from Ohio) voted against the bill on Friday.'],
    ['contact as a verb', 'Contact tracing began after the first case was confirmed on Monday.'],
    ['followers on social media', 'She followed the protests on Twitter and posted photos from the square.'],
    // Bug: "See, this Halloween was different: ..." was taken for a "see more" link.
    [
      'sentence opening with "See,"',
      "See, this Halloween was different: I'd been diagnosed with a tumor weeks before.",
    ],
    ['sentence about alerts', 'Officials issued flood alerts for three counties on Sunday night.'],
    ['sentence about a report', 'The BBC reported from the scene that dozens were wounded in the blast.'],
    ['sentence ending in a closing quote', 'He called the ruling "a disgrace."'],
    // Legitimate news sentences near the caption shapes: never banned.
    ['"in this case"', 'In this case, the court ruled that the photos were taken lawfully.'],
    ['a picture-perfect finish', 'In a picture-perfect finish, the team scored twice in the last minute, winning 3-2.'],
    ['pictured as a verb', 'She pictured herself running the company one day, she told reporters.'],
    ['photo in the news', 'A photo of the senator at the party was published by the newspaper on Sunday.'],
    ['seen by reporters', 'The documents, seen by reporters on Monday, show the deal was signed in May.'],
    ['posed for photos, past tense', 'The two leaders posed for photos before the talks began on Friday.'],
    ['brackets with a party', 'Rep. Ilhan Omar (D-Minn.) said the threat was a reminder of the danger.'],
    ['speaks with a date', 'Mr. Esper speaks Vietnamese and has visited Hanoi twice since taking office.'],
    ['shown in a study', 'The effect, shown in a study of 4,000 patients, lasted for months.'],
    ['artist as a subject', "The artist's family said the painting would stay in the museum."],
  ];
  it.each(fine)('%s can be picked', (_, text) => {
    expect(neverPickReason(text)).toBeNull();
  });
});

describe('sentence features', () => {
  const dangling: [string, boolean][] = [
    ['He said the talks would resume.', true],
    ['But the deal fell through.', true],
    ['"It was awful," she said.', true],
    ['This is the third attack this year.', true],
    ['However, officials disagreed.', true],
    ['Herzog is a well-known name in Israel.', false],
    ['Thousands marched on Sunday.', false],
    ['There are 40 victims.', false],
    ['Theresa May said the talks would resume.', false],
    ['Italy and France signed the deal.', false],
    ["That's why the talks failed.", true],
    ['These were the first arrests.', true],
    ['This, officials said, was a mistake.', true],
    // Bug: a demonstrative before its own noun was taken for one leaning on the sentence before.
    ['This week, police arrested two men.', false],
    ['Those fees include meals and transport.', false],
    ['Thatcher resigned in 1990.', false],
  ];
  it.each(dangling)('isDangling(%j) is %s', (text, expected) => {
    expect(isDangling(text)).toBe(expected);
  });

  const quoted: [string, number][] = [
    ['No quotes at all here.', 0],
    ['"All of this is quoted."', 1],
    ['"Two words," he said.', 0.5],
    ['He called it “a disaster” today.', 1 / 3],
    // Bug: a quote opened in the sentence before counted only the words after its closing mark.
    ['in March 2015," the statement read.', 3 / 6],
    ['"Go," he said, "now."', 2 / 4],
  ];
  it.each(quoted)('quotedShare(%j) is %f', (text, expected) => {
    expect(quotedShare(text)).toBeCloseTo(expected, 5);
  });

  const attribution: [string, boolean][] = [
    ['Police said the man was armed.', true],
    ['The man was armed, according to police.', true],
    ['He told reporters the man was armed.', true],
    ['The man was armed and dangerous.', false],
    ['The saidi dynasty ruled for centuries.', false],
  ];
  it.each(attribution)('sentenceFeatures(%j).attributed is %s', (text, expected) => {
    expect(sentenceFeatures({ text, index: 0, block: 0 }).attributed).toBe(expected);
  });

  const personal: [string, boolean][] = [
    ['I was there when the bridge fell.', true],
    ['We have seen this before, the writer notes.', true],
    ['My family left the city in 2012.', true],
    ['The crowd cheered as our correspondent arrived.', true],
    ['"I was there when the bridge fell," she said.', false],
    ['He said "we will rebuild" and left.', false],
    ['in our town," the mayor said.', false],
    ['The U.S. and the EU signed the deal.', false],
    ['Police said the man was armed.', false],
    ['Iraq and Iran met in Vienna.', false],
  ];
  it.each(personal)('isPersonal(%j) is %s', (text, expected) => {
    expect(isPersonal(text)).toBe(expected);
  });

  it('counts names and numbers but not the capital of the first word', () => {
    expect(specificShare('The vote in Paris drew 300 people.')).toBeCloseTo(2 / 7, 5);
    expect(specificShare('They said nothing.')).toBe(0);
  });
});

const ARTICLE = [
  'A powerful earthquake struck southern Peru on Tuesday, killing at least 37 people and destroying hundreds of homes.',
  'The magnitude 7.1 earthquake struck southern Peru on Tuesday and killed at least 37 people, destroying homes.',
  'But he said the worst was over.',
  'Rescue teams from Lima reached the mountain town of Arequipa by helicopter on Wednesday morning.',
  '"It was terrible, terrible," said one woman.',
  'What would you do if the ground shook beneath you?',
  'The government declared a state of emergency in three provinces and promised $20 million in aid.',
  'Aftershocks continued through the night, and officials warned that damaged bridges could collapse.',
  'Peru sits on the Pacific Ring of Fire, where earthquakes are frequent.',
].join(' ');

function sentencesOf(text: string): Sentence[] {
  return segment([{ kind: 'p', text }]);
}

describe('rankSentences', () => {
  const sentences = sentencesOf(ARTICLE);
  const ranked = rankSentences(sentences, { limit: 10 });

  it('never ranks a sentence that can never be picked', () => {
    const withJunk = sentencesOf(`By . Associated Press . PUBLISHED: . 12:01 EST, 1 January 2014 . ${ARTICLE}`);
    const picks = rankSentences(withJunk, { limit: 10 });
    expect(picks.length).toBeGreaterThan(3);
    for (const pick of picks) expect(neverPickReason(pick.text)).toBeNull();
  });

  it('does not pick two sentences that say the same thing', () => {
    const top = ranked.slice(0, 3).map((s) => s.index);
    expect(top).toContain(0);
    expect(top).not.toContain(1);
  });

  it('does not lead with a sentence that leans on the one before ("But he said")', () => {
    const dangling = ranked.findIndex((s) => s.text.startsWith('But he said'));
    const before = ranked.findIndex((s) => s.index === 1);
    if (dangling >= 0) expect(before).toBeGreaterThanOrEqual(0);
    if (dangling >= 0) expect(before).toBeLessThan(dangling);
    expect(keySentences(ranked, 1)[0]?.text.startsWith('But')).toBe(false);
  });

  it('ranks a factual sentence above a dialogue-only quote', () => {
    const quote = ranked.findIndex((s) => s.text.startsWith('"It was terrible'));
    const fact = ranked.findIndex((s) => s.text.startsWith('Rescue teams'));
    expect(fact).toBeGreaterThanOrEqual(0);
    if (quote >= 0) expect(fact).toBeLessThan(quote);
  });

  // Bug: promos and credits above the lede (saved NBC page) pushed it out of the digest.
  it('leads with the lede even below promos and credits', () => {
    const blocks = [
      'Get breaking news alerts and special reports.',
      'Nov. 20, 2019, 9:28 AM UTC',
      'By',
      'Reuters',
      ARTICLE,
    ];
    const picks = rankSentences(segment(blocks.map((text) => ({ kind: 'p', text }))), { limit: 3 });
    expect(picks[0]?.text.startsWith('A powerful earthquake')).toBe(true);
  });

  it('ranks a reported fact above the same fact told in the first person', () => {
    const story = sentencesOf(
      [
        'Floods cut off three villages in the north of the country on Monday, leaving hundreds without power.',
        'I saw the water rise over the bridge in the north of the country on Monday night.',
        'Army engineers in the north of the country saw the water rise over the bridge on Monday night.',
      ].join(' '),
    );
    const order = (personal: number) => {
      const picks = rankSentences(story, { limit: 3, weights: { personal, firstPhrase: 0 } }).map((s) => s.text);
      const army = picks.findIndex((t) => t.startsWith('Army'));
      const eyewitness = picks.findIndex((t) => t.startsWith('I saw'));
      return army >= 0 && (eyewitness < 0 || army < eyewitness) ? 'reported first' : 'first person first';
    };
    expect(order(0)).toBe('first person first');
    expect(order(1)).toBe('reported first');
  });

  describe('phrase centrality on the first pick', () => {
    const lede = 'The county board met on Tuesday evening to go through next year spending.';
    // Position alone orders the picks unless firstPhrase counts.
    const only = {
      position: 1,
      positionDecay: 1,
      centrality: 0,
      specificity: 0,
      length: 0,
      redundancy: 0,
      quote: 0,
      attribution: 0,
      personal: 0,
    };
    const picks = (story: string[], firstPhrase: number) =>
      rankSentences(sentencesOf(story.join(' ')), { limit: 2, weights: { ...only, firstPhrase } }).map((s) => s.text);

    it('leads with the sentence holding the phrases the article repeats, then falls back on the other scores', () => {
      const story = [
        lede,
        'Health workers expect the needle exchange in Scott County to open in May.',
        'The needle exchange in Scott County follows a rise in infections.',
      ];
      expect(picks(story, 0)).toEqual([story[0], story[1]]);
      const [first, second] = picks(story, 2);
      expect(first).not.toBe(story[0]);
      expect(second).toBe(story[0]);
    });

    it('gives nothing to a first-person sentence that repeats the phrases', () => {
      const story = [
        lede,
        'I saw the needle exchange in Scott County open in May.',
        'The needle exchange in Scott County opened in May after a rise in infections.',
      ];
      expect(picks(story, 2)[0]).toBe(story[2]);
    });
  });

  it('does not let one word said twice in a short text outweigh the lead', () => {
    // Only "ferry" recurs: scaled to the most central sentence it would count as much as a story's
    // central sentence, and the second sentence would beat the first on a chance repeat.
    const text = [
      'The old bridge over the river was closed to traffic for repairs this morning.',
      'Drivers were told to use the ferry while workers replace the rusted beams.',
      'The ferry runs every half hour from the small harbour near town.',
    ];
    const top = rankSentences(sentencesOf(text.join(' ')), { limit: 1 })[0]?.text;
    expect(top).toBe(text[0]);
  });

  it('holds picks after the third to a compact length', () => {
    const filler = 'while analysts in the region expect more details from the board later in the week';
    const story = sentencesOf(
      [
        'The central bank raised its main interest rate to 5 percent on Thursday.',
        'Inflation in the country reached 9 percent in March, its highest level in a decade.',
        'Food and fuel prices drove most of the rise in March.',
        `Economists in the capital expect the bank to raise rates again in June, ${filler}.`,
        'Mortgage rates will rise in June.',
      ].join(' '),
    );
    // Position alone orders the picks, so the fourth pick is the long sentence unless lateLength counts.
    const only = { position: 1, positionDecay: 1, centrality: 0, specificity: 0, length: 0, redundancy: 0 };
    const pick4 = (lateLength: number) => rankSentences(story, { limit: 4, weights: { ...only, lateLength } })[3]?.text;
    expect(pick4(0)?.startsWith('Economists')).toBe(true);
    expect(pick4(3)).toBe('Mortgage rates will rise in June.');
  });

  it('is a greedy order: the first n picks do not depend on the limit', () => {
    for (let n = 1; n <= 6; n++) expect(rankSentences(sentences, { limit: n })).toEqual(ranked.slice(0, n));
  });

  it('is deterministic', () => {
    expect(rankSentences(sentencesOf(ARTICLE), { limit: 10 })).toEqual(ranked);
  });

  it('falls back on short sentences rather than show nothing', () => {
    const picks = rankSentences(sentencesOf('Storm hits. Roads closed.'), { limit: 3 });
    expect(picks.map((s) => s.text)).toEqual(['Storm hits.', 'Roads closed.']);
  });

  it('returns nothing for nothing', () => {
    expect(rankSentences([], { limit: 3 })).toEqual([]);
  });
});

describe('keySentences: length presets', () => {
  const ranked = rankSentences(sentencesOf(ARTICLE), { limit: 10 });
  it.each([1, 2, 3, 5, 6])('%i sentence(s): the first picks, in article order', (n) => {
    const keys = keySentences(ranked, n);
    expect(keys).toHaveLength(n);
    expect(new Set(keys.map((k) => k.index))).toEqual(new Set(ranked.slice(0, n).map((k) => k.index)));
    expect(keys.map((k) => k.index)).toEqual([...keys.map((k) => k.index)].sort((a, b) => a - b));
  });

  it('gives every sentence it has when asked for more', () => {
    expect(keySentences(ranked, 50)).toHaveLength(ranked.length);
    expect(keySentences(ranked, 0)).toEqual([]);
  });
});

describe('digest of a CNN-style story', () => {
  const text = `Beijing (CNN)${ARTICLE}`;
  it('shows the lead sentence without its dateline, verbatim from the article', () => {
    const result = digestText(text, { maxSentences: 10 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = keySentences(result.digest.ranked, 3);
    expect(keys[0]?.text.startsWith('A powerful earthquake')).toBe(true);
    for (const key of keys) expect(text).toContain(key.text);
  });
});

describe('phrasePairs', () => {
  const cases: [string, string[]][] = [
    ['Gov. Mike Pence declared an emergency in Scott County.', ['mike pence', 'pence declared', 'scott county']],
    ['The needle-exchange program opened.', ['needle exchange', 'exchange program', 'program opened']],
    ['Officials, doctors and nurses met.', ['nurse met']],
    // The "s" of a possessive is a one-character word: it breaks the pair.
    ["Obama's plan failed.", ['plan failed']],
    ['A 3 year plan.', []],
  ];
  it.each(cases)('phrasePairs(%j)', (text, expected) => {
    expect(phrasePairs(text)).toEqual(expected);
  });

  // ICU's words in scripts without spaces are often pieces of one word: no phrases there.
  it.each([
    ['ja', '北朝鮮でゴルフトーナメントが開かれた。'],
    ['zh', '凱爾特海的天氣很冷。'],
  ])('has no phrases in %s', (lang, text) => {
    expect(phrasePairs(text, lang)).toEqual([]);
  });

  // One character is no content word, as in scripts with spaces: an ending (起 of 起きた), a
  // piece of a foreign name (凱 爾 特 "Celtic").
  it.each([
    ['zh', '凱爾特海的天氣很冷。', ['天氣']],
    ['ja', '地震が起きた。', ['地震', 'きた']],
  ])('drops one-character words in %s', (lang, text, expected) => {
    expect(contentWords(text, lang)).toEqual(expected);
  });

  it('keeps phrases in other languages with spaces', () => {
    expect(phrasePairs('La compagnie aérienne a annulé ses vols.', 'fr')).toContain('compagnie aérienne');
  });
});

describe('centrality', () => {
  const df = new Map([
    ['scott county', 4],
    ['needle exchange', 2],
    ['once', 1],
  ]);
  const cases: [string, string[], number][] = [
    ['nothing shared', ['once'], 0],
    ['one phrase in four sentences', ['scott county'], Math.log(4) / 3],
    ['two recurring phrases', ['scott county', 'needle exchange'], (Math.log(4) + Math.log(2)) / (Math.SQRT2 + 2)],
    ['a phrase seen once dilutes', ['scott county', 'once'], Math.log(4) / (Math.SQRT2 + 2)],
    ['no phrases', [], 0],
  ];
  it.each(cases)('%s', (_, items, expected) => {
    expect(centrality(new Set(items), df)).toBeCloseTo(expected, 10);
  });
});
