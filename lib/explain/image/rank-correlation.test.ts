// Spearman rank correlation, with ties (pure functions).
import { describe, expect, it } from 'vitest';
import { pearson, ranks, spearman } from './rank-correlation';

describe('rank correlation', () => {
  it('ranks with average ranks for ties', () => {
    expect(Array.from(ranks([10, 30, 20, 20]))).toEqual([1, 4, 2.5, 2.5]);
  });
  it('is 1 for monotone, -1 for reversed, 0 for constant inputs', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBe(0);
  });
  it('matches a hand-computed value', () => {
    // ranks a: 1 2 3 4 5, ranks b: 2 1 4 3 5 -> rho = 1 - 6 * 4 / (5 * 24) = 0.8
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9933992677987828, 12);
  });
});
