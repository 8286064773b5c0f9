// The fixed split: reproducible from its seed, disjoint, stratified, and
// every digit passes the app's preprocessing.
import { describe, expect, it } from 'vitest';
import { preprocessInk } from '@/lib/digits/preprocess';
import { augmentDigit } from './augment';
import { HELD_OUT_SHARE, image, loadDigits, loadSplit, makeSplit, NUM_CLASSES } from './data';
import { mulberry32 } from '../../lib/util/rng';

const digits = loadDigits();
const split = loadSplit(digits);

describe('mnist digits and the stored split', () => {
  it('loads all 10,000 digits of the package with labels 0..9', () => {
    expect(digits.count).toBe(10000);
    expect(digits.images.length).toBe(10000 * 784);
    expect(new Set(digits.labels)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  });

  it('split.json is exactly what the seeded split function produces', () => {
    expect(makeSplit(digits.labels, split.seed)).toEqual(split);
  });

  it('partitions the digits: train, validation and held-out are disjoint and cover all', () => {
    const all = [...split.train, ...split.validation, ...split.heldOut];
    expect(all.length).toBe(digits.count);
    expect(new Set(all).size).toBe(digits.count);
  });

  it('is stratified: each class is held out at the same rate', () => {
    for (let d = 0; d < NUM_CLASSES; d++) {
      const total = digits.labels.filter((l) => l === d).length;
      const held = split.heldOut.filter((i) => digits.labels[i] === d).length;
      expect(Math.abs(held - total * HELD_OUT_SHARE)).toBeLessThanOrEqual(0.5);
    }
  });

  it('every digit passes the app preprocessing almost unchanged (MNIST is already normalised)', () => {
    let diff = 0;
    for (let i = 0; i < digits.count; i++) {
      const r = preprocessInk({ data: image(digits, i), width: 28, height: 28 });
      expect(r.ok).toBe(true);
      if (r.ok) for (let k = 0; k < 784; k++) diff += Math.abs(r.pixels[k] - digits.images[i * 784 + k]);
    }
    expect(diff / (digits.count * 784)).toBeLessThan(0.01);
  });
});

describe('augmentDigit', () => {
  it('is reproducible from its seed and yields normalised 28x28 inputs', () => {
    const a = Array.from({ length: 20 }, (_, i) => augmentDigit(image(digits, i * 400), mulberry32(5)));
    const b = Array.from({ length: 20 }, (_, i) => augmentDigit(image(digits, i * 400), mulberry32(5)));
    expect(a.map((x) => Array.from(x))).toEqual(b.map((x) => Array.from(x)));
    for (const x of a) {
      expect(x.length).toBe(784);
      expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...x)).toBeLessThanOrEqual(1);
      // Re-normalising an augmented digit changes (almost) nothing: it is already in app form.
      const again = preprocessInk({ data: x, width: 28, height: 28 });
      expect(again.ok).toBe(true);
    }
  });

  it('actually changes the digits', () => {
    const rng = mulberry32(9);
    let changed = 0;
    for (let i = 0; i < 50; i++) {
      const src = image(digits, i * 190);
      const out = augmentDigit(src, rng);
      let d = 0;
      for (let k = 0; k < 784; k++) d += Math.abs(out[k] - src[k]);
      if (d / 784 > 0.02) changed++;
    }
    expect(changed).toBeGreaterThan(35);
  });
});
