// Node-only helpers for the unit tests of the image explanation methods: the
// SHIPPED digit model (public/models/digits-cnn) on the wasm backend, held-out
// digits of the fixed split (normalised exactly as the app does), and a copy
// of a model with some layers re-initialised for the model-randomisation
// sanity check (Adebayo et al. 2018). Never import this from browser code.
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { initWasmBackend } from '../../digits/node-backend';
import { loadModelFromDir } from '../../digits/node-io';
import { preprocessInk } from '../../digits/preprocess';
import { image, loadDigits, loadSplit } from '../../../models/digits-cnn/data';

export const SHIPPED_MODEL_DIR = path.resolve(__dirname, '../../../public/models/digits-cnn');

let shipped: Promise<tf.LayersModel> | null = null;

/** The shipped model on the wasm backend (loaded once per test file). */
export function shippedModel(): Promise<tf.LayersModel> {
  shipped ??= initWasmBackend().then(() => loadModelFromDir(SHIPPED_MODEL_DIR));
  return shipped;
}

export interface HeldOutDigit {
  index: number;
  label: number;
  input: Float32Array; // [784]
}

/** `perClass` held-out digits of every class (the first ones of the split, offset by `skip`), class by class. */
export function heldOutDigits(perClass: number, skip = 0): HeldOutDigit[] {
  const digits = loadDigits();
  const split = loadSplit(digits);
  const out: HeldOutDigit[] = [];
  for (let d = 0; d < 10; d++) {
    const idx = split.heldOut.filter((i) => digits.labels[i] === d).slice(skip, skip + perClass);
    for (const index of idx) {
      const r = preprocessInk({ data: image(digits, index), width: 28, height: 28 });
      if (!r.ok) throw new Error(`held-out digit ${index}: ${r.reason}`);
      out.push({ index, label: d, input: r.pixels });
    }
  }
  return out;
}

/** An independent copy of `model` (topology and weights); the original is untouched. */
export async function cloneModel(model: tf.LayersModel): Promise<tf.LayersModel> {
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  if (!saved) throw new Error('model did not save');
  return tf.loadLayersModel(tf.io.fromMemory(saved));
}

/** A copy of `model` whose named layers get fresh random weights (seeded, He-normal kernels, zero biases). */
export async function randomizedCopy(model: tf.LayersModel, layerNames: string[], seed = 1): Promise<tf.LayersModel> {
  const copy = await cloneModel(model);
  layerNames.forEach((name, k) => {
    const layer = copy.getLayer(name);
    const fresh = tf.tidy(() => layer.getWeights().map((w, j) => {
      if (w.shape.length === 1) return tf.zerosLike(w); // bias
      const fanIn = w.shape.slice(0, -1).reduce((a, b) => a * b, 1);
      return tf.randomNormal(w.shape, 0, Math.sqrt(2 / fanIn), 'float32', seed * 1000 + k * 10 + j);
    }));
    layer.setWeights(fresh);
    fresh.forEach((t) => t.dispose());
  });
  return copy;
}

/** Bounding box of the pixels above `threshold`. */
export function inkBox(input: Float32Array, threshold = 0.2): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = 28, y0 = 28, x1 = -1, y1 = -1;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      if (input[y * 28 + x] > threshold) {
        x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      }
    }
  }
  return { x0, y0, x1, y1 };
}

export function argMax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
