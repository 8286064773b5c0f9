import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pipeline } from '@huggingface/transformers';
import { occludeTokens } from '../explain/text/occlusion';
import { NLI_LABELS, TEXT_MODEL_IDS } from './labels';
import { findModel, type TextModelEntry } from './registry';
import { loadTextModel, type LoadedTextModel } from './runtime';
import { configureTransformers } from './transformers-env';
import { encodePair, nliLabelIds, premiseScorer, zeroShot } from './zero-shot';
import { checkTemplate, parseLabels } from './zero-shot-labels';

const MODELS = path.resolve(__dirname, '../../public/models');
const ID = TEXT_MODEL_IDS.nli;
const shipped = existsSync(path.join(MODELS, ID, 'onnx', 'model.onnx'));
const TOPICS_EN = ['computer vision', 'natural language processing', 'speech', 'training', 'interpretability', 'privacy'];
const TOPICS_ZH = ['计算机视觉', '自然语言处理', '语音', '训练', '可解释性', '隐私'];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('zero-shot labels and template', () => {
  it('accepts 2–10 unique labels separated by ASCII or Chinese commas, trimmed', () => {
    expect(parseLabels(' cats , dogs')).toEqual({ ok: true, labels: ['cats', 'dogs'] });
    expect(parseLabels('猫，狗、鸟')).toEqual({ ok: true, labels: ['猫', '狗', '鸟'] });
    expect(parseLabels('a,  big   dog')).toEqual({ ok: true, labels: ['a', 'big dog'] });
  });
  it('rejects empty input, one label, blanks, too many, too long and duplicates with a reason', () => {
    const code = (s: string) => { const r = parseLabels(s); return r.ok ? 'ok' : r.error.code; };
    expect(code('')).toBe('empty');
    expect(code('   ')).toBe('empty');
    expect(code('only')).toBe('too-few');
    expect(code('a,,b')).toBe('blank');
    expect(code('a,b,')).toBe('blank');
    expect(code(Array.from({ length: 11 }, (_, i) => `l${i}`).join(','))).toBe('too-many');
    expect(code(`a,${'x'.repeat(41)}`)).toBe('too-long');
    expect(code(`a,${'语'.repeat(40)}`)).toBe('ok');
    expect(code('Speech, privacy, speech')).toBe('duplicate');
  });
  it('requires {} in the template', () => {
    expect(checkTemplate('This example is {}.').ok).toBe(true);
    expect(checkTemplate('This example is.')).toEqual({ ok: false, error: { code: 'no-placeholder' } });
    expect(checkTemplate(`{} ${'x'.repeat(80)}`).ok).toBe(false);
  });
});

