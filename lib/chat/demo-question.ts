// "Which demo page shows it?", "上课想演示情感分析，用哪个页面比较好？": a question that asks where in
// Glassbox a concept can be seen live. The answer names the demo page of the concept's glossary entry
// (its link, then the definition), or says that no page shows the concept and what the two labs do
// show. It quoted article sentences or code instead (tour 4 of session 20). Only glossary text and
// fixed phrases (phrases.ts). Framework-free.
import { asCertain } from './calibration';
import { focusConcept } from './concept-question';
import { demoHref, demoLabel } from './demo-links';
import { glossaryAnswer } from './glossary-answers';
import type { KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import type { ChatAnswer, Retrieval } from './types';

const DEMO_EN = /\b(?:demos?|demo page|which page|what page|playground|interactive|visuali[sz]ation page|(?:show|demonstrate) (?:it |this )?(?:to )?(?:my |the )?(?:students|class|kids)|(?:try|see|play with) (?:it|this|that) (?:live|myself|out|in action|in the app)|in (?:glassbox|the app))\b|\b(?:try|see|play with|watch)\b.{0,40}\b(?:live|in action|hands-on)\b|\bwhere can (?:i|we|students) (?:try|see|play with|watch)\b/i;
const DEMO_ZH = /演示|页面|哪个页|哪一页|互动|可视化(?:页|界面)|(?:在哪|哪里|哪儿)(?:能|可以)(?:看到|试|玩|体验)|亲手试|动手试|试一试|玩一玩|(?:给|让)学生看/;

/** Whether a question asks where in the app a concept can be seen live. */
export function asksDemo(question: string): boolean {
  const q = question.normalize('NFKC');
  // a page of the article is no demo ("Which page of the article covers CNNs?")
  if (/\bpages? of the (?:article|text)\b|\barticle'?s? pages?\b|文章(?:的)?(?:哪一?页|页面)/i.test(q)) return false;
  return DEMO_EN.test(q) || DEMO_ZH.test(q);
}

/** The answer to a demo question about one concept: its demo page and definition, or that no page
 *  shows it; null when the question is no demo question or names no one concept. */
export function demoAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  if (!asksDemo(r.question)) return null;
  const focus = focusConcept(r.glossaryHits);
  if (!focus) return null;
  const g = kb.glossaryById.get(focus)!;
  const lang = r.lang;
  const p = PHRASES[lang];
  const answer = glossaryAnswer(kb, g, r, lang);
  const lead = g.demo ? p.demoShows(g.term[lang], `[${demoLabel(g.demo, lang)}](${demoHref(g.demo)})`) : p.noDemo(g.term[lang]);
  return { ...answer, answer: `${lead}\n\n${answer.answer}`, confidence: asCertain(r.inScope) };
}
