// Which part of a chapter answers a question about it: a part named by its whole title is asked
// about ("第8章说未来有哪些发展趋势" → 8.2, whose list has four items where chapter 8 lists three);
// not when the question also names what the chapter's title adds, nor by a one-word English title.
import { describe, expect, it } from 'vitest';
import { titledPart } from './chapter-part';
import { createNodeChatEngine } from './node-engine';

describe('titledPart', () => {
  it('finds the part a question names by its title', () => {
    expect(titledPart('第8章说未来有哪些发展趋势', '8', 'zh')).toBe('8.2');
    expect(titledPart('研究展望部分说了什么？', '8', 'zh')).toBe('8.4');
    expect(titledPart('what are the future trends in chapter 8', '8', 'en')).toBe('8.2');
  });

  it('keeps the chapter when the question asks about more of it', () => {
    expect(titledPart('第八章讲了什么', '8', 'zh')).toBeNull();
    expect(titledPart('what are the future trends and challenges in chapter 8', '8', 'en')).toBeNull();
    expect(titledPart('summary of future directions and challenges', '8', 'en')).toBeNull();
    // "Challenges" alone is too common a word to name section 8.3
    expect(titledPart('recap the challenges together with the directions the field will take', '8', 'en')).toBeNull();
  });

  it('answers from the named part', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('第8章说未来有哪些发展趋势');
    expect(a.sources[0].section).toBe('8.2');
    expect(a.answer).toContain('3. 跨模态学习');
  });
});
