// "Are these the same?", "两者有啥区别", "which is better?" after two concepts were asked about one
// after the other, or after a question that named two: asked of both (pair-reference.ts).
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from './knowledge';
import { askConversation } from './conversation';
import { createNodeChatEngine } from './node-engine';
import { pairConcepts, resolvePair } from './pair-reference';
import type { ChatContext } from './types';

const kb = await buildKnowledgeBase();
const engine = await createNodeChatEngine();

const conversation = (turns: string[]) => askConversation(engine, turns);

describe('a pair of concepts referred to as "them"', () => {
  it('compares the last two concepts asked about', async () => {
    const [, , same] = await conversation(['what is a CNN?', 'what is an RNN?', 'Are these the same?']);
    expect(same.refused).toBe(false);
    expect(same.answer).toContain('Convolutional neural network');
    expect(same.answer).toContain('Recurrent neural network');
    const [, , differ] = await conversation(['Adam是什么', 'SGD呢', '两者有啥区别']);
    expect(differ.refused).toBe(false);
    expect(differ.answer).toContain('Adam 优化器和随机梯度下降');
    expect(differ.sources.map((s) => s.glossary?.id)).toEqual(expect.arrayContaining(['adam', 'stochastic-gradient-descent']));
  });

  it('reads "which is better?" after a question that named two concepts as asked of both', async () => {
    const [, better] = await conversation(['CNN和RNN有什么区别', '哪个更好']);
    expect(better.refused).toBe(false);
    expect(better.answer).toContain('卷积神经网络和循环神经网络哪个更好');
    expect(better.answer).toContain('没有说哪个更好');
  });

  it('needs two concepts, a comparison, and no concept named in the follow-up', () => {
    const one: ChatContext = { topic: 'what is dropout?', shown: [] };
    expect(pairConcepts(kb, one)).toBeNull();
    const two: ChatContext = { topic: 'what is an RNN?', shown: [], earlier: 'convolutional-neural-network' };
    const pair = pairConcepts(kb, two);
    expect(pair).toEqual(['convolutional-neural-network', 'recurrent-neural-network']);
    expect(resolvePair(kb, 'how do they work?', 'en', pair)).toBeNull();
    expect(resolvePair(kb, 'are they the same as LSTMs?', 'en', pair)).toBeNull();
    expect(resolvePair(kb, "what's the difference between them?", 'en', pair)).toBe("what's the difference between convolutional neural network and recurrent neural network?");
    expect(resolvePair(kb, '它们是怎么训练的', 'zh', pair)).toBeNull();
  });
});
