// Contrastive explanations, "why a and not b?": explain the logit difference
// logit[a] - logit[b] with any attribution method (the approach of contrastive
// Grad-CAM and of "why P rather than Q" explanations; see Miller 2019,
// "Explanation in Artificial Intelligence: Insights from the Social Sciences",
// on why people ask contrastive questions). Every method here supports it
// through `contrastTarget` (the one-hot score mask becomes e_a - e_b).
// For the methods that are linear in the score (gradient x input, signed
// gradient and SmoothGrad, Integrated Gradients, occlusion) this equals the
// attribution for a minus the attribution for b, which `attributionDifference`
// computes literally; for |gradient| and Grad-CAM (ReLU, normalisation) only
// the score form is meaningful.
import type * as tf from '@tensorflow/tfjs';
import { checkClass, type AttributionMethod, type ClassOptions, type ImageAttribution } from './types';

/** `method` explaining logit[a] - logit[b] (a defaults to the predicted digit). */
export async function contrast<O extends ClassOptions, R extends ImageAttribution>(
  method: AttributionMethod<O, R>,
  model: tf.LayersModel,
  input: Float32Array,
  a: number | undefined,
  b: number,
  options?: Omit<O, 'target' | 'contrastTarget'>,
): Promise<R> {
  checkClass(b, 'contrastTarget');
  return method(model, input, { ...options, target: a, contrastTarget: b } as O);
}

/** The attribution map for a minus the one for b (two runs of `method`); signed. */
export async function attributionDifference<O extends ClassOptions>(
  method: AttributionMethod<O>,
  model: tf.LayersModel,
  input: Float32Array,
  a: number,
  b: number,
  options?: Omit<O, 'target' | 'contrastTarget'>,
): Promise<ImageAttribution> {
  checkClass(a);
  checkClass(b, 'contrastTarget');
  if (a === b) throw new RangeError('contrastTarget must differ from target');
  const ra = await method(model, input, { ...options, target: a } as O);
  const rb = await method(model, input, { ...options, target: b } as O);
  const data = new Float32Array(ra.data.length);
  for (let i = 0; i < data.length; i++) data[i] = ra.data[i] - rb.data[i];
  return {
    method: ra.method, data, shape: ra.shape, signed: true,
    target: a, contrastTarget: b, score: ra.score - rb.score, logits: ra.logits,
  };
}
