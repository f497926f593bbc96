import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../../scripts/eval/rouge';

describe('rougeTokens (rouge_score tokenizer with Porter stemming)', () => {
  const cases: [string, string[]][] = [
    ['The Cat, the HAT!', ['the', 'cat', 'the', 'hat']],
    ['U.S.-led talks', ['u', 's', 'led', 'talk']],
    ['running dogs ran', ['run', 'dog', 'ran']],
    ['$1.5 billion in 2015', ['1', '5', 'billion', 'in', '2015']],
    ['café — naïve', ['caf', 'na', 've']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(rougeTokens(text)).toEqual(expected);
  });
});

describe('rouge', () => {
  it('scores clipped unigram and bigram overlap as F1', () => {
    const s = rouge('the cat sat on the mat', 'the cat sat');
    expect(s.rouge1.p).toBeCloseTo(1, 6);
    expect(s.rouge1.r).toBeCloseTo(0.5, 6);
    expect(s.rouge1.f).toBeCloseTo(2 / 3, 6);
    expect(s.rouge2.f).toBeCloseTo((2 * 1 * 0.4) / 1.4, 6);
    expect(rouge('the the the', 'the').rouge1.p).toBeCloseTo(1, 6);
    expect(rouge('the', 'the the the').rouge1.p).toBeCloseTo(1 / 3, 6);
  });

  it('takes the union LCS over candidate sentences for ROUGE-Lsum (Lin 2004, 3.2)', () => {
    const s = rouge('alpha bravo charlie delta echo', 'alpha bravo fox golf hotel\nalpha charlie hotel india echo');
    expect(s.rougeLsum.r).toBeCloseTo(4 / 5, 6);
    expect(s.rougeLsum.p).toBeCloseTo(4 / 10, 6);
  });

  it('scores an empty prediction 0', () => {
    const s = rouge('the cat sat', '');
    expect([s.rouge1.f, s.rouge2.f, s.rougeLsum.f]).toEqual([0, 0, 0]);
  });
});
