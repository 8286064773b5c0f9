// Vanilla gradient and gradient x input on the shipped model: the gradient
// matches a finite-difference estimate of d logit / d pixel.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as tf from '@tensorflow/tfjs';
import { gradientTimesInput, vanillaGradient } from './gradient';
import { batchLogits } from './logits-model';
import { heldOutDigits, shippedModel } from './node-test-helpers';
import { gaussianNoise } from '../../util/rng';
import { PIXELS } from './types';

let model: tf.LayersModel;
const digits = heldOutDigits(1); // one per class
beforeAll(async () => { model = await shippedModel(); });

/** One-sided differences of logit[target] at the given pixels: [(f(x + eps e_i) - f(x)) / eps, (f(x) - f(x - eps e_i)) / eps]. */
async function finiteDifferences(input: Float32Array, target: number, pixels: number[], eps: number): Promise<[number, number][]> {
  const batch = new Float32Array((2 * pixels.length + 1) * PIXELS);
  batch.set(input);
  pixels.forEach((p, k) => {
    const plus = batch.subarray((2 * k + 1) * PIXELS, (2 * k + 2) * PIXELS);
    const minus = batch.subarray((2 * k + 2) * PIXELS, (2 * k + 3) * PIXELS);
    plus.set(input); minus.set(input);
    plus[p] += eps; minus[p] -= eps;
  });
  const logits = await batchLogits(model, batch);
  const f0 = logits[target];
  return pixels.map((_, k) => [(logits[(2 * k + 1) * 10 + target] - f0) / eps, (f0 - logits[(2 * k + 2) * 10 + target]) / eps]);
}

describe('vanilla gradient', () => {
  it('matches finite differences of the target logit on the most and least salient ink pixels', async () => {
    // The network is piecewise linear (ReLU, max-pool): the gradient is checked where the function is
    // locally linear. A seeded jitter moves the input off the exact max-pool ties of blank or saturated
    // areas; a pixel whose forward and backward differences disagree sits on a kink and is skipped.
    const eps = 1e-3;
    let checked = 0, kinks = 0;
    for (const d of digits.filter((_, k) => k % 3 === 0)) { // digits 0, 3, 6, 9
      const noise = gaussianNoise(PIXELS, 0.01, d.index);
      const x = d.input.map((v, i) => v + noise[i]);
      const g = await vanillaGradient(model, x, { target: d.label, absolute: false });
      expect(g.signed).toBe(true);
      const ink = Array.from({ length: PIXELS }, (_, i) => i).filter((i) => d.input[i] > 0.2);
      const byMagnitude = ink.slice().sort((a, b) => Math.abs(g.data[b]) - Math.abs(g.data[a]));
      const pixels = [...byMagnitude.slice(0, 6), ...byMagnitude.slice(-2), ink[Math.floor(ink.length / 2)], ink[0]];
      const fd = await finiteDifferences(x, g.target, pixels, eps);
      const scale = Math.abs(g.data[byMagnitude[0]]);
      const tol = (v: number) => 0.01 * scale + 0.01 * Math.abs(v);
      pixels.forEach((p, k) => {
        const [fwd, bwd] = fd[k];
        if (Math.abs(fwd - bwd) > tol(fwd)) { kinks++; return; }
        expect(Math.abs((fwd + bwd) / 2 - g.data[p])).toBeLessThan(tol(g.data[p]));
        checked++;
      });
    }
    console.info(`gradient check: ${checked} pixels match finite differences, ${kinks} skipped on kinks`);
    expect(checked).toBeGreaterThanOrEqual(32); // of 40
  });

  it('is the magnitude of the signed gradient by default and explains the predicted digit', async () => {
    const d = digits[7];
    const signed = await vanillaGradient(model, d.input, { absolute: false });
    const abs = await vanillaGradient(model, d.input);
    expect(abs).toMatchObject({ method: 'gradient', signed: false, shape: [28, 28], target: 7, contrastTarget: null });
    expect(abs.data).toHaveLength(PIXELS);
    expect(Array.from(abs.data)).toEqual(Array.from(signed.data, Math.abs));
    let best = 0;
    for (let k = 1; k < 10; k++) if (abs.logits[k] > abs.logits[best]) best = k;
    expect(abs.target).toBe(best);
    expect(abs.score).toBeCloseTo(abs.logits[best], 5);
  });

  it('explains the requested class, not the predicted one, when a target is given', async () => {
    const d = digits[7];
    const a = await vanillaGradient(model, d.input, { target: 1, absolute: false });
    const b = await vanillaGradient(model, d.input, { target: 7, absolute: false });
    expect(a.target).toBe(1);
    expect(a.score).toBeCloseTo(a.logits[1], 5);
    expect(Array.from(a.data)).not.toEqual(Array.from(b.data));
  });

  it('rejects bad inputs and classes', async () => {
    await expect(vanillaGradient(model, new Float32Array(10))).rejects.toThrow(/784/);
    await expect(vanillaGradient(model, digits[0].input, { target: 10 })).rejects.toThrow(/target/);
    await expect(vanillaGradient(model, digits[0].input, { target: 3, contrastTarget: 3 })).rejects.toThrow(/differ/);
  });
});

describe('gradient x input', () => {
  it('is the signed gradient times the pixel value, zero on blank pixels', async () => {
    const d = digits[4];
    const g = await vanillaGradient(model, d.input, { absolute: false });
    const gx = await gradientTimesInput(model, d.input);
    expect(gx).toMatchObject({ method: 'gradient-x-input', signed: true, target: g.target });
    for (let i = 0; i < PIXELS; i++) {
      expect(gx.data[i]).toBeCloseTo(g.data[i] * d.input[i], 6);
      if (d.input[i] === 0) expect(gx.data[i] === 0).toBe(true); // +0 or -0
    }
  });
});
