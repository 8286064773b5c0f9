// Pronouns after an answer about a concept the question never named ("示例代码用的什么数据集" →
// MNIST, then "它的图片多大"; "what is α?" → the learning rate, then "what happens if it's too big?"),
// and sizes and counts the glossary gives but the cited sections do not ("mnist size").
import { describe, expect, it } from 'vitest';
import { askConversation } from './conversation';
import { createNodeChatEngine } from './node-engine';

const engine = await createNodeChatEngine();

const conversation = (turns: string[]) => askConversation(engine, turns);

describe('the concept an answer was about', () => {
  it('keeps the concept of an answer whose question named none, and reads the next pronoun as it', async () => {
    const [dataset, size] = await conversation(['示例代码用的什么数据集', '它的图片多大']);
    expect(dataset.after?.concept).toBe('mnist');
    expect(size.refused).toBe(false);
    expect(size.answer).toContain('MNIST');
    expect(size.answer).toContain('28×28');
    const [, alpha, big] = await conversation(['explain the formula for updating weights', 'what is α?', "what happens if it's too big?"]);
    expect(alpha.after?.concept).toBe('learning-rate');
    expect(big.refused).toBe(false);
    expect(big.answer).toContain('learning rate');
    expect(big.answer).toMatch(/Too large and the loss bounces around/);
  });

  it('keeps no concept when the question names one', async () => {
    const [dropout] = await conversation(['What is dropout?']);
    expect(dropout.after?.concept).toBeUndefined();
  });
});

describe('sizes and counts from the glossary', () => {
  it('answers a size the sections do not give from the definition, and leaves the example’s values to the code', async () => {
    for (const q of ['mnist size', 'MNIST有多少张图片', 'how big are mnist images']) {
      const a = await engine.ask(q);
      expect(a.kind, q).toBe('glossary');
      expect(a.answer, q).toMatch(/70,000|7 万/);
    }
    const epochs = await engine.ask('How many epochs does the example train for?');
    expect(epochs.answer).toContain('epochs=5');
  });
});
