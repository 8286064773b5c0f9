// Baselines and seeded noise (pure functions).
import { describe, expect, it } from 'vitest';
import { blackBaseline, gaussianBlur } from './baselines';
import { gaussianNoise, mulberry32, sample } from '../../util/rng';

describe('baselines', () => {
  it('black is all zeros', () => {
    const b = blackBaseline();
    expect(b).toHaveLength(784);
    expect(b.every((v) => v === 0)).toBe(true);
  });
  it('blur keeps the ink mass away from the border and spreads a dot symmetrically', () => {
    const img = new Float32Array(784);
    img[14 * 28 + 14] = 1;
    const b = gaussianBlur(img, 1.5);
    expect(b.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 5);
    expect(b[14 * 28 + 14]).toBeLessThan(0.2);
    expect(b[13 * 28 + 14]).toBeCloseTo(b[15 * 28 + 14], 7);
    expect(b[14 * 28 + 13]).toBeCloseTo(b[13 * 28 + 14], 7);
    expect(Array.from(gaussianBlur(img, 0))).toEqual(Array.from(img));
  });
});

describe('seeded noise', () => {
  it('is reproducible and has the requested spread', () => {
    const a = gaussianNoise(20001, 0.5, 3);
    expect(Array.from(gaussianNoise(20001, 0.5, 3))).toEqual(Array.from(a));
    expect(Array.from(gaussianNoise(10, 0.5, 4))).not.toEqual(Array.from(a.subarray(0, 10)));
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const sd = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(sd).toBeCloseTo(0.5, 1);
  });
  it('samples distinct items', () => {
    const s = sample([...Array(50).keys()], 10, mulberry32(1));
    expect(new Set(s).size).toBe(10);
    expect(sample([1, 2], 5, mulberry32(1))).toHaveLength(2);
  });
});
