import { describe, expect, it } from 'vitest';
import { digestText, MAX_WORDS } from '../../lib/digest';
import { KEPT_WORD_CHARS, sanitizeLine, sanitizeText, uncleanReason } from '../../lib/text/chars';
import { checkResult } from '../../scripts/tools/fuzz-shapes';

describe('sanitizeText', () => {
  // What goes (left) and what must stay (right), side by side.
  it.each([
    ['NUL and bell inside a word', 'Bi\u0000de\u0007n', 'Biden'],
    ['escape sequence start', 'red\u001b[31m text', 'red[31m text'],
    ['C1 control', 'a\u0090b', 'ab'],
    ['zero-width space', 'Gene\u200bva', 'Geneva'],
    ['word joiner and BOM', '\ufeffGen\u2060eva', 'Geneva'],
    ['right-to-left override', 'a \u202eevil\u202c b', 'a evil b'],
    ['isolates', 'a \u2066b\u2069 c', 'a b c'],
    ['zero-width non-joiner between Latin letters', 'constructive\u200c and', 'constructive and'],
    ['lone high surrogate', 'a\ud800b', 'a\ufffdb'],
    ['lone low surrogate', 'a\udc00b', 'a\ufffdb'],
    ['noncharacter', 'a\uffffb', 'ab'],
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['line and paragraph separators, form feed', 'a\u2028b\u2029c\fd', 'a\nb\nc\nd'],
  ])('removes %s', (_, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it.each([
    ['a surrogate pair (emoji)', 'news \ud83d\ude00 today'],
    ['a ZWJ emoji sequence', 'family \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67'],
    ['a ZWNJ inside Persian', 'می\u200cخواهم'],
    ['right-to-left and left-to-right marks', 'שלום\u200f world\u200e'],
    ['Arabic, Hebrew, CJK, Devanagari', 'قال الوزير — שלום — 北京。 — हम शांति चाहते हैं।'],
    ['combining accents', 'Jose\u0301'],
    ['tabs and newlines', 'a\tb\nc'],
    ['a long URL', `https://example.com/${'a'.repeat(300)}`],
    ['a long CJK paragraph broken by its punctuation', '北京的代表团周一抵达。'.repeat(300)],
  ])('keeps %s', (_, input) => {
    expect(sanitizeText(input)).toBe(input);
  });

  it('shortens a run of more than 1,000 characters without a space to its start and an ellipsis', () => {
    const out = sanitizeText(`before ${'x'.repeat(5000)} after`);
    expect(out).toBe(`before ${'x'.repeat(KEPT_WORD_CHARS)}… after`);
  });

  it('shortens each run longer than 1,000 characters, wherever it stands, and keeps shorter ones whole', () => {
    const text = `${'a'.repeat(999)} ${'b'.repeat(1000)} ${'c'.repeat(1001)}.${'d'.repeat(1001)}`;
    expect(sanitizeText(text)).toBe(`${'a'.repeat(999)} ${'b'.repeat(1000)} ${'c'.repeat(KEPT_WORD_CHARS)}…`);
  });

  // Bug: 400 kB of 999-character words took 0.9 s, the pattern rescanning each run from every position.
  it('keeps 2 MB of words just under the limit verbatim', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${i}`.padEnd(999, 'x')).join(' ');
    expect(sanitizeText(text)).toBe(text);
  });

  it('never cuts a surrogate pair when shortening a run', () => {
    const out = sanitizeText(`${'a'.repeat(KEPT_WORD_CHARS - 1)}${'\ud83d\ude00'.repeat(600)}`);
    expect(uncleanReason(out)).toBeNull();
  });

  it('collapses white space in a line', () => {
    expect(sanitizeLine('  a\u00a0\u00a0b\n\tc  ')).toBe('a b c');
  });
});

describe('hostile text through the whole pipeline', () => {
  const article = [
    'Negotiators\u200b from both delegations returned to Geneva on Monday, Foreign Minister Maria Lopez said.',
    'The agenda \u202eevil\u202c was posted online as <script>alert(1)</script>, drew jokes from reporters.',
    `A data URL data:image/png;base64,${'A'.repeat(4000)} was pasted into the story by mistake.`,
    'Officials said the first session would focus on trade rules and on the exchange of prisoners.',
  ].join('\n\n');

  it('gives clean verbatim key sentences, with payloads kept as text', () => {
    const result = digestText(article, { maxSentences: 10 });
    checkResult(result, 10);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const text = result.digest.ranked.map((s) => s.text).join(' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Negotiators from both delegations');
    expect(result.digest.people.map((p) => p.name)).toContain('Maria Lopez');
  });

  it.each([
    ['an empty string', ''],
    ['white space only', ' \n\n\t '],
    ['invisible characters only', '\u200b\u200b\ufeff\u202e'],
    ['control characters only', '\u0000\u0001\u0007'],
    ['punctuation only', '... !!! ???'],
  ])('explains that %s is empty', (_, input) => {
    const result = digestText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ code: 'empty', reason: { kind: 'empty-text' } });
  });

  // Bug: a 2 MB text in one paragraph was not truncated at all (the budget only dropped whole blocks).
  it('truncates a huge single paragraph at the word budget and says so', () => {
    const sentence = 'Officials in Geneva said on Monday that the talks would resume next week. ';
    const result = digestText(sentence.repeat(Math.ceil(2_000_000 / sentence.length)));
    checkResult(result, 10);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.digest.words).toBe(MAX_WORDS);
    expect(result.digest.notices).toContainEqual({
      kind: 'truncated',
      words: MAX_WORDS,
      totalWords: expect.any(Number),
    });
  });

  // Bug: after a block over budget was skipped, later small blocks were counted but earlier ones kept.
  it('counts exactly the words it keeps when blocks cross the budget', () => {
    const big = 'word '.repeat(MAX_WORDS - 5).trim();
    const result = digestText(
      [`${big}.`, 'Ten more words are here to cross the word budget now.', 'Three more words.'].join('\n\n'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const kept = result.article.blocks.map((b) => b.text).join(' ');
    expect(kept.match(/[\p{L}\p{N}]+/gu)?.length).toBe(result.digest.words);
    expect(result.digest.words).toBe(MAX_WORDS);
  });

  // Bug: merging single names scanned every person found so far (quadratic in the number of people).
  it('merges each later mention into its own full name among thousands of people', () => {
    const letters = (i: number) =>
      Array.from(i.toString(20).padStart(4, '0'), (c) => 'bcdfghjklmnpqrstvwxz'[Number.parseInt(c, 20)]).join('');
    const names = Array.from({ length: 2000 }, (_, i) => `Qa${letters(i)}`);
    const text = names.map((n) => `Officials said John ${n} arrived on Monday. Mr ${n} left on Tuesday.`).join('\n\n');
    const result = digestText(text);
    checkResult(result, 10);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.digest.people).toHaveLength(names.length);
    for (const p of result.digest.people) {
      // Each person's aliases are their own forms only: "Mr X" (and the bare "X" of that mention).
      const surname = p.name.split(' ')[1];
      expect(p.aliases).toContain(`Mr ${surname}`);
      expect(p.aliases.every((a) => a === `Mr ${surname}` || a === surname)).toBe(true);
    }
  });

  // Bug: a 60,000-word run of capitalised words took a minute in the officials finder (quadratic).
  it('finds no people in a huge run of capitalised words, and finishes', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}`);
    const result = digestText(`${words.join(' ')}.`);
    checkResult(result, 10);
  });
});
