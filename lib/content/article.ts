// The article as typed data (generated from lib/content/source by `npm run content`), with lookups.
// Framework-free: imported by pages, workers and the CLI alike.

import data from './article.generated.json';
import type { Article, FaqEntry, Lang, Section } from './types';

export const article: Article = data as Article;

const byId = new Map(article.sections.map((s) => [s.id, s]));

export function getSection(id: string): Section | undefined {
  return byId.get(id);
}

export function sectionIds(): string[] {
  return article.sections.map((s) => s.id);
}

/** Subsections of a top-level section, in article order. */
export function childrenOf(id: string): Section[] {
  return article.sections.filter((s) => s.parent === id);
}

/** The FAQ of section 9 as question/answer pairs. */
export const faq: FaqEntry[] = childrenOf('9').map((s) => ({
  id: s.id,
  question: s.title,
  answer: s.body,
}));

/** "9.6 深度学习模型的训练时间很长怎么办？" style label in one language. */
export function sectionLabel(section: Section, lang: Lang): string {
  return `${section.id} ${section.title[lang]}`;
}

/** The anchor id used on /article for a section: "sec-9.6". */
export function sectionAnchor(id: string): string {
  return `sec-${id}`;
}
