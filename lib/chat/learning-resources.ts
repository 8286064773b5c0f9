// Requests for books or other material to learn from: "孩子想学AI，有啥入门书推荐吗", "any good books to
// learn machine learning?", "有没有适合初学者的教材". Section 7 lists two deep-learning textbooks (one
// for beginners); the refusal model declined some of these (the section classifier reads "AI" as
// the field beyond the article) and answered "recommend me a book on cooking" with that list. A
// request gets the list unless it names a subject ("on cooking", "讲烹饪的") that no source uses and
// no glossary concept; then it is declined. Only source text and fixed phrases. Framework-free.
import { getSection } from '../content/article';
import { refusalAnswer } from './article-answers';
import { rankedOrBest, sourceOf } from './answer-sources';
import { asCertain } from './calibration';
import { focusConcept, isFieldConcept } from './concept-question';
import type { KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { quote } from './quote';
import { terms } from './terms';
import type { ChatAnswer, Retrieval } from './types';

/** The section whose first list item is the learning resources. */
const RESOURCES = '7';

// a request for material to learn from, not "what does the article say about books"
const ASKS_EN = /\b(?:recommend\w*|suggest\w*|any good|good|best|which|what|where)\b[^?]*\b(?:books?|textbooks?|reading|materials?|resources? (?:to|for) (?:learn|study|start|get))\b|\bwhat (?:should|can|could) i read\b|\b(?:books?|textbooks?) (?:for|to|on|about)\b[^?]*\b(?:learn|learning|beginners?|start\w*)\b/i;
const ASKS_ZH = /(?:推荐|有没有|有啥|有什么|哪些|哪本|什么|哪个)[^？?。，,]{0,12}(?:书|教材|书籍|读物|资料)|(?:书|教材|书籍|读物|资料)[^？?。，,]{0,6}(?:推荐|有没有|有啥|哪些|哪本)/u;

// the subject a request names: "a book on cooking", "books about kubernetes", "讲烹饪的书", "关于理财的资料"
const SUBJECT_EN = /\b(?:books?|textbooks?|reading|materials?|resources?)\s+(?:on|about|for learning|to learn|covering)\s+([^?.!,;]+)/i;
const SUBJECT_ZH = /(?:讲|关于|介绍)([\p{Script=Han}A-Za-z]{1,8}?)(?:方面)?的(?:书|教材|书籍|读物|资料)/u;

/** The words of the subject the request names that no source uses ("cooking"; not "deep learning",
 *  "neural networks"): empty when it names none or only what the sources know. */
function unknownSubject(kb: KnowledgeBase, question: string): string[] {
  const q = question.normalize('NFKC');
  const subject = SUBJECT_EN.exec(q)?.[1] ?? SUBJECT_ZH.exec(q)?.[1] ?? '';
  return terms(subject).filter((t) => !kb.bm25.has(t));
}

/** Whether the question asks for books or other material to learn from. */
export function asksLearningResources(question: string): boolean {
  const q = question.normalize('NFKC');
  return ASKS_EN.test(q) || ASKS_ZH.test(q);
}

/** Section 7's learning resources for a request the refusal model would decline; a refusal for a
 *  request about a subject no source knows ("recommend me a book on cooking"); null when the
 *  question is no such request, names a section or a fact the sources lack, or retrieval answers it. */
export function learningResourcesAnswer(kb: KnowledgeBase, r: Retrieval, threshold: number): ChatAnswer | null {
  if (!asksLearningResources(r.question) || r.sectionRefs.length || r.missingFact) return null;
  const s = getSection(RESOURCES);
  if (!s) return null;
  const lang = r.lang;
  const p = PHRASES[lang];
  if (!r.glossaryHits.length && unknownSubject(kb, r.question).length) return refusalAnswer(kb, r, p.refusal);
  // what the refusal model finds in scope is left to retrieval, which picks the sentences asked
  // about ("is there a free open-source book for total beginners": Dive into Deep Learning)
  if (r.inScope >= threshold) return null;
  // the first item ("1. **Learning resources**:") and its bullets
  const lines = s.body[lang].split('\n');
  const start = lines.findIndex((l) => /^1\.\s/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\d+\.\s/.test(l));
  if (start < 0) return null;
  const item = lines.slice(start, end < 0 ? undefined : end).map((l) => l.trim()).filter(Boolean).map((l) => l.replace(/\*\*/g, ''));
  // a concept of its own, not the field: the books are not on it in particular
  const concept = focusConcept(r.glossaryHits.filter((h) => !isFieldConcept(h) && h !== 'deep-learning-framework'));
  const lead = concept ? `${p.noBookOn(kb.glossaryById.get(concept)!.term[lang])}\n\n` : '';
  return {
    answer: `${lead}${p.section(s.id, s.title[lang])}\n\n${quote(item)}`,
    language: lang, kind: 'section', refused: false,
    sources: [sourceOf(kb, rankedOrBest(r, s.id), lang)], suggestions: [],
    confidence: asCertain(r.inScope),
  };
}
