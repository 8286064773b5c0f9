// Deletion test (in the spirit of Samek et al. 2017, "Evaluating the
// visualization of what a deep neural network has learned", and Petsiuk et
// al. 2018, RISE): erasing the ink pixels that Integrated Gradients ranks
// highest must hurt the target logit more than erasing as many random ink
// pixels (seeded), averaged over 20 held-out digits.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as tf from '@tensorflow/tfjs';
import { integratedGradients } from './integrated-gradients';
import { batchLogits } from './logits-model';
import { heldOutDigits, shippedModel } from './node-test-helpers';
import { mulberry32, sample } from '../../util/rng';
import { PIXELS } from './types';

let model: tf.LayersModel;
const digits = heldOutDigits(2); // 20 digits
beforeAll(async () => { model = await shippedModel(); });

const INK = 0.2; // a pixel with more ink than this counts as ink
const SHARE = 0.1;
const RANDOM_DRAWS = 5;

describe('deletion test', () => {
  it('removing the top 10% of ink pixels by IG lowers the target logit more than removing 10% at random', async () => {
    const rng = mulberry32(2024);
    const igDrops: number[] = [], randomDrops: number[] = [];
    for (const d of digits) {
      const ig = await integratedGradients(model, d.input);
      const ink = Array.from({ length: PIXELS }, (_, i) => i).filter((i) => d.input[i] > INK);
      const k = Math.ceil(SHARE * ink.length);
      const top = ink.slice().sort((a, b) => ig.data[b] - ig.data[a]).slice(0, k);
      const erased = [top, ...Array.from({ length: RANDOM_DRAWS }, () => sample(ink, k, rng))];
      const batch = new Float32Array(erased.length * PIXELS);
      erased.forEach((pixels, j) => {
        const img = batch.subarray(j * PIXELS, (j + 1) * PIXELS);
        img.set(d.input);
        for (const p of pixels) img[p] = 0;
      });
      const logits = await batchLogits(model, batch);
      const drop = (j: number) => ig.score - logits[j * 10 + ig.target];
      igDrops.push(drop(0));
      randomDrops.push(Array.from({ length: RANDOM_DRAWS }, (_, j) => drop(j + 1)).reduce((a, b) => a + b) / RANDOM_DRAWS);
    }
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const wins = igDrops.filter((v, i) => v > randomDrops[i]).length;
    console.info(
      `deletion (${digits.length} digits): mean logit drop IG-top-10% ${mean(igDrops).toFixed(3)}, ` +
      `random-10% ${mean(randomDrops).toFixed(3)}; IG larger on ${wins}/${digits.length}`,
    );
    expect(mean(igDrops)).toBeGreaterThan(mean(randomDrops));
    expect(wins).toBeGreaterThan(digits.length / 2);
  });
});
