// Gradient saliency: how much the class score (a logit) changes when one pixel
// changes a little. Vanilla gradient |d score / d x| (Simonyan, Vedaldi &
// Zisserman 2014, "Deep Inside Convolutional Networks") and gradient x input
// (Shrikumar et al. 2016, "Not Just a Black Box"), which is signed: positive
// where the ink present supports the class.
import * as tf from '@tensorflow/tfjs';
import { readAndDispose, resolveClasses, scoreGradients } from './logits-model';
import { IMAGE_SIZE, type ClassOptions, type ImageAttribution } from './types';

export interface GradientOptions extends ClassOptions {
  /** Vanilla gradient only: return |gradient| (default true) or the signed gradient. */
  absolute?: boolean;
}

/** Signed d score / d input of one image, as plain data. */
async function signedGradient(model: tf.LayersModel, input: Float32Array, mask: Float32Array): Promise<Float32Array> {
  const g = tf.tidy(() => {
    const x = tf.tensor4d(input, [1, IMAGE_SIZE, IMAGE_SIZE, 1]); // [1, 28, 28, 1]
    return scoreGradients(model, x, tf.tensor1d(mask)); // [1, 28, 28, 1]
  });
  return readAndDispose(g);
}

/** Vanilla gradient: |d score / d x| (unsigned), or the signed gradient with `absolute: false`. */
export async function vanillaGradient(
  model: tf.LayersModel,
  input: Float32Array,
  options: GradientOptions = {},
): Promise<ImageAttribution> {
  const cls = await resolveClasses(model, input, options);
  const g = await signedGradient(model, input, cls.mask);
  const absolute = options.absolute ?? true;
  if (absolute) for (let i = 0; i < g.length; i++) g[i] = Math.abs(g[i]);
  return {
    method: 'gradient', data: g, shape: [IMAGE_SIZE, IMAGE_SIZE], signed: !absolute,
    target: cls.target, contrastTarget: cls.contrastTarget, score: cls.score, logits: cls.logits,
  };
}

/** Gradient x input: x * d score / d x (signed; zero wherever the pixel is blank). */
export async function gradientTimesInput(
  model: tf.LayersModel,
  input: Float32Array,
  options: ClassOptions = {},
): Promise<ImageAttribution> {
  const cls = await resolveClasses(model, input, options);
  const g = await signedGradient(model, input, cls.mask);
  for (let i = 0; i < g.length; i++) g[i] *= input[i];
  return {
    method: 'gradient-x-input', data: g, shape: [IMAGE_SIZE, IMAGE_SIZE], signed: true,
    target: cls.target, contrastTarget: cls.contrastTarget, score: cls.score, logits: cls.logits,
  };
}
