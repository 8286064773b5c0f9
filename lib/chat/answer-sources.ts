// The sources an answer cites, and user text it shows: a ranked section as a source (sourceOf), a
// section as retrieval ranked it or scored as the best (rankedOrBest), a glossary entry's section
// marked with the entry (glossarySource), how many further sources an answer lists
// (ALSO_RELEVANT, MAX_SOURCES), and Markdown escaping for user text (markdownLiteral). Shared by the
// composer (compose.ts) and its answer paths. Framework-free.
import { getSection } from '../content/article';
import type { GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import type { KnowledgeBase } from './knowledge';
import { sectionHref } from './section-link';
import type { ChatAnswer, ChatSource, RankedSource, Retrieval } from './types';

/** Sources within this share of the best score are listed as further sources. */
export const ALSO_RELEVANT = 0.8;
export const MAX_SOURCES = 3;

/** Ranked section `r` as a source, marked with its glossary entry when `withGlossary`. */
export function sourceOf(kb: KnowledgeBase, r: RankedSource, lang: Lang, withGlossary = false): ChatSource {
  const s = getSection(r.section)!;
  const g = withGlossary && r.glossaryId ? kb.glossaryById.get(r.glossaryId) : undefined;
  return {
    section: r.section,
    title: s.title[lang],
    score: Number(r.score.toFixed(4)),
    href: sectionHref(r.section),
    ...(g ? { glossary: { id: g.id, term: g.term[lang] } } : {}),
  };
}

/** `section` as retrieval ranked it, or scored as the best when it was not ranked. */
export function rankedOrBest(r: Retrieval, section: string): RankedSource {
  return r.ranked.find((x) => x.section === section) ?? { section, score: r.ranked[0]?.score ?? 0, passage: -1 };
}

/** A glossary entry's section as a source, marked with the entry (scored as retrieved, or as the best). */
export function glossarySource(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang): ChatSource {
  const best = rankedOrBest(r, g.section);
  return sourceOf(kb, { ...best, glossaryId: g.id }, lang, true);
}

/** User text shown inside an answer, with Markdown's special characters escaped. */
export function markdownLiteral(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|~]/g, (c) => `\\${c}`);
}

/** An answer whose text already says that the sources do not answer the question ("neither the
 *  article nor the glossary gives a value for …"), turned into a refusal: its sources offered as
 *  suggestions, listed as links under the text as a refusal lists them (a refusal shows no source
 *  chips), the refusal model's score kept. */
export function declinedWith(answer: ChatAnswer, r: Retrieval): ChatAnswer {
  const list = answer.sources.map((s) => `- [${s.section} ${s.title}](${s.href})`).join('\n');
  return { ...answer, answer: list ? `${answer.answer}\n\n${list}` : answer.answer, kind: 'refusal', refused: true, sources: [], suggestions: answer.sources, confidence: r.inScope };
}
