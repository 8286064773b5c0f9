// "我没有GPU 能跑这个代码吗", "does the article's code need a GPU?": the article never says a GPU is
// needed; its FAQ 9.6 names one only as a way to speed training up. Answered with that item and the
// glossary's GPU-training entry (tour 5 of session 21: the question got the code's `fit` line).
// Framework-free.
import { getSection } from '../content/article';
import { glossarySource, sourceOf } from './answer-sources';
import type { KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { quotableText, sentences } from './plain-text';
import { quote } from './quote';
import type { ChatAnswer, Retrieval } from './types';

const GPU = String.raw`(?:gpus?|graphics cards?|cuda|显卡|独显)`;
const NEEDS_EN = new RegExp(String.raw`\b(?:need|needs|needed|require|requires|required|necessary|must have|have to have)\b[^?.]{0,30}\b${GPU}|\b${GPU}\b[^?.]{0,20}\b(?:needed|required|necessary|a must)\b|\b(?:without|no|don'?t have (?:a|any)|do not have (?:a|any)|only (?:have )?(?:a )?cpu)\b[^?.]{0,20}\b${GPU}?|\b(?:on|with) (?:a |my |just a |only a )?cpu\b`, 'i');
const NEEDS_ZH = new RegExp(String.raw`没(?:有)?${GPU}|(?:需要|要|必须|得有|一定要)${GPU}|${GPU}(?:是)?(?:必须|必需|必要)|(?:只有|只用|用)CPU|CPU(?:能|可以|能不能)(?:跑|训练|运行)`, 'i');
// …about running or training (not "how much faster is a GPU?")
const RUNS = /\b(?:run|runs|running|train|training|trained|work|execute|use|code|example|program|deep learning)\b|跑|训练|运行|用|代码|例子|程序|深度学习/i;

/** Whether the question asks if a GPU is needed to run or train. */
export function asksGpuNeeded(question: string): boolean {
  const q = question.normalize('NFKC');
  return (NEEDS_EN.test(q) || NEEDS_ZH.test(q)) && RUNS.test(q) && /gpu|graphics card|cuda|显卡|独显|cpu/i.test(q);
}

/** FAQ 9.6's GPU item and the glossary's GPU-training entry, led by what the article does not say;
 *  null unless the question asks whether a GPU is needed (and names no section). */
export function gpuAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  if (!asksGpuNeeded(r.question) || r.sectionRefs.length || r.missingFact) return null;
  const lang = r.lang;
  const faq = getSection('9.6');
  const item = faq ? sentences(quotableText(faq.body[lang])).find((x) => /GPU/i.test(x)) : undefined;
  const entry = kb.glossaryById.get('gpu-training');
  if (!faq || !item || !entry) return null;
  const p = PHRASES[lang];
  return {
    answer: `${p.gpuNotNeeded(faq.id, faq.title[lang])}\n\n${quote([item])}\n\n${p.glossary(entry.term[lang])}\n\n${quote([entry.definition[lang]])}`,
    language: lang, kind: 'section', refused: false,
    sources: [sourceOf(kb, { section: faq.id, score: r.ranked.find((x) => x.section === faq.id)?.score ?? 0, passage: -1 }, lang), glossarySource(kb, entry, r, lang)],
    suggestions: [], confidence: r.inScope,
  };
}
