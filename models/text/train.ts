// Trains Glassbox's text encoders on the wasm backend and exports each one to
// public/models/<id>/ (ONNX hub layout). Seeded: rerunning reproduces the files.
//
//   npm run train:text                      # all three models
//   npm run train:text -- --model sentiment # one of sentiment | topic | embed | nli
//   npm run train:text -- --model sentiment --encoder-from public/models/glassbox-sentiment
//       # keeps that folder's trained encoder and head, (re)trains only the n-gram branch

import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { initWasmBackend } from '../../lib/digits/node-backend';
import { NLI_LABELS, SENTIMENT_LABELS, TOPIC_LABELS, TEXT_MODEL_IDS } from '../../lib/text/labels';
import { naturalSentiment, sentimentExamples, type Example } from './data/sentiment-data';
import { naturalTopic, topicExamples } from './data/topic-data';
import { classifierReaderQuestions, passages, sectionSentences, splitQueries, type Passage, type Query } from './data/embed-data';
import { loadSharedTokenizer, sentimentTokenizer } from './build-tokenizer';
import { batchTensors, factorised, forward, initWeights, meanPoolNormalize, parameterCount, type EncoderConfig, type Weights } from './model';
import { weightsFromOnnx, writeModelFolder } from './export-onnx';
import { NLI_ENTAILMENT, nliPairs, TOPIC_NAMES, HYPOTHESIS_TEMPLATES } from './data/nli-data';
import { mulberry32, shuffle, type Rng } from '../../lib/util/rng';
import type { WordPieceTokenizer } from './tokenizer';
import { glossary } from '../../lib/content/glossary';
import { lrAt } from './lr-schedule';
import { mixLogits, ngramLogits, trainNgram } from './ngram-branch';
import { gloveRows } from './glove-init';
import { softTargets } from './distill';
import { loadWeights, mlmAccuracy, maskBatch, mlmCorpus, MLM_SETTINGS, pretrainMlm, saveWeights } from './pretrain-mlm';

export const TRAIN_MAX_LEN = 64; // training sequences are cut here (the model itself accepts 128)

export type TextModelKind = 'sentiment' | 'topic' | 'embed' | 'nli';

/** Where `--model pretrain` writes the MLM-pretrained encoder (not committed; 3.9 MB). */
export const MLM_CHECKPOINT = process.env.TEXT_MLM_CHECKPOINT || path.join(process.cwd(), 'models', 'text', 'checkpoints', 'mlm-encoder.bin');

export const CONFIGS: Record<TextModelKind, Omit<EncoderConfig, 'vocabSize'>> = {
  sentiment: { hidden: 64, layers: 2, heads: 4, ffn: 256, maxLen: 128, numLabels: SENTIMENT_LABELS.length, dropout: 0.1, pooling: 'mean' },
  topic: { hidden: 64, layers: 2, heads: 4, ffn: 256, maxLen: 128, numLabels: TOPIC_LABELS.length, dropout: 0.1 },
  embed: { hidden: 64, layers: 2, heads: 4, ffn: 256, maxLen: 128, numLabels: 0, dropout: 0.1 },
  nli: { hidden: 64, layers: 2, heads: 4, ffn: 256, maxLen: 128, numLabels: NLI_LABELS.length, dropout: 0.1 },
};

/** A model's architecture; TEXT_MODEL_CONFIG='{"layers":3}' overrides it for an experiment
 *  (written to TEXT_MODELS_OUT and compared on validation data, never on the held-out sets). */
function configOf(kind: TextModelKind, tok: WordPieceTokenizer): EncoderConfig {
  return { ...CONFIGS[kind], ...(JSON.parse(process.env.TEXT_MODEL_CONFIG || '{}') as Partial<EncoderConfig>), vocabSize: tok.size };
}

/** Standard deviation of GloVe-initialised rows (init 'glove', glove-init.ts; session 13). */
const GLOVE_STD = 0.02;

