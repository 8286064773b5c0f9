// Parity: every shipped ONNX file (fp32) against model.ts' tfjs forward pass with
// the same weights, within 1e-4 on logits / hidden states and attention maps;
// the int8 file's agreement is measured (argmax / cosine) and must stay high. A classifier with an
// n-gram branch is compared with the tfjs encoder's logits mixed with ngram-branch.ts' scores.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-node';
import { initWasmBackend } from '../../lib/digits/node-backend';
import { TEXT_MODEL_IDS } from '../../lib/text/labels';
import { batchTensors, forward, initWeights, weightShapes, type EncoderConfig } from './model';
import { buildOnnx, outputNames, weightsFromOnnx } from './export-onnx';
import { WordPieceTokenizer } from './tokenizer';
import { mixLogits, ngramLogits, ngramShapes } from './ngram-branch';

// GLASSBOX_MODELS_DIR points the test at another export root (e.g. a smoke run).
const MODELS_DIR = process.env.GLASSBOX_MODELS_DIR ?? path.join(process.cwd(), 'public', 'models');

const SENTENCES = ['The movie was not bad at all!', '虽然价格有点贵，但是质量很好。', 'How do I stop my model from overfitting?', '隐私'];

function loadShipped(id: string) {
  const dir = path.join(MODELS_DIR, id);
  const cfg = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
  const tj = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
  const vocab: string[] = [];
  for (const [t, i] of Object.entries(tj.model.vocab as Record<string, number>)) vocab[i] = t;
  const c: EncoderConfig = {
    vocabSize: cfg.vocab_size, hidden: cfg.hidden_size, layers: cfg.num_hidden_layers, heads: cfg.num_attention_heads,
    ffn: cfg.intermediate_size, maxLen: cfg.max_position_embeddings, numLabels: cfg.id2label ? Object.keys(cfg.id2label).length : 0, dropout: 0,
    pooling: cfg.glassbox?.pooling === 'mean' ? 'mean' : 'cls',
    ...(cfg.glassbox?.embedding_size ? { embedding: cfg.glassbox.embedding_size } : {}),
    ...(cfg.glassbox?.ngram_branch ? { ngram: { buckets: cfg.glassbox.ngram_branch.buckets, weight: cfg.glassbox.ngram_branch.weight } } : {}),
  };
  return { dir, c, tok: new WordPieceTokenizer(vocab) };
}

/** Runs an ONNX model (a file path or its bytes) on padded token id lists. */
async function runOrt(model: string | Uint8Array, seqs: number[][]) {
  const session = typeof model === 'string' ? await ort.InferenceSession.create(model) : await ort.InferenceSession.create(model);
  const T = Math.max(...seqs.map((s) => s.length));
  const ids = new BigInt64Array(seqs.length * T);
  const mask = new BigInt64Array(seqs.length * T);
  seqs.forEach((s, i) => s.forEach((v, j) => { ids[i * T + j] = BigInt(v); mask[i * T + j] = 1n; }));
  const feeds = {
    input_ids: new ort.Tensor('int64', ids, [seqs.length, T]),
    attention_mask: new ort.Tensor('int64', mask, [seqs.length, T]),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(seqs.length * T), [seqs.length, T]),
  };
  return { out: await session.run(feeds), session };
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

const ids = Object.values(TEXT_MODEL_IDS).filter((id) => fs.existsSync(path.join(MODELS_DIR, id, 'onnx', 'model.onnx')));

