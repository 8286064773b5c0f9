// Shared plain-data types of the image explanation methods for the digit CNN
// (lib/digits/model.ts): what every method takes (a LayersModel, a 28x28
// input as Float32Array(784), a target class) and what it returns (plain
// typed arrays, never tensors, so results cross a worker boundary as-is).
import type * as tf from '@tensorflow/tfjs';

export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE; // 784
export const NUM_CLASSES = 10;

export type MethodId =
  | 'gradient'
  | 'gradient-x-input'
  | 'smoothgrad'
  | 'integrated-gradients'
  | 'grad-cam'
  | 'occlusion';

/** Which class score to explain. */
export interface ClassOptions {
  /** Digit whose score is explained (default: the predicted digit). */
  target?: number;
  /**
   * "Why target and not this digit?": explain logit[target] - logit[contrastTarget]
   * instead of logit[target] (see contrast.ts).
   */
  contrastTarget?: number;
}

/** A per-pixel attribution map over the 28x28 input. */
export interface ImageAttribution {
  method: MethodId;
  /** Row-major [28, 28] values. */
  data: Float32Array;
  shape: [number, number];
  /** true: positive and negative values both mean something (diverging colour scale). */
  signed: boolean;
  /** The explained digit. */
  target: number;
  /** The digit it is contrasted with, or null. */
  contrastTarget: number | null;
  /** The explained score at the input: logit[target] (- logit[contrastTarget]). */
  score: number;
  /** All ten logits at the input (pre-softmax). */
  logits: Float32Array;
}

/** Any attribution method: the model, the input and its options in, plain data out. */
export type AttributionMethod<O extends ClassOptions = ClassOptions, R extends ImageAttribution = ImageAttribution> = (
  model: tf.LayersModel,
  input: Float32Array,
  options?: O,
) => Promise<R>;

/** Throws unless `input` is a 28x28 image of finite numbers. */
export function checkInput(input: Float32Array): void {
  if (!(input instanceof Float32Array)) throw new TypeError('input must be a Float32Array(784)');
  if (input.length !== PIXELS) throw new RangeError(`expected ${PIXELS} values (28x28), got ${input.length}`);
  for (let i = 0; i < input.length; i++) {
    if (!Number.isFinite(input[i])) throw new RangeError(`input[${i}] is not a finite number`);
  }
}

/** Throws unless `c` is a digit 0..9. */
export function checkClass(c: number, what = 'target'): void {
  if (!Number.isInteger(c) || c < 0 || c >= NUM_CLASSES) {
    throw new RangeError(`${what} must be an integer class 0..${NUM_CLASSES - 1}, got ${c}`);
  }
}
