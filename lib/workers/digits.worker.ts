// Web Worker that owns the digit CNN: backend choice, model download with progress,
// preprocessing, classification, explanations and feature maps. Speaks ./digits-protocol.ts.
// Requests run one at a time, a classification before pending explanations and feature maps;
// explanation requests superseded by newer ones are skipped.
import * as tf from '@tensorflow/tfjs';
import { classifyAsync } from '../digits/classify';
import { DIGITS_MODEL_URL } from '../digits/model';
import { inkFromRgba, preprocessInk } from '../digits/preprocess';
import { chooseBackend } from '../digits/tf-backend';
import { explain, featureMaps } from '../explain/image/index';
import type { Backend } from '../platform/capabilities';
import type { DigitsRequest, DigitsResponse } from './digits-protocol';
import { createRequestScheduler } from './request-scheduler';

const scope = self as unknown as { postMessage(m: DigitsResponse, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<DigitsRequest>) => void) | null };
const post = (m: DigitsResponse, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

let model: tf.LayersModel | null = null;
/** The last classified 28x28 input (null: no digit), which explain/features work on. */
let lastInput: Float32Array | null = null;
/** The id of the classify request that set lastInput. */
let lastInputId = 0;
const newest = { explain: 0, features: 0 };

async function load(preferred?: Backend): Promise<void> {
  const t0 = performance.now();
  model?.dispose();
  model = null;
  post({ type: 'progress', stage: 'backend', fraction: 0 });
  let choice;
  try {
    choice = await chooseBackend(preferred);
  } catch (e) {
    post({ type: 'error', code: 'backend', message: message(e) });
    return;
  }
  post({ type: 'progress', stage: 'model', fraction: 0 });
  try {
    model = await tf.loadLayersModel(DIGITS_MODEL_URL, {
      onProgress: (fraction) => post({ type: 'progress', stage: 'model', fraction }),
    });
    // Warm-up: compiles shaders / kernels so the first drawing is not slow.
    await classifyAsync(model, new Float32Array(28 * 28));
  } catch (e) {
    model = null;
    post({ type: 'error', code: 'model-load', message: `Could not load the digit model (${DIGITS_MODEL_URL}): ${message(e)}` });
    return;
  }
  post({ type: 'ready', backend: choice.backend, failed: choice.failed, loadMs: performance.now() - t0 });
}

async function classifyImage(req: Extract<DigitsRequest, { type: 'classify' }>) {
  const t0 = performance.now();
  if (!model) return post({ type: 'error', id: req.id, code: 'not-ready', message: 'The model is not loaded yet.' });
  const { rgba, width, height } = req.image;
  if (!width || !height || rgba.length !== width * height * 4) {
    return post({ type: 'error', id: req.id, code: 'bad-input', message: `Image data does not match its size (${width}x${height}).` });
  }
  const pre = preprocessInk(inkFromRgba(rgba, width, height));
  lastInputId = req.id;
  if (!pre.ok) {
    lastInput = null;
    return post({ type: 'result', id: req.id, input: null, transform: null, noDigit: { reason: pre.reason }, classification: null, ms: performance.now() - t0 });
  }
  lastInput = pre.pixels;
  try {
    const classification = await classifyAsync(model, pre.pixels);
    const input = pre.pixels.slice();
    const transform = { box: pre.box, placed: pre.placed, sourceWidth: width, sourceHeight: height };
    post({ type: 'result', id: req.id, input, transform, noDigit: null, classification, ms: performance.now() - t0 }, [input.buffer]);
  } catch (e) {
    post({ type: 'error', id: req.id, code: 'inference', message: message(e) });
  }
}

async function explainLast(req: Extract<DigitsRequest, { type: 'explain' }>) {
  if (req.id < newest.explain) return; // a newer request is queued
  const t0 = performance.now();
  if (!model) return post({ type: 'error', id: req.id, code: 'not-ready', message: 'The model is not loaded yet.' });
  if (!lastInput) return post({ type: 'explanation', id: req.id, inputId: lastInputId, explanation: null, ms: 0 });
  const inputId = lastInputId;
  try {
    const result = await explain(model, lastInput, req.request);
    const { method, data, shape, signed, target, contrastTarget, score, logits } = result;
    const extra = result as { completenessGap?: number; baselineScore?: number };
    post({
      type: 'explanation', id: req.id, inputId, ms: performance.now() - t0,
      explanation: { method, data, shape, signed, target, contrastTarget, score, logits, completenessGap: extra.completenessGap, baselineScore: extra.baselineScore },
    }, [data.buffer]);
  } catch (e) {
    post({ type: 'error', id: req.id, code: 'explain', message: message(e) });
  }
}

async function featuresOfLast(req: Extract<DigitsRequest, { type: 'features' }>) {
  if (req.id < newest.features) return;
  const t0 = performance.now();
  if (!model) return post({ type: 'error', id: req.id, code: 'not-ready', message: 'The model is not loaded yet.' });
  if (!lastInput) return post({ type: 'features', id: req.id, maps: null, ms: 0 });
  try {
    const maps = await featureMaps(model, lastInput);
    post({ type: 'features', id: req.id, maps, ms: performance.now() - t0 }, [maps.conv1.data.buffer, maps.conv2.data.buffer]);
  } catch (e) {
    post({ type: 'error', id: req.id, code: 'explain', message: message(e) });
  }
}

// One request at a time; a new drawing's classification goes before the previous drawing's
// explanation and feature maps (request-scheduler.ts), so the live prediction keeps up with the pen.
const scheduler = createRequestScheduler<DigitsRequest>(['load', 'classify', 'explain', 'features'], (req) => {
  switch (req.type) {
    case 'load': return load(req.backend);
    case 'classify': return classifyImage(req);
    case 'explain': return explainLast(req);
    case 'features': return featuresOfLast(req);
  }
});

scope.onmessage = (event) => {
  const req = event.data;
  if (req.type === 'explain') newest.explain = Math.max(newest.explain, req.id);
  if (req.type === 'features') newest.features = Math.max(newest.features, req.id);
  scheduler.push(req);
};
