// Unit tests for questions about the article's own errors (article-errors.ts).
import { describe, expect, it } from 'vitest';
import { asksAboutErrors, asksAboutOwnCode, errorNotes } from './article-errors';

describe('asksAboutErrors', () => {
  it.each([
    ['is the code in the article correct?', 'code'],
    ["what's wrong with the article's code", 'code'],
    ['Does the code in the article actually run?', 'code'],
    ['will the example work as written?', 'code'],
    ['are there any mistakes in the article?', 'all'],
    ['Is this article accurate?', 'all'],
    ['what errors does the article have', 'all'],
    ['文章里的代码能直接运行吗', 'code'],
    ['代码有没有bug', 'code'],
    ['这篇文章有哪些错误？', 'all'],
    ['文章靠谱吗', 'all'],
    ['文章里的代码对吗', 'code'],
    ["Does the article's code actually run on MNIST?", 'code'],
    ['Does the code in section 5 run?', 'code'],
    ['第5节的代码能直接运行吗？', 'code'],
    ['5.2节的代码能跑吗', 'code'],
    ['What does the article get wrong?', 'all'],
    ['where is the article wrong?', 'all'],
    ['Where does the code go wrong?', 'code'],
    ['这篇文章哪里写错了', 'all'],
    ['文章有哪些地方不对', 'all'],
    ['代码哪里有问题', 'code'],
  ])('%s -> %s', (q, scope) => expect(asksAboutErrors(q)).toBe(scope));

  it.each(['How does the code in section 5.2 work?', "what is the correct learning rate in the article's code", 'what is wrong with my model', 'is dropout correct?', '代码里用的什么优化器', '过拟合有什么问题', 'why is the article wrong about dropout?', 'where is the learning rate wrong?', '学习率哪里不对'])(
    'is not a question about the article\'s errors: %s', (q) => expect(asksAboutErrors(q)).toBeNull(),
  );
});

describe('errorNotes', () => {
  it('gives the errors and unverifiable claims, and for the code only those on section 5', () => {
    const all = errorNotes('all');
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((n) => n.kind !== 'addition')).toBe(true);
    const code = errorNotes('code');
    expect(code.length).toBeGreaterThan(0);
    expect(code.every((n) => n.sectionId.startsWith('5'))).toBe(true);
    expect(code.length).toBeLessThan(all.length);
  });
});

describe('asksAboutOwnCode', () => {
  it('finds requests to fix the reader\'s own code, not questions about writing code', () => {
    for (const q of ["what's wrong with my python code", 'my code has an error, can you help', '我的代码报错了怎么办', 'My training script crashes with a traceback']) expect(asksAboutOwnCode(q), q).toBe(true);
    for (const q of ['how do I write my own code for a CNN', 'is the code in the article correct?', '我的模型过拟合了怎么办', 'what does my model learn']) expect(asksAboutOwnCode(q), q).toBe(false);
  });
});
