// Checks the wasm-friendly Conv2D gradient against the cpu backend's stock
// gradient (which uses the real Conv2DBackpropFilter/Input kernels), for the
// input and the filter, on a few shapes including the model's 'valid' convs.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initWasmBackend } from '@/lib/digits/node-backend';
import { registerWasmConv2DGradient } from './conv2d-grad';

interface Case {
  name: string;
  x: [number, number, number, number]; // [N, H, W, Cin]
  f: [number, number, number, number]; // [KH, KW, Cin, Cout]
  strides: number | [number, number];
  pad: 'valid' | 'same';
}

const cases: Case[] = [
  { name: 'conv1 of the model (valid, 28x28x1 -> 32)', x: [3, 28, 28, 1], f: [3, 3, 1, 32], strides: 1, pad: 'valid' },
  { name: 'conv2 of the model (valid, 13x13x32 -> 64)', x: [2, 13, 13, 32], f: [3, 3, 32, 64], strides: 1, pad: 'valid' },
  { name: 'same padding, 5x5 kernel', x: [2, 9, 8, 3], f: [5, 5, 3, 4], strides: 1, pad: 'same' },
  { name: 'stride 2, valid, odd size', x: [2, 11, 10, 2], f: [3, 2, 2, 5], strides: [2, 2], pad: 'valid' },
  { name: 'stride 2, same', x: [1, 10, 9, 3], f: [3, 3, 3, 2], strides: 2, pad: 'same' },
];

interface Grads { dx: Float32Array; df: Float32Array; }

/** Random but fixed data: a simple LCG so both backends see the same numbers. */
function fixed(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 32 - 0.5;
  }
  return out;
}

function gradsOf(c: Case, i: number): Grads {
  return tf.tidy(() => {
    const x = tf.tensor4d(fixed(c.x.reduce((a, b) => a * b), 11 + i), c.x); // [N, H, W, Cin]
    const f = tf.tensor4d(fixed(c.f.reduce((a, b) => a * b), 97 + i), c.f); // [KH, KW, Cin, Cout]
    const y0 = tf.conv2d(x, f, c.strides, c.pad); // [N, OH, OW, Cout]
    const w = tf.tensor(fixed(y0.size, 5 + i), y0.shape); // weights making the loss non-trivial
    const [dx, df] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad), w)),
    )([x, f]);
    return { dx: dx.dataSync() as Float32Array, df: df.dataSync() as Float32Array };
  });
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const reference: Grads[] = [];

beforeAll(async () => {
  // Stock gradient on cpu first, before the override is registered.
  await tf.setBackend('cpu');
  cases.forEach((c, i) => reference.push(gradsOf(c, i)));
  registerWasmConv2DGradient();
  await initWasmBackend();
});

describe('wasm Conv2D gradient', () => {
  cases.forEach((c, i) => {
    it(`matches the cpu gradient: ${c.name}`, () => {
      expect(tf.getBackend()).toBe('wasm');
      const g = gradsOf(c, i);
      expect(maxAbsDiff(g.dx, reference[i].dx)).toBeLessThan(1e-4);
      expect(maxAbsDiff(g.df, reference[i].df)).toBeLessThan(1e-4);
    });
  });

  it('also agrees on the cpu backend (the override is backend-independent)', async () => {
    await tf.setBackend('cpu');
    try {
      const g = gradsOf(cases[2], 2);
      expect(maxAbsDiff(g.df, reference[2].df)).toBeLessThan(1e-4);
    } finally {
      await tf.setBackend('wasm');
    }
  });

  it('the stock wasm backend really lacks the filter-gradient kernel', () => {
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();
  });
});
