import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage } from '../../scripts/eval/extract-metric';

describe('Zyte extraction metric (scripts/eval/extract-metric.ts)', () => {
  it('scores identical text as perfect', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toEqual({ precision: 1, recall: 1 });
  });

  it('counts shingles of 4 tokens, ignoring punctuation and spacing', () => {
    // truth shingles: a b c d | b c d e ; prediction adds "x" at the end: 3 shingles, 2 right.
    const s = scorePage('a b c d e x', 'a, b c\nd e');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
  });

  it('treats a text of fewer than 4 tokens as one shorter shingle', () => {
    expect(scorePage('Hello world', 'Hello world')).toEqual({ precision: 1, recall: 1 });
    expect(scorePage('Hello world', 'Hello there')).toEqual({ precision: 0, recall: 0 });
  });

  it('leaves an empty prediction out of precision, and empty truth out of recall', () => {
    expect(scorePage('', 'a b c d')).toEqual({ precision: null, recall: 0 });
    const corpus = scoreCorpus([scorePage('', 'a b c d'), scorePage('a b c d', 'a b c d')]);
    expect(corpus.precision).toBe(1);
    expect(corpus.recall).toBe(0.5);
  });
});