export const SETTINGS = {
  sentiment: {
    seed: 1, examples: 15000, steps: 2000, batch: 32, lr: 2e-3, naturalRepeat: 5, init: 'random' as 'random' | 'mlm' | 'glove', vocab: 'shared' as 'shared' | 'extended', aspects: 0, contrast: 0,
    // hashed unigram/bigram branch mixed into the class probabilities (ngram-branch.ts); null: none
    ngram: { buckets: 65521, weight: 0.5, epochs: 6, lr: 0.025, l2: 1e-6 } as { buckets: number; weight: number; epochs: number; lr: number; l2: number } | null,
    // init 'glove': English word rows start from GloVe (glove-init.ts) at this standard deviation;
    // freezeGlove keeps those rows fixed during training
    gloveStd: GLOVE_STD, freezeGlove: false,
    // distillation: weight of the teachers' probabilities in the targets (softTargets; 0: labels only)
    distill: 0,
  },
  topic: {
    seed: 2, examples: 12000, steps: 600, batch: 32, lr: 2e-3, naturalRepeat: 3, init: 'random' as 'random' | 'mlm',
    // six classes: a quarter of sentiment's buckets keeps the file under 5 MB (session 7)
    ngram: { buckets: 16381, weight: 0.5, epochs: 6, lr: 0.025, l2: 1e-6 } as { buckets: number; weight: number; epochs: number; lr: number; l2: number } | null,
  },
  // classifierQuestions: also anchor on the chat section classifier's reader questions (session 8)
  embed: { seed: 3, steps: 1000, batch: 16, lr: 1e-3, temperature: 0.05, init: 'random' as 'random' | 'mlm' | 'glove', classifierQuestions: true, gloveStd: GLOVE_STD },
  // batch = premises per step; each gives an entailment and a contradiction pair (32 pairs)
  nli: { seed: 4, premises: 6000, steps: 400, batch: 16, lr: 1e-3 },
};

// TEXT_TRAIN_STEPS=n overrides the step count and TEXT_MODELS_OUT=<dir> the output root
// (smoke tests only; the shipped models use SETTINGS and public/models).
const STEPS_OVERRIDE = Number(process.env.TEXT_TRAIN_STEPS) || 0;
const stepsOf = (n: number) => STEPS_OVERRIDE || n;

type Log = (msg: string) => void;

interface Encoded {
  ids: number[];
  label: number;
  /** Soft target (class probabilities) instead of the label's one-hot (distillation, `distill`). */
  soft?: number[];
}

/** The encoder's logits for id sequences, in batches of 128 (no dropout): [N][L]. */
function logitsOf(w: Weights, c: EncoderConfig, seqs: number[][]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < seqs.length; i += 128) {
    out.push(...tf.tidy(() => {
      const { ids, mask } = batchTensors(seqs.slice(i, i + 128));
      return forward(w, c, ids, mask).logits!.arraySync();
    }));
  }
  return out;
}

const argmax = (z: ArrayLike<number>) => Array.from(z).indexOf(Math.max(...Array.from(z)));

/** Classifier accuracy on encoded examples (batched, no dropout). */
function accuracyOnIds(w: Weights, c: EncoderConfig, data: Encoded[]): number {
  const logits = logitsOf(w, c, data.map((e) => e.ids));
  return data.filter((e, k) => argmax(logits[k]) === e.label).length / data.length;
}

/** Classifier accuracy on examples (batched, no dropout). */
export function accuracy(w: Weights, c: EncoderConfig, tok: WordPieceTokenizer, data: Example[]): number {
  return accuracyOnIds(w, c, data.map((e) => ({ ids: tok.encode(e.text, c.maxLen), label: e.label })));
}

/**
 * The classifier training loop shared by sentiment, topic and NLI: Adam with the warm-up/cosine
 * schedule, label smoothing 0.05, batches of `s.batch` items drawn from a reshuffled order
 * (an item may hold several examples, e.g. the two pairs of one NLI premise); `report(step)` runs
 * every `every` steps and at the end.
 */
