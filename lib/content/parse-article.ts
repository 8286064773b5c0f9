// Parses the article's markdown (one language at a time) into its front matter and numbered
// sections, and pairs the Chinese original with the English translation by section id.
// Headings inside fenced code blocks (Python comments such as "# 构建神经网络模型") are not headings.

import type { Article, Bilingual, Lang, Section } from './types';

export interface ParsedSection {
  id: string;
  level: 2 | 3;
  title: string;
  /** The exact heading line, e.g. "### 9.6 深度学习模型的训练时间很长怎么办？". */
  headingLine: string;
  /** Everything after the heading line up to the next heading (verbatim, newlines kept). */
  body: string;
}

export interface ParsedArticle {
  /** Text before the first numbered heading (verbatim). */
  preamble: string;
  keywords: string[];
  abstract: string;
  sections: ParsedSection[];
}

const HEADING = /^(#{2,3}) (\d+(?:\.\d+)*)\.? (.+)$/;
const FENCE = /^\s*(```|~~~)/;
const KEYWORDS = /^(?:关键词|Keywords)[：:]\s*(.+)$/m;
const ABSTRACT = /^(?:摘要|Abstract)[：:]\s*(.+)$/m;

/** Splits markdown into preamble and numbered sections. Throws on malformed structure. */
export function parseArticleMarkdown(markdown: string): ParsedArticle {
  const lines = markdown.split('\n');
  const sections: ParsedSection[] = [];
  const preambleLines: string[] = [];
  let inFence = false;
  let current: { head: Omit<ParsedSection, 'body'>; body: string[] } | null = null;

  const flush = () => {
    if (current) sections.push({ ...current.head, body: current.body.join('\n') });
  };

  for (const line of lines) {
    const heading = inFence ? null : HEADING.exec(line);
    if (FENCE.test(line)) inFence = !inFence;
    if (heading) {
      flush();
      const level = heading[1].length as 2 | 3;
      const id = heading[2];
      const depth = id.split('.').length;
      if (depth !== level - 1) throw new Error(`Heading level does not match its number: "${line}"`);
      current = { head: { id, level, title: heading[3].trim(), headingLine: line }, body: [] };
    } else if (current) {
      current.body.push(line);
    } else {
      preambleLines.push(line);
    }
  }
  if (inFence) throw new Error('Unclosed code fence in article');
  flush();

  const preamble = preambleLines.join('\n');
  const keywords = KEYWORDS.exec(preamble)?.[1] ?? '';
  const abstract = ABSTRACT.exec(preamble)?.[1] ?? '';
  if (!keywords || !abstract) throw new Error('Article preamble lacks keywords or abstract');
  const ids = new Set<string>();
  for (const s of sections) {
    if (ids.has(s.id)) throw new Error(`Duplicate section id ${s.id}`);
    ids.add(s.id);
  }
  return {
    preamble,
    keywords: keywords.split(/[，,]\s*/).map((k) => k.trim()).filter(Boolean),
    abstract: abstract.trim(),
    sections,
  };
}

/** Reassembles the markdown a ParsedArticle came from (used to prove the parse is lossless). */
export function reassemble(parsed: ParsedArticle): string {
  return [parsed.preamble, ...parsed.sections.map((s) => `${s.headingLine}\n${s.body}`)].join('\n');
}

/** Pairs the two languages section by section; both must have the same ids in the same order. */
export function pairArticle(byLang: Record<Lang, ParsedArticle>, title: Bilingual): Article {
  const { zh, en } = byLang;
  const zhIds = zh.sections.map((s) => s.id).join(',');
  const enIds = en.sections.map((s) => s.id).join(',');
  if (zhIds !== enIds) throw new Error(`Translation sections differ from the original:\nzh ${zhIds}\nen ${enIds}`);
  const sections: Section[] = zh.sections.map((z, i) => {
    const e = en.sections[i];
    return {
      id: z.id,
      level: z.level,
      parent: z.level === 2 ? null : z.id.split('.')[0],
      title: { zh: z.title, en: e.title },
      body: { zh: trimBlank(z.body), en: trimBlank(e.body) },
    };
  });
  return {
    title,
    keywords: { zh: zh.keywords, en: en.keywords },
    abstract: { zh: zh.abstract, en: en.abstract },
    sections,
  };
}

/** Drops blank lines at both ends; keeps inner text (and indentation) untouched. */
function trimBlank(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}
