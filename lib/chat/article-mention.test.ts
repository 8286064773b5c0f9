// Unit tests for "does the article mention X?" (article-mention.ts).
import { describe, expect, it } from 'vitest';
import { articleOnWords, glossedSubject, isNameLike, mentionSubject, mentionSubjects } from './article-mention';
import { createNodeChatEngine } from './node-engine';

describe('mentionSubject', () => {
  it.each([
    ['Does the article mention reinforcement learning?', 'reinforcement learning'],
    ['does the article talk about LSTMs at all', 'LSTMs'],
    ['Did the author discuss the topic of ethics?', 'ethics'],
    ['Is dropout mentioned in the article?', 'dropout'],
    ['are GANs covered anywhere in the text?', 'GANs'],
    ['is there anything about Karpathy in the article?', 'Karpathy'],
    ['does the article explain attention?', 'attention'],
    ['is transfer learning mentioned?', 'transfer learning'],
    ['文章提到强化学习了吗', '强化学习'],
    ['文章里有没有提到TensorFlow', 'TensorFlow'],
    ['本文讲了迁移学习吗？', '迁移学习'],
    ['强化学习在文章里有提到吗', '强化学习'],
    ['文章里有讲GAN的内容吗', 'GAN'],
    ['文章有没有讲BERT模型？', 'BERT模型'],
    ['Vision Transformer是什么 文章讲了吗', 'Vision Transformer'],
    ['文章是否聊过强化学习', '强化学习'],
    // a Latin name in a Chinese question counts as two characters, not one per letter
    ['文章提到early stopping了吗', 'early stopping'],
    ['dropout 和 early stopping 文章里提到了吗？', 'dropout 和 early stopping'],
    // a name in brackets in the other language: the question stays in its own language
    ['does the article mention diffusion (扩散模型)?', 'diffusion (扩散模型)'],
  ])('%s -> %s', (q, subject) => expect(mentionSubject(q)).toBe(subject));

  it.each(['What is dropout?', 'What does the article say about dropout?', 'does the article mention how dropout works?', 'does dropout help?', '文章讲了什么', '什么是迁移学习',
    'does the article mention the seven most important ideas that every beginner in the field should know', '文章里提到的Karpathy是谁', '文章有没有讲为什么要用ReLU', '文章有没有说为什么要用ReLU'])('is not a mention question: %s', (q) => {
    expect(mentionSubject(q)).toBeNull();
  });
});

describe('a subject with its other-language name in brackets (tour 7)', () => {
  it('is split into the two names', () => {
    expect(glossedSubject('扩散模型(diffusion)')).toEqual({ name: '扩散模型', gloss: 'diffusion' });
    expect(glossedSubject('池化（pooling）')).toEqual({ name: '池化', gloss: 'pooling' });
    expect(glossedSubject('dropout')).toBeNull();
  });
  it('is looked up by the name the glossary knows: declined for diffusion, answered for dropout', async () => {
    const engine = await createNodeChatEngine();
    const diffusion = await engine.ask('文章里有讲扩散模型(diffusion)吗');
    expect(diffusion.refused).toBe(true);
    expect(diffusion.answer).toContain('扩散模型');
    const dropout = await engine.ask('文章有没有提到丢弃法(dropout)');
    expect(dropout.refused).toBe(false);
    expect(dropout.sources[0].glossary?.id).toBe('dropout');
  });
});

describe('articleOnWords', () => {
  it('finds the sentences that use the words, in the question language, whole English words only', () => {
    const en = articleOnWords('Karpathy', 'en');
    expect(en?.section).toBe('1');
    expect(en?.sentences.every((s) => /karpathy/i.test(s))).toBe(true);
    expect(articleOnWords('Karpathy', 'zh')?.sentences[0]).toMatch(/Karpathy/);
    // plural asked, singular written
    expect(articleOnWords('GANs', 'en')?.section).toBe('6');
    expect(articleOnWords('reinforcement learning', 'en')).toBeNull();
    expect(articleOnWords('强化学习', 'zh')).toBeNull();
    // "arn" occurs inside "learning" but is no word of the article
    expect(articleOnWords('arn', 'en')).toBeNull();
  });
});

describe('isNameLike', () => {
  it('tells names from descriptions', () => {
    for (const x of ['reinforcement learning', 'GANs', '强化学习', 'TensorFlow', 'Karpathy']) expect(isNameLike(x), x).toBe(true);
    for (const x of ['可以直接跑的代码', '怎么训练模型', 'a way to make training faster', 'models that can see']) expect(isNameLike(x), x).toBe(false);
  });
});

describe('mentionSubjects', () => {
  it('splits two or three names asked about together, and leaves one thing whole', () => {
    expect(mentionSubjects('dropout 和 early stopping')).toEqual(['dropout', 'early stopping']);
    expect(mentionSubjects('CNN、RNN和LSTM')).toEqual(['CNN', 'RNN', 'LSTM']);
    expect(mentionSubjects('GANs and reinforcement learning')).toEqual(['GANs', 'reinforcement learning']);
    expect(mentionSubjects('reinforcement learning')).toEqual(['reinforcement learning']);
    // a description is no list of names
    expect(mentionSubjects('a way to make training faster and cheaper')).toEqual(['a way to make training faster and cheaper']);
  });

  it('does not file a thing under a concept whose name is only part of it', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('文章有没有讲 bias-variance tradeoff');
    expect(a.refused).toBe(true);
    expect(a.answer).toContain('没有找到“bias-variance tradeoff”');
    // a name with words the knowledge base uses keeps its concept
    expect((await engine.ask('文章有没有提到GPT')).answer).toContain('**Transformer 模型**');
  });

  it('answers each under its name: what the article says, or that it does not mention it', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('dropout 和 early stopping 文章里提到了吗？');
    expect(a.refused).toBe(false);
    const [dropout, stopping] = a.answer.split('**early stopping**');
    expect(dropout).toMatch(/^\*\*dropout\*\*\n\n文章没有直接提到\*\*随机失活\*\*/);
    expect(stopping).toContain('第 9.7 节');
    expect(stopping).toContain('early stopping，提前停止训练过程');
    const en = await engine.ask('does the article mention GANs and reinforcement learning?');
    expect(en.answer).toContain('**reinforcement learning**\n\nI don\'t know — I found no mention of “reinforcement learning”');
    expect(en.sources[0].section).toBe('6');
  });
});