function fitClassifier(
  w: Weights, c: EncoderConfig, items: Encoded[][], s: { seed: number; steps: number; batch: number; lr: number },
  rng: Rng, every: number, report: (step: number, lossAvg: number) => void, afterStep?: () => void,
): void {
  const opt = tf.train.adam(s.lr, 0.9, 0.999, 1e-8);
  let order: number[] = [];
  let lossAvg = 0;
  for (let step = 0; step < stepsOf(s.steps); step++) {
    if (order.length < s.batch) order = shuffle([...items.keys()], rng);
    const batch = order.splice(0, s.batch).flatMap((i) => items[i]);
    (opt as unknown as { learningRate: number }).learningRate = lrAt(step, stepsOf(s.steps), s.lr);
    const loss = tf.tidy(() => {
      const { ids, mask } = batchTensors(batch.map((b) => b.ids));
      const labels = batch.some((b) => b.soft)
        ? tf.tensor2d(batch.map((b) => b.soft ?? Array.from({ length: c.numLabels }, (_, k) => Number(k === b.label)))) // [B, L]
        : tf.oneHot(tf.tensor1d(batch.map((b) => b.label), 'int32'), c.numLabels);
      return opt.minimize(() => {
        const out = forward(w, c, ids, mask, step * 100 + s.seed);
        return tf.losses.softmaxCrossEntropy(labels, out.logits!, undefined, 0.05) as tf.Scalar;
      }, true)!.dataSync()[0];
    });
    afterStep?.();
    lossAvg = step === 0 ? loss : 0.98 * lossAvg + 0.02 * loss;
    if ((step + 1) % every === 0 || step === stepsOf(s.steps) - 1) report(step, lossAvg);
  }
}

export function trainClassifier(
  kind: 'sentiment' | 'topic', shared: WordPieceTokenizer, log: Log, encoderFrom?: string,
): { w: Weights; c: EncoderConfig; tok: WordPieceTokenizer; branch: Record<string, Float32Array> } {
  // TEXT_TRAIN_SETTINGS='{"steps":1500,"naturalRepeat":6}' overrides settings for an experiment
  // (written to TEXT_MODELS_OUT and compared on the natural validation sentences, never held-out)
  const s = { ...SETTINGS[kind], ...(JSON.parse(process.env.TEXT_TRAIN_SETTINGS || '{}') as Partial<(typeof SETTINGS)[typeof kind]>) };
  const tok = 'vocab' in s && s.vocab === 'extended' ? sentimentTokenizer(shared) : shared;
  if (tok !== shared) log(`${kind}: shared vocabulary + ${tok.size - shared.size} training words = ${tok.size} tokens`);
  const rng = mulberry32(s.seed);
  const data = kind === 'sentiment' ? sentimentExamples(rng, s.examples, s.naturalRepeat, 'aspects' in s ? s.aspects : 0, 'contrast' in s ? s.contrast : 0) : topicExamples(rng, s.examples, { naturalRepeat: s.naturalRepeat });
  const nVal = Math.floor(data.length * 0.1);
  const val = data.slice(0, nVal);
  const train = data.slice(nVal);
  const c = configOf(kind, tok);
  log(`${kind}: ${train.length} train / ${val.length} validation examples, ${parameterCount(c)} parameters`);
  const w = initWeights(c, s.seed * 1000);
  // natural-text validation (hand-written sentences kept out of training), reported beside the generated one
  const natural = (kind === 'sentiment' ? naturalSentiment() : naturalTopic()).validation;
  if (encoderFrom) {
    const file = path.join(encoderFrom, 'onnx', 'model.onnx');
    copyEncoderWeights(w, weightsFromOnnx(fs.readFileSync(file)), file, true);
    log(`${kind}: encoder and head loaded from ${file} (natural val acc ${(accuracy(w, c, tok, natural) * 100).toFixed(2)}%)`);
  } else {
    if (s.init === 'mlm') startFromCheckpoint(w, MLM_CHECKPOINT, log);
    const g = s as { gloveStd?: number; freezeGlove?: boolean };
    const afterStep = s.init === 'glove' ? startFromGlove(w, c, tok, g.gloveStd ?? GLOVE_STD, g.freezeGlove ?? false, log) : undefined;
    const soft = 'distill' in s && s.distill && process.env.TEXT_TEACHER_PROBS ? softTargets(s.distill, process.env.TEXT_TEACHER_PROBS, c.numLabels, log) : null;
    const encoded = train.map((e) => [{ ids: tok.encode(e.text, TRAIN_MAX_LEN), label: e.label, ...(soft ? { soft: soft(e.text, e.label) } : {}) }]);
    fitClassifier(w, c, encoded, s, rng, 200, (step, lossAvg) => {
      log(`${kind} step ${step + 1}/${stepsOf(s.steps)} loss ${lossAvg.toFixed(4)} val acc ${(accuracy(w, c, tok, val) * 100).toFixed(2)}% natural val acc ${(accuracy(w, c, tok, natural) * 100).toFixed(2)}%`);
    }, afterStep);
  }
  const ng = 'ngram' in s ? s.ngram : null;
  if (!ng) return { w, c, tok, branch: {} };
  c.ngram = { buckets: ng.buckets, weight: ng.weight };
  const branch = trainNgram(train.map((e) => ({ ids: tok.encode(e.text, c.maxLen), label: e.label })), c, { epochs: ng.epochs, lr: ng.lr, l2: ng.l2, seed: s.seed });
  const acc = (weight: number) => (mixedAccuracy(w, c, branch, tok, natural, weight) * 100).toFixed(2);
  log(`${kind}: n-gram branch (${ng.buckets} bigram buckets, ${ng.epochs} epochs) natural val acc alone ${acc(1)}%, mixed (weight ${ng.weight}) ${acc(ng.weight)}%`);
  return { w, c, tok, branch };
}

