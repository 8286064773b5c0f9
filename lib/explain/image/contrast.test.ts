// "Why a and not b": the attribution of logit[a] - logit[b] equals the
// attribution for a minus that for b for the methods linear in the score.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as tf from '@tensorflow/tfjs';
import { attributionDifference, contrast } from './contrast';
import { gradCam } from './grad-cam';
import { gradientTimesInput } from './gradient';
import { integratedGradients } from './integrated-gradients';
import { heldOutDigits, shippedModel } from './node-test-helpers';
import { occlusion } from './occlusion';

let model: tf.LayersModel;
const digits = heldOutDigits(1);
beforeAll(async () => { model = await shippedModel(); });

describe('contrast', () => {
  it('explains logit[a] - logit[b] and equals the difference of the two attributions (IG)', async () => {
    const d = digits[7]; // a 7: why 7 and not 1?
    const c = await contrast(integratedGradients, model, d.input, 7, 1, { steps: 16 });
    expect(c).toMatchObject({ method: 'integrated-gradients', target: 7, contrastTarget: 1, signed: true });
    expect(c.score).toBeCloseTo(c.logits[7] - c.logits[1], 4);
    const diff = await attributionDifference(integratedGradients, model, d.input, 7, 1, { steps: 16 });
    expect(diff.contrastTarget).toBe(1);
    for (let i = 0; i < 784; i++) expect(c.data[i]).toBeCloseTo(diff.data[i], 4);
    expect(Math.abs(c.completenessGap)).toBeLessThan(0.05 * Math.abs(c.score - c.baselineScore));
  });

  it('works with gradient x input and occlusion, and defaults a to the predicted digit', async () => {
    const d = digits[4];
    const gx = await contrast(gradientTimesInput, model, d.input, undefined, 9);
    expect(gx.target).toBe(4);
    const gxDiff = await attributionDifference(gradientTimesInput, model, d.input, 4, 9);
    for (let i = 0; i < 784; i++) expect(gx.data[i]).toBeCloseTo(gxDiff.data[i], 4);
    const occ = await contrast(occlusion, model, d.input, 4, 9, { stride: 4 });
    const occDiff = await attributionDifference(occlusion, model, d.input, 4, 9, { stride: 4 });
    for (let i = 0; i < 784; i++) expect(occ.data[i]).toBeCloseTo(occDiff.data[i], 3);
  });

  it('gives Grad-CAM of the score difference', async () => {
    const d = digits[3];
    const plain = await gradCam(model, d.input, { target: 3 });
    const c = await contrast(gradCam, model, d.input, 3, 5);
    expect(c.contrastTarget).toBe(5);
    expect(Array.from(c.channelWeights)).not.toEqual(Array.from(plain.channelWeights));
  });

  it('rejects b = a and bad classes', async () => {
    await expect(contrast(gradientTimesInput, model, digits[2].input, 2, 2)).rejects.toThrow(/differ/);
    await expect(attributionDifference(gradientTimesInput, model, digits[2].input, 2, 2)).rejects.toThrow(/differ/);
    await expect(contrast(gradientTimesInput, model, digits[2].input, 2, -1)).rejects.toThrow(/contrastTarget/);
  });
});
