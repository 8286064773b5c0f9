// The chat's embedding-model registry: every model can be served (built-in files present, hub
// models mirrored by the test hub), the calibration each one gets, and the engine's indexing
// progress for models without precomputed vectors.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_EMBEDDING_MODEL, EMBEDDING_MODELS, anyModelCalibration, calibrationFor, findEmbeddingModel } from './embedding-models';
import { createChatEngine } from './engine';
import { NODE_MODELS_DIR } from './node-engine';
import { defaultCalibration, refusalLogit } from './retriever';
import type { Retrieval } from './types';

const ROOT = path.join(__dirname, '..', '..');
const onnxFile = (dtype: 'fp32' | 'q8') => (dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx');

describe('embedding models', () => {
  it('has unique ids, the built-in model first, and every built-in model on disk', () => {
    expect(new Set(EMBEDDING_MODELS.map((m) => m.id)).size).toBe(EMBEDDING_MODELS.length);
    expect(BUILTIN_EMBEDDING_MODEL.source).toBe('builtin');
    expect(findEmbeddingModel('no/such-model')).toBeUndefined();
    for (const m of EMBEDDING_MODELS.filter((x) => x.source === 'builtin')) {
      const dir = path.join(NODE_MODELS_DIR, m.id);
      const bytes = ['config.json', 'tokenizer.json', 'tokenizer_config.json', path.join('onnx', onnxFile(m.dtype))].reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
      // the size the page announces is within 15 % of the files it downloads
      expect(Math.abs(bytes - m.downloadBytes) / bytes, m.id).toBeLessThan(0.15);
    }
  });

  it('lists hub models by hub id, and the test hub mirrors each of them', async () => {
    const mirrored = fs.readFileSync(path.join(ROOT, 'scripts', 'mock-hub.mjs'), 'utf8');
    for (const m of EMBEDDING_MODELS.filter((x) => x.source === 'hub')) {
      expect(m.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(mirrored).toContain(`'${m.id}':`);
      expect(m.calibrated && m.passageVectors).toBe(false);
    }
  });

  it('gives uncalibrated models a refusal model that ignores their similarity scores', () => {
    const hub = EMBEDDING_MODELS.find((m) => m.source === 'hub')!;
    expect(calibrationFor(BUILTIN_EMBEDDING_MODEL)).toBe(defaultCalibration);
    expect(calibrationFor(hub)).toBe(anyModelCalibration);
    const f: Retrieval['features'] = { coverage: 0.5, cosine: 0.1, lexical: 3, oov: 0.2, glossary: 0, charCoverage: 0.5, unknownWord: 0, classifier: 0.4, outOfScope: 0.1 };
    expect(refusalLogit(anyModelCalibration, f)).toBe(refusalLogit(anyModelCalibration, { ...f, cosine: 0.9 }));
    expect(refusalLogit(defaultCalibration, f)).not.toBe(refusalLogit(defaultCalibration, { ...f, cosine: 0.9 }));
    expect(anyModelCalibration.threshold).toBeGreaterThan(0);
    expect(anyModelCalibration.threshold).toBeLessThanOrEqual(0.5); // never refuses what it rates likelier in scope than not
  });
});

describe('chat engine with an embedding model that has no precomputed vectors', () => {
  // A stand-in model: bag of character codes, folded into 32 dimensions, unit length.
  const extract = async (texts: string[]) => texts.map((t) => {
    const v = new Array(32).fill(0);
    for (const ch of t) v[ch.codePointAt(0)! % 32] += 1;
    const n = Math.hypot(...v) || 1;
    return v.map((x) => x / n);
  });

  it('reports indexing progress up to every passage, then answers and refuses with the lexical refusal model', async () => {
    const progress: [number, number][] = [];
    const engine = await createChatEngine({ extract, calibration: anyModelCalibration, onIndexProgress: (done, total) => progress.push([done, total]) });
    const total = engine.kb.docs.length;
    expect(engine.precomputedVectors).toBe(false);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([total, total]);
    const inScope = await engine.ask('How can I stop my model from overfitting?');
    expect(inScope.refused).toBe(false);
    expect(inScope.sources[0].section).toBe('9.7');
    expect((await engine.ask('What is the weather in Paris tomorrow?')).refused).toBe(true);
    expect((await engine.ask('巴黎明天天气怎么样？')).refused).toBe(true);
  });
});
