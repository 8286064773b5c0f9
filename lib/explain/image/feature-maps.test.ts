// Feature maps of the shipped model: shapes, channel-major layout, conv1
// values equal to a hand computation, ReLU outputs non-negative, and the
// probabilities those of the model itself.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { channel, channels, featureMaps } from './feature-maps';
import { heldOutDigits, shippedModel } from './node-test-helpers';

let model: tf.LayersModel;
const digits = heldOutDigits(1);
beforeAll(async () => { model = await shippedModel(); });

describe('feature maps', () => {
  it('has the layer shapes, ReLU outputs and probabilities of the model', async () => {
    const d = digits[3];
    const f = await featureMaps(model, d.input);
    expect(f.conv1).toMatchObject({ layer: 'conv1', width: 26, height: 26, channels: 32 });
    expect(f.conv2).toMatchObject({ layer: 'conv2', width: 11, height: 11, channels: 64 });
    expect(f.conv1.data).toHaveLength(26 * 26 * 32);
    expect(f.conv2.data).toHaveLength(11 * 11 * 64);
    expect(f.dense1).toHaveLength(64);
    for (const a of [f.conv1.data, f.conv2.data, f.dense1]) expect(a.every((v) => v >= 0)).toBe(true);
    expect(f.conv1.data.some((v) => v > 0)).toBe(true);
    const p = tf.tidy(() => (model.predict(tf.tensor4d(d.input, [1, 28, 28, 1])) as tf.Tensor).dataSync());
    for (let k = 0; k < 10; k++) expect(f.probabilities[k]).toBeCloseTo(p[k], 5);
    expect(f.predicted).toBe(3);
    // The probabilities are the softmax of the logits.
    const z = Array.from(f.logits, (v) => Math.exp(v - Math.max(...f.logits)));
    const sum = z.reduce((a, b) => a + b, 0);
    z.forEach((v, k) => expect(f.probabilities[k]).toBeCloseTo(v / sum, 5));
  });

  it('conv1 equals ReLU(3x3 convolution + bias) computed by hand, channel-major', async () => {
    const d = digits[5];
    const f = await featureMaps(model, d.input);
    const [kernel, bias] = model.getLayer('conv1').getWeights().map((w) => w.dataSync()); // [3,3,1,32], [32]
    for (const [c, y, x] of [[0, 12, 12], [7, 5, 20], [31, 20, 9], [15, 0, 0], [3, 25, 25]]) {
      let s = bias[c];
      for (let ky = 0; ky < 3; ky++) {
        for (let kx = 0; kx < 3; kx++) s += d.input[(y + ky) * 28 + x + kx] * kernel[(ky * 3 + kx) * 32 + c];
      }
      expect(f.conv1.data[c * 26 * 26 + y * 26 + x]).toBeCloseTo(Math.max(0, s), 5);
      expect(channel(f.conv1, c)[y * 26 + x]).toBe(f.conv1.data[c * 26 * 26 + y * 26 + x]);
    }
    expect(channels(f.conv2)).toHaveLength(64);
    expect(() => channel(f.conv2, 64)).toThrow(RangeError);
  });

  it('conv2 and dense1 equal the model\'s own intermediate outputs', async () => {
    const d = digits[8];
    const f = await featureMaps(model, d.input);
    const [c2, d1] = tf.tidy(() => {
      const probe = tf.model({ inputs: model.inputs, outputs: [model.getLayer('conv2').output, model.getLayer('dense1').output] as tf.SymbolicTensor[] });
      const outs = probe.predict(tf.tensor4d(d.input, [1, 28, 28, 1])) as tf.Tensor[];
      return [outs[0].dataSync(), outs[1].dataSync()]; // [1, 11, 11, 64] channels-last, [1, 64]
    });
    for (const [c, y, x] of [[0, 5, 5], [63, 2, 8], [20, 10, 0]]) {
      expect(f.conv2.data[c * 121 + y * 11 + x]).toBeCloseTo(c2[(y * 11 + x) * 64 + c], 5);
    }
    for (let u = 0; u < 64; u++) expect(f.dense1[u]).toBeCloseTo(d1[u], 5);
  });
});
