import { describe, expect, it } from 'vitest';
import { colorize } from './colormap';
import { heatmapPixels } from './heatmap-pixels';

/** HeatmapCanvas's pixels as first written (a colour array per pixel): the reference. */
function reference(values: Float32Array | null, n: number, signed: boolean, base: Float32Array | null, opacity: number, scale?: number) {
  const data = new Uint8ClampedArray(n * 4);
  const colours = values ? colorize(values, signed, scale) : null;
  for (let i = 0; i < n; i++) {
    const g = base ? 255 - Math.round(Math.max(0, Math.min(1, base[i])) * 255) : 255;
    let [r, gg, b] = [g, g, g];
    if (colours) {
      const a = (colours[i * 4 + 3] / 255) * opacity;
      r = Math.round(r * (1 - a) + colours[i * 4] * a);
      gg = Math.round(gg * (1 - a) + colours[i * 4 + 1] * a);
      b = Math.round(b * (1 - a) + colours[i * 4 + 2] * a);
    }
    data.set([r, gg, b, base || !colours ? 255 : colours[i * 4 + 3] * opacity], i * 4);
  }
  return data;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('heatmapPixels', () => {
  const n = 28 * 28;
  const rand = rng(7);
  const signedMap = Float32Array.from({ length: n }, () => (rand() - 0.5) * 3);
  const magnitudes = Float32Array.from({ length: n }, () => rand() ** 3 * 5);
  const base = Float32Array.from({ length: n }, () => rand() * 1.2 - 0.1); // a little outside 0..1 too

  it('gives exactly the pixels of the first version, for every combination of options', () => {
    for (const [values, signed] of [[signedMap, true], [magnitudes, false], [null, false]] as const) {
      for (const b of [base, null]) {
        for (const opacity of [1, 0.7, 0.05, 0]) {
          for (const scale of [undefined, 0, 2.5]) {
            const out = new Uint8ClampedArray(n * 4).fill(9);
            heatmapPixels(out, n, { values, signed, base: b, opacity, scale });
            expect(out, `${signed} base=${Boolean(b)} opacity=${opacity} scale=${scale}`).toEqual(reference(values, n, signed, b, opacity, scale));
          }
        }
      }
    }
  });

  it('draws a base image alone as opaque greys, ink dark', () => {
    const out = new Uint8ClampedArray(8);
    heatmapPixels(out, 2, { values: null, signed: false, base: Float32Array.of(0, 1) });
    expect(Array.from(out)).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
  });
});
