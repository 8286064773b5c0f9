// Messages that ask several things: where they split (multi-question.ts) and how the engine
// answers them (combine-answers.ts via engine.ts).
import { describe, expect, it } from 'vitest';
import { createChatEngine } from './engine';
import { createNodeChatEngine } from './node-engine';
import { splitQuestions } from './multi-question';

describe('splitQuestions', () => {
  it('keeps an aside such as ", and which ones," inside its question (session 26)', () => {
    expect(splitQuestions('How many GPUs, and which ones, did the Attention Is All You Need authors train the original Transformer on?')).toBeNull();
    expect(splitQuestions('What is dropout, and which one of the FAQ answers mentions it?')).toEqual(['What is dropout', 'which one of the FAQ answers mentions it?']);
  });

  it('splits questions joined by "and", commas or question marks, in both languages', () => {
    expect(splitQuestions('what is dropout and what is batch norm?')).toEqual(['what is dropout', 'what is batch norm?']);
    expect(splitQuestions('What is dropout? And what is a GAN?')).toEqual(['What is dropout?', 'what is a GAN?']);
    expect(splitQuestions('what is pooling, and why is it used in CNNs?')).toEqual(['what is pooling', 'why is it used in CNNs?']);
    expect(splitQuestions('什么是卷积？池化又是什么？')).toEqual(['什么是卷积?', '池化是什么?']);
    expect(splitQuestions('什么是卷积，什么是池化')).toEqual(['什么是卷积', '什么是池化']);
    expect(splitQuestions('什么是过拟合？还有怎么避免？')).toEqual(['什么是过拟合?', '怎么避免?']);
    // 几 ("how many") asks too; 几乎 ("almost") does not
    expect(splitQuestions('5.2的代码用的什么优化器，训练几轮')).toEqual(['5.2的代码用的什么优化器', '训练几轮']);
    expect(splitQuestions('反向传播是什么，几乎每个模型都用它')).toBeNull();
    // 谁 ("who") asks too
    expect(splitQuestions('Karpathy是谁，他现在在哪工作？')).toEqual(['Karpathy是谁', '他现在在哪工作?']);
  });
  it('splits off a later part that only names a new subject, keeping its "and" (read as a follow-up)', () => {
    expect(splitQuestions('What is dropout? And batch norm?')).toEqual(['What is dropout?', 'And batch norm?']);
    expect(splitQuestions('What is the test accuracy? And the training accuracy?')).toEqual(['What is the test accuracy?', 'And the training accuracy?']);
    expect(splitQuestions('What is dropout? And how does it work?')).toEqual(['What is dropout?', 'how does it work?']);
    // "why?" and "in the code?" are follow-ups of their own, not subjects
    expect(splitQuestions('What is dropout? And why?')).toBeNull();
    expect(splitQuestions('What is dropout? and in the code?')).toBeNull();
  });

  it('leaves one question alone, however many clauses or concepts it has', () => {
    for (const q of [
      'what is the difference between dropout and batch norm',
      'how do dropout and batch norm differ?',
      'do you know what dropout is',
      'Thanks! What is dropout?',
      'tf1 vs tf2, what changed? are sessions and placeholders gone?',
      'Dive into Deep Learning has PyTorch, MXNet and JAX versions, right? Which one should a beginner pick?',
      '卷积和池化有什么区别',
      '我想了解卷积，它是什么',
      '虽然我学过一点，但是反向传播是什么',
      'what is dropout',
    ]) expect(splitQuestions(q), q).toBeNull();
  });
  it('does not split into more than three questions', () => {
    expect(splitQuestions('what is a CNN? what is an RNN? what is a transformer? what is a GAN?')).toBeNull();
    expect(splitQuestions('what is a CNN? what is an RNN? what is a GAN?')).toHaveLength(3);
  });
});

describe('chat engine: several questions in one message', async () => {
  const engine = await createChatEngine({ extract: null });
  it('answers each question under its own heading and cites the sources of both', async () => {
    const a = await engine.ask('What is dropout? And what is a GAN?');
    expect(a.refused).toBe(false);
    expect(a.answer).toMatch(/^\*\*What is dropout\?\*\*/);
    expect(a.answer).toContain('**what is a GAN?**');
    const glossaryIds = a.sources.map((s) => s.glossary?.id);
    expect(glossaryIds).toContain('dropout');
    expect(glossaryIds).toContain('gan');
    // the conversation continues with the last question
    expect(a.followUp?.topic).toMatch(/GAN/);
  });
  it('reads a pronoun in a later question as the earlier question\'s concept (Chinese too)', async () => {
    const a = await engine.ask('什么是过拟合？怎么避免？');
    expect(a.language).toBe('zh');
    expect(a.answer).toContain('**什么是过拟合?**');
    expect(a.answer).toContain('过拟合怎么避免');
    expect(a.sources[0].section).toBe('9.7');
  });
  it('answers the message as one question when a part is not covered or both parts have one answer', async () => {
    const france = await engine.ask('what is dropout and what is the capital of France?');
    expect(france.answer).not.toContain('**what is dropout**');
    const same = await engine.ask('what is dropout and how does it work?');
    expect(same.answer).not.toContain('**what is dropout**');
    expect(same.sources[0].glossary?.id).toBe('dropout');
  });

  it('answers both parts about one section when the answer to the whole message shows only one of them', async () => {
    for (const q of ['5.2的代码用的什么优化器，训练几轮', 'What optimizer does the code in 5.2 use, and how many epochs does it train?']) {
      const a = await engine.ask(q);
      expect(a.answer, q).toContain("optimizer='adam'");
      expect(a.answer, q).toContain('epochs=5');
      expect(a.sources[0].section, q).toBe('5.2');
    }
  });

  it('answers who a person is and says that the article does not give where they work', async () => {
    // the shipped engine (dense retrieval): the lexical one alone does not find 1 for "Karpathy是谁"
    const shipped = await createNodeChatEngine();
    for (const [q, who, where] of [
      ['Who is Andrej Karpathy and where does he work now?', 'a leading figure in deep learning', "doesn't say where they work"],
      ['Karpathy是谁，他现在在哪工作？', '作为深度学习领域的杰出人物', '没有提到他们在哪里工作'],
    ] as const) {
      const a = await shipped.ask(q);
      expect(a.refused, q).toBe(false);
      expect(a.sources[0].section, q).toBe('1');
      expect(a.answer, q).toContain(who);
      expect(a.answer, q).toContain(where);
    }
  });

  it('answers an elliptical later part in the earlier part\'s frame, and keeps it when the article lacks the fact', async () => {
    const zh = await engine.ask('测试准确率是多少？训练准确率呢？');
    expect(zh.answer).toContain('**测试准确率是多少?**');
    expect(zh.answer).toContain('97.20%');
    expect(zh.answer).toContain('（按“训练准确率是多少?”来理解。）');
    expect(zh.answer).toContain('没有提到训练准确率');
    expect(zh.sources[0].section).toBe('5.4');
    const en = await engine.ask('What is dropout? And batch norm?');
    expect(en.answer).toContain('(Reading this as “What is batch norm?”.)');
    expect(en.sources.map((s) => s.glossary?.id)).toEqual(expect.arrayContaining(['dropout', 'batch-normalization']));
  });
});