/** Accuracy of the encoder mixed with an n-gram branch at `weight` (1: the branch alone). */
function mixedAccuracy(w: Weights, c: EncoderConfig, branch: Record<string, Float32Array>, tok: WordPieceTokenizer, data: Example[], weight: number): number {
  const encoded = data.map((e) => ({ ids: tok.encode(e.text, c.maxLen), label: e.label }));
  const logits = logitsOf(w, c, encoded.map((e) => e.ids));
  return encoded.filter((e, k) => argmax(mixLogits(logits[k], ngramLogits(branch, c, e.ids), weight)) === e.label).length / data.length;
}

/** Copies every encoder weight (all but the task head, unless `withHead`) from `start` into `w`;
 *  `source` names it in errors. */
function copyEncoderWeights(w: Weights, start: Record<string, Float32Array>, source: string, withHead = false): void {
  for (const [name, v] of Object.entries(w)) {
    if (name.startsWith('classifier.') && !withHead) continue;
    if (start[name]?.length !== v.size) throw new Error(`${source}: no weight ${name} of shape [${v.shape}]`);
    v.assign(tf.tensor(start[name], v.shape));
  }
}

/**
 * Writes GloVe rows (glove-init.ts) into the token embedding table; with `freeze`, returns a
 * function that puts them back after each optimiser step (the other rows train as usual).
 */
function startFromGlove(w: Weights, c: EncoderConfig, tok: WordPieceTokenizer, std: number, freeze: boolean, log: Log): (() => void) | undefined {
  if (factorised(c)) throw new Error('init glove needs an unfactorised embedding table');
  const rows = gloveRows(tok.vocab, c.hidden, std);
  const table = w['embeddings.word'];
  const data = table.dataSync().slice() as Float32Array; // [V, H]
  const mask = new Float32Array(c.vocabSize);
  for (const [id, row] of rows) {
    data.set(row, id * c.hidden);
    mask[id] = 1;
  }
  const initial = tf.keep(tf.tensor2d(data, [c.vocabSize, c.hidden]));
  table.assign(initial);
  log(`embeddings: ${rows.size} English word rows initialised from GloVe (std ${std}${freeze ? ', frozen' : ''})`);
  if (!freeze) return undefined;
  const keep = tf.keep(tf.tidy(() => tf.tensor2d(mask, [c.vocabSize, 1]).cast('bool').tile([1, c.hidden]))); // [V, H]
  return () => tf.tidy(() => table.assign(tf.where(keep, initial, table as tf.Tensor2D)));
}

/** Starts `w`'s encoder from the MLM checkpoint (`--model pretrain`). */
function startFromCheckpoint(w: Weights, file: string, log: Log): void {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run train:text -- --model pretrain\` first`);
  copyEncoderWeights(w, Object.fromEntries(Object.entries(loadWeights(file)).map(([name, x]) => [name, x.data])), file);
  log(`encoder initialised from ${path.relative(process.cwd(), file)}`);
}

