import { describe, it, expect } from 'vitest';
import { getSection } from './article';
import { glossary, type GlossaryEntry } from './glossary';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// Markdown / HTML / LaTeX characters that must not appear in plain-text definitions.
const MARKUP = /[<>`*#[\]|_$\\]/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();
const names = (g: GlossaryEntry) => [g.term.en, g.term.zh, ...g.aliases.en, ...g.aliases.zh];

/** Concepts the chat must be able to define (ids of this glossary). */
const REQUIRED = [
  'neuron', 'activation-function', 'relu', 'sigmoid', 'softmax', 'loss-function', 'cross-entropy',
  'gradient-descent', 'backpropagation', 'learning-rate', 'epoch', 'batch', 'optimizer', 'adam',
  'stochastic-gradient-descent', 'overfitting', 'underfitting', 'regularization', 'dropout',
  'batch-normalization', 'data-augmentation', 'early-stopping', 'convolution',
  'convolutional-neural-network', 'pooling', 'feature-map', 'fully-connected-layer',
  'recurrent-neural-network', 'lstm', 'attention', 'self-attention', 'transformer', 'embedding',
  'tokenization', 'gan', 'transfer-learning', 'fine-tuning', 'pretraining', 'saliency-map',
  'grad-cam', 'integrated-gradients', 'smoothgrad', 'occlusion', 'attention-rollout', 'lime', 'shap',
  'interpretability', 'quantization', 'webgpu', 'webassembly', 'on-device-inference',
  'federated-learning', 'data-privacy', 'mnist', 'gpu-training', 'tensorflow', 'pytorch', 'keras',
  'deep-learning-framework', 'hyperparameter', 'validation-set', 'test-set',
];

const byId = new Map(glossary.map((g) => [g.id, g]));

describe('glossary', () => {
  it('has at least 48 entries, including every required concept', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(48);
    for (const id of REQUIRED) expect(byId.has(id), id).toBe(true);
  });

  it('has unique kebab-case ids', () => {
    const ids = glossary.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('links every entry to an existing article section', () => {
    for (const g of glossary) expect(getSection(g.section), `${g.id} -> ${g.section}`).toBeDefined();
  });

  it('has a term and a definition in both languages', () => {
    for (const g of glossary) {
      for (const lang of ['en', 'zh'] as const) {
        expect(g.term[lang].trim(), `${g.id} term.${lang}`).not.toBe('');
        expect(g.definition[lang].trim(), `${g.id} definition.${lang}`).not.toBe('');
      }
    }
  });

  it('writes Chinese definitions in Chinese and English ones without Chinese', () => {
    for (const g of glossary) {
      expect(CJK.test(g.definition.zh), `${g.id} zh`).toBe(true);
      expect(CJK.test(g.definition.en), `${g.id} en`).toBe(false);
      expect(CJK.test(g.term.en), `${g.id} term.en`).toBe(false);
      for (const a of g.aliases.en) expect(CJK.test(a), `${g.id} alias ${a}`).toBe(false);
    }
  });

  it('keeps definitions to 2-3 plain-text sentences', () => {
    for (const g of glossary) {
      for (const lang of ['en', 'zh'] as const) {
        const d = g.definition[lang];
        expect(MARKUP.test(d), `${g.id} ${lang} has markup: ${d.match(MARKUP)?.[0]}`).toBe(false);
        expect(d, `${g.id} ${lang}`).not.toMatch(/\n/);
        expect(d.trim(), `${g.id} ${lang}`).toBe(d);
      }
      const en = g.definition.en.match(/[.!?](?=\s|$)/g)?.length ?? 0;
      const zh = g.definition.zh.match(/[。！？]/g)?.length ?? 0;
      expect(en, `${g.id} en sentences`).toBeGreaterThanOrEqual(2);
      expect(en, `${g.id} en sentences`).toBeLessThanOrEqual(3);
      expect(zh, `${g.id} zh sentences`).toBeGreaterThanOrEqual(2);
      expect(zh, `${g.id} zh sentences`).toBeLessThanOrEqual(3);
      expect(g.definition.en.endsWith('.'), g.id).toBe(true);
      expect(g.definition.zh.endsWith('。'), g.id).toBe(true);
    }
  });

  it('has trimmed, non-empty aliases, lower-case in English', () => {
    for (const g of glossary) {
      for (const a of [...g.aliases.en, ...g.aliases.zh]) {
        expect(a.trim(), `${g.id} alias "${a}"`).toBe(a);
        expect(a.length, `${g.id} empty alias`).toBeGreaterThan(0);
      }
      for (const a of g.aliases.en) expect(a, `${g.id} alias "${a}"`).toBe(a.toLowerCase());
    }
  });

  it('never gives the same name (term or alias, case-insensitive) to two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const g of glossary) {
      for (const n of new Set(names(g).map(norm))) {
        const prev = owner.get(n);
        if (prev && prev !== g.id) clashes.push(`"${n}": ${prev} / ${g.id}`);
        else owner.set(n, g.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('links the demos that show each method', () => {
    const expected: Record<string, GlossaryEntry['demo']> = {
      'saliency-map': { page: 'digits', method: 'gradient', view: 'saliency' },
      'gradient-x-input': { page: 'digits', method: 'gradient-x-input', view: 'saliency' },
      smoothgrad: { page: 'digits', method: 'smoothgrad', view: 'saliency' },
      'integrated-gradients': { page: 'digits', method: 'integrated-gradients', view: 'saliency' },
      'grad-cam': { page: 'digits', method: 'grad-cam', view: 'saliency' },
      occlusion: { page: 'digits', method: 'occlusion', view: 'saliency' },
      convolution: { page: 'digits', view: 'features' },
      'convolutional-neural-network': { page: 'digits', view: 'features' },
      pooling: { page: 'digits', view: 'features' },
      'feature-map': { page: 'digits', view: 'features' },
      attention: { page: 'text', view: 'attention' },
      'self-attention': { page: 'text', view: 'attention' },
      transformer: { page: 'text', view: 'attention' },
      'attention-rollout': { page: 'text', view: 'rollout' },
      'token-attribution': { page: 'text', view: 'attributions' },
      'sentiment-analysis': { page: 'text', task: 'sentiment' },
      'text-classification': { page: 'text', task: 'topic' },
      webgpu: { page: 'digits' },
      webassembly: { page: 'digits' },
      'on-device-inference': { page: 'digits' },
    };
    for (const [id, demo] of Object.entries(expected)) expect(byId.get(id)?.demo, id).toEqual(demo);
  });

  it('does not repeat the article\'s known errors', () => {
    const aug = byId.get('data-augmentation')!.definition;
    expect(aug.en).toMatch(/does not speed up training/);
    expect(aug.zh).toContain('并不能加快训练');
    expect(byId.get('pytorch')!.definition.en).toMatch(/Facebook/);
    expect(byId.get('mnist')!.definition.en).toMatch(/28 x 28 x 1/);
  });
});
