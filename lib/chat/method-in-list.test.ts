// Unit tests for "does X help with Y?" when the FAQ's list of remedies does not name X (method-in-list.ts).
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from './knowledge';
import { askedMethod } from './method-in-list';
import { createNodeChatEngine } from './node-engine';

describe('askedMethod', async () => {
  const kb = await buildKnowledgeBase();
  it('reads the method before the verb of helping', () => {
    expect(askedMethod(kb, 'does dropout help with overfitting?')).toBe('dropout');
    expect(askedMethod(kb, 'Can data augmentation prevent overfitting?')).toBe('data-augmentation');
    expect(askedMethod(kb, '数据增强能防止过拟合吗')).toBe('data-augmentation');
    expect(askedMethod(kb, '批归一化对防止过拟合有用吗')).toBe('batch-normalization');
  });
  it('finds none in other questions', () => {
    expect(askedMethod(kb, 'How can deep learning models avoid overfitting?')).toBeNull();
    expect(askedMethod(kb, 'what is dropout?')).toBeNull();
    expect(askedMethod(kb, '过拟合怎么办')).toBeNull();
  });
});

describe('the engine', async () => {
  const engine = await createNodeChatEngine();
  it('says that 9.7\'s list does not name dropout, and what dropout is (tour 7: the list alone)', async () => {
    const a = await engine.ask('does dropout help with overfitting?');
    expect(a.sources[0].section).toBe('9.7');
    expect(a.answer).toContain('Early stopping');
    expect(a.answer).toContain("Section 9.7's list does not name **Dropout**");
    expect(a.sources.some((s) => s.glossary?.id === 'dropout')).toBe(true);
  });
  it('says the same of 数据增强 in Chinese', async () => {
    const a = await engine.ask('数据增强能防止过拟合吗');
    expect(a.answer).toContain('第 9.7 节的列表没有提到**数据增强**');
  });
  it('adds nothing when the list names the method', async () => {
    const a = await engine.ask('does early stopping help with overfitting?');
    expect(a.sources[0].section).toBe('9.7');
    expect(a.answer).not.toContain('does not name');
  });
});
