// The SHIPPED model (public/models/digits-cnn) loads in Node and classifies
// held-out digits through the same preprocessing and classify() the app uses.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as tf from '@tensorflow/tfjs';
import { classify, classifyBatch } from '@/lib/digits/classify';
import { LAYERS, loadDigitsModel } from '@/lib/digits/model';
import { initWasmBackend } from '@/lib/digits/node-backend';
import { loadModelFromDir } from '@/lib/digits/node-io';
import { inkFromRgba, preprocessInk } from '@/lib/digits/preprocess';
import { image, loadDigits, loadSplit, PIXELS } from './data';

const MODEL_DIR = path.resolve(__dirname, '../../public/models/digits-cnn');
const digits = loadDigits();
const split = loadSplit(digits);
let model: tf.LayersModel;

function input(index: number): Float32Array {
  const r = preprocessInk({ data: image(digits, index), width: 28, height: 28 });
  if (!r.ok) throw new Error(r.reason);
  return r.pixels;
}

beforeAll(async () => {
  await initWasmBackend();
  model = await loadModelFromDir(MODEL_DIR);
});

describe('shipped digit model', () => {
  it('has the named layers the page addresses', () => {
    const names = model.layers.map((l) => l.name);
    for (const name of [LAYERS.conv1, LAYERS.conv2, LAYERS.dense1, LAYERS.logits, LAYERS.probs]) {
      expect(names).toContain(name);
    }
  });

  it('classifies the first held-out digit of every class correctly', () => {
    for (let d = 0; d < 10; d++) {
      const idx = split.heldOut.find((i) => digits.labels[i] === d)!;
      const res = classify(model, input(idx));
      expect(res.predicted).toBe(d);
      expect(res.probabilities).toHaveLength(10);
      expect(res.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      expect(res.confidence).toBe(Math.max(...res.probabilities));
    }
  });

  it('is at least 97% accurate on a 200-digit held-out subset', () => {
    const subset = split.heldOut.filter((_, k) => k % 10 === 0); // every 10th: 200 digits
    expect(subset.length).toBe(200);
    const x = new Float32Array(subset.length * PIXELS);
    subset.forEach((idx, k) => x.set(input(idx), k * PIXELS));
    const results = classifyBatch(model, x);
    const correct = results.filter((r, k) => r.predicted === digits.labels[subset[k]]).length;
    expect(correct / subset.length).toBeGreaterThanOrEqual(0.97);
  });

  it('loads over HTTP with the browser loader (relative weight paths resolve)', async () => {
    const server = createServer((req, res) => {
      try {
        const file = path.join(MODEL_DIR, path.basename(req.url ?? ''));
        res.end(readFileSync(file));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const web = await loadDigitsModel(`http://127.0.0.1:${port}/model.json`);
      const idx = split.heldOut[0];
      expect(classify(web, input(idx)).probabilities).toEqual(classify(model, input(idx)).probabilities);
    } finally {
      server.close();
    }
  });

  it('reads a canvas-style drawing (RGBA, dark on white, large) like the page does', () => {
    // A held-out "7" drawn 10x larger on white paper, as a canvas would hold it.
    const idx = split.heldOut.find((i) => digits.labels[i] === 7)!;
    const src = image(digits, idx);
    const size = 280;
    const rgba = new Uint8ClampedArray(size * size * 4);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const v = src[Math.floor(y / 10) * 28 + Math.floor(x / 10)];
        const g = Math.round(255 * (1 - v));
        rgba.set([g, g, g, 255], (y * size + x) * 4);
      }
    }
    const r = preprocessInk(inkFromRgba(rgba, size, size));
    expect(r.ok).toBe(true);
    if (r.ok) expect(classify(model, r.pixels).predicted).toBe(7);
  });
});
