// A small BERT-like Transformer encoder in TensorFlow.js, all of it in this file.
//
//   ids [B,T] -> token embedding (optionally [V,E] then projected E->H) + position embedding -> LayerNorm
//   -> N post-LN blocks: x = LN(x + MHA(x)), x = LN(x + W2 gelu(W1 x))
//   -> classifier on the [CLS] vector (logits [B,L]) or the hidden states [B,T,H]
//
// GELU is the tanh approximation (the wasm backend has no Erf; the ONNX export
// computes the same formula). Padding is masked with an additive -1e4 bias.
// The token-embedding lookup uses a gather whose gradient is a one-hot matmul
// (see embedding-lookup.ts), because tfjs' own gather gradient needs
// UnsortedSegmentSum, which the wasm backend lacks.
// References: Vaswani et al. 2017 (attention), Devlin et al. 2019 (BERT),
// Hendrycks & Gimpel 2016 (GELU).

import * as tf from '@tensorflow/tfjs';
import { embeddingLookup } from './embedding-lookup';
import type { NgramConfig } from './ngram-branch';
import { mulberry32 } from '../../lib/util/rng';

export interface EncoderConfig {
  vocabSize: number;
  hidden: number;
  layers: number;
  heads: number;
  ffn: number;
  maxLen: number;
  /** Number of classes; 0 for an embedding model (no head). */
  numLabels: number;
  dropout: number;
  /** Classifier input: the [CLS] vector (default) or the mean over real tokens. */
  pooling?: 'cls' | 'mean';
  /** Width of the token embedding table when it differs from `hidden` (ALBERT-style factorised
   *  embedding: a [V, E] table, then a [E, H] projection), so a wider encoder fits the size budget. */
  embedding?: number;
  /** A hashed unigram/bigram branch whose class probabilities are averaged with the encoder's
   *  (classifiers only; see ngram-branch.ts). */
  ngram?: NgramConfig;
}

/** Whether the token embeddings are projected from a narrower table (see EncoderConfig.embedding). */
export const factorised = (c: EncoderConfig): boolean => c.embedding !== undefined && c.embedding !== c.hidden;

export const LN_EPS = 1e-5;
export const MASK_BIAS = -1e4;

export type Weights = Record<string, tf.Variable>;

/** Names and shapes of every weight, in a fixed order (also the export order). */
export function weightShapes(c: EncoderConfig): [string, number[]][] {
  const s: [string, number[]][] = [
    ['embeddings.word', [c.vocabSize, factorised(c) ? c.embedding! : c.hidden]],
    ...(factorised(c) ? [['embeddings.project.w', [c.embedding!, c.hidden]] as [string, number[]]] : []),
    ['embeddings.position', [c.maxLen, c.hidden]],
    ['embeddings.ln.gamma', [c.hidden]],
    ['embeddings.ln.beta', [c.hidden]],
  ];
  for (let l = 0; l < c.layers; l++) {
    const p = `layer${l}.`;
    for (const m of ['q', 'k', 'v', 'o']) s.push([p + m + '.w', [c.hidden, c.hidden]], [p + m + '.b', [c.hidden]]);
    s.push([p + 'ln1.gamma', [c.hidden]], [p + 'ln1.beta', [c.hidden]]);
    s.push([p + 'ffn1.w', [c.hidden, c.ffn]], [p + 'ffn1.b', [c.ffn]]);
    s.push([p + 'ffn2.w', [c.ffn, c.hidden]], [p + 'ffn2.b', [c.hidden]]);
    s.push([p + 'ln2.gamma', [c.hidden]], [p + 'ln2.beta', [c.hidden]]);
  }
  if (c.numLabels > 0) s.push(['classifier.w', [c.hidden, c.numLabels]], ['classifier.b', [c.numLabels]]);
  return s;
}

export function parameterCount(c: EncoderConfig): number {
  return weightShapes(c).reduce((n, [, shape]) => n + shape.reduce((a, b) => a * b, 1), 0);
}

/** Seeded init: N(0, 0.02) for matrices (BERT), zeros for biases/betas, ones for gammas; the
 *  factorised embedding's projection N(0, 1/√E), so projected token vectors start at the same
 *  scale (std 0.02) as an unfactorised table's instead of 0.02·0.02·√E. */
