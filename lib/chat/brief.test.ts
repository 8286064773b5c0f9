// "in one sentence", "tl;dr", "一句话概括一下": the answer just given, cut to its first sentence or to
// the list it introduces (brief.ts), in the follow-up's language.
import { describe, expect, it } from 'vitest';
import { briefOf } from './brief';
import { followUpKind } from './follow-up';
import { askConversation } from './conversation';
import { createNodeChatEngine } from './node-engine';

const engine = await createNodeChatEngine();

const conversation = (turns: string[]) => askConversation(engine, turns);

describe('a brief version of the last answer', () => {
  it('reads the ways of asking for one', () => {
    for (const q of ['in one sentence', 'tl;dr', 'can u give me a one sentence version for my boss', 'shorter please', 'sum it up', '一句话概括一下', '太长了', '说简短点']) expect(followUpKind(q), q).toBe('brief');
    for (const q of ['what is a sentence embedding?', 'how short can training be?', '一句话能训练吗']) expect(followUpKind(q), q).toBeNull();
  });

  it('keeps the first sentence, or the sentence that introduces a list and each item\'s first clause', () => {
    expect(briefOf('**Dropout** (Glassbox glossary):\n\n> Dropout switches off neurons. It is a regularizer.\n\nThe article never names it.', 'en')).toBe('Dropout switches off neurons.');
    expect(briefOf('From section 8:\n\n> 深度学习取得了成果。\n>\n> 然而，深度学习仍然面临着一些挑战：\n>\n> 1. 可解释性：难以解释。\n>\n> 2. 数据隐私：需要数据。', 'zh')).toBe('然而，深度学习仍然面临着一些挑战：可解释性；数据隐私。');
    expect(briefOf('The FAQ answers this:\n\nThese methods help:\n\n1. Use regularization, such as L2.\n2. Early stopping: stop early.', 'en')).toBe('These methods help: use regularization; early stopping.');
    expect(briefOf('Only a lead line', 'en')).toBeNull();
  });

  it('answers in the words of the answer before, in the follow-up\'s language', async () => {
    const [attention, short] = await conversation(['what is attention', 'can u give me a one sentence version for my boss']);
    expect(short.refused).toBe(false);
    expect(short.answer).toContain('> Attention is a mechanism that lets a model');
    expect(short.answer.length).toBeLessThan(attention.answer.length / 2);
    expect(short.sources[0].glossary?.id).toBe('attention');
    const [, zh] = await conversation(['深度学习有哪些挑战', '太长了']);
    expect(zh.answer).toContain('挑战：可解释性；计算资源消耗；数据隐私。');
    const [, en] = await conversation(['什么是过拟合', 'in one sentence']);
    expect(en.language).toBe('en');
    expect(en.answer).toContain('Overfitting happens when');
  });
});

describe('a simpler explanation', () => {
  it('is not a paper title that names the concept', async () => {
    const [, simpler] = await conversation(['what is attention', 'say it more simply']);
    expect(simpler.answer).not.toContain('Attention Is All You Need');
  });
});
