// The article's front matter in the chat: "文章摘要讲了啥", "what are the keywords" get the abstract and
// keywords that stand above section 1 (they were declined); "abstract" in another sense and a
// section's own summary are not read as asking for them.
import { describe, expect, it } from 'vitest';
import { article } from '../content/article';
import { asksFrontMatter } from './article-answers';
import { createNodeChatEngine } from './node-engine';

describe('front matter questions', () => {
  it('reads questions about the abstract and the keywords', () => {
    for (const q of ['文章摘要讲了啥', '摘要', 'what is the abstract about', "What does the article's abstract say?", '用一句话概括文章', 'tl;dr']) expect(asksFrontMatter(q, []), q).toBe('abstract');
    for (const q of ['what are the keywords of the article', '关键词有哪些']) expect(asksFrontMatter(q, []), q).toBe('keywords');
    for (const q of ['how do CNNs learn abstract features', 'explain backprop in one sentence', '总结一下这篇文章']) expect(asksFrontMatter(q, []), q).toBeNull();
    expect(asksFrontMatter('第八章的摘要', ['8'])).toBeNull();
  });

  it('quotes the abstract and keywords in the question’s language, citing section 1', async () => {
    const engine = await createNodeChatEngine();
    const zh = await engine.ask('文章摘要讲了啥');
    expect(zh.refused).toBe(false);
    expect(zh.language).toBe('zh');
    expect(zh.answer).toContain(article.abstract.zh);
    expect(zh.answer).toContain(article.keywords.zh.join('，'));
    expect(zh.sources.map((s) => s.section)).toEqual(['1']);
    const en = await engine.ask('what are the keywords of the article');
    expect(en.answer.startsWith(`Its keywords: ${article.keywords.en.join(', ')}.`)).toBe(true);
    expect(en.answer).toContain(article.abstract.en);
  });
});
