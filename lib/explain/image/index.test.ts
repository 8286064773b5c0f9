// The registry and explain(): every method is described (en, zh), runs
// through explain() with plain-data results, and nothing leaks tensors.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { CONTRAST_EXPLANATION, explain, featureMaps, METHOD_IDS, METHODS, methodInfo } from './index';
import { heldOutDigits, shippedModel } from './node-test-helpers';
import type { MethodId } from './types';

let model: tf.LayersModel;
const digits = heldOutDigits(1);
beforeAll(async () => { model = await shippedModel(); });

const ALL: MethodId[] = ['gradient', 'gradient-x-input', 'smoothgrad', 'integrated-gradients', 'grad-cam', 'occlusion'];

describe('registry', () => {
  it('lists the six methods with names, explanations in English and Chinese, and references', () => {
    expect([...METHOD_IDS]).toEqual(ALL);
    expect(METHODS.map((m) => m.id)).toEqual(ALL);
    for (const m of METHODS) {
      expect(methodInfo(m.id)).toBe(m);
      expect(m.name.en.length).toBeGreaterThan(3);
      expect(m.name.zh.length).toBeGreaterThan(1);
      expect(m.explanation.en.length).toBeGreaterThan(200);
      expect(m.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.explanation.zh).toMatch(/注意|不/); // every explanation states its caveats
      expect(m.reference.url).toMatch(/^https:\/\//);
    }
    expect(CONTRAST_EXPLANATION.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(() => methodInfo('lime' as MethodId)).toThrow(/unknown/);
  });
});

describe('explain()', () => {
  it('runs every method and returns plain data only', async () => {
    const d = digits[6];
    for (const id of ALL) {
      const r = await explain(model, d.input, { method: id });
      expect(r.method).toBe(id);
      expect(r.data).toBeInstanceOf(Float32Array);
      expect(r.data).toHaveLength(784);
      expect(r.shape).toEqual([28, 28]);
      expect(r.signed).toBe(methodInfo(id).signed);
      expect(r.target).toBe(6);
      expect(r.data.every(Number.isFinite)).toBe(true);
      for (const v of Object.values(r)) expect(v instanceof tf.Tensor).toBe(false);
    }
  });

  it('passes target, contrast target and method options through', async () => {
    const d = digits[6];
    const r = await explain(model, d.input, {
      method: 'integrated-gradients', target: 6, contrastTarget: 5, options: { steps: 8, baseline: 'blur' },
    });
    expect(r).toMatchObject({ target: 6, contrastTarget: 5, steps: 8, baselineKind: 'blur' });
    const o = await explain(model, d.input, { method: 'occlusion', target: 0, options: { patchSize: 7, stride: 7 } });
    expect(o).toMatchObject({ target: 0, gridShape: [4, 4] });
  });

  it('leaks no tensors across calls', async () => {
    const d = digits[2];
    const once = async () => {
      for (const id of ALL) await explain(model, d.input, { method: id, options: id === 'integrated-gradients' ? { batchSize: 10 } : undefined });
      await explain(model, d.input, { method: 'smoothgrad', contrastTarget: 3 });
      await featureMaps(model, d.input);
    };
    await once(); // builds and caches the sub-models
    const before = tf.memory().numTensors;
    await once();
    await once();
    expect(tf.memory().numTensors).toBe(before);
    await expect(explain(model, new Float32Array(784).fill(NaN), { method: 'grad-cam' })).rejects.toThrow(/finite/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
