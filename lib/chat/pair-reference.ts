// A follow-up that compares "them" after two concepts were asked about one after the other:
// "what is a CNN?", "what is an RNN?", then "Are these the same?" or "两者有啥区别" asks about both
// (it was read as a question about the last one, "are batch normalizations the same?", or declined).
// The pair is the last answer's concept and the one before it, or the two concepts the last
// question named ("CNN和RNN有什么区别" then "哪个更好"). Framework-free.
import { focusConcept, isFieldConcept } from './concept-question';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import type { ChatContext } from './types';
import type { Lang } from '../content/types';

/** The one concept a conversation's last answer was about, or null. */
export function contextConcept(kb: KnowledgeBase, context: ChatContext | null): string | null {
  if (!context) return null;
  return context.concept ?? focusConcept(findGlossaryNames(kb, context.topic));
}

/** The two concepts "them" can mean after the last answer: the two its question named, else the
 *  one it was about and the one the answer before it was about; null when there are not two. */
export function pairConcepts(kb: KnowledgeBase, context: ChatContext | null): [string, string] | null {
  if (!context) return null;
  const named = findGlossaryNames(kb, context.topic).filter((id) => !isFieldConcept(id));
  if (named.length === 2) return [named[0], named[1]];
  const last = contextConcept(kb, context);
  return last && context.earlier && context.earlier !== last ? [context.earlier, last] : null;
}

// "them", "these (two)", "the two", "both (of them)"; "they" only in "are they the same"
const EN_THEM = /\b(?:these two|those two|the two(?: of them)?|both of them|these|those|them|both)\b/i;
const EN_THEY_SAME = /^\s*(?:so\s+|and\s+)?(?:are|is)\s+(they)\b/i;
// what is asked of the pair: same, different, which is better, compared
const EN_COMPARE = /\b(?:same|differ\w*|difference|similar\w*|compare\w*|comparison|vs\.?|versus|better|worse|which|related|relationship|relation)\b/i;
// "which is better?", "which one should I use?": no pronoun, the pair is named after the question
const EN_WHICH_ONLY = /^\s*(?:so\s+|and\s+|ok(?:ay)?,?\s+)?which(?: one)?\s+(?:is|would be|should I|do I|to)\b[^?]{0,30}\??\s*$/i;
const ZH_THEM = /(?:它们俩|它们两个|它们|这两个|这俩|那两个|两者|二者|两个)/u;
const ZH_COMPARE = /(?:区别|不同|差别|差异|一样|相同|一回事|哪个|哪一个|哪种|比较|对比|关系|联系|相似|像)/u;
const ZH_WHICH_ONLY = /^(?:那|那么)?(?:哪个|哪一个|哪种)(?:更|比较)?(?:好|强|厉害|常用|合适|适合)[^？?]{0,8}[?？]?$/u;

/** The follow-up asked of both concepts ("Are these the same?" → "Are convolutional neural network
 *  and recurrent neural network the same?", "两者有啥区别" → "卷积神经网络和循环神经网络有啥区别"), or
 *  null when it is no comparison of a pair. */
export function resolvePair(kb: KnowledgeBase, text: string, lang: Lang, pair: [string, string] | null): string | null {
  if (!pair) return null;
  const t = text.normalize('NFKC').trim();
  // a question that names a concept of its own is asked as it stands
  if (findGlossaryNames(kb, t).some((id) => !isFieldConcept(id))) return null;
  const [a, b] = pair.map((id) => kb.glossaryById.get(id)!.term[lang]);
  if (lang === 'zh') {
    if (t.length > 20) return null;
    const both = `${a}和${b}`;
    if (ZH_THEM.test(t) && ZH_COMPARE.test(t)) return t.replace(/^(?:那|那么)/u, '').replace(/(?:它们俩|它们两个|它们|这两个|这俩|那两个|两者|二者|两个)(?:之间)?/u, both);
    if (ZH_WHICH_ONLY.test(t)) return `${both}${t.replace(/^(?:那么|那)/u, '')}`;
    return null;
  }
  if (t.split(/\s+/).length > 10) return null;
  const both = `${a.toLowerCase()} and ${b.toLowerCase()}`;
  if (EN_THEY_SAME.test(t) && EN_COMPARE.test(t)) return t.replace(EN_THEY_SAME, (m, they: string) => m.replace(they, both));
  if (EN_THEM.test(t) && EN_COMPARE.test(t)) return t.replace(EN_THEM, both);
  if (EN_WHICH_ONLY.test(t)) return `${t.replace(/[?\s]+$/, '')}: ${a.toLowerCase()} or ${b.toLowerCase()}?`;
  return null;
}
