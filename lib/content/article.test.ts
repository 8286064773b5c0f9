import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, faq, getSection, sectionIds } from './article';
import { buildArticle, readSource } from './build-article';
import { parseArticleMarkdown, reassemble } from './parse-article';

const EXPECTED_IDS = [
  '1', '2', '3', '3.1', '3.2', '3.3', '3.4', '4', '4.1', '4.2', '4.3',
  '5', '5.1', '5.2', '5.3', '5.4', '6', '7', '8', '8.1', '8.2', '8.3', '8.4',
  '9', '9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8',
];
const SEED = path.resolve(__dirname, '../../../shared/seed/article.zh.md');
const zhSource = readSource('zh');

describe('article content', () => {
  it('has every numbered section of the seed exactly once, in order', () => {
    expect(sectionIds()).toEqual(EXPECTED_IDS);
  });

  it('keeps the Chinese original verbatim: the parse reassembles to the source byte for byte', () => {
    expect(reassemble(parseArticleMarkdown(zhSource))).toBe(zhSource);
    for (const s of article.sections) expect(zhSource.includes(s.body.zh)).toBe(true);
  });

  it.runIf(existsSync(SEED))('in-repo Chinese source equals the seed in ../shared', () => {
    expect(zhSource).toBe(readFileSync(SEED, 'utf8'));
  });

  it('does not mistake code comments for headings', () => {
    const s52 = getSection('5.2')!;
    expect(s52.body.zh).toContain('# 构建神经网络模型');
    expect(s52.body.en).toMatch(/# Build/);
  });

  it('has a non-empty English translation for every section, without Chinese left in it', () => {
    for (const s of article.sections) {
      expect(s.title.en.trim(), s.id).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(s.title.en + s.body.en), `Chinese in en ${s.id}`).toBe(false);
      if (s.body.zh.trim()) expect(s.body.en.trim().length, s.id).toBeGreaterThan(s.body.zh.trim().length * 0.8);
    }
  });

  it('keeps formulas and code blocks identical in number across languages', () => {
    const count = (t: string, re: RegExp) => (t.match(re) ?? []).length;
    for (const s of article.sections) {
      expect(count(s.body.en, /\$\$/g), s.id).toBe(count(s.body.zh, /\$\$/g));
      expect(count(s.body.en, /```/g), s.id).toBe(count(s.body.zh, /```/g));
    }
  });

  it('exposes the FAQ as eight question/answer pairs', () => {
    expect(faq.map((f) => f.id)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8']);
    const slow = faq.find((f) => f.id === '9.6')!;
    expect(slow.question.zh).toBe('深度学习模型的训练时间很长怎么办？');
    expect(slow.answer.zh).toContain('GPU');
    expect(slow.question.en.toLowerCase()).toContain('train');
  });

  it('has title, keywords and abstract in both languages', () => {
    expect(article.keywords.zh).toContain('深度学习');
    expect(article.keywords.en).toHaveLength(article.keywords.zh.length);
    expect(article.abstract.zh).toMatch(/^本文旨在/);
    expect(article.abstract.en.length).toBeGreaterThan(50);
    expect(article.title.en).not.toBe('');
  });

  it('generated JSON is up to date with the markdown sources (run `npm run content`)', () => {
    expect(article).toEqual(buildArticle());
  });

  it('rejects malformed structure with a clear error', () => {
    expect(() => parseArticleMarkdown('Keywords: a\n\nAbstract: b\n### 1 Wrong level\n')).toThrow(/level/);
    expect(() => parseArticleMarkdown('Keywords: a\n\nAbstract: b\n## 1. A\n```\n')).toThrow(/fence/);
    expect(() => parseArticleMarkdown('## 1. A\n')).toThrow(/keywords/);
  });
});
