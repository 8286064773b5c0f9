// "can saliency maps actually be trusted or are they just pretty pictures", "Grad-CAM 的解释可信吗":
// whether an explanation method can be trusted. The article says nothing about it (its FAQ 9.5 on
// improving interpretability was the answer); the method's glossary entry says what it shows, and the
// interpretability entry's caution says explanations are approximations to be sanity-checked.
// Framework-free.
import { glossarySource } from './answer-sources';
import { glossaryAnswer } from './glossary-answers';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { sentences } from './plain-text';
import { quote } from './quote';
import type { ChatAnswer, Retrieval } from './types';
import type { Lang } from '../content/types';

/** The explanation methods of the glossary (and attention weights, read as one). */
export const EXPLANATION_METHODS = new Set(['saliency-map', 'gradient-x-input', 'grad-cam', 'integrated-gradients', 'smoothgrad', 'occlusion', 'token-attribution', 'attention-rollout', 'lime', 'shap', 'attention', 'interpretability']);

const TRUST_EN = /\b(?:trust(?:ed|worthy)?|reliable|reliably|faithful|believe|just (?:pretty )?pictures|misleading|mislead|fool(?:ed)?|take (?:it|them) at face value)\b/i;
const TRUST_ZH = /可信|信得过|能信|相信|靠谱|可靠|忠实|误导|骗人|只是(?:好看的)?图/u;

/** The explanation method whose trustworthiness the question asks about, or null. */
export function trustedMethod(kb: KnowledgeBase, question: string): string | null {
  const q = question.normalize('NFKC');
  // (not "which paper …", "who showed …": a fact about the method, asked of the article)
  if (!(TRUST_EN.test(q) || TRUST_ZH.test(q)) || /\b(?:which|what) (?:paper|study|article|book)\b|\bwho\b|哪篇|哪个研究|谁/iu.test(q)) return null;
  const named = findGlossaryNames(kb, q).filter((id) => EXPLANATION_METHODS.has(id));
  const methods = named.filter((id) => id !== 'interpretability');
  return methods.length === 1 ? methods[0] : named.length === 1 ? named[0] : null;
}

/** The interpretability entry's sentence on trusting explanations. */
function explanationCaution(kb: KnowledgeBase, lang: Lang): string {
  const all = sentences(kb.glossaryById.get('interpretability')!.definition[lang]);
  return all[all.length - 1];
}

/** The answer to a trust question about an explanation method: that the article does not discuss
 *  it, the method's entry, and the interpretability entry's caution; null for other questions. */
export function trustAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  const trusted = trustedMethod(kb, r.question);
  if (!trusted) return null;
  const lang = r.lang;
  const p = PHRASES[lang];
  const g = kb.glossaryById.get(trusted)!;
  const base = glossaryAnswer(kb, g, r, lang);
  const caution = trusted === 'interpretability' ? '' : `\n\n${p.trustCaution}\n\n${quote([explanationCaution(kb, lang)])}`;
  const interpretability = caution ? [glossarySource(kb, kb.glossaryById.get('interpretability')!, r, lang)] : [];
  const lead = trusted === 'interpretability' ? p.trustExplanations : p.trustLead(g.term[lang]);
  return { ...base, answer: `${lead}\n\n${base.answer}${caution}`, sources: [...base.sources.slice(0, 1), ...interpretability, ...base.sources.slice(1)] };
}
