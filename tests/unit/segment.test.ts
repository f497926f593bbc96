import { describe, expect, it } from 'vitest';
import { datelineLength, segment, splitSentences } from '../../lib/segment';

describe('splitSentences: full stops that do not end a sentence', () => {
  const oneSentence: [string, string][] = [
    ['title before a name', 'Mr. Smith and Dr. Jones met Gov. Jerry Brown on Monday.'],
    // Bug: "Spc." ended a sentence before the soldier's name.
    ['military ranks', 'Spc. Hannah Lee and Sgt. Ray Ortiz were wounded in the attack.'],
    ['U.S. inside a sentence', 'The U.S. Navy sent two ships to the U.N. Security Council meeting.'],
    ['month abbreviation', 'The law took effect on Jan. 1 and was repealed in Feb. 2015.'],
    ['No. before a number', 'He lives at No. 10 Downing Street in London.'],
    ['St. before a name', 'The crowd gathered outside St. Paul’s Cathedral at dawn.'],
    ['initials', 'The novel by J. K. Rowling sold millions of copies.'],
    ['decimals and money', 'The deal is worth $1.5 billion, up 2.5% from last year.'],
    ['ellipsis before a lower-case word', 'He paused... and then he walked out of the room.'],
    ['a.m. before a lower-case word', 'The blast happened at 7 a.m. on a busy street.'],
    // Bug: "Abrams v." came out as a sentence of its own.
    ['versus in a case name', 'The court heard Abrams v. Texas on Tuesday morning.'],
    ['question inside a quote', 'She asked "why not?" and nobody answered her at all.'],
  ];
  it.each(oneSentence)('%s', (_, text) => {
    expect(splitSentences(text)).toEqual([text]);
  });
});

