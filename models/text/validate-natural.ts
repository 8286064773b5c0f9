// Accuracy of a sentiment or topic model folder on the natural-text VALIDATION sentences (every
// tenth hand-written natural sentence, never trained on; see naturalSentiment in
// data/sentiment-data.ts and naturalTopic in data/topic-data.ts). Used to choose between trained
// candidates without touching the held-out sets. For sentiment it also reports the natural TEST
// batch (the sixth, never trained on; naturalSentimentTest), the negation-scope checks
// (data/sentiment-negation-checks.ts) and the plain and aspect probes (data/sentiment-probes.ts),
// none of them trained on.
//
//   npx tsx models/text/validate-natural.ts [sentiment|topic] [model folder, default public/models/glassbox-<task>;
//                                           "a+b" averages the probabilities of several folders]
//
// Run on the shipped model (no folder given), it also writes models/text/natural-eval-<task>.json,
// which the text lab shows beside the held-out accuracy.

import fs from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { NATURAL_SENTIMENT_BATCHES, naturalSentiment, naturalSentimentTest, type Example } from './data/sentiment-data';
import { sentimentNegationChecks } from './data/sentiment-negation-checks';
import { sentimentAspectProbe, sentimentPlainProbe } from './data/sentiment-probes';
import { naturalTopic } from './data/topic-data';
import { feeds, loadTokenizer } from './evaluate';
import { softmax } from '../../lib/util/softmax';

async function main() {
  const task = process.argv[2] === 'topic' ? 'topic' : 'sentiment';
  const dir = process.argv[3] ?? path.join('public', 'models', `glassbox-${task}`);
  // "a+b": an ensemble of folders, their class probabilities averaged (session 27's distillation trial)
  const members = await Promise.all(dir.split('+').map(async (d) => ({ tok: loadTokenizer(d), session: await ort.InferenceSession.create(path.join(d, 'onnx', 'model.onnx')) })));
  const { validation } = task === 'topic' ? naturalTopic() : naturalSentiment();
  const per: Record<string, { n: number; ok: number }> = { en: { n: 0, ok: 0 }, zh: { n: 0, ok: 0 } };
  // Sentiment: accuracy per batch (the batch number of NATURAL_SENTIMENT_BATCHES), so that models
  // chosen before a batch was written stay comparable. Validation item k is sentence 10·k of the
  // concatenated batches.
  const batchEnds = task === 'sentiment'
    ? NATURAL_SENTIMENT_BATCHES.reduce<number[]>((ends, [list], i) => [...ends, (ends[i - 1] ?? 0) + list.length], [])
    : [];
  const batchOf = (k: number) => NATURAL_SENTIMENT_BATCHES[batchEnds.findIndex((end) => 10 * k < end)][2];
  const perBatch: Record<string, { n: number; ok: number }> = {};
  /** The predicted class of one text. */
  const predict = async (text: string) => {
    const probs: number[] = [];
    for (const { tok, session } of members) {
      const out = await session.run(feeds([tok.encode(text, 128)]));
      softmax(out.logits.data as Float32Array).forEach((v, k) => (probs[k] = (probs[k] ?? 0) + v / members.length));
    }
    return probs.indexOf(Math.max(...probs));
  };
  for (const [k, e] of validation.entries()) {
    const pred = await predict(e.text);
    per[e.lang].n++;
    if (pred === e.label) per[e.lang].ok++;
    if (batchEnds.length) {
      const b = (perBatch[`batch${batchOf(k)}`] ??= { n: 0, ok: 0 });
      b.n++;
      if (pred === e.label) b.ok++;
    }
  }
  const pct = (x: { n: number; ok: number }) => Number(((100 * x.ok) / x.n).toFixed(2));
  const both = (x: Record<string, { n: number; ok: number }>) => ({ all: pct({ n: x.en.n + x.zh.n, ok: x.en.ok + x.zh.ok }), en: pct(x.en), zh: pct(x.zh), n: x.en.n + x.zh.n });
  /** Accuracy of a sentence set per language, with the sentences it gets wrong. */
  const score = async (examples: Example[]) => {
    const counts: Record<string, { n: number; ok: number }> = { en: { n: 0, ok: 0 }, zh: { n: 0, ok: 0 } };
    const misses: string[] = [];
    for (const e of examples) {
      counts[e.lang].n++;
      if ((await predict(e.text)) === e.label) counts[e.lang].ok++;
      else misses.push(e.text);
    }
    return { accuracy: both(counts), misses };
  };
  // Sentiment: the sixth natural batch, never trained on (a harder natural test set), and the
  // negation-scope check (denied bad things read positive, denied good ones negative).
  let testResult = {};
  if (task === 'sentiment') {
    const naturalTest = await score(naturalSentimentTest());
    const negation = await score(sentimentNegationChecks());
    const plain = await score(sentimentPlainProbe());
    const aspect = await score(sentimentAspectProbe());
    testResult = {
      naturalTest: naturalTest.accuracy,
      negationChecks: { ...negation.accuracy, misses: negation.misses },
      plainProbe: { ...plain.accuracy, misses: plain.misses },
      aspectProbe: { ...aspect.accuracy, misses: aspect.misses },
    };
  }
  const result = { model: dir, ...testResult, naturalValidation: { ...both(per), ...(batchEnds.length ? { perBatch: Object.fromEntries(Object.entries(perBatch).map(([b, x]) => [b, { all: pct(x), n: x.n }])) } : {}) } };
  console.log(JSON.stringify(result));
  if (!process.argv[3]) fs.writeFileSync(path.join(__dirname, `natural-eval-${task}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
