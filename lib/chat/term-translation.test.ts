// Term questions ("What is the Chinese term for backpropagation?", "dropout的中文是什么"): which
// questions are read as asking a concept's name in the other language, and the answer's grounding
// (the sentence pair is the same sentence of the section in both languages).
import { describe, expect, it } from 'vitest';
import { getSection } from '../content/article';
import { buildKnowledgeBase } from './knowledge';
import { createNodeChatEngine } from './node-engine';
import { quotableText, sentences } from './plain-text';
import { alignedSentences } from './sentence-pick';
import { asksTermIn, termQuestion } from './term-translation';

const kb = await buildKnowledgeBase();

describe('term questions', () => {
  it('reads the language asked for', () => {
    expect(asksTermIn('What is the Chinese term for backpropagation?')).toBe('zh');
    expect(asksTermIn('How do you say overfitting in Chinese?')).toBe('zh');
    expect(asksTermIn('dropout的中文是什么')).toBe('zh');
    expect(asksTermIn('反向传播的英文是什么')).toBe('en');
    expect(asksTermIn('学习率用英文怎么说')).toBe('en');
    expect(asksTermIn('What is the English word for 注意力机制?')).toBe('en');
    expect(asksTermIn('What is backpropagation?')).toBeNull();
    expect(asksTermIn('用中文解释一下什么是过拟合')).toBeNull();
  });

  it('finds the one concept asked about, by its term, a spelling or its initials', () => {
    const cases: [string, string, 'en' | 'zh', string][] = [
      ['What is the Chinese term for backpropagation?', 'backpropagation', 'zh', '反向传播'],
      ['反向传播的英文是什么', 'backpropagation', 'en', 'Backpropagation'],
      ['CNN in Chinese?', 'convolutional-neural-network', 'zh', '卷积神经网络'],
      ["what's the chinese name of a neural network", 'neural-network', 'zh', '神经网络'],
      ['深度学习里 dropout 的中文叫什么', 'dropout', 'zh', '随机失活'],
    ];
    for (const [q, id, target, term] of cases) {
      const t = termQuestion(kb, q);
      expect(t?.entry.id, q).toBe(id);
      expect(t?.target, q).toBe(target);
      expect(t?.term, q).toBe(term);
    }
  });

  it('is no term question when the name is another concept the entry lists, or more is asked', () => {
    // "chain rule" is an alias of backpropagation, not its name
    expect(termQuestion(kb, "What's the Chinese word for chain rule?")).toBeNull();
    expect(termQuestion(kb, 'What is the Chinese term for the thing that prevents overfitting?')).toBeNull();
    expect(termQuestion(kb, 'Explain dropout in Chinese')).toBeNull();
    expect(termQuestion(kb, 'What is the Chinese term for backpropagation and why is it used?')).toBeNull();
  });

  it('pairs the same sentence of one section in both languages, each writing the term', () => {
    for (const q of ['What is the Chinese term for backpropagation?', '学习率用英文怎么说', 'How do you say overfitting in Chinese?']) {
      const t = termQuestion(kb, q)!;
      expect(t.pair, q).not.toBeNull();
      const s = getSection(t.pair!.section)!;
      // both are sentences of the section, and the alignment (tested for all sections in
      // engine.test.ts) maps one to the other
      expect(sentences(quotableText(s.body.zh)).some((x) => t.pair!.zh.includes(x)), q).toBe(true);
      expect(sentences(quotableText(s.body.en)).some((x) => t.pair!.en.includes(x)), q).toBe(true);
      expect(alignedSentences(s.id, [t.pair!.zh], 'zh', 'en'), q).toEqual([t.pair!.en]);
      expect(t.pair!.zh, q).toContain(t.entry.term.zh);
      expect(t.pair!.en.toLowerCase(), q).toContain(t.entry.term.en.toLowerCase());
    }
  });

  it('answers in the question’s language with the term, the sentence pair and the glossary source', async () => {
    const engine = await createNodeChatEngine();
    const en = await engine.ask('What is the Chinese term for backpropagation?');
    expect(en.refused).toBe(false);
    expect(en.language).toBe('en');
    expect(en.answer).toMatch(/^In Chinese, \*\*Backpropagation\*\* is \*\*反向传播\*\*\./);
    expect(en.sources[0].glossary?.id).toBe('backpropagation');
    const zh = await engine.ask('dropout的中文是什么');
    expect(zh.language).toBe('zh');
    expect(zh.answer).toContain('**随机失活**');
    // the article never writes 随机失活: the answer says the term is the glossary's
    expect(zh.answer).toContain('Glassbox 术语表');
  });
});
