// "我没有GPU 能跑这个代码吗": the article never says a GPU is needed; FAQ 9.6's GPU item and the
// glossary's GPU-training entry answer (gpu-question.ts).
import { describe, expect, it } from 'vitest';
import { asksGpuNeeded } from './gpu-question';
import { createNodeChatEngine } from './node-engine';

describe('whether a GPU is needed', () => {
  it('reads the question in both languages, and not other questions about GPUs or setup', () => {
    for (const q of ['我没有GPU 能跑这个代码吗', "does the article's code need a GPU?", 'can I train the example on a CPU?', '没有显卡能训练吗', '训练一定要GPU吗']) expect(asksGpuNeeded(q), q).toBe(true);
    for (const q of ['How much faster is a GPU?', 'what do I need on my laptop before I can run the example', 'What GPU was used to train the example model?', 'what is WebGPU?']) expect(asksGpuNeeded(q), q).toBe(false);
  });

  it('answers that the article never says so, with FAQ 9.6 and the glossary entry', async () => {
    const engine = await createNodeChatEngine();
    const zh = await engine.ask('我没有GPU 能跑这个代码吗');
    expect(zh.answer).toMatch(/^文章从没说过它的代码需要 GPU/);
    expect(zh.answer).toContain('使用GPU加速训练过程');
    expect(zh.sources.map((s) => s.glossary?.id ?? s.section)).toEqual(['9.6', 'gpu-training']);
    const en = await engine.ask('can I train the example on a CPU?');
    expect(en.answer).toContain('Use GPUs to accelerate training.');
  });
});
