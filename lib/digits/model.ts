// The digit classifier of the article (section 5.2), corrected: one readable
// function that builds it, stable layer names for the saliency / feature-map
// code, and the browser loader. Node file I/O lives in ./node-io.ts so the
// browser bundle never imports `fs`.
//
// What the article printed could not run: it declared input_shape=(28, 28, 3)
// for grayscale digits and used categorical_crossentropy with integer labels.
// Here the input is 28x28x1 and training uses one-hot labels.
import * as tf from '@tensorflow/tfjs';

/** Layer names, addressed by name elsewhere (saliency, feature maps). */
export const LAYERS = {
  conv1: 'conv1', // [b, 26, 26, 32]
  pool1: 'pool1', // [b, 13, 13, 32]
  conv2: 'conv2', // [b, 11, 11, 64]
  pool2: 'pool2', // [b, 5, 5, 64]
  dropout1: 'dropout1', // training only
  flatten: 'flatten', // [b, 1600]
  dense1: 'dense1', // [b, 64]
  dropout2: 'dropout2', // training only
  logits: 'logits', // [b, 10] pre-softmax scores
  probs: 'probs', // [b, 10] softmax probabilities
} as const;

export const INPUT_SHAPE = [28, 28, 1] as const;
export const NUM_CLASSES = 10;
/** Where the app serves the exported model (files in public/models/digits-cnn/). */
export const DIGITS_MODEL_URL = '/models/digits-cnn/model.json';

export interface BuildOptions {
  /** Seed for the weight initialisers (default 1). */
  seed?: number;
  /** Dropout rates after pool2 and after dense1 (regularisation; off at inference). */
  dropout?: [number, number];
}

/**
 * input 28x28x1 -> Conv2D(32, 3x3, relu) -> MaxPool(2) -> Conv2D(64, 3x3, relu)
 * -> MaxPool(2) -> Flatten -> Dense(64, relu) -> Dense(10) -> softmax.
 * Dropout after pool2 and dense1 is the only regularisation besides data
 * augmentation; it is inactive at inference time.
 */
export function buildDigitsModel(options: BuildOptions = {}): tf.Sequential {
  const seed = options.seed ?? 1;
  const [drop1, drop2] = options.dropout ?? [0.1, 0.1];
  const he = (k: number) => tf.initializers.heNormal({ seed: seed * 100 + k });
  const glorot = (k: number) => tf.initializers.glorotUniform({ seed: seed * 100 + k });
  const model = tf.sequential({ name: 'digits_cnn' });
  model.add(tf.layers.conv2d({
    name: LAYERS.conv1, inputShape: [...INPUT_SHAPE], filters: 32, kernelSize: 3,
    activation: 'relu', padding: 'valid', kernelInitializer: he(1),
  })); // [b, 26, 26, 32]
  model.add(tf.layers.maxPooling2d({ name: LAYERS.pool1, poolSize: 2 })); // [b, 13, 13, 32]
  model.add(tf.layers.conv2d({
    name: LAYERS.conv2, filters: 64, kernelSize: 3,
    activation: 'relu', padding: 'valid', kernelInitializer: he(2),
  })); // [b, 11, 11, 64]
  model.add(tf.layers.maxPooling2d({ name: LAYERS.pool2, poolSize: 2 })); // [b, 5, 5, 64]
  model.add(tf.layers.dropout({ name: LAYERS.dropout1, rate: drop1 }));
  model.add(tf.layers.flatten({ name: LAYERS.flatten })); // [b, 1600]
  model.add(tf.layers.dense({
    name: LAYERS.dense1, units: 64, activation: 'relu', kernelInitializer: he(3),
  })); // [b, 64]
  model.add(tf.layers.dropout({ name: LAYERS.dropout2, rate: drop2 }));
  model.add(tf.layers.dense({
    name: LAYERS.logits, units: NUM_CLASSES, activation: 'linear', kernelInitializer: glorot(4),
  })); // [b, 10]
  model.add(tf.layers.activation({ name: LAYERS.probs, activation: 'softmax' })); // [b, 10]
  return model;
}

/** Browser (or any fetch-capable runtime): load the exported model from a URL. */
export function loadDigitsModel(url: string = DIGITS_MODEL_URL): Promise<tf.LayersModel> {
  return tf.loadLayersModel(url);
}
