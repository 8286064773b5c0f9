// Masked-language-model pretraining (BERT's MLM objective, Devlin et al. 2019) of the shared
// encoder on the repository's own unlabelled text, before a task is fine-tuned from it.
// "Self-pretraining" on the downstream corpora (Krishna et al. 2022) is the one kind of
// pretraining open to Glassbox: no pretrained weights and no large corpus can be downloaded.
//
// Corpus: training splits only (natural sentiment and topic sentences without their labels,
// generated sentences, the article's sentences, the embedding model's training questions, the
// glossary). Never: held-out files, natural validation/test sentences, negation checks, held-out
// or second-set retrieval questions, the chat's development or evaluation questions.
//
// Masking: 15 % of the real tokens of each sequence (at least one); of those 80 % become [MASK],
// 10 % a random token, 10 % stay. Head: dense H->H, GELU, LayerNorm, then the token embedding
// table transposed (tied weights) plus a bias -> logits over the vocabulary, computed only at the
// masked positions, which are picked from the flattened hidden states with a one-hot matmul
// (a gather's gradient needs UnsortedSegmentSum, which the wasm backend lacks).
// Shapes: B sequences of T tokens, M masked positions, H hidden width, V vocabulary.

import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { batchTensors, forward, gelu, layerNorm, factorised, type EncoderConfig, type Weights } from './model';
import { MASK_ID, type WordPieceTokenizer } from './tokenizer';
import { naturalSentiment, sentimentExamples } from './data/sentiment-data';
import { naturalTopic, topicExamples } from './data/topic-data';
import { sectionSentences, splitQueries } from './data/embed-data';
import { glossary } from '../../lib/content/glossary';
import { gaussianNoise, mulberry32, shuffle, type Rng } from '../../lib/util/rng';
import { lrAt } from './lr-schedule';

export const FIRST_PLAIN_ID = 5; // ids below are [PAD] [UNK] [CLS] [SEP] [MASK]

export interface MlmSettings {
  seed: number;
  steps: number;
  batch: number;
  lr: number;
  maskRate: number;
  /** Generated (templated) sentences per task added to the corpus. */
  generated: number;
}

export const MLM_SETTINGS: MlmSettings = { seed: 5, steps: 2000, batch: 48, lr: 1e-3, maskRate: 0.15, generated: 6000 };

/** The unlabelled pretraining texts (training splits only, see the header), deduplicated. */
export function mlmCorpus(generated: number, seed = 5): string[] {
  const rng = mulberry32(seed);
  const texts = [
    ...naturalSentiment().train.map((e) => e.text),
    ...naturalTopic().train.map((e) => e.text),
    ...sentimentExamples(rng, generated, 0).map((e) => e.text),
    ...topicExamples(rng, generated, { naturalRepeat: 0 }).map((e) => e.text),
    ...sectionSentences().map((q) => q.text),
    ...splitQueries().train.map((q) => q.text),
    ...glossary.flatMap((g) => [`${g.term.en}: ${g.definition.en}`, `${g.term.zh}：${g.definition.zh}`]),
  ];
  return [...new Set(texts.map((t) => t.trim()).filter((t) => t.length > 0))];
}

export interface MaskedBatch {
  inputs: number[][]; // the sequences with some tokens replaced
  positions: number[]; // flat indices b*T+t of the predicted tokens (T = longest sequence)
  targets: number[]; // their original ids
}

/** BERT masking of encoded sequences ([CLS] … [SEP]); special tokens are never picked. */
export function maskBatch(seqs: number[][], vocabSize: number, rng: Rng, rate = 0.15): MaskedBatch {
  const T = Math.max(...seqs.map((s) => s.length));
  const inputs: number[][] = [];
  const positions: number[] = [];
  const targets: number[] = [];
  seqs.forEach((s, b) => {
    const plain = s.flatMap((id, t) => (id >= FIRST_PLAIN_ID ? [t] : []));
    const k = Math.max(1, Math.round(plain.length * rate));
    const picked = plain.length === 0 ? [] : shuffle([...plain], rng).slice(0, k).sort((x, y) => x - y);
    const out = [...s];
    for (const t of picked) {
      const r = rng();
      out[t] = r < 0.8 ? MASK_ID : r < 0.9 ? FIRST_PLAIN_ID + Math.floor(rng() * (vocabSize - FIRST_PLAIN_ID)) : s[t];
      positions.push(b * T + t);
      targets.push(s[t]);
    }
    inputs.push(out);
  });
  return { inputs, positions, targets };
}

export type MlmHead = Record<string, tf.Variable>;

export function initMlmHead(c: EncoderConfig, seed: number): MlmHead {
  return {
    'mlm.transform.w': tf.variable(tf.tensor2d(gaussianNoise(c.hidden * c.hidden, 0.02, seed), [c.hidden, c.hidden]), true, 'mlm.transform.w'),
    'mlm.transform.b': tf.variable(tf.zeros([c.hidden]), true, 'mlm.transform.b'),
    'mlm.ln.gamma': tf.variable(tf.ones([c.hidden]), true, 'mlm.ln.gamma'),
    'mlm.ln.beta': tf.variable(tf.zeros([c.hidden]), true, 'mlm.ln.beta'),
    'mlm.bias': tf.variable(tf.zeros([c.vocabSize]), true, 'mlm.bias'),
  };
}

