// The shipped folders load in Transformers.js from disk with remote loading off:
// text-classification / feature-extraction pipelines (fp32 and q8) and
// AutoModel.forward returning every attention map.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoModel, AutoTokenizer, env, pipeline } from '@huggingface/transformers';
import { NLI_LABELS, SENTIMENT_LABELS, TEXT_MODEL_IDS, TOPIC_LABELS } from '../../lib/text/labels';

const ROOT = path.join(process.cwd(), 'public', 'models');
const shipped = (id: string) => fs.existsSync(path.join(ROOT, id, 'onnx', 'model.onnx'));
env.allowRemoteModels = false;
env.localModelPath = ROOT + path.sep;

const CLASSIFIERS: [string, readonly string[]][] = [
  [TEXT_MODEL_IDS.sentiment, SENTIMENT_LABELS],
  [TEXT_MODEL_IDS.topic, TOPIC_LABELS],
  [TEXT_MODEL_IDS.nli, NLI_LABELS], // a pair classifier; zero-shot use is tested in lib/text/zero-shot.test.ts
];

describe.each(CLASSIFIERS.filter(([id]) => shipped(id)))('%s in Transformers.js', (id, labels) => {
  it('runs pipeline("text-classification") in fp32 and q8 with the right labels', async () => {
    for (const dtype of ['fp32', 'q8'] as const) {
      const clf = await pipeline('text-classification', id, { dtype });
      const out = (await clf('这个模型很好用，but the docs are thin.', { top_k: null })) as { label: string; score: number }[];
      expect(out.map((o) => o.label).sort()).toEqual([...labels].sort());
      expect(out.reduce((s, o) => s + o.score, 0)).toBeCloseTo(1, 4);
    }
  });
  it('returns logits and one [batch, heads, seq, seq] attention map per layer from forward()', async () => {
    const cfg = JSON.parse(fs.readFileSync(path.join(ROOT, id, 'config.json'), 'utf8'));
    const tok = await AutoTokenizer.from_pretrained(id);
    const model = await AutoModel.from_pretrained(id, { dtype: 'fp32' });
    const inputs = tok(['not bad', '一点也不差，真的'], { padding: true });
    const out = await model(inputs);
    const T = inputs.input_ids.dims[1];
    expect(out.logits.dims).toEqual([2, labels.length]);
    for (let l = 0; l < cfg.num_hidden_layers; l++) {
      expect(out[`attentions.${l}`].dims).toEqual([2, cfg.num_attention_heads, T, T]);
      const row = Array.from(out[`attentions.${l}`].data as Float32Array).slice(0, T);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    }
  });
});

describe.skipIf(!shipped(TEXT_MODEL_IDS.embed))(`${TEXT_MODEL_IDS.embed} in Transformers.js`, () => {
  it('runs pipeline("feature-extraction") with mean pooling and normalisation', async () => {
    const fe = await pipeline('feature-extraction', TEXT_MODEL_IDS.embed, { dtype: 'fp32' });
    const out = await fe(['How do I prevent overfitting?', '怎么防止过拟合？'], { pooling: 'mean', normalize: true });
    expect(out.dims[0]).toBe(2);
    const v = out.tolist() as number[][];
    for (const row of v) expect(Math.hypot(...row)).toBeCloseTo(1, 4);
  });
  it('returns last_hidden_state and the attention maps from forward()', async () => {
    const tok = await AutoTokenizer.from_pretrained(TEXT_MODEL_IDS.embed);
    const model = await AutoModel.from_pretrained(TEXT_MODEL_IDS.embed, { dtype: 'fp32' });
    const inputs = tok('什么是深度学习？');
    const out = await model(inputs);
    expect(out.last_hidden_state.dims.slice(0, 2)).toEqual(inputs.input_ids.dims);
    expect(out['attentions.0'].dims[1]).toBeGreaterThan(0);
  });
});
