// The sparse (distinct-ids one-hot + ScatterNd) gradient of the embedding lookup, on wasm, against tfjs'
// stock gather gradient on the cpu backend; and a full encoder backward pass on wasm.
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initWasmBackend } from '../../lib/digits/node-backend';
import { embeddingLookup } from './embedding-lookup';
import { batchTensors, forward, initWeights, type EncoderConfig } from './model';

const table = Array.from({ length: 7 * 3 }, (_, i) => Math.sin(i));
const ids = [[1, 3, 3, 0], [6, 1, 2, 2]];
const up = Array.from({ length: 2 * 4 * 3 }, (_, i) => Math.cos(i));

function grads(lookup: (t: tf.Tensor2D, i: tf.Tensor2D) => tf.Tensor) {
  return tf.tidy(() => {
    const t = tf.tensor2d(table, [7, 3]);
    const i = tf.tensor2d(ids, [2, 4], 'int32');
    const dy = tf.tensor3d(up, [2, 4, 3]);
    const value = lookup(t, i);
    const g = tf.grad((x: tf.Tensor) => lookup(x as tf.Tensor2D, i).mul(dy).sum())(t);
    return { value: Array.from(value.dataSync()), grad: Array.from(g.dataSync()) };
  });
}

describe('embeddingLookup', () => {
  it('matches the stock gather and its gradient (cpu) when run on wasm', async () => {
    await tf.setBackend('cpu');
    const ref = grads((t, i) => tf.gather(t, i.reshape([-1])).reshape([2, 4, 3]));
    await initWasmBackend();
    await tf.setBackend('wasm');
    expect(tf.getBackend()).toBe('wasm');
    const ours = grads((t, i) => embeddingLookup(t, i));
    ours.value.forEach((v, k) => expect(v).toBeCloseTo(ref.value[k], 5));
    ours.grad.forEach((v, k) => expect(v).toBeCloseTo(ref.grad[k], 5));
  });

  it('lets a whole encoder compute gradients on wasm', async () => {
    await initWasmBackend();
    await tf.setBackend('wasm');
    const c: EncoderConfig = { vocabSize: 20, hidden: 8, layers: 2, heads: 2, ffn: 16, maxLen: 16, numLabels: 2, dropout: 0.1 };
    const w = initWeights(c, 1);
    const { ids: i, mask } = batchTensors([[2, 5, 6, 3], [2, 7, 3]]);
    const { value, grads: g } = tf.variableGrads(() => {
      const out = forward(w, c, i, mask, 7);
      return tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d([0, 1], 'int32'), 2), out.logits!) as tf.Scalar;
    });
    expect(Number.isFinite(value.dataSync()[0])).toBe(true);
    expect(Object.keys(g)).toContain('embeddings.word');
    const gw = g['embeddings.word'].arraySync() as number[][];
    expect(gw[5].some((x) => x !== 0)).toBe(true);
    expect(gw[10].every((x) => x === 0)).toBe(true);
  });
});
