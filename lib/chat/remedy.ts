// "How to fix the first one" after the weaknesses of deep learning, "计算资源消耗大怎么解决": a question
// how to deal with a problem that the article lists among its weaknesses or challenges (3.3, 8,
// 8.3) was answered with the problem again, as those sections say nothing about a fix. The article
// names its ways forward as future directions (8.2: "模型压缩：…降低深度学习模型的计算复杂度"): the
// answer quotes the problem, then the direction that shares the problem's words (English words by
// their first six letters: "computing" and "computational"). A problem no direction shares a word
// with ("数据分布偏差") gets its own item and that the article says nothing about dealing with it. Only source text and fixed phrases (phrases.ts).
// Framework-free.
import { getSection } from '../content/article';
import { rankedOrBest, sourceOf } from './answer-sources';
import { asksHowTo } from './concept-question';
import type { KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { quotableText, sentences } from './plain-text';
import { quote } from './quote';
import { terms } from './terms';
import type { ChatAnswer, Retrieval } from './types';

/** Sections that list problems without saying how to deal with them. */
const PROBLEM_SECTIONS = new Set(['3.3', '8', '8.3']);

/** The section that lists the article's future directions. */
const DIRECTIONS = '8.2';

// the words of a how-to question that are not the problem ("how to fix", "怎么解决"), and words every
// direction shares with every problem
const HOW_WORDS = new Set(terms('how to fix solve deal with avoid prevent improve reduce remedy remedies solution solutions way ways problem issue can we do high 怎么 如何 解决 办法 方法 避免 防止 改善 缓解 克服 处理 应对 问题 deep learning model models 深度 学习 模型'));

/** A term as compared: English words by their first six letters. */
const key = (t: string) => (/^[a-z]/.test(t) ? t.slice(0, 6) : t);

/** The answer to a how-to-fix question whose best section only lists the problem: the problem's
 *  sentence and the best sentence elsewhere that shares its words and names an improvement; null
 *  when the question is no such question or no such sentence exists. */
export function remedyAnswer(kb: KnowledgeBase, r: Retrieval, problemSentences: string[]): ChatAnswer | null {
  const top = r.ranked[0];
  if (!top || !PROBLEM_SECTIONS.has(top.section) || !asksHowTo(r.question) || !problemSentences.length) return null;
  const lang = r.lang;
  const problem = r.terms.filter((t) => !HOW_WORDS.has(t));
  if (!problem.length) return null;
  const asked = new Set(problem.map(key));
  /** The idf of the problem's words that a sentence shares. */
  const shared = (x: string) => [...new Set(terms(x))].filter((t) => !HOW_WORDS.has(t) && asked.has(key(t))).reduce((a, t) => a + kb.bm25.idf(t), 0);
  const fix = getSection(DIRECTIONS)!;
  const items = sentences(quotableText(fix.body[lang]));
  const found = items
    .map((x, i) => ({ i, score: shared(x) }))
    .filter((x) => x.score > 0 && /^\d+\.\s/.test(items[x.i]))
    .sort((a, b) => b.score - a.score);
  const best = found[0];
  // an answer that already quotes a direction (section 8 lists them after its challenges) needs none
  const label = (x: string) => /^\d+\.\s*([^:：]{1,40})[:：]/.exec(x)?.[1].trim();
  const directions = new Set(items.map(label).filter(Boolean));
  if (problemSentences.some((x) => directions.has(label(x)))) return null;
  const p = PHRASES[lang];
  const own = getSection(top.section)!;
  if (!best) {
    // no direction addresses it ("数据分布偏差怎么办"): the problem's own item, and that the article
    // says nothing about dealing with it (its answer quoted three challenges)
    const item = [...problemSentences].filter((x) => /^\d+\.\s/.test(x)).sort((a, b) => shared(b) - shared(a))[0];
    if (!item || shared(item) === 0) return null;
    return { answer: `${p.noRemedy(own.id, own.title[lang])}\n\n${quote([item])}`, language: lang, kind: 'section', refused: false, sources: [sourceOf(kb, top, lang)], suggestions: [], confidence: r.inScope };
  }
  const line = items[best.i];
  const answer = `${p.section(own.id, own.title[lang])}\n\n${quote(problemSentences)}\n\n${p.remedy(fix.id, fix.title[lang])}\n\n${quote([line])}`;
  const sources = [sourceOf(kb, rankedOrBest(r, fix.id), lang), sourceOf(kb, top, lang)];
  return { answer, language: lang, kind: 'section', refused: false, sources, suggestions: [], confidence: r.inScope };
}
