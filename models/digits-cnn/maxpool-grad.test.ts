// Checks the fast MaxPool gradient against the stock MaxPoolGrad kernel on
// the cpu backend, including ties (flat ink regions) and odd sizes.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initWasmBackend } from '@/lib/digits/node-backend';
import { registerFastMaxPoolGradient } from './maxpool-grad';

const shapes: [number, number, number, number][] = [
  [2, 26, 26, 3], // pool1 of the model (even)
  [2, 11, 11, 4], // pool2 of the model (odd: last row/column dropped)
  [1, 7, 10, 2],
];

/** Values with many exact ties, like relu outputs over saturated strokes. */
function tied(shape: number[], seed: number): tf.Tensor4D {
  const n = shape.reduce((a, b) => a * b);
  const v = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    v[i] = Math.floor((s / 2 ** 32) * 4) / 3; // 0, 1/3, 2/3 or 1
  }
  return tf.tensor4d(v, shape as [number, number, number, number]);
}

function grad(shape: [number, number, number, number], i: number): Float32Array {
  return tf.tidy(() => {
    const x = tied(shape, 3 + i);
    const y0 = tf.maxPool(x, 2, 2, 'valid');
    const w = tf.randomUniform(y0.shape, -1, 1, 'float32', 17 + i);
    const g = tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(a as tf.Tensor4D, 2, 2, 'valid'), w)))(x);
    return g.dataSync() as Float32Array;
  });
}

const reference: Float32Array[] = [];

beforeAll(async () => {
  await tf.setBackend('cpu');
  shapes.forEach((s, i) => reference.push(grad(s, i)));
  registerFastMaxPoolGradient();
  await initWasmBackend();
});

describe('fast MaxPool gradient', () => {
  shapes.forEach((shape, i) => {
    it(`equals the stock cpu gradient for ${shape.join('x')}`, () => {
      expect(tf.getBackend()).toBe('wasm');
      const g = grad(shape, i);
      expect(g.length).toBe(reference[i].length);
      let diff = 0;
      for (let k = 0; k < g.length; k++) diff = Math.max(diff, Math.abs(g[k] - reference[i][k]));
      expect(diff).toBeLessThan(1e-6);
    });
  });

  it('falls back to the stock kernel for other pool shapes', () => {
    const x = tied([1, 9, 9, 2], 5);
    const g = tf.grad((a: tf.Tensor) => tf.sum(tf.maxPool(a as tf.Tensor4D, 3, 3, 'valid')))(x);
    expect(g.shape).toEqual([1, 9, 9, 2]);
    expect(g.sum().dataSync()[0]).toBeCloseTo(9 * 2, 4); // one unit of gradient per window
  });
});
