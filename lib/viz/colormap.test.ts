import { describe, expect, it } from 'vitest';
import { colorize, diverging, robustMax, sequential } from './colormap';

describe('colormap', () => {
  it('diverging is transparent at 0, red for positive, blue for negative', () => {
    expect(diverging(0)[3]).toBe(0);
    const [r, , b] = diverging(1);
    expect(r).toBeGreaterThan(b);
    const [r2, , b2] = diverging(-1);
    expect(b2).toBeGreaterThan(r2);
    expect(diverging(5)).toEqual(diverging(1));
  });
  it('sequential grows in opacity and is clamped', () => {
    expect(sequential(0)[3]).toBe(0);
    expect(sequential(0.3)[3]).toBeLessThan(sequential(0.6)[3]);
    expect(sequential(2)).toEqual(sequential(1));
  });
  it('robustMax ignores a single outlier', () => {
    const v = new Float32Array(1000).fill(1);
    v[3] = 1000;
    expect(robustMax(v)).toBe(1);
    expect(robustMax(new Float32Array(10))).toBe(0);
  });
  it('colorize maps every value to four bytes', () => {
    const out = colorize([0, 1, -1], true, 1);
    expect(out).toHaveLength(12);
    expect(Array.from(out.slice(4, 8))).toEqual(diverging(1));
  });
});
