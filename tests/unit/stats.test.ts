import { describe, expect, it } from 'vitest';
import { median, p95, quantile } from '../../scripts/shared/stats';

describe('quantile (nearest rank, the one rule of every printed median and p95)', () => {
  it.each([
    { values: [5, 1, 3], q: 0.5, expected: 3 },
    { values: [4, 1, 3, 2], q: 0.5, expected: 2 },
    { values: [7], q: 0.95, expected: 7 },
    { values: Array.from({ length: 20 }, (_, i) => 20 - i), q: 0.95, expected: 19 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), q: 0.95, expected: 95 },
    { values: [2, 9], q: 0, expected: 2 },
    { values: [2, 9], q: 1, expected: 9 },
  ])('$q of $values.length values is $expected', ({ values, q, expected }) => {
    expect(quantile(values, q)).toBe(expected);
  });

  it('leaves the input unsorted and gives NaN for no values', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
    expect(p95([])).toBeNaN();
  });
});
