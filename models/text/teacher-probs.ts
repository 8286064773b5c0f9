// Teacher probabilities for distilling the sentiment model (a trial, session 27; models/text/README.md):
// the averaged class probabilities of several trained sentiment model folders (each an ensemble
// member, its n-gram branch included) for every distinct text of the sentiment training data that
// `TEXT_TRAIN_SETTINGS` would generate. train.ts reads the file when `TEXT_TEACHER_PROBS` names it
// and trains on targets mixed from the labels and these probabilities (setting `distill`).
//
//   TEXT_TRAIN_SETTINGS='{…}' npx tsx models/text/teacher-probs.ts <out.json> <model folder> [<model folder> …]
//
// Output: { teachers: string[], probs: Record<text, [p_negative, p_positive]> }. Validation and
// held-out sentences are not in it (the generated validation split is the first 10 % of the data,
// as in train.ts; natural validation and held-out sentences are never in the training data).
import fs from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { sentimentExamples } from './data/sentiment-data';
import { feeds, loadTokenizer } from './evaluate';
import { mulberry32 } from '../../lib/util/rng';
import { softmax } from '../../lib/util/softmax';
import { SETTINGS, TRAIN_MAX_LEN } from './train';

async function main() {
  const [out, ...folders] = process.argv.slice(2);
  if (!out || !folders.length) throw new Error('usage: teacher-probs.ts <out.json> <model folder> [<model folder> …]');
  const s = { ...SETTINGS.sentiment, ...(JSON.parse(process.env.TEXT_TRAIN_SETTINGS || '{}') as Partial<typeof SETTINGS.sentiment>) };
  const data = sentimentExamples(mulberry32(s.seed), s.examples, s.naturalRepeat, s.aspects, s.contrast);
  const texts = [...new Set(data.slice(Math.floor(data.length * 0.1)).map((e) => e.text))];
  const sum = new Map<string, number[]>(texts.map((t) => [t, [0, 0]]));
  for (const dir of folders) {
    const tok = loadTokenizer(dir);
    const session = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model.onnx'));
    for (const text of texts) {
      const r = await session.run(feeds([tok.encode(text, TRAIN_MAX_LEN)]));
      const p = softmax(r.logits.data as Float32Array);
      const acc = sum.get(text)!;
      p.forEach((v, k) => (acc[k] += v / folders.length));
    }
    console.log(`${dir}: ${texts.length} texts`);
  }
  fs.writeFileSync(out, JSON.stringify({ teachers: folders, probs: Object.fromEntries([...sum].map(([t, p]) => [t, p.map((v) => Number(v.toFixed(5)))])) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
