// Integrated Gradients (Sundararajan, Taly & Yan 2017, "Axiomatic Attribution
// for Deep Networks"): attribution_i = (x_i - x'_i) * integral over a in [0, 1]
// of d score / d x_i at x' + a (x - x'), for a baseline image x' (black by
// default, or a blurred copy of the input). The integral is the trapezoid rule
// on `steps` intervals; the path images are batched (in chunks of at most
// `batchSize`). Completeness: the attributions should sum to
// score(x) - score(x'); the result reports the gap, which shrinks as steps grow.
import * as tf from '@tensorflow/tfjs';
import { blackBaseline, gaussianBlur, type BaselineKind } from './baselines';
import { batchLogits, readAndDispose, resolveClasses, scoreGradients } from './logits-model';
import { IMAGE_SIZE, PIXELS, type ClassOptions, type ImageAttribution } from './types';

export interface IntegratedGradientsOptions extends ClassOptions {
  /** Intervals of the path (default 32; steps + 1 gradient evaluations). */
  steps?: number;
  /** 'black' (default), 'blur', or an explicit 28x28 baseline image. */
  baseline?: BaselineKind | Float32Array;
  /** Blur standard deviation in pixels for the 'blur' baseline (default 4). */
  blurSigma?: number;
  /** Most path images per forward/backward pass (default 64). */
  batchSize?: number;
}

export interface IntegratedGradientsAttribution extends ImageAttribution {
  method: 'integrated-gradients';
  steps: number;
  baselineKind: BaselineKind | 'custom';
  /** The baseline image x'. */
  baseline: Float32Array;
  /** score(x') with the same target / contrast. */
  baselineScore: number;
  /** sum(attributions) - (score(x) - score(x')): zero for the exact integral. */
  completenessGap: number;
}

export const IG_DEFAULTS = { steps: 32, blurSigma: 4, batchSize: 64 } as const;

/** Trapezoid weights of the points a_k = k / steps, k = 0..steps (they sum to 1). */
export function trapezoidWeights(steps: number): Float32Array {
  const w = new Float32Array(steps + 1).fill(1 / steps);
  w[0] = w[steps] = 1 / (2 * steps);
  return w;
}

function makeBaseline(input: Float32Array, options: IntegratedGradientsOptions): [Float32Array, BaselineKind | 'custom'] {
  const b = options.baseline ?? 'black';
  if (b instanceof Float32Array) {
    if (b.length !== PIXELS) throw new RangeError(`baseline must have ${PIXELS} values`);
    return [b, 'custom'];
  }
  if (b === 'black') return [blackBaseline(), 'black'];
  if (b === 'blur') return [gaussianBlur(input, options.blurSigma ?? IG_DEFAULTS.blurSigma), 'blur'];
  throw new RangeError(`unknown baseline ${String(b)}`);
}

export async function integratedGradients(
  model: tf.LayersModel,
  input: Float32Array,
  options: IntegratedGradientsOptions = {},
): Promise<IntegratedGradientsAttribution> {
  const cls = await resolveClasses(model, input, options);
  const steps = options.steps ?? IG_DEFAULTS.steps;
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError('steps must be a positive integer');
  const batchSize = options.batchSize ?? IG_DEFAULTS.batchSize;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  const [baseline, baselineKind] = makeBaseline(input, options);

  const points = steps + 1;
  const weights = trapezoidWeights(steps);
  const chunks = Math.ceil(points / batchSize);
  const chunk = Math.ceil(points / chunks); // even chunks
  const avgGrad = new Float64Array(PIXELS); // sum_k w_k * grad(x' + a_k (x - x'))
  for (let start = 0; start < points; start += chunk) {
    const size = Math.min(chunk, points - start);
    const alphas = Float32Array.from({ length: size }, (_, k) => (start + k) / steps);
    const part = tf.tidy(() => {
      const x = tf.tensor4d(input, [1, IMAGE_SIZE, IMAGE_SIZE, 1]); // [1, 28, 28, 1]
      const base = tf.tensor4d(baseline, [1, IMAGE_SIZE, IMAGE_SIZE, 1]); // [1, 28, 28, 1]
      const a = tf.tensor4d(alphas, [size, 1, 1, 1]); // [size, 1, 1, 1]
      const path = tf.add(base, tf.mul(a, tf.sub(x, base))) as tf.Tensor4D; // [size, 28, 28, 1]
      const grads = scoreGradients(model, path, tf.tensor1d(cls.mask)); // [size, 28, 28, 1]
      const w = tf.tensor4d(weights.subarray(start, start + size), [size, 1, 1, 1]); // [size, 1, 1, 1]
      return tf.sum(tf.mul(grads, w), 0); // [28, 28, 1]
    });
    const values = await readAndDispose(part);
    for (let i = 0; i < PIXELS; i++) avgGrad[i] += values[i];
  }

  const data = new Float32Array(PIXELS);
  let total = 0;
  for (let i = 0; i < PIXELS; i++) {
    data[i] = (input[i] - baseline[i]) * avgGrad[i];
    total += data[i];
  }
  const bl = await batchLogits(model, baseline); // [1, 10]
  let baselineScore = 0;
  for (let k = 0; k < cls.mask.length; k++) baselineScore += cls.mask[k] * bl[k];
  return {
    method: 'integrated-gradients', data, shape: [IMAGE_SIZE, IMAGE_SIZE], signed: true,
    target: cls.target, contrastTarget: cls.contrastTarget, score: cls.score, logits: cls.logits,
    steps, baselineKind, baseline, baselineScore,
    completenessGap: total - (cls.score - baselineScore),
  };
}
