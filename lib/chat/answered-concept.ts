// The glossary concept an answer was about when its question named none, kept in the conversation
// so that a pronoun in the next question can be read: "示例代码用的什么数据集" is answered with MNIST's
// entry, so "它的图片多大" asks about MNIST; "what is α?" is answered "α is the learning rate", so
// "what happens if it's too big?" asks about the learning rate (both were declined). Framework-free.
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { escapeRegExp } from '../util/escape-regexp';
import { isFieldConcept } from './concept-question';
import type { ChatAnswer } from './types';

// "what is α?", "what does η mean", "α是什么": a question about one symbol
const SYMBOL_EN = /^\s*(?:what(?:'s| is| does)\s+)?(?:the\s+)?(?:symbol\s+|letter\s+)?([\p{Script=Greek}]|[a-z])\s*(?:mean|stand for|represent)?\s*[?？]?\s*$/iu;
const SYMBOL_ZH = /^\s*(?:符号)?([\p{Script=Greek}]|[a-z])\s*(?:是什么|是啥|代表什么|表示什么|指什么|是什么意思)\s*[?？]?\s*$/iu;

/** The one concept the answer was about, when the question names none: the answer's one glossary
 *  source, or what the answer says a symbol the question asks about is ("α is the learning rate",
 *  "α 是学习率"); null otherwise. */
export function answeredConcept(kb: KnowledgeBase, question: string, answer: ChatAnswer): string | null {
  const asked = findGlossaryNames(kb, question);
  if (asked.some((id) => !isFieldConcept(id))) return null;
  if (!asked.length) {
    const entries = [...new Set(answer.sources.flatMap((s) => (s.glossary ? [s.glossary.id] : [])))];
    if (entries.length === 1) return entries[0];
    const symbol = (SYMBOL_EN.exec(question) ?? SYMBOL_ZH.exec(question))?.[1];
    if (symbol) {
      const said = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(symbol)}\\s*(?:is the|is|denotes the|stands for the|是|为|表示|代表)\\s*([^.,;。，；\\n]{2,30})`, 'u').exec(answer.answer)?.[1];
      const named = said ? findGlossaryNames(kb, said) : [];
      return named.length === 1 ? named[0] : null;
    }
  }
  // "which framework does the code example use": a which-question naming no concept but the field's
  // umbrella terms, answered with a quote that names one concept ("… together with the TensorFlow
  // library …"), is about that concept, for "who makes it?" next (set D, session 25)
  if (!/^(?:which|what)\b|哪个|哪些|哪种|什么/i.test(question.normalize('NFKC').trim())) return null;
  const quoted = answer.answer.split('\n').filter((l) => l.startsWith('>')).join('\n');
  const named = findGlossaryNames(kb, quoted).filter((id) => !isFieldConcept(id) && !asked.includes(id));
  return named.length === 1 ? named[0] : null;
}