/** MLM pretraining of the shared encoder on the repo's unlabelled training text (pretrain-mlm.ts). */
export function pretrainEncoder(tok: WordPieceTokenizer, log: Log): void {
  // TEXT_MLM_SETTINGS='{"steps":3000}' overrides settings for an experiment
  const over = { ...MLM_SETTINGS, ...(JSON.parse(process.env.TEXT_MLM_SETTINGS || '{}') as Partial<typeof MLM_SETTINGS>) };
  const s = { ...over, steps: stepsOf(over.steps) };
  const c = configOf('embed', tok);
  const texts = mlmCorpus(s.generated, s.seed);
  const w = initWeights(c, s.seed * 1000);
  // a fixed masked sample of the natural sentiment validation sentences to report progress on
  const probe = maskBatch(naturalSentiment().validation.slice(0, 256).map((e) => tok.encode(e.text, TRAIN_MAX_LEN)), c.vocabSize, mulberry32(99), s.maskRate);
  log(`pretrain: ${texts.length} texts, ${parameterCount(c)} encoder parameters, ${s.steps} steps of ${s.batch}`);
  pretrainMlm(w, c, tok, texts, s, TRAIN_MAX_LEN, 100, (step, lossAvg, head) => {
    log(`pretrain step ${step + 1}/${s.steps} loss ${lossAvg.toFixed(4)} masked-token acc on natural validation ${(mlmAccuracy(w, head, c, probe) * 100).toFixed(1)}%`);
  });
  saveWeights(MLM_CHECKPOINT, w);
  log(`pretrain: encoder written to ${path.relative(process.cwd(), MLM_CHECKPOINT)}`);
  Object.values(w).forEach((v) => v.dispose());
}

/** Embeds texts with mean pooling + L2 normalisation (no dropout). */
export function embed(w: Weights, c: EncoderConfig, tok: WordPieceTokenizer, texts: string[]): Float32Array[] {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += 64) {
    const chunk = texts.slice(i, i + 64);
    const v = tf.tidy(() => {
      const { ids, mask } = batchTensors(chunk.map((t) => tok.encode(t, c.maxLen)));
      return meanPoolNormalize(forward(w, c, ids, mask).hidden, mask).arraySync() as number[][];
    });
    out.push(...v.map((r) => Float32Array.from(r)));
  }
  return out;
}

/** Recall@1 of queries against one passage per (section, language) in `ps`. */
export function retrievalAccuracy(w: Weights, c: EncoderConfig, tok: WordPieceTokenizer, qs: Query[], ps: Passage[]): number {
  const pv = embed(w, c, tok, ps.map((p) => p.text));
  const qv = embed(w, c, tok, qs.map((q) => q.text));
  let hit = 0;
  qv.forEach((q, i) => {
    let best = -Infinity;
    let bestId = '';
    pv.forEach((p, j) => {
      let d = 0;
      for (let k = 0; k < q.length; k++) d += q[k] * p[k];
      if (d > best) [best, bestId] = [d, ps[j].sectionId];
    });
    if (bestId === qs[i].sectionId) hit++;
  });
  return hit / qs.length;
}

