// "How does a neural network learn?" is answered with the training steps of section 3.2.
import { describe, expect, it } from 'vitest';
import { createChatEngine } from './engine';
import { asksHowItLearns } from './how-it-learns';

describe('asksHowItLearns', () => {
  it('recognises how-does-it-learn questions in both languages', () => {
    for (const q of [
      'how does a neural net actually learn?', 'How do neural networks learn?', 'how is a deep learning model trained?',
      'How do you train a neural network?', 'how neural networks learn', '神经网络是怎么学习的', '神经网络到底是如何学习的？',
      '深度学习模型是怎么训练的', '模型是咋学会的', '怎么训练一个神经网络',
    ]) expect(asksHowItLearns(q), q).toBe(true);
  });
  it('leaves other questions alone', () => {
    for (const q of [
      'What is a neural network?', 'how does dropout work?', 'how long does training take?', 'how does a CNN recognise images?',
      'gpt是怎么训练出来的', '神经网络是什么', '训练太慢了怎么办', 'how does backpropagation work?',
      // one particular model: not the general question
      'RLHF 的奖励模型是怎么训练出来的？', '案例里那个10-5-3的网络是怎么训练的？', 'how is the reward model trained?', 'How does the model in 4.3 learn?',
    ]) expect(asksHowItLearns(q), q).toBe(false);
  });
});

describe('chat engine: how a neural network learns', async () => {
  const engine = await createChatEngine({ extract: null });
  it('answers with the training steps of section 3.2, in the question\'s language', async () => {
    for (const [q, lang, words] of [
      ['how does a neural net actually learn?', 'en', /Forward propagation[\s\S]*Backpropagation/],
      ['神经网络是怎么学习的', 'zh', /前向传播[\s\S]*反向传播/],
    ] as const) {
      const a = await engine.ask(q);
      expect(a.refused, q).toBe(false);
      expect(a.language, q).toBe(lang);
      expect(a.sources[0].section, q).toBe('3.2');
      expect(a.answer, q).toMatch(words);
    }
  });
});
