// Occlusion sensitivity on the shipped model: blank areas change nothing, the
// shapes follow the patch size and stride, and the drops are real score drops.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as tf from '@tensorflow/tfjs';
import { batchLogits } from './logits-model';
import { heldOutDigits, shippedModel } from './node-test-helpers';
import { occlusion, patchOffsets } from './occlusion';
import { PIXELS } from './types';

let model: tf.LayersModel;
const digits = heldOutDigits(1);
beforeAll(async () => { model = await shippedModel(); });

describe('occlusion', () => {
  it('places patches every `stride` pixels with the last one flush with the edge', () => {
    expect(patchOffsets(28, 6, 2)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    expect(patchOffsets(28, 5, 4)).toEqual([0, 4, 8, 12, 16, 20, 23]);
    expect(patchOffsets(28, 28, 3)).toEqual([0]);
  });

  it('defaults to 6x6 patches at stride 2 (12 x 12 positions) and returns a signed 28x28 map', async () => {
    const r = await occlusion(model, digits[2].input);
    expect(r).toMatchObject({ method: 'occlusion', signed: true, shape: [28, 28], patchSize: 6, stride: 2, patchValue: 0, gridShape: [12, 12] });
    expect(r.data).toHaveLength(PIXELS);
    expect(r.grid).toHaveLength(144);
  });

  it('follows the patch size and stride parameters', async () => {
    const r = await occlusion(model, digits[2].input, { patchSize: 4, stride: 4, batchSize: 10 });
    expect(r.gridShape).toEqual([7, 7]);
    expect(r.offsets).toEqual([0, 4, 8, 12, 16, 20, 24]);
    // Non-overlapping 4x4 patches: every pixel of a patch carries exactly that patch's drop.
    const at = (y: number, x: number) => r.data[y * 28 + x];
    expect(at(13, 9)).toBe(r.grid[3 * 7 + 2]);
    expect(at(12, 8)).toBe(r.grid[3 * 7 + 2]);
    expect(at(15, 11)).toBe(r.grid[3 * 7 + 2]);
    const big = await occlusion(model, digits[2].input, { patchSize: 10, stride: 3 });
    expect(big.gridShape).toEqual([7, 7]); // 0, 3, ..., 18 (flush: 28 - 10 = 18)
  });

  it('reports the real score drop of each occluded image', async () => {
    const d = digits[6];
    const r = await occlusion(model, d.input, { patchSize: 6, stride: 2 });
    const k = 5 * 12 + 6; // patch at (y 10, x 12)
    const img = d.input.slice();
    for (let y = 10; y < 16; y++) img.fill(0, y * 28 + 12, y * 28 + 18);
    const logits = await batchLogits(model, img);
    expect(r.grid[k]).toBeCloseTo(r.score - logits[r.target], 3);
    expect(Math.max(...r.grid)).toBeGreaterThan(0.5); // hiding some of the digit does hurt
  });

  it('changes nothing where the patch only covers blank background', async () => {
    let blank = 0;
    for (const d of digits) {
      const r = await occlusion(model, d.input, { patchSize: 4, stride: 2 });
      const n = r.offsets.length;
      for (let p = 0; p < n * n; p++) {
        const oy = r.offsets[Math.floor(p / n)], ox = r.offsets[p % n];
        let ink = 0;
        for (let y = oy; y < oy + 4; y++) for (let x = ox; x < ox + 4; x++) ink += d.input[y * 28 + x];
        if (ink > 0) continue;
        blank++;
        expect(Math.abs(r.grid[p])).toBeLessThan(1e-4);
      }
      // Where the patch hides ink, something changes.
      expect(Math.max(...Array.from(r.grid, Math.abs))).toBeGreaterThan(0.1);
    }
    expect(blank).toBeGreaterThan(100);
  });

  it('rejects bad parameters', async () => {
    await expect(occlusion(model, digits[0].input, { patchSize: 0 })).rejects.toThrow(/patchSize/);
    await expect(occlusion(model, digits[0].input, { stride: 1.5 })).rejects.toThrow(/stride/);
  });
});
