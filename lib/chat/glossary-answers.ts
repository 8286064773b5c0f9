// Answers from the glossary: a concept's definition and where the article discusses it
// (glossaryAnswer); what the article says about a concept, or which one it uses, with the
// definition (articleViewAnswer); and two or three concepts compared, from their definitions and
// the article's sentences that name them together (comparisonAnswer). Only source text and fixed
// phrases (phrases.ts). Framework-free.
import { article, getSection } from '../content/article';
import type { GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { articleOnBoth, articleOnConcept, sectionWhere } from './compare-in-article';
import { asksArticleView, asksRelation, asksWhichBetter, namesConcept } from './concept-question';
import { demoHref, demoLabel } from './demo-links';
import { quote } from './quote';
import { asksWhich, codeUsesOf } from './code-uses';
import { ALSO_RELEVANT, glossarySource, MAX_SOURCES, rankedOrBest, sourceOf } from './answer-sources';
import { codeUseAnswer } from './code-answers';
import { PHRASES } from './phrases';
import type { ChatAnswer, Retrieval } from './types';

/** Whether the article names the concept anywhere, as findGlossaryNames reads a question (whole
 *  words for Latin names, the longest name first), in prose and code alike (`activation='relu'`
 *  names ReLU): many entries link the closest section of an article that never names them (dropout
 *  → 9.7 on overfitting, WebGPU → 9.6); CNN's links 5.2's code, while 3.4 and 9.2 name it. "IG" is
 *  not in "weights", SHAP not in `input_shape`, and "batch normalization" names no batch. */
function articleNamesEntry(kb: KnowledgeBase, g: GlossaryEntry): boolean {
  let named = namedInArticle.get(kb);
  if (!named) {
    named = new Set(article.sections.flatMap((s) => findGlossaryNames(kb, `${s.title.en}\n${s.title.zh}\n${s.body.en}\n${s.body.zh}`.replace(/_/g, ' '))));
    namedInArticle.set(kb, named);
  }
  return named.has(g.id);
}
/** The glossary entries the article names, per knowledge base (the article and glossary are fixed). */
const namedInArticle = new WeakMap<KnowledgeBase, Set<string>>();

/** A glossary definition, then `tail` (default: where the article discusses the concept, or the
 *  closest section when the article never names it). */
// a size or count: "how many images does mnist have?", "mnist size", "MNIST 的图片多大"
const FIGURE = /\bhow (?:many|much) (?:images|pictures|photos|examples|samples|digits|classes|pixels|data)\b|\bhow (?:big|large) (?:is|are)\b|\b(?:image|picture|input) (?:size|shape|resolution)\b|\bsize of (?:the |an? |each )?(?:image|picture|dataset|data set)|^\S+(?: dataset| images?)? (?:size|dimensions?|resolution)$|图片?多大|图像多大|有多大|多少张|几张|多少(?:个)?(?:类|类别|像素)|尺寸|分辨率|(?:图片|图像)(?:的)?大小/i;

/** The concept whose size or count a question asks for, when its glossary definition gives a number
 *  and none of the two best sections' sentences (or code lines) that name it does: "how many images does
 *  mnist have?" quoted 5.3's "load_data loads the MNIST dataset"; the MNIST entry says 70,000 images of
 *  28 by 28 pixels. Null otherwise. */
export function figureConcept(kb: KnowledgeBase, r: Retrieval, focus: string | null): GlossaryEntry | null {
  if (!focus || !r.ranked[0] || !FIGURE.test(r.question)) return null;
  const g = kb.glossaryById.get(focus)!;
  if (!/\d/.test(g.definition[r.lang])) return null;
  const lines = r.ranked.slice(0, 2).flatMap((x) => { const s = getSection(x.section)!; return `${s.body.en}\n${s.body.zh}`.split(/\n|(?<=[.。;；])\s*/); });
  return lines.some((l) => /\d/.test(l.replace(/^\s*\d+[.、]\s*/, '')) && namesConcept(l.replace(/_/g, ' '), g.id, kb)) ? null : g;
}

export function glossaryAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang, tail?: string): ChatAnswer {
  const p = PHRASES[lang];
  const s = getSection(g.section)!;
  const related = articleNamesEntry(kb, g) ? p.related(s.id, s.title[lang]) : p.relatedUnnamed(s.id, s.title[lang]);
  const source = glossarySource(kb, g, r, lang);
  const others = r.ranked.filter((x) => x.section !== g.section && x.score >= ALSO_RELEVANT * (r.ranked[0]?.score ?? 0)).slice(0, MAX_SOURCES - 1);
  return {
    answer: `${p.glossary(g.term[lang])}\n\n${quote([g.definition[lang]])}\n\n${tail ?? related}`,
    language: lang,
    kind: 'glossary',
    refused: false,
    sources: [source, ...others.map((o) => sourceOf(kb, o, lang))],
    suggestions: [],
    demo: g.demo ? { href: demoHref(g.demo), label: demoLabel(g.demo, lang) } : undefined,
    confidence: r.inScope,
  };
}

// "Which activation function does the article use?" asks for the article's own instances; a
// sentence that says it uses one ("We use the sigmoid function as the activation function").
const ASKS_USE = /\b(?:use|uses|used|using|choose|chose|chosen|pick|picks|picked)\b|用的|用了|使用|采用|选用|选的/i;
const SAYS_USE = /\b(?:use|uses|used|using)\b|使用|采用|作为/i;

/** "What activation function does the article use?": the article's sentences that say it uses the
 *  concept (4.3's sigmoid) and the example code's statements that use it (5.2's relu and softmax),
 *  then the definition; null when neither has any. */
function articleUsesAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang): ChatAnswer | null {
  const p = PHRASES[lang];
  const prose = sectionWhere(lang, (x) => namesConcept(x, g.id, kb) && SAYS_USE.test(x), 2);
  const code = codeUsesOf(g, lang);
  if (!prose && !code) return null;
  const parts: string[] = [p.articleUses(g.term[lang])];
  if (prose) parts.push(p.section(prose.section, getSection(prose.section)!.title[lang]), quote(prose.sentences));
  if (code) parts.push(p.codeUsesConcept(g.term[lang], code.section, getSection(code.section)!.title[lang], code.statements, false), `\`\`\`python\n${code.lines.join('\n')}\n\`\`\``);
  parts.push(p.glossaryDefinition, quote([g.definition[lang]]));
  const ids = [...new Set([prose?.section, code?.section].filter((x): x is string => !!x))];
  return {
    ...glossaryAnswer(kb, g, r, lang),
    answer: parts.join('\n\n'),
    kind: 'section',
    sources: [...ids.map((id) => sourceOf(kb, rankedOrBest(r, id), lang)), ...(ids.includes(g.section) ? [] : [glossarySource(kb, g, r, lang)])].slice(0, MAX_SOURCES),
  };
}

/** "What does the article say about PyTorch?": the article's sentences that name the concept, then
 *  the glossary's definition (which corrects the article where it errs); or, when no section names
 *  it, a line saying so, then the definition. */
export function articleViewAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const uses = asksWhich(r.question) && ASKS_USE.test(r.question) ? articleUsesAnswer(kb, g, r, lang) : null;
  if (uses) return uses;
  const inArticle = articleOnConcept(kb, g.id, lang, g.section);
  const definition = quote([g.definition[lang]]);
  const answer = glossaryAnswer(kb, g, r, lang);
  // "What ReLU does the article use?": its prose never names ReLU, its code does (activation='relu')
  const inCode = !inArticle && codeUsesOf(g, lang) ? codeUseAnswer(kb, g, r, lang, p.onlyCodeNames(g.term[lang]), false) : null;
  if (inCode) return inCode;
  if (!inArticle) return { ...answer, answer: `${p.articleSilent(g.term[lang])}\n\n${definition}` };
  const s = getSection(inArticle.section)!;
  return {
    ...answer,
    answer: `${p.articleOn(g.term[lang], s.id, s.title[lang])}\n\n${quote(inArticle.sentences)}\n\n${p.glossaryDefinition}\n\n${definition}`,
    kind: 'section',
    sources: [sourceOf(kb, rankedOrBest(r, s.id), lang), ...answer.sources.filter((x) => x.section !== s.id)].slice(0, MAX_SOURCES),
  };
}

/** "Overfitting vs underfitting?": both glossary definitions (all three for "How are AI, machine
 *  learning and deep learning related?"), each under its name, and the sections that discuss them
 *  (one source per distinct section). When a question about two concepts asks what the article says
 *  ("文章里CNN和RNN有什么区别"), the article's own sentences about both come first
 *  (compare-in-article.ts), or, when no section names both, a line saying so; a question about how
 *  they are related quotes those sentences when there are any. */
export function comparisonAnswer(kb: KnowledgeBase, ids: string[], r: Retrieval, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const entries = ids.map((id) => kb.glossaryById.get(id)!);
  const sections = [...new Set(entries.map((g) => g.section))];
  const glossarySources = sections.map((id) => glossarySource(kb, entries.find((g) => g.section === id)!, r, lang));
  const demo = entries.find((g) => g.demo)?.demo;
  const sep = lang === 'zh' ? '：' : ': ';
  const definitions = quote(entries.map((g) => `**${g.term[lang]}**${sep}${g.definition[lang]}`));
  const names = entries.map((g) => g.term[lang]);
  const shared = { language: lang, refused: false, suggestions: [], demo: demo ? { href: demoHref(demo), label: demoLabel(demo, lang) } : undefined, confidence: r.inScope };
  // "how are X and Y related?": where the article names them together says how it relates them
  const relation = asksRelation(r.question);
  const better = !relation && asksWhichBetter(r.question);
  if (ids.length === 2 && (asksArticleView(r.question) || relation || better)) {
    const [ta, tb] = names;
    const inArticle = articleOnBoth(kb, [ids[0], ids[1]], lang);
    if (inArticle) {
      const s = getSection(inArticle.section)!;
      // "Is CNN better than RNN?": 9.2 names both and ranks neither, which the answer says
      const ranks = inArticle.sentences.some((x) => /\b(?:better|worse|best|outperforms?|superior|more \w+ than|less \w+ than)\b|优于|更好|更强|更差|胜过|不如/i.test(x));
      const lead = better && !ranks ? p.articleOnBothUnranked(ta, tb, s.id, s.title[lang]) : p.articleOnBoth(ta, tb, s.id, s.title[lang]);
      return {
        ...shared,
        answer: `${lead}\n\n${quote(inArticle.sentences)}\n\n${p.glossaryDefinitions}\n\n${definitions}`,
        kind: 'section',
        sources: [sourceOf(kb, rankedOrBest(r, s.id), lang), ...glossarySources.filter((g) => g.section !== s.id)],
      };
    }
    if (!relation) return { ...shared, answer: `${better ? p.notRanked(ta, tb) : p.articleApart(ta, tb)}\n\n${definitions}`, kind: 'glossary', sources: glossarySources };
  }
  const where = sections.map((id) => p.where(id, getSection(id)!.title[lang]));
  const related = entries.every((g) => articleNamesEntry(kb, g)) ? p.relatedBoth(where) : p.relatedSections(where);
  return { ...shared, answer: `${p.compared(names)}\n\n${definitions}\n\n${related}`, kind: 'glossary', sources: glossarySources };
}
