// `digit <image.png>`: classifies a photo, scan or drawing of a digit with the built-in CNN,
// through the same MNIST-style preprocessing as the web page. Node, tfjs wasm backend.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { classify } from '../digits/classify';
import { initWasmBackend } from '../digits/node-backend';
import { loadModelFromDir } from '../digits/node-io';
import { inkFromRgba, preprocessInk } from '../digits/preprocess';
import { decodePng, PngError } from '../image/png-decode';
import { CommandError, UsageError, type Command } from './command';

export const DIGITS_MODEL_DIR = path.join(__dirname, '..', '..', 'public', 'models', 'digits-cnn');

let model: Promise<tf.LayersModel> | null = null;

function loadModel(): Promise<tf.LayersModel> {
  model ??= initWasmBackend().then(() => loadModelFromDir(DIGITS_MODEL_DIR)).catch((e) => {
    model = null;
    throw new CommandError(`cannot load the digit model from ${DIGITS_MODEL_DIR}: ${e instanceof Error ? e.message : e}`);
  });
  return model;
}

export async function classifyPngFile(file: string) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CommandError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  let image;
  try {
    image = decodePng(bytes);
  } catch (e) {
    if (e instanceof PngError) throw new CommandError(`${file}: ${e.message} (only PNG images are supported)`);
    throw e;
  }
  const pre = preprocessInk(inkFromRgba(image.rgba, image.width, image.height));
  if (!pre.ok) return { file, prediction: null, confidence: null, probabilities: null, noDigit: pre.reason, message: pre.message };
  const c = classify(await loadModel(), pre.pixels);
  return {
    file,
    prediction: c.predicted,
    confidence: Number(c.confidence.toFixed(6)),
    probabilities: c.probabilities.map((p) => Number(p.toFixed(6))),
    noDigit: null,
    backend: tf.getBackend(),
  };
}

export const digitCommand: Command = {
  name: 'digit',
  usage: 'digit <image.png>',
  summary: 'Classify a PNG image of a handwritten digit with the built-in CNN (MNIST-style preprocessing).',
  async run(args) {
    if (args.length !== 1) throw new UsageError('digit takes exactly one PNG file, e.g. `digit my-digit.png`');
    return classifyPngFile(args[0]);
  },
};