export function trainEmbedder(tok: WordPieceTokenizer, log: Log): { w: Weights; c: EncoderConfig } {
  const s = { ...SETTINGS.embed, ...(JSON.parse(process.env.TEXT_TRAIN_SETTINGS || '{}') as Partial<typeof SETTINGS.embed>) };
  const rng: Rng = mulberry32(s.seed);
  const ps = passages();
  const split = splitQueries();
  const { heldout } = split;
  const train = s.classifierQuestions ? [...split.train, ...classifierReaderQuestions()] : split.train;
  const sections = [...new Set(ps.map((p) => p.sectionId))];
  const sentences = sectionSentences();
  const glossaryAnchors: Query[] = glossary
    .filter((g) => sections.includes(g.section))
    .flatMap((g) => (['en', 'zh'] as const).map((lang) => ({ sectionId: g.section, lang, text: `${g.term[lang]}: ${g.definition[lang]}` })));
  const c = configOf('embed', tok);
  log(`embed: ${train.length} training questions, ${heldout.length} held-out paraphrases, ${ps.length} passages, ${parameterCount(c)} parameters`);
  const w = initWeights(c, s.seed * 1000);
  if (s.init === 'mlm') startFromCheckpoint(w, MLM_CHECKPOINT, log);
  if (s.init === 'glove') startFromGlove(w, c, tok, s.gloveStd, false, log);
  const opt = tf.train.adam(s.lr);
  const enc = (t: string) => tok.encode(t, TRAIN_MAX_LEN);
  let lossAvg = 0;
  for (let step = 0; step < stepsOf(s.steps); step++) {
    (opt as unknown as { learningRate: number }).learningRate = lrAt(step, stepsOf(s.steps), s.lr);
    const ids = shuffle([...sections], rng).slice(0, s.batch);
    // anchor: a question (45 %), a glossary entry linked to the section (10 %), one sentence of the
    // section (inverse cloze, 30 %) or the other language's passage (15 %); positive: the section's passage
    const anchors = ids.map((id) => {
      const r = rng();
      const pool =
        r < 0.45 ? train.filter((q) => q.sectionId === id)
        : r < 0.55 ? glossaryAnchors.filter((q) => q.sectionId === id)
        : r < 0.85 ? sentences.filter((q) => q.sectionId === id)
        : [];
      if (pool.length > 0) return pool[Math.floor(rng() * pool.length)].text;
      return ps.filter((p) => p.sectionId === id)[rng() < 0.5 ? 0 : 1].text;
    });
    const positives = ids.map((id) => ps.filter((p) => p.sectionId === id)[rng() < 0.5 ? 0 : 1].text);
    const loss = tf.tidy(() => {
      const a = batchTensors(anchors.map(enc));
      const p = batchTensors(positives.map(enc));
      const target = tf.oneHot(tf.range(0, ids.length, 1, 'int32'), ids.length);
      return opt.minimize(() => {
        const ea = meanPoolNormalize(forward(w, c, a.ids, a.mask, step * 100).hidden, a.mask);
        const ep = meanPoolNormalize(forward(w, c, p.ids, p.mask, step * 100 + 50).hidden, p.mask);
        const sim = ea.matMul(ep, false, true).div(s.temperature); // [B, B]
        const l1 = tf.losses.softmaxCrossEntropy(target, sim);
        const l2 = tf.losses.softmaxCrossEntropy(target, sim.transpose());
        return l1.add(l2).div(2) as tf.Scalar;
      }, true)!.dataSync()[0];
    });
    lossAvg = step === 0 ? loss : 0.98 * lossAvg + 0.02 * loss;
    if ((step + 1) % 100 === 0 || step === stepsOf(s.steps) - 1) {
      log(`embed step ${step + 1}/${stepsOf(s.steps)} loss ${lossAvg.toFixed(4)} train R@1 ${(retrievalAccuracy(w, c, tok, train, ps) * 100).toFixed(1)}% held-out paraphrase R@1 ${(retrievalAccuracy(w, c, tok, heldout, ps) * 100).toFixed(1)}%`);
    }
  }
  return { w, c };
}

/**
 * Zero-shot accuracy on premises: for each, the six topic names (first surface name of each
 * topic in `lang`) in the first template of `lang`; predicted = highest entailment logit.
 */
export function zeroShotAccuracy(w: Weights, c: EncoderConfig, tok: WordPieceTokenizer, premises: { premise: string; topic: number }[], lang: 'en' | 'zh'): number {
  const hyps = TOPIC_NAMES[lang].map((names) => HYPOTHESIS_TEMPLATES[lang][0].replace('{}', names[0]));
  let correct = 0;
  for (let i = 0; i < premises.length; i += 32) {
    const chunk = premises.slice(i, i + 32);
    const ent = tf.tidy(() => {
      const { ids, mask } = batchTensors(chunk.flatMap((p) => hyps.map((h) => tok.encodePair(p.premise, h, c.maxLen))));
      return forward(w, c, ids, mask).logits!.slice([0, NLI_ENTAILMENT], [-1, 1]).dataSync();
    });
    chunk.forEach((p, k) => {
      let best = 0;
      for (let j = 1; j < hyps.length; j++) if (ent[k * hyps.length + j] > ent[k * hyps.length + best]) best = j;
      if (best === p.topic) correct++;
    });
  }
  return correct / premises.length;
}

/**
 * The zero-shot pair classifier. The encoder starts from the shipped glassbox-topic weights
 * (same architecture and vocabulary; trained on the same premises) when that model exists, and
 * gets a fresh 2-label head; `NLI_FROM_SCRATCH=1` starts from random weights instead.
 */
