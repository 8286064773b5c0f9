import { describe, expect, it } from 'vitest';
import { preprocessInk } from '../digits/preprocess';
import { frameToSource, sampleBilinear } from './frame-map';

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
});
