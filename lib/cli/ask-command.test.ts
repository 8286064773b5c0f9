import { describe, expect, it } from 'vitest';
import { runForTest } from './run-for-test';

describe('cli ask', () => {
  it('prints {answer, language, sources, refused} with the best source first', async () => {
    const { code, out } = await runForTest(['ask', 'How can I prevent overfitting?']);
    expect(code).toBe(0);
    expect(out[0]).toMatchObject({ language: 'en', refused: false });
    expect(out[0].sources[0]).toMatchObject({ section: '9.7' });
    expect(typeof out[0].sources[0].score).toBe('number');
    expect(typeof out[0].answer).toBe('string');
  });

  it('refuses what the article does not cover and suggests topics', async () => {
    const { out } = await runForTest(['ask', '附近有什么好吃的火锅？']);
    expect(out[0]).toMatchObject({ language: 'zh', refused: true, sources: [] });
    expect(Array.isArray(out[0].suggestions)).toBe(true);
  });

  it('reports usage and empty questions, and answers --jsonl batches', async () => {
    expect((await runForTest(['ask'])).code).toBe(2);
    const empty = await runForTest(['ask', '   ']);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/empty/);
    const batch = await runForTest(['ask', '--jsonl'], ['什么是卷积神经网络？', 'What is the weather today?']);
    expect(batch.out).toHaveLength(2);
    expect(batch.out[0].language).toBe('zh');
    expect(batch.out[1].refused).toBe(true);
  });
});
