// Requests for books to learn from get section 7's learning resources; a request for books on a
// subject no source knows is declined.
import { describe, expect, it } from 'vitest';
import { asksLearningResources } from './learning-resources';
import { createNodeChatEngine } from './node-engine';

describe('requests for learning resources', async () => {
  const engine = await createNodeChatEngine();

  it('tells a request for books apart', () => {
    expect(asksLearningResources('孩子想学AI，有啥入门书推荐吗')).toBe(true);
    expect(asksLearningResources('any good books to learn machine learning?')).toBe(true);
    expect(asksLearningResources('who wrote the deep learning book')).toBe(false);
    expect(asksLearningResources('有什么好看的小说推荐')).toBe(false);
  });

  it('answers one about the field with section 7 (the refusal model declined them)', async () => {
    for (const q of ['孩子想学AI，有啥入门书推荐吗', 'any good books to learn machine learning?', '有没有适合初学者快速入门的中文教材推荐']) {
      const a = await engine.ask(q);
      expect(a.refused).toBe(false);
      expect(a.sources[0].section).toBe('7');
      expect(a.answer).toMatch(/Dive into Deep Learning|动手学深度学习/);
    }
  });

  it('declines one about a subject no source knows', async () => {
    for (const q of ['recommend me a book on cooking', 'any good books on kubernetes', '有没有讲烹饪的书推荐']) expect((await engine.ask(q)).refused).toBe(true);
  });
});
