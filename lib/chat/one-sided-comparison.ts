// A comparison that names one glossary concept ("LSTM vs GRU", "L1 vs L2 regularization?", "LSTM vs
// xLSTM"): whether the concept's entry covers the other side (then its definition answers), or the
// other side is a name the knowledge base never uses (then there is nothing to compare, and the
// chat says so). Framework-free.
import type { GlossaryEntry } from '../content/glossary';
import { comparesInText } from './asked-fact';
import { unexplainedName } from './asked-focus';
import { namesOf } from './concept-question';
import type { KnowledgeBase } from './knowledge';
import { isUnknownWord } from './retriever';
import { onlyListed, sentencesAbout } from './listed-names';
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

/** Two names of one entry that a comparison names, at least one of them not the entry's own, as
 *  typed, when the sources never tell them apart: such a name is only listed (listed-names.ts) and
 *  no sentence writes both and compares. "WordPiece 和 BPE 具体区别在哪里" (the tokenization entry
 *  only lists both as modern tokenizers), "RMSprop vs Adagrad" (an alias no source writes;
 *  mentioned check, session 28). Null otherwise: "LSTM vs GRU" ("the GRU is a simpler variant of
 *  the LSTM"), "L1 vs L2" (each penalty in its own clause). */
export function uncomparedNames(kb: KnowledgeBase, g: GlossaryEntry, question: string): [string, string] | null {
  const q = question.normalize('NFKC');
  const lower = q.toLowerCase();
  const at = (n: string) => new RegExp(`(?<![a-z0-9])${escapeRegExp(n)}(?![a-z0-9])`).exec(lower)?.index ?? -1;
  const names = [...new Set(namesOf(kb, g.id).map((n) => n.toLowerCase()))];
  const all = names.filter((n) => at(n) >= 0);
  // (the longest of overlapping names: "l2 regularization", not also "l2")
  const found = all.filter((n) => !all.some((m) => m !== n && m.includes(n))).sort((a, b) => at(a) - at(b));
  if (found.length !== 2 || !found.some((n) => onlyListed(g, names, n))) return null;
  if (sentencesAbout(g).some((x) => comparesInText(x) && found.every((n) => x.includes(n)))) return null;
  return [q.substr(at(found[0]), found[0].length), q.substr(at(found[1]), found[1].length)];
}

/** The first word of the question, as typed, that the knowledge base never uses and that is no
 *  everyday word (retriever.ts's unknown words: "GRU"), or null. */
export function unknownName(kb: KnowledgeBase, r: Retrieval): string | null {
  const unknown = r.terms.filter((t) => isUnknownWord(kb, r.question, t));
  if (!unknown.length) return null;
  return r.question.match(/[A-Za-z][A-Za-z0-9-]*/g)?.find((w) => terms(w).some((t) => unknown.includes(t))) ?? null;
}

// The two sides of a comparison or a relation, as typed: "神经网络和线性回归是什么关系",
// "relationship between neural networks and linear regression", "neural networks vs linear regression"
const ZH_SIDES = /^(?:请问|那|那么|想问一?下)?[，,\s]*(.+?)(?:和|与|跟|同)(.+?)(?:之间)?(?:是什么关系|有什么关系|有啥关系|什么关系|的关系|有什么联系|有啥联系|的联系|有什么区别|有啥区别|的区别|有什么不同|有何不同|哪个好|哪个更好|是一回事吗|一样吗|(?:的|有)?(?:具体|主要|到底|本质)(?:的)?(?:区别|差别|差异|不同))/u;
const EN_SIDES = [
  // "how does quantization-aware training differ from post-training quantization?"
  /\bhow (?:does|do|is|are) (.+?)\s+(?:differ|different) from\s+(.+?)\s*[?.!]*$/i,
  /\b(?:relationship|relation|connection|link|differences?)\s+between\s+(.+?)\s+and\s+(.+?)\s*[?.!]*$/i,
  /^(?:how (?:is|are)\s+|is\s+|are\s+)?(.+?)\s+(?:related to|vs\.?|versus|compared (?:to|with)|different from)\s+(.+?)\s*[?.!]*$/i,
];
const plural = (x: string) => [x, x.replace(/s$/, '')];

/** The side of a one-concept comparison that is a name neither the article nor a glossary name
 *  has ("线性回归" in "神经网络和线性回归是什么关系"), as typed; null when both sides are known, a
 *  side is a description, or the question names no two sides. `known` are the names of the
 *  concept the question does name. */
export function unknownSide(kb: KnowledgeBase, question: string, known: string[]): string | null {
  const q = question.normalize('NFKC').trim();
  const m = ZH_SIDES.exec(q) ?? EN_SIDES.map((re) => re.exec(q)).find(Boolean) ?? null;
  if (!m) return null;
  const names = kb.glossaryNames.map((n) => n.name);
  const knownNames = known.map((k) => k.toLowerCase());
  for (const side of [m[1], m[2]].map((x) => x.trim())) {
    const lower = side.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
    if (knownNames.some((k) => plural(lower).includes(k) || lower.includes(k))) continue;
    if (unexplainedName(kb.focusIndex, side, names)) return side;
  }
  return null;
}
