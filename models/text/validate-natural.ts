// Accuracy of a sentiment or topic model folder on the natural-text VALIDATION sentences (every
// tenth hand-written natural sentence, never trained on; see naturalSentiment in
// data/sentiment-data.ts and naturalTopic in data/topic-data.ts). Used to choose between trained
// candidates without touching the held-out sets.
//
//   npx tsx models/text/validate-natural.ts [sentiment|topic] [model folder, default public/models/glassbox-<task>]

import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { naturalSentiment } from './data/sentiment-data';
import { naturalTopic } from './data/topic-data';
import { loadTokenizer } from './evaluate';

async function main() {
  const task = process.argv[2] === 'topic' ? 'topic' : 'sentiment';
  const dir = process.argv[3] ?? path.join('public', 'models', `glassbox-${task}`);
  const tok = loadTokenizer(dir);
  const session = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model.onnx'));
  const { validation } = task === 'topic' ? naturalTopic() : naturalSentiment();
  const per: Record<string, { n: number; ok: number }> = { en: { n: 0, ok: 0 }, zh: { n: 0, ok: 0 } };
  for (const e of validation) {
    const ids = tok.encode(e.text, 128);
    const T = ids.length;
    const out = await session.run({
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, T]),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(T).fill(1n), [1, T]),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(T), [1, T]),
    });
    const logits = out.logits.data as Float32Array;
    const pred = logits.indexOf(Math.max(...logits));
    per[e.lang].n++;
    if (pred === e.label) per[e.lang].ok++;
  }
  const pct = (x: { n: number; ok: number }) => Number(((100 * x.ok) / x.n).toFixed(2));
  console.log(JSON.stringify({ model: dir, naturalValidation: { all: pct({ n: per.en.n + per.zh.n, ok: per.en.ok + per.zh.ok }), en: pct(per.en), zh: pct(per.zh), n: validation.length } }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
