import { describe, expect, it } from 'vitest';
import { translator } from '../../entrypoints/shared/i18n';
import { copyWords } from '../../entrypoints/shared/wording';
import { digestText } from '../../lib/digest';
import { formatDate, formatDigest, toMarkdown, toPlainText } from '../../lib/format';
import { languageInfo } from '../../lib/language';
import type { Digest } from '../../lib/types';
import { english, messageGetter } from '../../scripts/shared/messages';

const words = copyWords(english);

const digest: Digest = {
  title: 'Minister [resigns] *today*',
  url: 'https://news.example/a (1)',
  siteName: 'The Daily',
  byline: 'Jo Bloggs',
  published: '2023-06-18T14:05:00+10:00',
  lang: 'en',
  language: languageInfo('en', 'page'),
  words: 460,
  readingSize: 460,
  ranked: [
    { text: 'Third sentence.', index: 7 },
    { text: 'First sentence.', index: 0 },
    { text: 'Second sentence.', index: 3 },
  ],
  people: [
    { name: 'Ann Lee', role: 'Foreign Minister', official: true, aliases: ['Ms Lee'], mentions: 3, evidence: 'x' },
    { name: 'Bob Ray', role: null, official: false, aliases: [], mentions: 1, evidence: null },
  ],
  notices: [],
};

describe('formatDate', () => {
  it.each([
    ['2023-06-18T14:05:00+10:00', '18 June 2023'],
    ['2019-11-01', '1 November 2019'],
    ['yesterday', 'yesterday'],
    ['2019-13-01', '2019-13-01'],
    ['2023-02-29', '2023-02-29'],
    ['2024-02-29', '29 February 2024'],
    ['2019-00-10', '2019-00-10'],
  ])('%s → %s', (input, output) => {
    expect(formatDate(input, 'en-GB')).toBe(output);
  });
});

describe("formatDate in the reader's language", () => {
  it.each([
    ['en-US', 'June 18, 2023'],
    ['fr', '18 juin 2023'],
    ['de', '18. Juni 2023'],
    ['es', '18 de junio de 2023'],
  ])('%s → %s', (locale, output) => {
    expect(formatDate('2023-06-18T14:05:00+10:00', locale)).toBe(output);
  });
});

describe('toPlainText', () => {
  it('lists the first N ranked sentences in article order, then officials only', () => {
    expect(toPlainText(digest, 2, words)).toBe(
      [
        'Minister [resigns] *today*',
        'The Daily · Jo Bloggs · 18 June 2023 · 2 min read',
        // Printed as a browser would write it: the space percent-encoded.
        'https://news.example/a%20(1)',
        '',
        '• First sentence.',
        '• Third sentence.',
        '',
        'Officials:',
        '• Ann Lee — Foreign Minister',
      ].join('\n'),
    );
  });

  it('leaves out the officials block when there are none', () => {
    expect(toPlainText({ ...digest, people: [] }, 3, words)).not.toContain('Officials');
  });
});

describe('toMarkdown', () => {
  it('links the escaped title to the page and escapes Markdown in text', () => {
    const md = toMarkdown(digest, 3, words);
    expect(md.split('\n')[0]).toBe('### [Minister \\[resigns\\] \\*today\\*](https://news.example/a%20%281%29)');
    expect(md).toContain('- First sentence.\n- Second sentence.\n- Third sentence.');
    expect(md).toContain('- **Ann Lee** — Foreign Minister');
    expect(md).not.toContain('Bob Ray');
  });

  it('has no link without a URL', () => {
    expect(toMarkdown({ ...digest, url: null }, 1, words).split('\n')[0]).toBe(
      '### Minister \\[resigns\\] \\*today\\*',
    );
  });
});

describe("a copy in the reader's language", () => {
  it('has its labels, date and reading time in French', () => {
    const french = copyWords(translator(messageGetter('fr'), 'fr'));
    expect(toPlainText(digest, 1, french).split('\n')).toEqual([
      'Minister [resigns] *today*',
      'The Daily · Jo Bloggs · 18 juin 2023 · 2 min de lecture',
      'https://news.example/a%20(1)',
      '',
      '• Third sentence.',
      '',
      'Responsables cités :',
      '• Ann Lee — Foreign Minister',
    ]);
    expect(toMarkdown({ ...digest, title: '' }, 1, french)).toMatch(
      /^### \[Article sans titre\]\(.*\*\*Responsables cités\*\*/s,
    );
  });
});

describe('formatDigest', () => {
  it.each(['text', 'markdown'] as const)('dispatches %s', (format) => {
    const expected = format === 'markdown' ? toMarkdown(digest, 3, words) : toPlainText(digest, 3, words);
    expect(formatDigest(digest, 3, format, words)).toBe(expected);
  });
});

describe('copies', () => {
  it('never carry the soft hyphens a page uses as line-break hints (cleaned where text enters)', () => {
    const result = digestText('Nego\u00adtiators from both delegations met in Geneva on Monday to discuss the treaty.');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(toPlainText(result.digest, 1, words)).toContain('• Negotiators from both delegations met');
    expect(toMarkdown(result.digest, 1, words)).toContain('- Negotiators from both delegations met');
  });

  it.each([
    ['1. The first point.', '1\\. The first point.'],
    ['2) The second point.', '2\\) The second point.'],
    ['+ A plus line.', '\\+ A plus line.'],
    ['- A dash line.', '\\- A dash line.'],
    ['~~struck~~ text', '\\~\\~struck\\~\\~ text'],
    ['In 1. place', 'In 1. place'],
    ['-5 degrees', '-5 degrees'],
  ])('Markdown never turns %j into a list or markup', (text, escaped) => {
    const md = toMarkdown({ ...digest, ranked: [{ text, index: 0 }] }, 1, words);
    expect(md).toContain(`\n- ${escaped}`);
  });
});
