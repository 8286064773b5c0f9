// "can saliency maps actually be trusted?", "显著图可信吗": the method's glossary entry and the glossary's
// caution on explanations, saying the article does not discuss it (trust-question.ts).
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from './knowledge';
import { createNodeChatEngine } from './node-engine';
import { trustedMethod } from './trust-question';

const kb = await buildKnowledgeBase();
const engine = await createNodeChatEngine();

describe('whether an explanation method can be trusted', () => {
  it('finds the method a trust question is about, and nothing in other questions', () => {
    expect(trustedMethod(kb, 'can saliency maps actually be trusted or are they just pretty pictures')).toBe('saliency-map');
    expect(trustedMethod(kb, 'can I trust the explanations from grad-cam')).toBe('grad-cam');
    expect(trustedMethod(kb, '显著图可信吗')).toBe('saliency-map');
    for (const q of ['What is Grad-CAM?', 'Which paper describes the sanity checks for saliency maps, and who trusts them?', 'can I trust dropout?', 'Grad-CAM和显著图哪个更可信']) expect(trustedMethod(kb, q), q).toBeNull();
  });

  it('answers with the entry and the caution, not FAQ 9.5', async () => {
    const a = await engine.ask('can saliency maps actually be trusted or are they just pretty pictures');
    expect(a.kind).toBe('glossary');
    expect(a.answer).toMatch(/^The article does not discuss whether \*\*Saliency map\*\* can be trusted/);
    expect(a.answer).toContain('Such maps show sensitivity rather than proof');
    expect(a.answer).toContain('sanity-checked rather than taken at face value');
    expect(a.sources.map((s) => s.glossary?.id)).toEqual(expect.arrayContaining(['saliency-map', 'interpretability']));
    const zh = await engine.ask('Grad-CAM 的解释靠谱吗');
    expect(zh.answer).toContain('**梯度加权类激活映射**');
    expect(zh.answer).toContain('解释本身也只是近似');
    // about explanations in general: the interpretability entry, led as such
    expect((await engine.ask('解释性方法靠谱吗')).answer).toMatch(/^文章没有讨论对模型的解释是否可信/);
  });
});
