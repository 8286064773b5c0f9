// Questions about where Glassbox shows a concept live ("which demo page shows it?", "上课想演示情感分析，
// 用哪个页面比较好？"): the concept's demo link first, or that no page shows it and what the labs show.
import { describe, expect, it } from 'vitest';
import type { ChatContext } from './types';
import { asksDemo } from './demo-question';
import { createNodeChatEngine } from './node-engine';

describe('demo questions', () => {
  it('reads questions about a live demo, not about the article’s applications', () => {
    for (const q of ['which demo page shows it?', '上课想演示情感分析，用哪个页面比较好？', 'Is there something I can show students about how attention works inside a sentence?', 'where can I try dropout live?', 'LSTM有演示页面吗']) expect(asksDemo(q), q).toBe(true);
    for (const q of ['What is sentiment analysis?', '情感分析有什么应用', 'How does attention work?', 'Which page of the article covers CNNs?', '文章哪一页讲了CNN']) expect(asksDemo(q), q).toBe(false);
  });

  it('links the concept’s demo page first, or says that no page shows it', async () => {
    const engine = await createNodeChatEngine();
    const sentiment = await engine.ask('上课想演示情感分析，用哪个页面比较好？');
    expect(sentiment.answer.startsWith('Glassbox 可以现场演示**情感分析**：[在“文本实验室”里亲手试试](/text?task=sentiment)。')).toBe(true);
    const convolution = await engine.ask('What’s a convolution?');
    const page = await engine.ask('which demo page shows it?', convolution.followUp as ChatContext);
    expect(page.answer).toMatch(/Glassbox shows \*\*Convolution\*\* live: \[Try it live in the Digits lab\]\(\/digits/);
    const lstm = await engine.ask('LSTM有演示页面吗');
    expect(lstm.answer.startsWith('Glassbox 没有现场演示**长短期记忆网络**的页面。')).toBe(true);
  });
});
