import { describe, expect, it } from 'vitest';
import { conversationContext, historyToMarkdown, MAX_HISTORY, parseHistory, serializeHistory, type ChatMessage } from './history';

const user: ChatMessage = { id: 'u1', role: 'user', text: 'How do I prevent overfitting?', at: 1, chips: [{ task: 'sentiment', label: 'negative', probability: 0.6 }] };
const bot: ChatMessage = {
  id: 'a1', role: 'assistant', at: 2, answer: 'Use regularization.', language: 'en', kind: 'faq', refused: false,
  sources: [{ section: '9.7', title: 'How can deep learning models avoid overfitting?', score: 0.9, href: '/article#sec-9.7' }], suggestions: [],
};

describe('chat history', () => {
  it('round-trips through storage', () => {
    const r = parseHistory(serializeHistory([user, bot]));
    expect(r.corrupt).toBe(false);
    expect(r.messages).toMatchObject([user, bot]);
  });

  it('treats missing storage as an empty conversation', () => {
    expect(parseHistory(null)).toEqual({ messages: [], corrupt: false });
  });

  it.each(['{not json', '"a string"', '{"role":"user"}'])('reports corrupt storage without throwing: %s', (raw) => {
    const r = parseHistory(raw);
    expect(r.corrupt).toBe(true);
    expect(r.messages).toEqual([]);
  });

  it('keeps valid messages and drops malformed ones', () => {
    const r = parseHistory(JSON.stringify([user, { id: 'x', role: 'assistant', at: 3 }, bot, null]));
    expect(r.messages.map((m) => m.id)).toEqual(['u1', 'a1']);
    expect(r.corrupt).toBe(true);
  });

  it('drops demo links that leave the site', () => {
    const r = parseHistory(JSON.stringify([{ ...bot, demo: { href: 'javascript:alert(1)', label: 'x' } }]));
    expect((r.messages[0] as { demo?: unknown }).demo).toBeUndefined();
  });

  it('restores the conversation context for follow-ups, skipping page-made messages, and drops a malformed one', () => {
    const withContext = { ...bot, followUp: { topic: 'How do I prevent overfitting?', shown: [0] } };
    const error: ChatMessage = { ...bot, id: 'e1', kind: 'error', followUp: undefined };
    const r = parseHistory(serializeHistory([user, withContext, user, error]));
    expect(conversationContext(r.messages)).toEqual({ topic: 'How do I prevent overfitting?', shown: [0] });
    expect(conversationContext([...r.messages, { ...bot, id: 'a2', refused: true, followUp: null }])).toBeNull();
    expect(conversationContext([])).toBeNull();
    // the list a follow-up can point at ("第二个") survives; malformed items are dropped
    const items = [{ n: 1, name: '可解释性' }, { n: 2, name: '计算资源消耗', intro: '然而，深度学习仍然面临着一些挑战：' }];
    const listed = parseHistory(serializeHistory([user, { ...bot, followUp: { topic: '深度学习有哪些挑战', shown: [], items: [...items, { n: 'x', name: 3 }] as never } }]));
    expect(conversationContext(listed.messages)).toEqual({ topic: '深度学习有哪些挑战', shown: [], items });
    const quoted = parseHistory(serializeHistory([user, { ...bot, followUp: { topic: '计算资源消耗', shown: [], item: { n: 2, name: '计算资源消耗', section: '8.3' } } }]));
    expect(conversationContext(quoted.messages)?.item).toEqual({ n: 2, name: '计算资源消耗', section: '8.3' });
    const bad = parseHistory(JSON.stringify([{ ...bot, followUp: { topic: 3, shown: 'x' } }]));
    expect(conversationContext(bad.messages)).toBeNull();
  });

  it('keeps only the newest messages', () => {
    const many = Array.from({ length: MAX_HISTORY + 5 }, (_, i) => ({ ...user, id: `u${i}` }));
    const r = parseHistory(serializeHistory(many));
    expect(r.messages).toHaveLength(MAX_HISTORY);
    expect(r.messages[0].id).toBe('u5');
  });

  it('exports Markdown with questions, answers and source links', () => {
    const md = historyToMarkdown([user, bot], 'en', 'https://glassbox.example');
    expect(md).toContain('**You:** How do I prevent overfitting?');
    expect(md).toContain('Use regularization.');
    expect(md).toContain('[9.7 How can deep learning models avoid overfitting?](https://glassbox.example/article#sec-9.7)');
    expect(historyToMarkdown([user], 'zh')).toContain('**你：**');
  });
});
