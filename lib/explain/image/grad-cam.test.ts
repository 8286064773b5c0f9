// Grad-CAM on the shipped model: a non-negative 28x28 map with maximum 1, the
// 11x11 conv2 map, the receptive-field geometry of the upsampling, and the
// peak located on the digit for held-out digits.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as tf from '@tensorflow/tfjs';
import { gradCam, receptiveField, upsample } from './grad-cam';
import { argMax, heldOutDigits, inkBox, shippedModel } from './node-test-helpers';
import { PIXELS } from './types';

let model: tf.LayersModel;
const digits = heldOutDigits(3); // 30 digits
beforeAll(async () => { model = await shippedModel(); });

describe('grad-cam geometry', () => {
  it('centres conv2 cell i on input pixel 2i + 3.5', () => {
    expect(receptiveField(model, 'conv1')).toEqual({ start: 1, jump: 1 });
    expect(receptiveField(model, 'conv2')).toEqual({ start: 3.5, jump: 2 });
  });

  it('upsamples bilinearly around the cell centres, clamping at the edges', () => {
    const map = new Float32Array(121);
    map[4 * 11 + 6] = 1; // cell (y 4, x 6): centre pixel (11.5, 15.5)
    const up = upsample(map, 11, 11, { start: 3.5, jump: 2 });
    expect(up).toHaveLength(PIXELS);
    expect(up[11 * 28 + 15]).toBeCloseTo(0.75 * 0.75, 6);
    expect(up[12 * 28 + 16]).toBeCloseTo(0.75 * 0.75, 6);
    expect(up[11 * 28 + 17]).toBeCloseTo(0.75 * 0.25, 6);
    expect(up[0]).toBe(0);
    const corner = new Float32Array(121);
    corner[0] = 1;
    const upCorner = upsample(corner, 11, 11, { start: 3.5, jump: 2 });
    expect(upCorner[0]).toBe(1); // pixels before the first centre take its value
    expect(upCorner[3 * 28 + 3]).toBe(1);
    expect(upCorner[4 * 28 + 4]).toBeCloseTo(0.75 * 0.75, 6);
  });
});

describe('grad-cam on held-out digits', () => {
  it('is non-negative, 28x28, with maximum exactly 1, plus the 11x11 map and 64 channel weights', async () => {
    for (const d of digits.slice(0, 10)) {
      const r = await gradCam(model, d.input);
      expect(r).toMatchObject({ method: 'grad-cam', signed: false, shape: [28, 28], coarseShape: [11, 11] });
      expect(r.data).toHaveLength(PIXELS);
      expect(r.coarse).toHaveLength(121);
      expect(r.channelWeights).toHaveLength(64);
      expect(r.rawMax).toBeGreaterThan(0);
      expect(Math.min(...r.data)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...r.data)).toBe(1);
      expect(Math.min(...r.coarse)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...r.coarse)).toBe(1);
    }
  });

  it('peaks on the digit: inside the ink bounding box, up to one conv2 cell (2 px), for >= 80% of digits', async () => {
    const step = receptiveField(model, 'conv2').jump;
    let strict = 0, withinCell = 0;
    for (const d of digits) {
      const r = await gradCam(model, d.input);
      const p = argMax(r.data);
      const x = p % 28, y = Math.floor(p / 28);
      const box = inkBox(d.input, 0.2);
      const dist = Math.max(box.x0 - x, x - box.x1, box.y0 - y, y - box.y1, 0);
      if (dist === 0) strict++;
      if (dist <= step) withinCell++;
    }
    console.info(
      `grad-cam peak (${digits.length} digits): inside ink box ${strict}/${digits.length}, ` +
      `within ${step} px of it ${withinCell}/${digits.length}`,
    );
    // "Most" digits, strictly inside the box; and nearly all within one conv2 cell (2 px) of it.
    expect(strict / digits.length).toBeGreaterThan(0.5);
    expect(withinCell / digits.length).toBeGreaterThanOrEqual(0.8);
  });

  it('changes with the target class', async () => {
    const d = digits[0];
    const a = await gradCam(model, d.input, { target: d.label });
    const b = await gradCam(model, d.input, { target: (d.label + 1) % 10 });
    expect(Array.from(a.channelWeights)).not.toEqual(Array.from(b.channelWeights));
  });
});
