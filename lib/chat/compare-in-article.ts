// Where the article itself speaks of two compared concepts: for "what does the article say about
// CNNs vs RNNs?" the chat quotes the article's sentences that name them, not only the glossary.
// The article rarely compares two things head-on; it names both in one sentence (section 9.2: "Common
// deep learning algorithms include CNNs, RNNs and the Transformer") or in neighbouring list items
// (section 7: TensorFlow, PyTorch).
// This finds the section that does so best, in the question's language; and, for "what does the
// article say about PyTorch?", the sentences that name one concept. Pure string rules.
import { article } from '../content/article';
import type { Lang } from '../content/types';
import { namesConcept } from './concept-question';
import type { KnowledgeBase } from './knowledge';
import { quotableText, sentences } from './plain-text';

/** At most this many sentences are quoted. */
const MAX_QUOTED = 4;

/** Sentences of one section that name the asked concept(s), in article order. */
export interface ArticleLines {
  section: string;
  /** For two concepts: those naming both, or else the first that names each. */
  sentences: string[];
}

/** The article's sentences (in `lang`) that name the concept `id`: in the section `prefer` (its
 *  glossary link) when that names it, else in the section that names it most often; null when no
 *  section names it. */
export function articleOnConcept(kb: KnowledgeBase, id: string, lang: Lang, prefer: string): ArticleLines | null {
  return sectionWhere(lang, (x) => namesConcept(x, id, kb), MAX_QUOTED, prefer);
}

/** The first `max` sentences (in `lang`) for which `test` holds, from the section `prefer` when it
 *  has any, else from the section with the most (the first of equals); null when none has any. */
export function sectionWhere(lang: Lang, test: (sentence: string) => boolean, max: number, prefer?: string): ArticleLines | null {
  let best: (ArticleLines & { score: number }) | null = null;
  for (const s of article.sections) {
    const naming = sentences(quotableText(s.body[lang])).filter(test);
    if (!naming.length) continue;
    const score = naming.length + (s.id === prefer ? 1000 : 0);
    if (!best || score > best.score) best = { section: s.id, sentences: naming.slice(0, max), score };
  }
  return best && { section: best.section, sentences: best.sentences };
}

/** The section whose text (in `lang`) names both concepts `ids`, preferring one sentence that names
 *  both, then more sentences naming them; null when no section names both. */
export function articleOnBoth(kb: KnowledgeBase, ids: [string, string], lang: Lang): ArticleLines | null {
  let best: (ArticleLines & { score: number }) | null = null;
  for (const s of article.sections) {
    const all = sentences(quotableText(s.body[lang]));
    const [a, b] = ids.map((id) => all.map((x, i) => (namesConcept(x, id, kb) ? i : -1)).filter((i) => i >= 0));
    if (!a.length || !b.length) continue;
    const both = a.filter((i) => b.includes(i));
    const score = both.length * 100 + Math.min(a.length, b.length);
    if (best && score <= best.score) continue;
    const picked = both.length ? both : [...new Set([a[0], b[0]])].sort((x, y) => x - y);
    best = { section: s.id, sentences: picked.slice(0, MAX_QUOTED).map((i) => all[i]), score };
  }
  return best && { section: best.section, sentences: best.sentences };
}
