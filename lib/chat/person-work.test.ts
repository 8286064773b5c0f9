// Questions about the work of a person the article names: every sentence naming them, and whether
// any names a paper, model or result ("Does the article actually explain any of Karpathy's research?"
// quoted 8.1's claim that it analysed his research, which read as "yes").
import { describe, expect, it } from 'vitest';
import { createNodeChatEngine } from './node-engine';

describe('a person’s work', async () => {
  const engine = await createNodeChatEngine();

  it('lists the sentences that name the person and says the article describes no work of theirs', async () => {
    const en = await engine.ask("Does the article actually explain any of Karpathy's research?");
    expect(en.answer).toMatch(/^The article names Karpathy in section 1, “Background” and section 8\.1, “Summary of Research Results”, but describes none of their papers, models or results\./);
    expect(en.sources.map((s) => s.section)).toEqual(['1', '8.1']);
    const zh = await engine.ask('文章具体介绍了Karpathy的哪些研究成果？');
    expect(zh.answer.startsWith('文章在第 1 节「背景介绍」、第 8.1 节「研究成果总结」提到了 Karpathy，但没有具体介绍他的任何论文、模型或成果。')).toBe(true);
  });

  it('does not say so when a sentence names a work of theirs', async () => {
    const book = await engine.ask("What does the article say about Goodfellow's work?");
    expect(book.answer).not.toContain('describes none');
    expect(book.answer).toContain('*Deep Learning* (by Goodfellow, Bengio and Courville)');
  });
});
