// The chat's answer-type gate: a question that asks for a kind of fact (asked-fact.ts) is answered
// only when the sections that would answer it hold a fact of that kind. "Who invented dropout?"
// retrieves the section about dropout, but no sentence there that shares a word with the question
// names a person: the article does not say, so the chat says so instead of quoting the section.
import { getSection } from '../content/article';
import type { GlossaryEntry } from '../content/glossary';
import { askedFacts, hasFact, type FactKind } from './asked-fact';
import { codeBlocks, plainText, sentencesByOverlap } from './plain-text';

/** How many of the best-ranked sections may hold the fact: one section is sometimes the wrong one
 *  (measured on the development and paraphrase sets, `models/chat/README.md`). */
export const FACT_SECTIONS = 2;

/** Kinds whose fact may sit anywhere in a section (a formula on its own line, a number in code);
 *  the others must be in a sentence that shares a term with the question. */
const SECTION_WIDE: ReadonlySet<FactKind> = new Set(['formula', 'link', 'params', 'hardware', 'batch', 'trainAccuracy', 'valAccuracy', 'number', 'default', 'count']);

/** Sentences per section and language that may hold the fact: those sharing the most
 *  (idf-weighted) terms with the question. "Who wrote Dive into Deep Learning?" must not find its
 *  person in the sentence about another deep-learning book. */
export const FACT_SENTENCES = 3;

/** Texts of the sections in which `kind` would be the answer: each section's closest sentences
 *  (the whole body for SECTION_WIDE kinds), both languages. */
export function sectionFactTexts(kind: FactKind, questionTerms: string[], sectionIds: string[], idf: (term: string) => number): string[] {
  const out: string[] = [];
  for (const id of sectionIds) {
    const s = getSection(id);
    if (!s) continue;
    for (const lang of ['en', 'zh'] as const) {
      const body = s.body[lang];
      if (SECTION_WIDE.has(kind)) out.push(body);
      else out.push(...sentencesByOverlap(plainText(body), questionTerms, idf, FACT_SENTENCES).map((x) => x.s));
      if (kind === 'number' || kind === 'count') out.push(...codeBlocks(body));
    }
  }
  return out;
}

/** Whether `text` writes one of the entry's names (its terms and aliases, in either language). */
function namesEntry(text: string, g: GlossaryEntry): boolean {
  const t = text.toLowerCase();
  return [g.term.en, g.term.zh, ...g.aliases.en, ...g.aliases.zh].some((n) => n.length > 1 && t.includes(n.toLowerCase()));
}

export interface FactCheck {
  /** The first kind of fact the question asks for that neither the sections nor the named
   *  glossary entries hold (the question is then refused), or null. */
  missing: FactKind | null;
  /** A glossary entry the question names whose definition holds an asked fact that the sections
   *  lack ("Who proposed Adam?": "Kingma and Ba, 2014"): the answer quotes it. */
  glossaryId: string | null;
  /** The section that holds the person, date or paper asked for, when a lower-ranked one does and
   *  the best-ranked one does not ("TensorFlow 是谁开发的": section 7's "谷歌开源的", not 5.1's
   *  install steps): the answer comes from it. */
  holder: string | null;
}

/** Kinds whose holder section the answer is taken from. */
const HOLDER_KINDS: ReadonlySet<FactKind> = new Set(['agent', 'date', 'paper']);

/** Checks every kind of fact the question asks for against the best sections, then against the
 *  definitions of the glossary entries it names. */
export function checkFacts(question: string, questionTerms: string[], sectionIds: string[], glossaryHits: GlossaryEntry[], names: Set<string>, idf: (term: string) => number): FactCheck {
  let glossaryId: string | null = null;
  let holder: string | null = null;
  for (const kind of askedFacts(question)) {
    // whether these sections hold the fact; the paper behind a concept the question names is in a
    // sentence that names it: "Which paper introduced dropout?" found section 7's "Attention Is All
    // You Need" (2017): introduced the Transformer"
    const held = (ids: string[]) => {
      const texts = sectionFactTexts(kind, questionTerms, ids, idf);
      return hasFact(kind, kind === 'paper' && glossaryHits.length ? texts.filter((t) => glossaryHits.some((g) => namesEntry(t, g))) : texts, names, question);
    };
    if (held(sectionIds)) {
      if (HOLDER_KINDS.has(kind) && holder === null && sectionIds.length > 1 && !held(sectionIds.slice(0, 1))) {
        holder = sectionIds.find((id) => held([id])) ?? null;
      }
      continue;
    }
    const g = glossaryHits.find((e) => hasFact(kind, [e.definition.en, e.definition.zh], names, question));
    if (!g) return { missing: kind, glossaryId: null, holder: null };
    glossaryId ??= g.id;
  }
  return { missing: null, glossaryId, holder };
}