describe.skipIf(!shipped)('zero-shot runtime (Transformers.js in Node, built-in glassbox-nli)', () => {
  let loaded: LoadedTextModel;
  const entry: TextModelEntry = findModel(ID) ?? {
    id: ID, task: 'topic', kind: 'zero-shot', source: 'builtin', dtype: 'fp32', downloadBytes: 2_000_000,
    name: { en: ID, zh: ID }, labels: NLI_LABELS, attentions: true, languages: ['en', 'zh'],
  };
  beforeAll(async () => {
    configureTransformers({ localModelPath: MODELS + '/', allowRemote: false });
    loaded = await loadTextModel(entry);
  });

  it('finds entailment and contradiction in config.label2id', () => {
    expect(nliLabelIds(loaded)).toEqual({ entailment: NLI_LABELS.indexOf('entailment'), contradiction: NLI_LABELS.indexOf('contradiction') });
  });

  it('returns one probability per label, in the labels\' order, summing to 1, for English and Chinese premises', async () => {
    for (const [text, labels, template] of [
      ['The network detects objects in photos with convolutions.', TOPICS_EN, 'This example is {}.'],
      ['语音识别把声音信号转换成文字。', TOPICS_ZH, '这段话是关于{}的。'],
      ['语音识别把声音信号转换成文字。', TOPICS_EN, 'This text is about {}.'],
      ['Keep patient records on the device.', ['privacy', 'cooking', 'speech'], 'This example is {}.'],
    ] as const) {
      const a = await zeroShot(loaded, text, { labels: [...labels], template });
      expect(a.labels).toEqual(labels);
      expect(a.probabilities).toHaveLength(labels.length);
      expect(sum(a.probabilities)).toBeCloseTo(1, 5);
      for (const p of a.probabilities) expect(p).toBeGreaterThan(0);
      const best = a.probabilities.indexOf(Math.max(...a.probabilities));
      expect(a.pairLabel).toBe(best);
      expect(a.hypothesis).toBe(template.replace('{}', labels[best]));
    }
  });

  it('returns the tokens and every layer\'s attention of the shown pair, premise marked', async () => {
    const a = await zeroShot(loaded, 'Attention maps explain the model.', { labels: TOPICS_EN, template: 'This example is {}.', focus: 4 });
    expect(a.pairLabel).toBe(4);
    expect(a.tokens[0]).toBe('[CLS]');
    expect(a.tokens.filter((t) => t === '[SEP]')).toHaveLength(2);
    expect(a.tokens.slice(a.tokens.indexOf('[SEP]') + 1, -1).join(' ')).toBe('this example is interpretability .');
    expect(a.tokens.filter((_, i) => a.premise[i]).join(' ')).toBe('attention maps explain the model .');
    expect(a.special.filter(Boolean)).toHaveLength(3);
    expect(a.attentions).not.toBeNull();
    for (const layer of a.attentions!) expect(layer.seq).toBe(a.ids.length);
  });

  it('matches Transformers.js\' own zero-shot-classification pipeline within 1e-4 (same model, same labels)', async () => {
    const clf = await pipeline('zero-shot-classification', ID, { dtype: 'fp32' });
    for (const [text, labels, template] of [
      ['How do I stop my model from overfitting?', TOPICS_EN, 'This example is {}.'],
      ['模型怎么知道这里的苹果指的是公司？', TOPICS_ZH, '这是关于{}的内容。'],
      ['The heatmap shows which pixels mattered.', ['vision', 'explanations', 'music'], 'This text is about {}.'],
    ] as const) {
      const ours = await zeroShot(loaded, text, { labels: [...labels], template });
      const ref = (await clf(text, [...labels], { hypothesis_template: template })) as { labels: string[]; scores: number[] };
      for (let i = 0; i < labels.length; i++) {
        expect(Math.abs(ours.probabilities[i] - ref.scores[ref.labels.indexOf(labels[i])]), `${text} / ${labels[i]}`).toBeLessThan(1e-4);
      }
    }
  });

  it('scores premise occlusion variants: one row per variant, one probability per label; hypothesis untouched', async () => {
    const text = 'Speech recognition turns audio into text.';
    const options = { labels: TOPICS_EN, template: 'This example is {}.' };
    const a = await zeroShot(loaded, text, options);
    const score = premiseScorer(loaded, text, options, a.pairLabel);
    const rows = await score([a.ids, a.ids.slice(0, 2).concat(a.ids.slice(3))]);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toHaveLength(TOPICS_EN.length);
      expect(sum(row)).toBeCloseTo(1, 5);
    }
    for (let i = 0; i < TOPICS_EN.length; i++) expect(rows[0][i]).toBeCloseTo(a.probabilities[i], 4);
    for (const mode of ['mask', 'remove'] as const) {
      const occ = await occludeTokens(a.ids, a.premise.map((p) => !p), a.pairLabel, score, { mode, maskId: loaded.tokenizer.mask_token_id ?? undefined });
      expect(occ.values).toHaveLength(a.ids.length);
      expect(occ.base).toBeCloseTo(a.probabilities[a.pairLabel], 4);
      a.premise.forEach((p, i) => { if (!p) expect(occ.values[i]).toBe(0); });
      expect(Array.from(occ.values).some((v) => v !== 0)).toBe(true);
    }
  });

  it('cuts a long premise, never the hypothesis, to the model window', async () => {
    const long = 'privacy matters. '.repeat(100);
    const pair = encodePair(loaded, long, 'This example is privacy.');
    expect(pair.truncated).toBe(true);
    expect(pair.ids).toHaveLength(128);
    const a = await zeroShot(loaded, long, { labels: ['privacy', 'speech'], template: 'This example is {}.' });
    expect(a.truncated).toBe(true);
    expect(a.tokens.slice(-7).join(' ')).toMatch(/^\[SEP\] this example is (privacy|speech) \. \[SEP\]$/);
  });
});
