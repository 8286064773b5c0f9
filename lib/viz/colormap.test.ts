import { describe, expect, it } from 'vitest';
import { colorize, colorizeInto, diverging, robustMax, sequential, writeColour } from './colormap';

// The scales as first written (one array per call): the in-place writers must match them exactly.
const round = Math.round;
const lerp = (a: number, b: number, t: number) => round(a + (b - a) * t);
function divergingRef(t: number) {
  const v = Math.max(-1, Math.min(1, t));
  const [r, g, b] = v >= 0 ? [178, 24, 43] : [33, 102, 172];
  const a = Math.abs(v);
  return [lerp(255, r, a), lerp(255, g, a), lerp(255, b, a), round(255 * Math.min(1, a * 1.4))];
}
function sequentialRef(t: number) {
  const v = Math.max(0, Math.min(1, t));
  const [r, g, b] = v < 0.5 ? [lerp(255, 245, v * 2), lerp(237, 158, v * 2), lerp(160, 11, v * 2)] : [lerp(245, 153, (v - 0.5) * 2), lerp(158, 27, (v - 0.5) * 2), lerp(11, 27, (v - 0.5) * 2)];
  return [r, g, b, round(255 * Math.min(1, v * 1.6))];
}
const SWEEP = [...Array.from({ length: 2001 }, (_, i) => i / 500 - 2), -0, 0.25, 0.5, 1e-9, -1e-9, Infinity, -Infinity];

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
  it('the in-place writers give exactly the colours of the scales', () => {
    const out = new Uint8ClampedArray(4);
    for (const t of SWEEP) {
      expect(diverging(t), `diverging(${t})`).toEqual(divergingRef(t));
      expect(sequential(t), `sequential(${t})`).toEqual(sequentialRef(t));
      writeColour(out, 0, t, true);
      expect(Array.from(out)).toEqual(Array.from(new Uint8ClampedArray(divergingRef(t))));
      writeColour(out, 0, t, false);
      expect(Array.from(out)).toEqual(Array.from(new Uint8ClampedArray(sequentialRef(t))));
    }
  });
  it('colorizeInto writes a map at an offset, dividing by the scale (1 when the scale is 0)', () => {
    const out = new Uint8ClampedArray(4 + 3 * 4).fill(7);
    colorizeInto([0.5, -1, 2], true, 2, out, 4);
    expect(Array.from(out.slice(0, 4))).toEqual([7, 7, 7, 7]);
    expect(Array.from(out.slice(4, 8))).toEqual(divergingRef(0.25));
    expect(Array.from(out.slice(8, 12))).toEqual(divergingRef(-0.5));
    expect(Array.from(out.slice(12, 16))).toEqual(divergingRef(1));
    const zero = new Uint8ClampedArray(4);
    colorizeInto([0.5], false, 0, zero);
    expect(Array.from(zero)).toEqual(sequentialRef(0.5));
    expect(colorize([0.3, 0.9], false)).toEqual(new Uint8ClampedArray([...sequentialRef(0.3 / 0.9), ...sequentialRef(1)]));
  });
});
