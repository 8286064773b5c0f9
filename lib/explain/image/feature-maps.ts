// What the digit CNN computes inside, as plain data: the activation maps of
// conv1 (26x26x32) and conv2 (11x11x64) after ReLU, the 64 dense1 units, the
// logits and the softmax probabilities, from one forward pass. The
// visualisation of intermediate feature maps follows Zeiler & Fergus 2014
// ("Visualizing and Understanding Convolutional Networks") and Yosinski et
// al. 2015 ("Understanding Neural Networks Through Deep Visualization").
// Maps are stored channel-major, so channel c is one contiguous
// [height, width] row-major block (feature-map-stack.ts).
import * as tf from '@tensorflow/tfjs';
import { LAYERS } from '../../digits/model';
import { modelParts, readAndDispose } from './logits-model';
import { checkInput, IMAGE_SIZE } from './types';
import type { FeatureMaps, FeatureMapStack } from './feature-map-stack';

// The plain-data types and channel views live in feature-map-stack.ts (no TensorFlow.js there).
export { channel, channels, type FeatureMaps, type FeatureMapStack } from './feature-map-stack';

async function stack(layer: string, t: tf.Tensor): Promise<FeatureMapStack> {
  const [, height, width, depth] = t.shape as number[]; // [1, h, w, c]
  const cm = tf.tidy(() => tf.transpose(t, [0, 3, 1, 2])); // [1, c, h, w]
  t.dispose();
  return { layer, width, height, channels: depth, data: await readAndDispose(cm) };
}

export async function featureMaps(model: tf.LayersModel, input: Float32Array): Promise<FeatureMaps> {
  checkInput(input);
  const outs = tf.tidy(() => modelParts(model).features.apply(
    tf.tensor4d(input, [1, IMAGE_SIZE, IMAGE_SIZE, 1]), // [1, 28, 28, 1]
    { training: false },
  ) as tf.Tensor[]); // conv1 [1,26,26,32], conv2 [1,11,11,64], dense1 [1,64], logits [1,10], probs [1,10]
  try {
    const [c1, c2, d1, lg, pr] = outs;
    const conv1 = await stack(LAYERS.conv1, c1);
    const conv2 = await stack(LAYERS.conv2, c2);
    const dense1 = await readAndDispose(d1);
    const logits = await readAndDispose(lg);
    const probabilities = await readAndDispose(pr);
    let predicted = 0;
    for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[predicted]) predicted = k;
    return { conv1, conv2, dense1, logits, probabilities, predicted };
  } finally {
    for (const t of outs) if (!t.isDisposed) t.dispose(); // only on errors
  }
}
