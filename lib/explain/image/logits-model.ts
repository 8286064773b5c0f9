// Views of the digit CNN that the explanation methods need, built once per
// model and cached: input -> logits (pre-softmax scores: saliency methods
// explain logits, not probabilities, whose softmax couples all classes and
// saturates, Simonyan et al. 2014), input -> conv2 plus the conv2 -> logits
// head (Grad-CAM), and input -> [conv1, conv2, dense1, logits, probs]
// (feature maps). The sub-models share the shipped model's weights; nothing
// here modifies the model.
//
// The class score is the logit of the target, selected by multiplying the
// logits with a one-hot mask: `gather` has no gradient on the tfjs wasm
// backend (UnsortedSegmentSum is missing), a mask works on every backend.
// With a contrast class the mask is e_target - e_contrast.
import * as tf from '@tensorflow/tfjs';
import { LAYERS } from '../../digits/model';
import { checkClass, checkInput, IMAGE_SIZE, NUM_CLASSES, type ClassOptions } from './types';

export interface ModelParts {
  /** input [b, 28, 28, 1] -> logits [b, 10]. */
  logits: tf.LayersModel;
  /** input [b, 28, 28, 1] -> conv2 activations [b, 11, 11, 64] (last conv layer, after ReLU). */
  conv2: tf.LayersModel;
  /** conv2 activations [b, 11, 11, 64] -> logits [b, 10], applying the model's own layers (inference mode). */
  head: (activations: tf.Tensor4D) => tf.Tensor2D;
  /** input -> [conv1 [b,26,26,32], conv2 [b,11,11,64], dense1 [b,64], logits [b,10], probs [b,10]]. */
  features: tf.LayersModel;
}

export const FEATURE_OUTPUTS = [LAYERS.conv1, LAYERS.conv2, LAYERS.dense1, LAYERS.logits, LAYERS.probs] as const;

const cache = new WeakMap<tf.LayersModel, ModelParts>();

function output(model: tf.LayersModel, name: string): tf.SymbolicTensor {
  const out = model.getLayer(name).output;
  if (Array.isArray(out)) throw new Error(`layer ${name} has several outputs`);
  return out;
}

/** The layers after `from` up to and including `to`, in order (a plain chain, as in the Sequential model). */
function chain(model: tf.LayersModel, from: string, to: string): tf.layers.Layer[] {
  const layers = model.layers;
  const i = layers.findIndex((l) => l.name === from);
  const j = layers.findIndex((l) => l.name === to);
  if (i < 0 || j <= i) throw new Error(`model has no ${from} -> ${to} chain`);
  return layers.slice(i + 1, j + 1);
}

/** Cached views of `model` (built on first use; they share its weights). */
export function modelParts(model: tf.LayersModel): ModelParts {
  const hit = cache.get(model);
  if (hit) return hit;
  const inputs = model.inputs;
  const headLayers = chain(model, LAYERS.conv2, LAYERS.logits); // pool2, dropout1, flatten, dense1, dropout2, logits
  const parts: ModelParts = {
    logits: tf.model({ inputs, outputs: output(model, LAYERS.logits), name: `${model.name}_logits` }),
    conv2: tf.model({ inputs, outputs: output(model, LAYERS.conv2), name: `${model.name}_conv2` }),
    // Eager application of the existing layers: no new graph nodes are added to the shared model.
    head: (activations) => {
      let y: tf.Tensor = activations; // [b, 11, 11, 64]
      for (const layer of headLayers) y = layer.apply(y, { training: false }) as tf.Tensor;
      return y as tf.Tensor2D; // [b, 10]
    },
    features: tf.model({
      inputs,
      outputs: FEATURE_OUTPUTS.map((name) => output(model, name)),
      name: `${model.name}_features`,
    }),
  };
  cache.set(model, parts);
  return parts;
}

/** Row vector selecting the explained score from the logits: e_target (- e_contrast). */
export function scoreMask(target: number, contrastTarget: number | null): Float32Array {
  const w = new Float32Array(NUM_CLASSES);
  w[target] = 1;
  if (contrastTarget !== null) w[contrastTarget] -= 1;
  return w;
}

/** Per-example class score: sum(logits * mask) along the class axis. */
export function classScores(logits: tf.Tensor2D, mask: tf.Tensor1D): tf.Tensor1D {
  return tf.sum(tf.mul(logits, mask), 1) as tf.Tensor1D; // [b]
}

/** d score / d input for a batch of images; call inside tf.tidy. */
export function scoreGradients(model: tf.LayersModel, xs: tf.Tensor4D, mask: tf.Tensor1D): tf.Tensor4D {
  const { logits } = modelParts(model);
  const total = (x: tf.Tensor) => tf.sum(classScores(logits.apply(x, { training: false }) as tf.Tensor2D, mask)); // scalar
  // The examples are independent (no batch statistics), so the gradient of the sum is the per-example gradient.
  return tf.grad(total)(xs) as tf.Tensor4D; // [b, 28, 28, 1]
}

/** Logits [n, 10] of `n` images given as one row-major Float32Array(n * 784). */
export async function batchLogits(model: tf.LayersModel, images: Float32Array): Promise<Float32Array> {
  const n = images.length / (IMAGE_SIZE * IMAGE_SIZE);
  const out = tf.tidy(() => modelParts(model).logits.apply(
    tf.tensor4d(images, [n, IMAGE_SIZE, IMAGE_SIZE, 1]), // [n, 28, 28, 1]
    { training: false },
  ) as tf.Tensor2D); // [n, 10]
  return readAndDispose(out);
}

export interface ResolvedClasses {
  target: number;
  contrastTarget: number | null;
  /** Logits at the input. */
  logits: Float32Array;
  /** logit[target] (- logit[contrastTarget]). */
  score: number;
  mask: Float32Array;
}

/** Check the input, run the model once and settle the target (default: the predicted digit). */
export async function resolveClasses(
  model: tf.LayersModel,
  input: Float32Array,
  options: ClassOptions = {},
): Promise<ResolvedClasses> {
  checkInput(input);
  const logits = await batchLogits(model, input);
  let target = options.target;
  if (target === undefined) {
    target = 0;
    for (let k = 1; k < logits.length; k++) if (logits[k] > logits[target]) target = k;
  }
  checkClass(target);
  const contrastTarget = options.contrastTarget ?? null;
  if (contrastTarget !== null) {
    checkClass(contrastTarget, 'contrastTarget');
    if (contrastTarget === target) throw new RangeError('contrastTarget must differ from target');
  }
  const score = logits[target] - (contrastTarget === null ? 0 : logits[contrastTarget]);
  return { target, contrastTarget, logits, score, mask: scoreMask(target, contrastTarget) };
}

/** Read a tensor back as plain data and dispose it (async: WebGPU-safe). */
export async function readAndDispose(t: tf.Tensor): Promise<Float32Array> {
  try {
    return Float32Array.from(await t.data());
  } finally {
    t.dispose();
  }
}
