// SmoothGrad (Smilkov, Thorat, Kim, Viegas & Wattenberg 2017, "SmoothGrad:
// removing noise by adding noise"): average the input gradient over copies of
// the image with Gaussian noise added, which smooths out the gradient's
// pixel-to-pixel fluctuations. Noise sigma defaults to 15% of the input's
// value range and 25 samples, all in ONE batched forward/backward pass. The
// noise comes from a seeded generator (rng.ts), so a seed gives the same map
// on every backend.
import * as tf from '@tensorflow/tfjs';
import { readAndDispose, resolveClasses, scoreGradients } from './logits-model';
import { gaussianNoise } from '../../util/rng';
import { IMAGE_SIZE, PIXELS, type ClassOptions, type ImageAttribution } from './types';

export interface SmoothGradOptions extends ClassOptions {
  /** Noisy copies (default 25). */
  samples?: number;
  /** Noise standard deviation as a share of (max - min) of the input (default 0.15). */
  noiseLevel?: number;
  /** Seed of the noise (default 0). */
  seed?: number;
  /** Return |mean gradient| (default true, like the vanilla gradient) or the signed mean. */
  absolute?: boolean;
}

export interface SmoothGradAttribution extends ImageAttribution {
  method: 'smoothgrad';
  samples: number;
  /** The noise standard deviation used, in input units. */
  sigma: number;
  seed: number;
}

export const SMOOTHGRAD_DEFAULTS = { samples: 25, noiseLevel: 0.15, seed: 0 } as const;

export async function smoothGrad(
  model: tf.LayersModel,
  input: Float32Array,
  options: SmoothGradOptions = {},
): Promise<SmoothGradAttribution> {
  const cls = await resolveClasses(model, input, options);
  const samples = options.samples ?? SMOOTHGRAD_DEFAULTS.samples;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError('samples must be a positive integer');
  const noiseLevel = options.noiseLevel ?? SMOOTHGRAD_DEFAULTS.noiseLevel;
  if (!(noiseLevel >= 0)) throw new RangeError('noiseLevel must be >= 0');
  const seed = options.seed ?? SMOOTHGRAD_DEFAULTS.seed;
  let lo = Infinity, hi = -Infinity;
  for (const v of input) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  const range = hi - lo > 0 ? hi - lo : 1; // a blank image: use the nominal 0..1 range
  const sigma = noiseLevel * range;
  const noise = gaussianNoise(samples * PIXELS, sigma, seed); // [samples, 784]

  const mean = tf.tidy(() => {
    const x = tf.tensor4d(input, [1, IMAGE_SIZE, IMAGE_SIZE, 1]); // [1, 28, 28, 1]
    const noisy = tf.add(x, tf.tensor4d(noise, [samples, IMAGE_SIZE, IMAGE_SIZE, 1])); // [samples, 28, 28, 1]
    const grads = scoreGradients(model, noisy as tf.Tensor4D, tf.tensor1d(cls.mask)); // [samples, 28, 28, 1]
    return tf.mean(grads, 0); // [28, 28, 1]
  });
  const data = await readAndDispose(mean);
  const absolute = options.absolute ?? true;
  if (absolute) for (let i = 0; i < data.length; i++) data[i] = Math.abs(data[i]);
  return {
    method: 'smoothgrad', data, shape: [IMAGE_SIZE, IMAGE_SIZE], signed: !absolute,
    target: cls.target, contrastTarget: cls.contrastTarget, score: cls.score, logits: cls.logits,
    samples, sigma, seed,
  };
}
