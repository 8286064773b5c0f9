// The n-gram branch of a classifier: a linear model over hashed token unigrams and bigrams (one
// weight per class and n-gram, a "bag of tricks" classifier in the manner of fastText, Joulin et
// al. 2017), trained by SGD on the encoder's own training split and mixed with the encoder by
// averaging class probabilities:
//
//   ids [T] (with [CLS]/[SEP]) -> z = bias + Σ_t unigram[ids_t] + Σ_t bigram[(ids_t·V + ids_t+1) mod buckets]   [L]
//   p = (1 - weight) · softmax(encoder logits) + weight · softmax(z)                                              [L]
//   exported "logits" = log p   (so softmax(logits) = p, what Transformers.js reports)
//
// Chinese text is one token per character, so character bigrams carry words ("失望", "推荐") that
// the small encoder has to compose itself. The export (export-onnx.ts) computes the same sums in
// the graph; plain arrays here (no tensors): the branch trains in seconds.
import type { EncoderConfig } from './model';
import { mulberry32, shuffle } from '../../lib/util/rng';
import { softmax } from '../../lib/util/softmax';

export interface NgramConfig {
  /** Bigram hash buckets (a prime keeps the modulo hash spread). */
  buckets: number;
  /** Share of the n-gram branch in the mixed class probabilities (0..1). */
  weight: number;
}

export interface NgramSettings {
  epochs: number;
  lr: number;
  l2: number;
  seed: number;
}

/** Names and shapes of the branch's weights (also their export names). */
export function ngramShapes(c: EncoderConfig): [string, number[]][] {
  if (!c.ngram) return [];
  return [
    ['ngram.unigram', [c.vocabSize, c.numLabels]],
    ['ngram.bigram', [c.ngram.buckets, c.numLabels]],
    ['ngram.bias', [c.numLabels]],
  ];
}

/** The hash bucket of the token pair (a, b): (a·V + b) mod buckets (exact in int32 and float64 for V < 46,341). */
export function bigramBucket(a: number, b: number, vocabSize: number, buckets: number): number {
  return (a * vocabSize + b) % buckets;
}

/** The branch's class scores for one unpadded id sequence: [L]. */
export function ngramLogits(tables: Record<string, Float32Array>, c: EncoderConfig, ids: readonly number[]): Float32Array {
  const L = c.numLabels;
  const z = Float32Array.from(tables['ngram.bias']);
  const uni = tables['ngram.unigram'];
  const bi = tables['ngram.bigram'];
  for (let t = 0; t < ids.length; t++) {
    for (let k = 0; k < L; k++) z[k] += uni[ids[t] * L + k];
    if (t + 1 < ids.length) {
      const row = bigramBucket(ids[t], ids[t + 1], c.vocabSize, c.ngram!.buckets);
      for (let k = 0; k < L; k++) z[k] += bi[row * L + k];
    }
  }
  return z;
}

/** log((1 - weight)·softmax(encoder) + weight·softmax(ngram)): the mixed model's exported logits [L]. */
export function mixLogits(encoder: ArrayLike<number>, ngram: ArrayLike<number>, weight: number): Float32Array {
  const pe = softmax(encoder);
  const pn = softmax(ngram);
  return Float32Array.from(pe, (v, k) => Math.log((1 - weight) * v + weight * pn[k]));
}

/**
 * Multinomial logistic regression by SGD over the examples (every occurrence of an n-gram counts,
 * as in the graph); L2 decay applied lazily to the rows an example touches. Returns the tables by
 * export name.
 */
export function trainNgram(examples: readonly { ids: readonly number[]; label: number }[], c: EncoderConfig, s: NgramSettings): Record<string, Float32Array> {
  if (!c.ngram) throw new Error('trainNgram: the config has no ngram settings');
  const L = c.numLabels;
  const tables: Record<string, Float32Array> = Object.fromEntries(ngramShapes(c).map(([name, shape]) => [name, new Float32Array(shape.reduce((a, b) => a * b, 1))]));
  const uni = tables['ngram.unigram'];
  const bi = tables['ngram.bigram'];
  const bias = tables['ngram.bias'];
  const rng = mulberry32(s.seed);
  const order = examples.map((_, i) => i);
  const grad = new Float64Array(L);
  const step = (table: Float32Array, row: number) => {
    for (let k = 0; k < L; k++) {
      const j = row * L + k;
      table[j] -= s.lr * (grad[k] + s.l2 * table[j]);
    }
  };
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, rng);
    for (const i of order) {
      const { ids, label } = examples[i];
      const p = softmax(ngramLogits(tables, c, ids));
      for (let k = 0; k < L; k++) grad[k] = p[k] - (k === label ? 1 : 0);
      for (let t = 0; t < ids.length; t++) {
        step(uni, ids[t]);
        if (t + 1 < ids.length) step(bi, bigramBucket(ids[t], ids[t + 1], c.vocabSize, c.ngram.buckets));
      }
      for (let k = 0; k < L; k++) bias[k] -= s.lr * grad[k];
    }
  }
  return tables;
}
