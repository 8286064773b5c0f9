// A layer class of the example code that no glossary entry is named after ("What does the Flatten
// layer do?"): the definition that explains it, with the code line; layers named after an entry
// (Conv2D, Dense) are answered as the concept.
import { describe, expect, it } from 'vitest';
import { createNodeChatEngine } from './node-engine';

describe('layers of the example code', async () => {
  const engine = await createNodeChatEngine();

  it('answers a layer the glossary explains without naming an entry after it', async () => {
    const en = await engine.ask('what does the Flatten layer do?');
    expect(en.answer.startsWith("The article's code uses `Flatten` without explaining it; the Glassbox glossary's entry on **Fully connected layer** does:")).toBe(true);
    expect(en.answer).toContain('layers.Flatten(),');
    expect(en.sources.map((s) => s.section)).toContain('5.2');
    const zh = await engine.ask('Flatten层是干什么的');
    expect(zh.answer).toContain('特征图先被展平');
  });

  it('leaves layers named after a glossary entry to that entry', async () => {
    const conv = await engine.ask('What does Conv2D do?');
    expect(conv.answer).not.toContain('without explaining it');
  });
});
