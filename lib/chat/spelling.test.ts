// Typo correction of English question words (spelling.ts) and its guard list of real words.
import { describe, expect, it } from 'vitest';
import { typoGuardWords } from '../../models/chat/build-typo-guard';
import { createChatEngine } from './engine';
import { buildKnowledgeBase } from './knowledge';
import { correctGlossaryWords, correctSpelling, typoDistance } from './spelling';
import typoGuardData from './typo-guard.json';

describe('typoDistance', () => {
  it('counts a swap of neighbouring letters as one edit and stops past the limit', () => {
    expect(typoDistance('nueral', 'neural')).toBe(1);
    expect(typoDistance('instal', 'install')).toBe(1);
    expect(typoDistance('backpropogation', 'backpropagation')).toBe(1);
    expect(typoDistance('hyperparamters', 'hyperparameters')).toBe(1);
    expect(typoDistance('kitten', 'sitting', 3)).toBe(3);
    expect(typoDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('correctSpelling', async () => {
  const kb = await buildKnowledgeBase();
  const fix = (q: string) => correctSpelling(kb, q);
  it('reads typos as the knowledge base\'s words and says which', () => {
    expect(fix('what is a nueral network')).toEqual({ text: 'what is a neural network', corrections: [{ from: 'nueral', to: 'neural' }] });
    expect(fix('what are hyperparamters?').text).toBe('what are hyperparameters?');
    expect(fix('overfiting').corrections).toEqual([]); // its index term (overfit) is the knowledge base's already
    expect(fix('Convolutinal layers').text).toBe('convolutional layers'); // first word of the sentence
  });
  it('leaves alone real words, names, identifiers, short words and other first letters', () => {
    for (const q of ['making networks leaner', 'used inconsistently', 'noise covariance', 'a two-sided test', 'Who won the Turing Award?', 'MaxPooling2D with Conv2D', 'teh model', 'kubernetes pods', 'the weather today']) {
      expect(fix(q).corrections, q).toEqual([]);
    }
  });
  it('reads a Chinese glossary name typed with one wrong character (not the first) as the name', () => {
    expect(fix('卷基神经网络是什么')).toEqual({ text: '卷积神经网络是什么', corrections: [{ from: '卷基神经网络', to: '卷积神经网络' }] });
    expect(fix('反向传波怎么算').text).toBe('反向传播怎么算');
    expect(fix('损失涵数有哪些').text).toBe('损失函数有哪些');
  });
  it('leaves Chinese alone when it is a name and the next word, two words, another first character or the knowledge base\'s own text', () => {
    for (const q of ['深度学习为什么这几年这么火？', '随机梯度下降和普通梯度下降有什么不同？', '加 L2 惩罚能让模型泛化更好吗', '组归一化是什么', '循环神经网络', '正则化是什么？']) {
      expect(fix(q).corrections, q).toEqual([]);
    }
  });
  it('answers a misspelled question and says how it read it', async () => {
    const engine = await createChatEngine({ extract: null });
    const a = await engine.ask('what is a nueral network');
    expect(a.refused).toBe(false);
    expect(a.answer).toMatch(/^\(Reading “nueral” as “neural”\.\)/);
    expect(a.sources[0].glossary?.id).toBe('neural-network');
    const zh = await engine.ask('卷基神经网络是什么');
    expect(zh.answer).toMatch(/^（把“卷基神经网络”理解为“卷积神经网络”。）/);
    expect(zh.sources[0].glossary?.id).toBe('convolutional-neural-network');
  });
});

describe('correctGlossaryWords', async () => {
  const kb = await buildKnowledgeBase();
  it('reads a glossary name\'s word typed one letter off as that word, though its stem is known', () => {
    expect(correctGlossaryWords(kb, 'explain overfiting pls')).toEqual({ text: 'explain overfitting pls', corrections: [{ from: 'overfiting', to: 'overfitting' }] });
    // another form of the same word, a word the knowledge base writes, or a short one: left alone
    for (const q of ['Why should I normalize the input', 'how do I stop overfitting', 'should I rescale my inputs', 'the model']) expect(correctGlossaryWords(kb, q).corrections, q).toEqual([]);
  });
  it('is read before retrieval, and the answer says how', async () => {
    const engine = await createChatEngine({ extract: null });
    const a = await engine.ask('explain overfiting pls');
    expect(a.refused).toBe(false);
    expect(a.answer).toMatch(/^\(Reading “overfiting” as “overfitting”\.\)/);
    expect(a.sources[0].glossary?.id).toBe('overfitting');
  });
});

describe('the shipped typo-guard.json', () => {
  it('equals a fresh build from the word list and the current knowledge base (npm run typos:chat)', async () => {
    expect(typoGuardData.words).toEqual(await typoGuardWords());
  }, 60_000);
});
