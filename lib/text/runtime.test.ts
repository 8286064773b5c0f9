import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attentionRollout, row } from '../explain/text/rollout';
import { TEXT_MAX_LENGTH } from './labels';
import { findModel, TEXT_MODELS } from './registry';
import { analyzeText, encode, loadTextModel, scoreIds, type LoadedTextModel } from './runtime';
import { configureTransformers } from './transformers-env';

const MODELS = path.resolve(__dirname, '../../public/models');

describe('text model registry', () => {
  it('every built-in model exists in the hub layout, with the labels and size the registry states', () => {
    for (const m of TEXT_MODELS.filter((e) => e.source === 'builtin')) {
      const dir = path.join(MODELS, m.id);
      for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx']) {
        expect(existsSync(path.join(dir, f)), `${m.id}/${f}`).toBe(true);
      }
      const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
      expect(Object.values(config.id2label)).toEqual([...m.labels]);
      const file = m.dtype === 'q8' ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
      const bytes = statSync(path.join(dir, file)).size + statSync(path.join(dir, 'tokenizer.json')).size;
      expect(bytes / m.downloadBytes, m.id).toBeGreaterThan(0.5);
      expect(bytes / m.downloadBytes, m.id).toBeLessThan(2);
    }
  });
});

describe('text runtime (Transformers.js in Node, built-in sentiment model)', () => {
  let loaded: LoadedTextModel;
  beforeAll(async () => {
    configureTransformers({ localModelPath: MODELS + '/', allowRemote: false });
    loaded = await loadTextModel(findModel('glassbox-sentiment')!);
  });

  it('reads how each built-in classifier pools from its config (rollout shows what the head reads)', async () => {
    expect(loaded.pooling).toBe('mean');
    expect((await loadTextModel(findModel('glassbox-topic')!)).pooling).toBe('cls');
  });

  it('returns tokens, probabilities and every layer\'s attention as plain arrays', async () => {
    const a = await analyzeText(loaded, 'Not bad at all, 其实很好！');
    expect(a.tokens[0]).toBe('[CLS]');
    expect(a.tokens.at(-1)).toBe('[SEP]');
    expect(a.tokens).toContain('其');
    expect(a.special[0] && a.special.at(-1)).toBe(true);
    expect(a.probabilities).toHaveLength(2);
    expect(a.probabilities.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 5);
    expect(a.attentions).not.toBeNull();
    for (const layer of a.attentions!) {
      expect(layer.seq).toBe(a.ids.length);
      for (let h = 0; h < layer.heads; h++) {
        for (let i = 0; i < layer.seq; i++) {
          let sum = 0;
          for (let j = 0; j < layer.seq; j++) sum += layer.data[(h * layer.seq + i) * layer.seq + j];
          expect(sum).toBeCloseTo(1, 4);
        }
      }
    }
    const rollout = row(attentionRollout(a.attentions!, a.ids.length), a.ids.length, 0);
    expect(rollout.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 4);
    expect(a.truncated).toBe(false);
  });

  it('scores a padded batch exactly like single inputs (the attention mask works)', async () => {
    const short = encode(loaded, 'great').ids;
    const long = encode(loaded, 'the plot was dull and far too long').ids;
    const [s, l] = await scoreIds(loaded, [short, long]);
    const alone = await analyzeText(loaded, 'great');
    expect(s[0]).toBeCloseTo(alone.probabilities[0], 4);
    expect(l[1]).toBeCloseTo((await analyzeText(loaded, 'the plot was dull and far too long')).probabilities[1], 4);
  });

  it('truncates text longer than the window and says so', async () => {
    const a = await analyzeText(loaded, 'good '.repeat(500));
    expect(a.truncated).toBe(true);
    expect(a.ids).toHaveLength(TEXT_MAX_LENGTH);
    expect(a.tokens.at(-1)).toBe('[SEP]');
  });
});