export function initWeights(c: EncoderConfig, seed: number): Weights {
  const rng = mulberry32(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const w: Weights = {};
  for (const [name, shape] of weightShapes(c)) {
    const size = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(size);
    if (name.endsWith('gamma')) data.fill(1);
    else if (shape.length === 2) {
      const std = name === 'embeddings.project.w' ? 1 / Math.sqrt(shape[0]) : 0.02;
      for (let i = 0; i < size; i++) data[i] = std * gauss();
    }
    w[name] = tf.variable(tf.tensor(data, shape), true, name);
  }
  return w;
}

export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor {
  const mean = x.mean(-1, true);
  const centered = x.sub(mean);
  const variance = centered.square().mean(-1, true);
  return centered.div(variance.add(LN_EPS).sqrt()).mul(gamma).add(beta);
}

/** GELU, tanh approximation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). */
export function gelu(x: tf.Tensor): tf.Tensor {
  const inner = x.add(x.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
  return x.mul(0.5).mul(inner.tanh().add(1));
}

function dense(x: tf.Tensor, w: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const [B, T, H] = x.shape;
  return x.reshape([B * T, H]).matMul(w).add(b).reshape([B, T, w.shape[1]!]);
}

export interface ForwardOutput {
  hidden: tf.Tensor3D; // [B, T, H]
  attentions: tf.Tensor4D[]; // per layer [B, heads, T, T]
  logits?: tf.Tensor2D; // [B, L]
}

/**
 * ids: int32 [B, T]; mask: float32 [B, T] (1 = token, 0 = padding).
 * With `dropoutSeed` set, dropout is applied (training); otherwise deterministic.
 */
export function forward(w: Weights, c: EncoderConfig, ids: tf.Tensor2D, mask: tf.Tensor2D, dropoutSeed?: number): ForwardOutput {
  const [B, T] = ids.shape;
  const dh = c.hidden / c.heads;
  let seed = dropoutSeed ?? 0;
  const drop = (x: tf.Tensor) => (dropoutSeed !== undefined && c.dropout > 0 ? tf.dropout(x, c.dropout, undefined, seed++) : x);

  const rows = embeddingLookup(w['embeddings.word'], ids); // [B, T, E]
  const tok = factorised(c) ? rows.reshape([B * T, c.embedding!]).matMul(w['embeddings.project.w']).reshape([B, T, c.hidden]) : rows; // [B, T, H]
  const pos = w['embeddings.position'].slice([0, 0], [T, c.hidden]); // [T, H]
  let x = drop(layerNorm(tok.add(pos), w['embeddings.ln.gamma'], w['embeddings.ln.beta'])); // [B, T, H]
  const bias = tf.sub(1, mask).mul(MASK_BIAS).reshape([B, 1, 1, T]); // [B, 1, 1, T]

  const attentions: tf.Tensor4D[] = [];
  for (let l = 0; l < c.layers; l++) {
    const p = `layer${l}.`;
    const split = (t: tf.Tensor) => t.reshape([B, T, c.heads, dh]).transpose([0, 2, 1, 3]); // [B, h, T, dh]
    const q = split(dense(x, w[p + 'q.w'], w[p + 'q.b']));
    const k = split(dense(x, w[p + 'k.w'], w[p + 'k.b']));
    const v = split(dense(x, w[p + 'v.w'], w[p + 'v.b']));
    const scores = tf.matMul(q, k, false, true).mul(1 / Math.sqrt(dh)).add(bias); // [B, h, T, T]
    const probs = tf.softmax(scores, -1) as tf.Tensor4D; // [B, h, T, T]
    attentions.push(probs);
    const ctx = tf.matMul(drop(probs), v).transpose([0, 2, 1, 3]).reshape([B, T, c.hidden]); // [B, T, H]
    const attnOut = drop(dense(ctx, w[p + 'o.w'], w[p + 'o.b']));
    x = layerNorm(x.add(attnOut), w[p + 'ln1.gamma'], w[p + 'ln1.beta']);
    const ff = drop(dense(gelu(dense(x, w[p + 'ffn1.w'], w[p + 'ffn1.b'])), w[p + 'ffn2.w'], w[p + 'ffn2.b']));
    x = layerNorm(x.add(ff), w[p + 'ln2.gamma'], w[p + 'ln2.beta']);
  }
  const hidden = x as tf.Tensor3D;
  if (c.numLabels === 0) return { hidden, attentions };
  const pooled = c.pooling === 'mean' ? meanPool(hidden, mask) : hidden.slice([0, 0, 0], [B, 1, c.hidden]).reshape([B, c.hidden]); // [B, H]
  const logits = drop(pooled).matMul(w['classifier.w']).add(w['classifier.b']) as tf.Tensor2D; // [B, L]
  return { hidden, attentions, logits };
}

/** Mean of the hidden states over real tokens: [B, T, H] -> [B, H]. */
export function meanPool(hidden: tf.Tensor3D, mask: tf.Tensor2D): tf.Tensor2D {
  const m = mask.expandDims(-1); // [B, T, 1]
  return hidden.mul(m).sum(1).div(m.sum(1).maximum(1e-9)) as tf.Tensor2D;
}

/** Mean of the hidden states over real tokens, L2-normalised: what feature-extraction({pooling:'mean', normalize:true}) computes. */
export function meanPoolNormalize(hidden: tf.Tensor3D, mask: tf.Tensor2D): tf.Tensor2D {
  const m = mask.expandDims(-1); // [B, T, 1]
  const summed = hidden.mul(m).sum(1); // [B, H]
  const mean = summed.div(m.sum(1).maximum(1e-9));
  return mean.div(mean.square().sum(-1, true).sqrt().maximum(1e-12)) as tf.Tensor2D;
}

/** Pads token id lists to the longest one: int32 ids and float32 mask, both [B, T]. */
export function batchTensors(seqs: number[][], padId = 0): { ids: tf.Tensor2D; mask: tf.Tensor2D } {
  const T = Math.max(...seqs.map((s) => s.length));
  const ids = new Int32Array(seqs.length * T).fill(padId);
  const mask = new Float32Array(seqs.length * T);
  seqs.forEach((s, i) => {
    ids.set(s, i * T);
    mask.fill(1, i * T, i * T + s.length);
  });
  return { ids: tf.tensor2d(ids, [seqs.length, T], 'int32'), mask: tf.tensor2d(mask, [seqs.length, T]) };
}
