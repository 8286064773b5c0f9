// Unit tests for questions about the article's own errors (article-errors.ts).
import { describe, expect, it } from 'vitest';
import { asksAboutErrors, errorNotes } from './article-errors';

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
  ])('%s -> %s', (q, scope) => expect(asksAboutErrors(q)).toBe(scope));

  it.each(['How does the code in section 5.2 work?', "what is the correct learning rate in the article's code", 'what is wrong with my model', 'is dropout correct?', '代码里用的什么优化器', '过拟合有什么问题', 'why is the article wrong about dropout?'])(
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
