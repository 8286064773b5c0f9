// Unit tests for follow-ups that point back at a person (person-reference.ts), and the engine's use of them.
import { describe, expect, it } from 'vitest';
import { askConversation } from './conversation';
import { createNodeChatEngine } from './node-engine';
import { personIn, resolvePerson } from './person-reference';

const isPerson = (w: string) => ['karpathy', 'andrej', 'goodfellow'].includes(w);

describe('resolvePerson', () => {
  it('finds the person a question names, without the question word', () => {
    expect(personIn('who is Andrej Karpathy', isPerson)).toBe('Andrej Karpathy');
    expect(personIn('Andrej Karpathy是谁', isPerson)).toBe('Andrej Karpathy');
    expect(personIn('What is a CNN?', isPerson)).toBeNull();
    expect(personIn('What does PyTorch do?', isPerson)).toBeNull();
  });
  it('puts the person in place of he, his or 他', () => {
    expect(resolvePerson('who is Andrej Karpathy', 'what did he work on according to the article?', 'en', isPerson)).toBe('what did Andrej Karpathy work on according to the article?');
    expect(resolvePerson('who is Andrej Karpathy', 'what is his contribution', 'en', isPerson)).toBe("what is Andrej Karpathy's contribution");
    expect(resolvePerson('Andrej Karpathy是谁', '他做过什么研究', 'zh', isPerson)).toBe('Andrej Karpathy做过什么研究');
  });
  it('leaves other follow-ups alone', () => {
    expect(resolvePerson('what is a CNN', 'what did he invent', 'en', isPerson)).toBeNull();
    expect(resolvePerson('who is Andrej Karpathy', 'what does it do', 'en', isPerson)).toBeNull();
    expect(resolvePerson('who is Andrej Karpathy', 'and Goodfellow, what did he write?', 'en', isPerson)).toBeNull();
    // 他们 ("they") and 其他 ("other") are no person
    expect(resolvePerson('Andrej Karpathy是谁', '其他人呢', 'zh', isPerson)).toBeNull();
    expect(resolvePerson('Andrej Karpathy是谁', '他们做了什么', 'zh', isPerson)).toBeNull();
  });
});

describe('the engine', async () => {
  const engine = await createNodeChatEngine();
  it('answers "what did he work on?" after "who is Andrej Karpathy" from section 1 (tour 7: it quoted 4.2)', async () => {
    const [, a] = await askConversation(engine, ['who is Andrej Karpathy', 'what did he work on according to the article?']);
    expect(a.refused).toBe(false);
    expect(a.sources[0].section).toBe('1');
    expect(a.answer).toContain('natural language processing and computer vision');
  });
  it('answers "他做过什么研究" after "卡帕西是谁" (a transliteration) with the article\'s words about him', async () => {
    const [first, a] = await askConversation(engine, ['卡帕西是谁', '他做过什么研究']);
    expect(first.refused).toBe(false);
    expect(a.refused).toBe(false);
    expect(a.answer).toContain('Andrej Karpathy');
  });
});