describe.each(ids)('%s ONNX export', (id) => {
  it('fp32 ONNX Runtime matches the tfjs forward pass within 1e-4 (outputs and every attention map)', async () => {
    await initWasmBackend();
    const { dir, c, tok } = loadShipped(id);
    const file = path.join(dir, 'onnx', 'model.onnx');
    const weights = weightsFromOnnx(fs.readFileSync(file));
    const shapes = new Map(weightShapes(c));
    const branchNames = ngramShapes(c).map(([name]) => name);
    expect(Object.keys(weights).sort()).toEqual([...shapes.keys(), ...branchNames].sort());
    const w = Object.fromEntries([...shapes.keys()].map((k) => [k, tf.variable(tf.tensor(weights[k], shapes.get(k)))]));
    const seqs = SENTENCES.map((s) => tok.encode(s));
    const { out, session } = await runOrt(file, seqs);
    expect(session.outputNames).toEqual(outputNames(c));
    const { ids: idT, mask } = batchTensors(seqs);
    const ref = forward(w, c, idT, mask);
    const main = c.numLabels > 0 ? ref.logits! : ref.hidden;
    const T = idT.shape[1];
    // compare only real-token positions of padded rows for hidden states / attention
    const mainOrt = out[outputNames(c)[0]].data as Float32Array;
    // with an n-gram branch: log((1 - w)·softmax(encoder) + w·softmax(branch)) row by row
    const mainRef = c.ngram
      ? Float32Array.from(seqs.flatMap((seq, r) => [...mixLogits(main.dataSync().slice(r * c.numLabels, (r + 1) * c.numLabels), ngramLogits(weights, c, seq), c.ngram!.weight)]))
      : main.dataSync();
    const mainDiff = c.numLabels > 0 ? maxAbsDiff(mainOrt, mainRef) : maxAbsDiff(maskRows(mainOrt, seqs, T, c.hidden), maskRows(mainRef, seqs, T, c.hidden));
    expect(mainDiff).toBeLessThan(1e-4);
    let attnDiff = 0;
    for (let l = 0; l < c.layers; l++) {
      const a = out[`attentions.${l}`];
      expect(a.dims).toEqual([seqs.length, c.heads, T, T]);
      attnDiff = Math.max(attnDiff, maxAbsDiff(a.data as Float32Array, ref.attentions[l].dataSync()));
    }
    expect(attnDiff).toBeLessThan(1e-4);
    console.info(`${id}: max |ONNX - tfjs| ${outputNames(c)[0]} ${mainDiff.toExponential(2)}, attentions ${attnDiff.toExponential(2)}`);
  });
});

describe('factorised token embedding (a [V, E] table projected to the hidden width)', () => {
  it('exports a projection the ONNX graph applies exactly as model.ts does', async () => {
    await initWasmBackend();
    const c: EncoderConfig = { vocabSize: 50, hidden: 32, embedding: 8, layers: 1, heads: 2, ffn: 64, maxLen: 16, numLabels: 3, dropout: 0, pooling: 'mean' };
    const shapes = new Map(weightShapes(c));
    expect(shapes.get('embeddings.word')).toEqual([50, 8]);
    expect(shapes.get('embeddings.project.w')).toEqual([8, 32]);
    const w = initWeights(c, 7);
    const arrays = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v.dataSync() as Float32Array]));
    const bytes = buildOnnx(c, arrays);
    expect(Object.keys(weightsFromOnnx(bytes)).sort()).toEqual([...shapes.keys()].sort());
    const seqs = [[2, 7, 9, 3], [2, 40, 3]];
    const { out } = await runOrt(bytes, seqs);
    const { ids: idT, mask: maskT } = batchTensors(seqs);
    const ref = forward(w, c, idT, maskT);
    expect(maxAbsDiff(out.logits.data as Float32Array, ref.logits!.dataSync())).toBeLessThan(1e-5);
    // the projection matters: without it the logits differ
    const zeroed = { ...arrays, 'embeddings.project.w': new Float32Array(8 * 32) };
    const { out: out0 } = await runOrt(buildOnnx(c, zeroed), seqs);
    expect(maxAbsDiff(out0.logits.data as Float32Array, ref.logits!.dataSync())).toBeGreaterThan(1e-3);
  });
});

/** Zeroes hidden-state rows of padding positions (their values are unconstrained). */
function maskRows(data: ArrayLike<number>, seqs: number[][], T: number, H: number): Float32Array {
  const out = Float32Array.from(data);
  seqs.forEach((s, i) => out.fill(0, (i * T + s.length) * H, (i + 1) * T * H));
  return out;
}
