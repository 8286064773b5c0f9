// "when should I not use deep learning?": the article never says; its weaknesses answer, saying so
// (when-not-to-use.ts).
import { describe, expect, it } from 'vitest';
import { createNodeChatEngine } from './node-engine';
import { asksWhenNotToUse } from './when-not-to-use';

describe('when not to use deep learning', () => {
  it('reads the question in both languages, and not advice on one technique', () => {
    for (const q of ['Does the article say anything about when NOT to use deep learning?', '什么情况下不适合用深度学习', 'we have 5k rows of tabular data, should we use deep learning or is that overkill', 'when is deep learning a bad idea?', '我们就几千条表格数据 上深度学习合适吗', 'When should I not use deep learning?', "when shouldn't we use a neural network"]) expect(asksWhenNotToUse(q), q).toBe(true);
    for (const q of ['when should I not use dropout?', "when shouldn't I use batch norm?", 'When should I use dropout?', 'where is deep learning used?', '深度学习有哪些应用']) expect(asksWhenNotToUse(q), q).toBe(false);
  });

  it('answers with the weaknesses of section 3.3, saying the article does not say when not to', async () => {
    const engine = await createNodeChatEngine();
    const en = await engine.ask('Does the article say anything about when NOT to use deep learning?');
    expect(en.answer).toMatch(/^The article never says when not to use deep learning/);
    expect(en.sources[0].section).toBe('3.3');
    expect(en.answer).toContain('weaknesses');
    const zh = await engine.ask('什么情况下不适合用深度学习');
    expect(zh.answer).toContain('计算资源消耗大');
  });
});