/** Vocabulary logits at the masked positions [M, V]; `dropoutSeed` as in `forward`. */
function mlmLogits(w: Weights, head: MlmHead, c: EncoderConfig, batch: MaskedBatch, dropoutSeed?: number): tf.Tensor2D {
  if (factorised(c)) throw new Error('MLM pretraining ties the output to an unfactorised token table');
  const { ids, mask } = batchTensors(batch.inputs);
  const [B, T] = ids.shape;
  const hidden = forward(w, c, ids, mask, dropoutSeed).hidden.reshape([B * T, c.hidden]); // [B*T, H]
  const select = tf.oneHot(tf.tensor1d(batch.positions, 'int32'), B * T).toFloat(); // [M, B*T]
  const h = tf.matMul(select, hidden); // [M, H]
  const t = layerNorm(gelu(h.matMul(head['mlm.transform.w']).add(head['mlm.transform.b'])), head['mlm.ln.gamma'], head['mlm.ln.beta']); // [M, H]
  return tf.matMul(t, w['embeddings.word'], false, true).add(head['mlm.bias']); // [M, V]
}

/** Mean cross-entropy of the masked tokens (a scalar); `dropoutSeed` as in `forward`. */
export function mlmLoss(w: Weights, head: MlmHead, c: EncoderConfig, batch: MaskedBatch, dropoutSeed?: number): tf.Scalar {
  const labels = tf.oneHot(tf.tensor1d(batch.targets, 'int32'), c.vocabSize); // [M, V]
  return tf.losses.softmaxCrossEntropy(labels, mlmLogits(w, head, c, batch, dropoutSeed)) as tf.Scalar;
}

/** Accuracy of the masked-token predictions (no dropout). */
export function mlmAccuracy(w: Weights, head: MlmHead, c: EncoderConfig, batch: MaskedBatch): number {
  const pred = tf.tidy(() => mlmLogits(w, head, c, batch).argMax(-1).dataSync());
  return batch.targets.filter((id, i) => pred[i] === id).length / batch.targets.length;
}

/**
 * Pretrains `w` in place on `texts` (sequences cut at `maxLen` tokens) with Adam, linear warm-up
 * then cosine decay; `report(step, loss)` runs every `every` steps. Returns the head (not exported).
 */
export function pretrainMlm(
  w: Weights, c: EncoderConfig, tok: WordPieceTokenizer, texts: string[], s: MlmSettings, maxLen: number,
  every: number, report: (step: number, lossAvg: number, head: MlmHead) => void,
): MlmHead {
  const rng = mulberry32(s.seed);
  const head = initMlmHead(c, s.seed * 1000 + 7);
  const seqs = texts.map((t) => tok.encode(t, maxLen));
  const opt = tf.train.adam(s.lr, 0.9, 0.999, 1e-8);
  let order: number[] = [];
  let lossAvg = 0;
  for (let step = 0; step < s.steps; step++) {
    if (order.length < s.batch) order = shuffle([...seqs.keys()], rng);
    const batch = maskBatch(order.splice(0, s.batch).map((i) => seqs[i]), c.vocabSize, rng, s.maskRate);
    (opt as unknown as { learningRate: number }).learningRate = lrAt(step, s.steps, s.lr);
    const loss = tf.tidy(() => opt.minimize(() => mlmLoss(w, head, c, batch, step * 100 + s.seed), true)!.dataSync()[0]);
    lossAvg = step === 0 ? loss : 0.98 * lossAvg + 0.02 * loss;
    if ((step + 1) % every === 0 || step === s.steps - 1) report(step, lossAvg, head);
  }
  return head;
}

/** Writes encoder weights as one binary file: a JSON header line (names, shapes) then float32 data. */
export function saveWeights(file: string, w: Weights): void {
  const names = Object.keys(w);
  const header = JSON.stringify(names.map((n) => [n, w[n].shape]));
  const parts = names.map((n) => Buffer.from((w[n].dataSync() as Float32Array).buffer.slice(0)));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.from(header + '\n'), ...parts]));
}

/** Reads a file written by `saveWeights`: name -> { shape, data }. */
export function loadWeights(file: string): Record<string, { shape: number[]; data: Float32Array }> {
  const buf = fs.readFileSync(file);
  const nl = buf.indexOf(10);
  const entries = JSON.parse(buf.subarray(0, nl).toString()) as [string, number[]][];
  let offset = nl + 1;
  const out: Record<string, { shape: number[]; data: Float32Array }> = {};
  for (const [name, shape] of entries) {
    const size = shape.reduce((a, b) => a * b, 1);
    if (offset + size * 4 > buf.length) throw new Error(`${file}: ends inside weight ${name} (truncated or corrupt)`);
    const data = new Float32Array(size);
    new Uint8Array(data.buffer).set(buf.subarray(offset, offset + size * 4));
    offset += size * 4;
    out[name] = { shape, data };
  }
  if (offset !== buf.length) throw new Error(`${file}: ${buf.length - offset} bytes left after the weights (corrupt or not a weights file)`);
  return out;
}
