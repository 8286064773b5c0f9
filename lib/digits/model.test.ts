// The architecture: layer names and shapes the saliency / feature-map code
// relies on, and a save/load round trip through the Node file handler.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { buildDigitsModel, LAYERS } from './model';
import { initWasmBackend } from './node-backend';
import { loadModelFromDir, saveModelToDir } from './node-io';

const dir = mkdtempSync(path.join(os.tmpdir(), 'digits-model-'));
let model: tf.Sequential;

beforeAll(async () => {
  await initWasmBackend();
  model = buildDigitsModel();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildDigitsModel', () => {
  it('has the corrected section 5.2 architecture with stable layer names', () => {
    const shapes = Object.fromEntries(model.layers.map((l) => [l.name, l.outputShape]));
    expect(shapes).toEqual({
      [LAYERS.conv1]: [null, 26, 26, 32],
      [LAYERS.pool1]: [null, 13, 13, 32],
      [LAYERS.conv2]: [null, 11, 11, 64],
      [LAYERS.pool2]: [null, 5, 5, 64],
      [LAYERS.dropout1]: [null, 5, 5, 64],
      [LAYERS.flatten]: [null, 1600],
      [LAYERS.dense1]: [null, 64],
      [LAYERS.dropout2]: [null, 64],
      [LAYERS.logits]: [null, 10],
      [LAYERS.probs]: [null, 10],
    });
    expect(model.inputs[0].shape).toEqual([null, 28, 28, 1]);
    expect(model.countParams()).toBe(320 + 18496 + 102464 + 650);
  });

  it('outputs probabilities', () => {
    const p = tf.tidy(() => (model.predict(tf.zeros([2, 28, 28, 1])) as tf.Tensor).arraySync() as number[][]);
    for (const row of p) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('survives a save/load round trip as model.json + weights.bin', async () => {
    const sizes = await saveModelToDir(model, dir, { note: 'test' });
    expect(statSync(path.join(dir, 'weights.bin')).size).toBe(sizes.weightsBytes);
    expect(sizes.weightsBytes).toBe(model.countParams() * 4);
    const loaded = await loadModelFromDir(dir);
    expect(loaded.layers.map((l) => l.name)).toEqual(model.layers.map((l) => l.name));
    const x = tf.randomUniform([3, 28, 28, 1], 0, 1, 'float32', 3);
    const a = (model.predict(x) as tf.Tensor).dataSync();
    const b = (loaded.predict(x) as tf.Tensor).dataSync();
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});
