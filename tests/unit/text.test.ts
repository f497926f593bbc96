import { describe, expect, it } from 'vitest';
import { IGNORED_IN_PAGE, sanitizeLine } from '../../lib/text/chars';
import { stem } from '../../lib/text/stems';
import { countWords, firstWords, terms } from '../../lib/text/words';

describe('countWords', () => {
  it.each([
    ['', 0],
    [' ', 0],
    ['one', 1],
    ['  two  words ', 2],
    ['a\u00a0b\tc\nd', 4],
    ["don't stop", 2],
    ['the U.S. and co-op', 4],
    ['— | • …', 0],
    ['Share | Tweet | Email', 3],
    ['3.5 per cent', 3],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('counts a word split by an invisible character once, in raw page text as in cleaned text', () => {
    expect(countWords('the govern\u00adment fell')).toBe(3);
    expect(countWords(sanitizeLine('the govern\u00adment fell'))).toBe(3);
    expect(countWords('zero\u200bwidth')).toBe(1);
  });

  it('stops one word past the limit it is given, enough to compare with it', () => {
    const text = 'word '.repeat(400_000);
    expect(countWords(text, 60)).toBe(61);
    expect(countWords('a b c', 60)).toBe(3);
    expect(countWords('a b c', 2)).toBe(3);
    expect(countWords('a b c', 3)).toBe(3);
  });
});

describe('firstWords', () => {
  it.each([
    ['one two three', 2, 'one two'],
    ['one, two. three', 2, 'one, two'],
    ['one two', 5, 'one two'],
  ])('%j up to word %i is %j', (text, n, expected) => {
    expect(firstWords(text, n)).toBe(expected);
  });
});

describe('terms', () => {
  it('lower-cases the runs of letters and digits', () => {
    expect(terms('The U.S. sent 3,000 troops — “now”.')).toEqual([
      'the',
      'u',
      's',
      'sent',
      '3',
      '000',
      'troops',
      'now',
    ]);
    expect(terms('')).toEqual([]);
  });
});

describe('stem', () => {
  it.each([
    ['talks', 'talk'],
    ['officials', 'official'],
    ['countries', 'country'],
    ['status', 'status'],
    ['boss', 'boss'],
    ['bus', 'bus'],
    ['gas', 'gas'],
    ['ties', 'tie'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('the character policy', () => {
  it('removes soft hyphens and zero-width characters from text entering the pipeline', () => {
    expect(sanitizeLine('govern\u00adment\u200b of\ufeff the day')).toBe('government of the day');
  });

  it('ignores in the page every character cleaning may remove', () => {
    const ignored = new RegExp(`[${IGNORED_IN_PAGE}]`, 'g');
    for (const ch of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u2066']) {
      expect(`a${ch}b`.replace(ignored, '')).toBe('ab');
      expect(sanitizeLine(`a ${ch}b`)).toBe('a b');
    }
  });
});
