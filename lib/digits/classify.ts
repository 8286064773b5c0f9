// Run the digit model on preprocessed 28x28 inputs and return plain data
// (no tensors escape). Framework-free: works with any tfjs backend, in the
// browser, a worker or Node.
import * as tf from '@tensorflow/tfjs';

export const PIXELS = 28 * 28;

export interface Classification {
  /** Softmax probability of each digit 0..9. */
  probabilities: number[];
  /** The most probable digit. */
  predicted: number;
  /** Its probability. */
  confidence: number;
}

function toClassification(p: ArrayLike<number>): Classification {
  const probabilities = Array.from(p);
  let predicted = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[predicted]) predicted = k;
  return { probabilities, predicted, confidence: probabilities[predicted] };
}

/** Classify many inputs at once: `inputs` is [n, 784] row-major. */
export function classifyBatch(model: tf.LayersModel, inputs: Float32Array, batchSize = 256): Classification[] {
  if (inputs.length % PIXELS !== 0) throw new Error(`input length ${inputs.length} is not a multiple of 784`);
  const n = inputs.length / PIXELS;
  const out: Classification[] = [];
  for (let start = 0; start < n; start += batchSize) {
    const size = Math.min(batchSize, n - start);
    const probs = tf.tidy(() => {
      const x = tf.tensor4d(inputs.subarray(start * PIXELS, (start + size) * PIXELS), [size, 28, 28, 1]); // [b, 28, 28, 1]
      return (model.predict(x) as tf.Tensor2D).dataSync(); // [b, 10]
    });
    const k = probs.length / size;
    for (let i = 0; i < size; i++) out.push(toClassification(probs.subarray(i * k, (i + 1) * k)));
  }
  return out;
}

/** Classify one preprocessed digit (Float32Array(784), values 0..1). */
export function classify(model: tf.LayersModel, input: Float32Array): Classification {
  if (input.length !== PIXELS) throw new Error(`expected 784 values, got ${input.length}`);
  return classifyBatch(model, input)[0];
}

/**
 * Classify one digit, reading the result back asynchronously: required on WebGPU, whose
 * synchronous read-back is slow on the main thread and unreliable in workers.
 */
export async function classifyAsync(model: tf.LayersModel, input: Float32Array): Promise<Classification> {
  if (input.length !== PIXELS) throw new Error(`expected 784 values, got ${input.length}`);
  const probs = tf.tidy(() => model.predict(tf.tensor4d(input, [1, 28, 28, 1])) as tf.Tensor2D); // [1, 10]
  try {
    return toClassification(await probs.data());
  } finally {
    probs.dispose();
  }
}
