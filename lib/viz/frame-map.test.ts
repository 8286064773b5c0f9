import { describe, expect, it } from 'vitest';
import { preprocessInk } from '../digits/preprocess';
import { colorize, robustMax } from './colormap';
import { frameToSource, frameToSourceRgba, sampleBilinear } from './frame-map';

describe('frameToSource', () => {
  it('samples bilinearly between pixel centres', () => {
    const map = [0, 1, 2, 3]; // 2x2
    expect(sampleBilinear(map, 2, 2, 0.5, 0)).toBeCloseTo(0.5);
    expect(sampleBilinear(map, 2, 2, 0.5, 0.5)).toBeCloseTo(1.5);
    expect(sampleBilinear(map, 2, 2, -5, 0)).toBe(0);
  });

  it('puts the network input back where the ink was drawn', () => {
    // A 100x100 "drawing" with a filled square of ink at (60..79, 10..49).
    const W = 100;
    const ink = new Float32Array(W * W);
    for (let y = 10; y < 50; y++) for (let x = 60; x < 80; x++) ink[y * W + x] = 1;
    const pre = preprocessInk({ data: ink, width: W, height: W });
    if (!pre.ok) throw new Error('expected a digit');
    // Mapping the network's own input back must reproduce the ink where it was.
    const back = frameToSource(pre.pixels, 28, pre.box, pre.placed, W, W);
    expect(back[30 * W + 70]).toBeGreaterThan(0.9); // inside the square
    expect(back[30 * W + 20]).toBe(0); // far left: no ink
    expect(back[80 * W + 70]).toBe(0); // below
  });

  it('colours the mapped map in one pass exactly as colorize(frameToSource(...)) does', () => {
    const W = 120, H = 90;
    const ink = new Float32Array(W * H);
    for (let y = 20; y < 70; y++) for (let x = 30; x < 55; x++) ink[y * W + x] = 1;
    const pre = preprocessInk({ data: ink, width: W, height: H });
    if (!pre.ok) throw new Error('expected a digit');
    // A signed, speckled map with values right up to the frame's edges.
    const map = Float32Array.from({ length: 28 * 28 }, (_, i) => Math.sin(i * 12.9898) * ((i % 28) - 13) * 0.1);
    for (const signed of [true, false]) {
      for (const scale of [robustMax(map), 0, 0.37]) {
        const out = new Uint8ClampedArray(W * H * 4).fill(3);
        frameToSourceRgba(map, 28, pre.box, pre.placed, W, H, signed, scale, out);
        expect(out).toEqual(colorize(frameToSource(map, 28, pre.box, pre.placed, W, H), signed, scale));
      }
    }
    // A frame mapped onto a source larger than the frame's footprint: the rest is transparent.
    const box = { x: 100, y: 100, width: 40, height: 40 };
    const placed = { x: 4, y: 4, width: 20, height: 20 };
    const out = new Uint8ClampedArray(280 * 280 * 4);
    frameToSourceRgba(map, 28, box, placed, 280, 280, true, 1, out);
    expect(out).toEqual(colorize(frameToSource(map, 28, box, placed, 280, 280), true, 1));
    expect(out[(5 * 280 + 5) * 4 + 3]).toBe(0);
  });
});