describe('splitSentences: real sentence ends', () => {
  const cases: [string, string, string[]][] = [
    ['plain full stop', 'The storm hit. Power went out.', ['The storm hit.', 'Power went out.']],
    [
      'U.S. ending a sentence before "The"',
      'Troops returned to the U.S. The war was over.',
      ['Troops returned to the U.S.', 'The war was over.'],
    ],
    [
      'quote that ends a sentence',
      '"We will rebuild," he said. "Nothing stops us." Crews began work.',
      ['"We will rebuild," he said.', '"Nothing stops us."', 'Crews began work.'],
    ],
    ['question and exclamation', 'Is it over? Not yet! Talks resume.', ['Is it over?', 'Not yet!', 'Talks resume.']],
    [
      'ellipsis before a capital',
      'Something was wrong... We did not know what.',
      ['Something was wrong...', 'We did not know what.'],
    ],
    // Bug: a quote opening with '"...' became the sentence '"...'.
    [
      'quote opened by an ellipsis',
      'The magazine wrote. "... Its economy is weak."',
      ['The magazine wrote.', '"... Its economy is weak."'],
    ],
    // Bug: list numbers "1.", "2." came out as sentences of their own.
    [
      'numbered list items',
      'Here are the top beaches: . 1. Baia do Sancho, Brazil . 2. Grace Bay, Turks and Caicos .',
      ['Here are the top beaches: .', '1. Baia do Sancho, Brazil .', '2. Grace Bay, Turks and Caicos .'],
    ],
    // Bug: items after " . --" were glued into one run-on sentence.
    [
      'dash and bullet list items',
      'The book has new details: . -- In 2009, Cook offered his liver. • Jobs refused.',
      ['The book has new details: .', 'In 2009, Cook offered his liver.', 'Jobs refused.'],
    ],
    // Bug: a sentence opening with "$5" was glued to the one before.
    [
      'sentence starting with a number or money',
      'Prices rose. $5 buys less. 2015 was worse.',
      ['Prices rose.', '$5 buys less.', '2015 was worse.'],
    ],
    // Bug: a copyright notice glued to the last sentence made it a never-pick.
    [
      'copyright notice after a sentence',
      'He had optioned both properties. ©2015 The Hollywood Reporter.',
      ['He had optioned both properties.', '©2015 The Hollywood Reporter.'],
    ],
    ['headline without a full stop', 'Storm hits the coast', ['Storm hits the coast']],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('datelineLength', () => {
  const datelines: [string, string][] = [
    ['Beijing (CNN)Five years ago, he left.', 'Five years ago, he left.'],
    ['(CNN)Outside of politics, he is unknown.', 'Outside of politics, he is unknown.'],
    ['(CNN) -- The fire spread quickly.', 'The fire spread quickly.'],
    ['Tunis, Tunisia (CNN)Thousands marched on Sunday.', 'Thousands marched on Sunday.'],
    ['Washington (CNN) A huge decision looms.', 'A huge decision looms.'],
    ['LONDON, England (Reuters) - Shares fell sharply.', 'Shares fell sharply.'],
    ['WASHINGTON — The Senate voted late on Friday.', 'The Senate voted late on Friday.'],
  ];
  it.each(datelines)('strips the dateline of %j', (text, rest) => {
    expect(text.slice(datelineLength(text))).toBe(rest);
  });

  const notDatelines = [
    'Apple (AAPL) shares fell 3% on Monday.',
    'The Environmental Protection Agency (EPA) said on Monday it would act.',
    'Obama said (in a statement) that he would veto it.',
    '(CNN)',
  ];
  it.each(notDatelines)('keeps %j whole', (text) => {
    expect(datelineLength(text)).toBe(0);
  });
});

describe('segment', () => {
  it('numbers sentences across blocks, in article order, and drops the dateline from the first', () => {
    const sentences = segment([
      { kind: 'p', text: 'Beijing (CNN)Five years ago, Zhao went to Tibet. He stayed a month.' },
      { kind: 'h', text: 'A new life' },
      { kind: 'p', text: 'Now 25, he wants to become a monk.' },
    ]);
    expect(sentences).toEqual([
      { text: 'Five years ago, Zhao went to Tibet.', index: 0, block: 0 },
      { text: 'He stayed a month.', index: 1, block: 0 },
      { text: 'A new life', index: 2, block: 1 },
      { text: 'Now 25, he wants to become a monk.', index: 3, block: 2 },
    ]);
  });

  it('keeps every sentence a verbatim part of its block', () => {
    const blocks = [
      {
        kind: 'p' as const,
        text: 'Lynchburg, Virginia  (CNN)Sen. Ted Cruz spoke.  He said \u200ethat "it is time." Then he left...',
      },
      { kind: 'p' as const, text: 'Prices: . 1. Bread . 2. Milk . -- Eggs were $2.50 a dozen.' },
    ];
    for (const s of segment(blocks)) expect(blocks[s.block]?.text).toContain(s.text);
  });
});

describe('splitSentences in other languages (ICU boundaries, news rules on top)', () => {
  it.each([
    [
      'Japanese: 。 without spaces; an opening quote goes with its sentence; 」と goes on',
      'ja',
      '移民を許可すると宣言したのだ。「あまりプレッシャーをかけたくはありません」と彼は言った。「建物を残す必要があった。」と述べた。',
      [
        '移民を許可すると宣言したのだ。',
        '「あまりプレッシャーをかけたくはありません」と彼は言った。',
        '「建物を残す必要があった。」と述べた。',
      ],
    ],
    [
      'Chinese: full-width marks',
      'zh',
      '外交部长周二表示，谈判已经失败。他将辞职！这是一个重要的决定？',
      ['外交部长周二表示，谈判已经失败。', '他将辞职！', '这是一个重要的决定？'],
    ],
    [
      'Korean: a quote that goes on after its question mark; B.C. before a noun',
      'ko',
      '누군가가 "너희들 이거 알아차렸어?\'라고 물었다. B.C. 경찰은 앞서 발표했다. 그는 떠났다.',
      ['누군가가 "너희들 이거 알아차렸어?\'라고 물었다.', 'B.C. 경찰은 앞서 발표했다.', '그는 떠났다.'],
    ],
    [
      'Arabic: ؟ ends a sentence, an ellipsis before more words does not',
      'ar',
      'من أين تستمد كل هذه الطاقة؟ إن ما تقوله وما تفعله... في الواقع أمر كبير. وصل الوفد.',
      ['من أين تستمد كل هذه الطاقة؟', 'إن ما تقوله وما تفعله... في الواقع أمر كبير.', 'وصل الوفد.'],
    ],
    [
      'German: ordinals and abbreviations before a noun',
      'de',
      'In der 4. Klasse liegen sie vorn. Die Angriffe vom 21. Oktober, z. B. auf Banken, kosteten 2 Mrd. Euro. Das ist viel.',
      [
        'In der 4. Klasse liegen sie vorn.',
        'Die Angriffe vom 21. Oktober, z. B. auf Banken, kosteten 2 Mrd. Euro.',
        'Das ist viel.',
      ],
    ],
    [
      'German: a quote closed with “ stays with its sentence',
      'de',
      '„Wir bleiben“, sagte er, „bis alles geklärt ist.“ Der Minister schwieg.',
      ['„Wir bleiben“, sagte er, „bis alles geklärt ist.“', 'Der Minister schwieg.'],
    ],
    [
      'Spanish: ¿ opens a sentence',
      'es',
      'El vestido es contemporáneo. ¿De dónde viene toda su energía? Nadie lo sabe.',
      ['El vestido es contemporáneo.', '¿De dónde viene toda su energía?', 'Nadie lo sabe.'],
    ],
    [
      'Russian: initials and a lone lower-case abbreviation',
      'ru',
      'В. Путин прибыл в г. Саутси утром. Переговоры начались.',
      ['В. Путин прибыл в г. Саутси утром.', 'Переговоры начались.'],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });

  it('keeps the English rules: a number after a full stop starts a sentence, a list marker too', () => {
    expect(
      splitSentences('It was an open sewer and waste dump. 1987 was proclaimed the year. -- In 2009 it closed.'),
    ).toEqual(['It was an open sewer and waste dump.', '1987 was proclaimed the year.', 'In 2009 it closed.']);
  });
});