export function trainNli(tok: WordPieceTokenizer, log: Log): { w: Weights; c: EncoderConfig } {
  const s = SETTINGS.nli;
  const rng = mulberry32(s.seed);
  const data = nliPairs(rng, s.premises);
  const nVal = Math.floor(data.length * 0.1);
  const val = data.slice(0, nVal);
  const train = data.slice(nVal);
  const c: EncoderConfig = { ...CONFIGS.nli, vocabSize: tok.size };
  const w = initWeights(c, s.seed * 1000);
  const topicFile = path.join(process.cwd(), 'public', 'models', TEXT_MODEL_IDS.topic, 'onnx', 'model.onnx');
  if (!process.env.NLI_FROM_SCRATCH && fs.existsSync(topicFile)) {
    copyEncoderWeights(w, weightsFromOnnx(fs.readFileSync(topicFile)), topicFile);
    log(`nli: encoder initialised from ${path.relative(process.cwd(), topicFile)}`);
  } else log('nli: encoder initialised at random');
  log(`nli: ${train.length} train / ${val.length} validation premises (2 pairs each), ${parameterCount(c)} parameters`);
  const encoded = train.map((p) => p.pairs.map((q) => ({ ids: tok.encodePair(q.premise, q.hypothesis, TRAIN_MAX_LEN), label: q.label })));
  const valPairs = val.flatMap((p) => p.pairs.map((q) => ({ ids: tok.encodePair(q.premise, q.hypothesis, c.maxLen), label: q.label })));
  fitClassifier(w, c, encoded, s, rng, 100, (step, lossAvg) => {
    const zs = (lang: 'en' | 'zh') => (zeroShotAccuracy(w, c, tok, val, lang) * 100).toFixed(2);
    log(`nli step ${step + 1}/${stepsOf(s.steps)} loss ${lossAvg.toFixed(4)} val pair acc ${(accuracyOnIds(w, c, valPairs) * 100).toFixed(2)}% val zero-shot acc (6 topics, English names) ${zs('en')}% (Chinese names) ${zs('zh')}%`);
  });
  return { w, c };
}

async function main() {
  const arg = process.argv.indexOf('--model');
  const which = arg >= 0 ? process.argv[arg + 1] : 'all';
  const kinds = (which === 'all' ? ['sentiment', 'topic', 'embed', 'nli'] : which === 'pretrain' ? [] : [which]) as TextModelKind[];
  if (kinds.some((k) => !(k in CONFIGS))) throw new Error(`--model must be one of pretrain, ${Object.keys(CONFIGS).join(', ')}`);
  const from = process.argv.indexOf('--encoder-from');
  const encoderFrom = from >= 0 ? process.argv[from + 1] : undefined;
  if (encoderFrom && !(kinds.length === 1 && (kinds[0] === 'sentiment' || kinds[0] === 'topic'))) throw new Error('--encoder-from goes with --model sentiment or --model topic');
  await initWasmBackend();
  const log: Log = (m) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);
  const t0 = Date.now();
  const tok = loadSharedTokenizer();
  log(`tokenizer: ${tok.size} tokens`);
  if (which === 'pretrain') pretrainEncoder(tok, log);
  for (const kind of kinds) {
    const t1 = Date.now();
    const trained: { w: Weights; c: EncoderConfig; tok?: WordPieceTokenizer; branch?: Record<string, Float32Array> } =
      kind === 'embed' ? trainEmbedder(tok, log) : kind === 'nli' ? trainNli(tok, log) : trainClassifier(kind, tok, log, encoderFrom);
    const { w, c, tok: modelTok = tok, branch = {} } = trained;
    const labels = kind === 'sentiment' ? [...SENTIMENT_LABELS] : kind === 'topic' ? [...TOPIC_LABELS] : kind === 'nli' ? [...NLI_LABELS] : [];
    const arrays = { ...Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v.dataSync() as Float32Array])), ...branch };
    const dir = writeModelFolder(TEXT_MODEL_IDS[kind], c, arrays, modelTok.vocab, labels, process.env.TEXT_MODELS_OUT || undefined);
    log(`${kind}: trained and exported to ${dir} in ${((Date.now() - t1) / 1000).toFixed(0)} s`);
    Object.values(w).forEach((v) => v.dispose());
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

if (process.argv[1]?.endsWith('train.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
