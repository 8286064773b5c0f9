// A comparison that names one glossary concept ("LSTM vs GRU", "L1 vs L2 regularization?", "LSTM vs
// xLSTM"): whether the concept's entry covers the other side (then its definition answers), or the
// other side is a name the knowledge base never uses (then there is nothing to compare, and the
// chat says so). Framework-free.
import type { GlossaryEntry } from '../content/glossary';
import { namesOf } from './concept-question';
import type { KnowledgeBase } from './knowledge';
import { isUnknownWord } from './retriever';
import { terms } from './terms';
import type { Retrieval } from './types';
import { escapeRegExp } from '../util/escape-regexp';

/** Whether the other side of a comparison with one concept is in its entry: another of its names
 *  ("LSTM vs GRU"), or a Latin term of the question that its definition uses. */
export function definitionNamesOther(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval): boolean {
  // "LSTM vs GRU": both are names of the entry (it defines the GRU as the LSTM's simpler variant)
  const q = r.question.normalize('NFKC').toLowerCase();
  const found = [...new Set(namesOf(kb, g.id))].filter((n) => new RegExp(`(?<![a-z0-9])${escapeRegExp(n)}(?![a-z0-9])`).test(q));
  if (found.filter((n) => !found.some((m) => m !== n && m.includes(n))).length > 1) return true;
  const own = new Set(terms([g.term.en, g.term.zh, ...g.aliases.en, ...g.aliases.zh].join(' ')));
  const defined = new Set(terms(`${g.definition.en} ${g.definition.zh}`));
  return r.terms.some((t) => /^[a-z][a-z0-9]{2,}$/.test(t) && !own.has(t) && !kb.commonWords.has(t) && defined.has(t));
}

/** The first word of the question, as typed, that the knowledge base never uses and that is no
 *  everyday word (retriever.ts's unknown words: "GRU"), or null. */
export function unknownName(kb: KnowledgeBase, r: Retrieval): string | null {
  const unknown = r.terms.filter((t) => isUnknownWord(kb, r.question, t));
  if (!unknown.length) return null;
  return r.question.match(/[A-Za-z][A-Za-z0-9-]*/g)?.find((w) => terms(w).some((t) => unknown.includes(t))) ?? null;
}
