// "Does the article actually explain any of Karpathy's research?", "文章具体介绍了Karpathy的哪些研究成果？":
// a question about the work of a person the article names. The article names Andrej Karpathy and
// says its discussion is "centered on" his research, but describes none of his papers, models or
// results; quoting that claim (8.1) read as "yes" (tour 3 of session 20). The answer lists every
// sentence that names the person, and says whether any of them names a paper, model or result (a
// quoted title, a year). Only source text and fixed phrases (phrases.ts). Framework-free.
import { article, getSection } from '../content/article';
import { rankedOrBest, sourceOf } from './answer-sources';
import { asCertain } from './calibration';
import type { KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { quotableText, sentences } from './plain-text';
import { quote } from './quote';
import type { ChatAnswer, Retrieval } from './types';

// asks what the article says of someone's work
const WORK_EN = /\b(?:explain|explains|describe|describes|discuss|discusses|cover|covers|detail|details|present|presents|go into|talk about|say about|mention)\b[^?]*\b(?:research|work|works|papers?|contributions?|results?|findings|achievements?)\b/i;
const WORK_ZH = /(?:介绍|讲|解释|描述|提到|说|列举|列出|谈|分析)(?:了|过)?[^？?]{0,20}(?:研究|工作|论文|成果|贡献)/;
// a sentence that names a specific work: a quoted title or a year
const SPECIFIC = /"[^"]{6,}"|“[^”]{6,}”|《[^》]{2,}》|\*[^*]{4,}\*|\b(?:19|20)\d\d\b/;

/** The answer to a question about the work of one person the article names; null otherwise. */
export function personWorkAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  const q = r.question.normalize('NFKC');
  if (!WORK_EN.test(q) && !WORK_ZH.test(q)) return null;
  // a person: a capitalised word of the question that names someone in the article (a name of
  // people or organisations, agentNames, or the surname after one: "Andrej Karpathy")
  const afterName = new RegExp(`\\b(?:${[...kb.agentNames].join('|')}) ([A-Z][a-z]{2,})\\b`, 'g');
  const surnames = new Set(article.sections.flatMap((s) => [...s.body.en.matchAll(afterName)].map((m) => m[1])));
  const people = [...new Set(q.match(/\b[A-Z][a-z]{2,}\b/g) ?? [])].filter((w) => kb.agentNames.has(w) || surnames.has(w));
  if (people.length !== 1) return null;
  const name = people[0];
  const lang = r.lang;
  const named = new RegExp(`\\b${name}\\b`);
  const found = article.sections.flatMap((s) => sentences(quotableText(s.body[lang])).filter((x) => named.test(x)).map((x) => ({ section: s.id, sentence: x })));
  if (!found.length) return null;
  const ids = [...new Set(found.map((f) => f.section))];
  const p = PHRASES[lang];
  const where = ids.map((id) => p.where(id, getSection(id)!.title[lang]));
  const lead = found.some((f) => SPECIFIC.test(f.sentence)) ? p.personNamed(name, where) : p.personNoWork(name, where);
  const blocks = ids.map((id) => quote(found.filter((f) => f.section === id).map((f) => f.sentence))).join('\n\n');
  return {
    answer: `${lead}\n\n${blocks}`,
    language: lang, kind: 'section', refused: false,
    sources: ids.map((id) => sourceOf(kb, rankedOrBest(r, id), lang)), suggestions: [], confidence: asCertain(r.inScope),
  };
}
