// Latency of a DistilBERT-sized encoder (6 layers, hidden 768, 12 heads, FFN 3072,
// vocab 30,522: the shape of distilbert-base-uncased-finetuned-sst-2-english) built
// with random weights by our own exporter, against the shipped glassbox-sentiment,
// in onnxruntime-node on this machine. Pretrained weights cannot be downloaded
// here, so this measures speed and size only, not accuracy.
//
//   npx tsx models/text/bench-hub-size.ts 2>/dev/null > models/text/bench-hub-size.json

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { buildOnnx } from './export-onnx';
import { parameterCount, weightShapes, type EncoderConfig } from './model';
import { mulberry32 } from '../../lib/util/rng';

async function medianMs(file: string, T: number): Promise<number> {
  const s = await ort.InferenceSession.create(file);
  const ids = new BigInt64Array(T).fill(7n);
  const feeds = {
    input_ids: new ort.Tensor('int64', ids, [1, T]),
    attention_mask: new ort.Tensor('int64', new BigInt64Array(T).fill(1n), [1, T]),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(T), [1, T]),
  };
  for (let i = 0; i < 5; i++) await s.run(feeds);
  const t: number[] = [];
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    await s.run(feeds);
    t.push(performance.now() - a);
  }
  return t.sort((x, y) => x - y)[25];
}

async function main() {
  const c: EncoderConfig = { vocabSize: 30522, hidden: 768, layers: 6, heads: 12, ffn: 3072, maxLen: 512, numLabels: 2, dropout: 0 };
  const rng = mulberry32(0);
  const w: Record<string, Float32Array> = {};
  for (const [name, shape] of weightShapes(c)) w[name] = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => (rng() - 0.5) * 0.04);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gb-hub-')), 'model.onnx');
  fs.writeFileSync(file, buildOnnx(c, w));
  const T = 12; // "The food was great but the service was slow." ≈ 12 tokens with [CLS]/[SEP]
  const big = await medianMs(file, T);
  const ours = await medianMs(path.join(process.cwd(), 'public/models/glassbox-sentiment/onnx/model.onnx'), T);
  console.log(JSON.stringify({
    distilbert_shape: { parameters: parameterCount(c), fp32_mb: +(fs.statSync(file).size / 1e6).toFixed(1), median_ms: +big.toFixed(3) },
    glassbox_sentiment: { median_ms: +ours.toFixed(3) },
    sequence_length: T,
  }, null, 2));
  fs.rmSync(path.dirname(file), { recursive: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
