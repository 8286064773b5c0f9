// "How does a CNN recognize images?" is how a CNN works: its glossary entry, not section 6's list
// of applications.
import { describe, expect, it } from 'vitest';
import { createChatEngine } from './engine';
import { asDefinitionQuestion } from './how-it-does';

describe('asDefinitionQuestion', () => {
  it('reads how a named thing does its task as what it is (its entry says how it works)', () => {
    expect(asDefinitionQuestion('how does a CNN recognize images?')?.en).toBe('What is a CNN?');
    expect(asDefinitionQuestion('cnn咋识别图片的')?.zh).toBe('什么是cnn');
    expect(asDefinitionQuestion('RNN是如何处理文本的')?.zh).toBe('什么是RNN');
  });
  it('leaves other questions alone', () => {
    for (const q of ['how does a CNN work?', 'what is image recognition?', 'CNN能识别图片吗', 'how do I recognize overfitting in my model?', '图像识别有哪些应用']) {
      expect(asDefinitionQuestion(q), q).toBeNull();
    }
  });
});

describe('chat engine: how a concept does its task', async () => {
  const engine = await createChatEngine({ extract: null });
  it('answers with the concept\'s glossary entry in both languages', async () => {
    for (const [q, id] of [['how does a CNN recognize images?', 'convolutional-neural-network'], ['cnn咋识别图片的', 'convolutional-neural-network'], ['RNN是如何处理文本的', 'recurrent-neural-network']] as const) {
      const a = await engine.ask(q);
      expect(a.kind, q).toBe('glossary');
      expect(a.sources.map((s) => s.glossary?.id), q).toContain(id);
    }
  });
});
