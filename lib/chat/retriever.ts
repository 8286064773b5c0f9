// Hybrid retrieval as a LangChain Runnable chain: question -> (BM25 over passages with bilingual
// glossary expansion) ∥ (dense similarity from a MemoryVectorStore) -> per-section fusion ->
// calibrated in-scope probability. Weights come from calibration.json (fitted on the dev set).
import type { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { RunnableLambda, RunnablePassthrough, RunnableSequence, type Runnable } from '@langchain/core/runnables';
import { article, getSection } from '../content/article';
import { onlyListedName } from './listed-names';
import { asCertain, defaultCalibration, type Calibration } from './calibration';
import { askedFocus, definedFocus, definedUnexplained, explainedFocus, remedyFocus } from './asked-focus';
import { checkFacts, FACT_SECTIONS } from './fact-gate';
import { comparedConcepts, comparedTriple, definedConcept, sharedThenCompared } from './concept-question';
import { correctSpelling, type Correction } from './spelling';
import { toSimplified } from './traditional';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { detectLanguage } from './language';
import { contentHanChars } from './terms';
import { terms } from './terms';
import type { RankedSource, Retrieval } from './types';

export { defaultCalibration, type Calibration } from './calibration';
export { comparedConcepts, definedConcept, isDefinitional } from './concept-question';

interface Prepared {
  /** The question with typos corrected (spelling.ts). */
  question: string;
  corrections: Correction[];
  lang: Retrieval['lang'];
  terms: string[];
  expanded: string[];
  glossaryHits: string[];
  definitional: boolean;
  /** The glossary concept a definitional question asks about. */
  concept: string | null;
  /** The two glossary concepts a comparison question names. */
  compared: [string, string] | null;
  sectionRefs: string[];
  /** The question asks what the article as a whole is about (then sectionRefs is ['1']). */
  aboutArticle: boolean;
  /** P(section | question, in scope) from the knowledge base's section classifier. */
  posterior: Map<string, number>;
  /** P(out of scope | question) from the same classifier (0 without an out-of-scope class). */
  outOfScope: number;
}

// Glossary concepts whose name says nothing about whether the article answers: "AI" (session 14's
// entry) is named in "what is AI" and in "will AI take my job" alike. Naming them does not set the
// refusal model's glossary feature, which therefore sees what it saw before the entry existed.
const NO_REFUSAL_SIGNAL = new Set(['artificial-intelligence']);

const ZH_DIGITS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

// Chapters named by what they are about ("the math chapter", "FAQ section", "项目实践那一章").
const CHAPTER_WORD = /\b(?:chapters?|sections?|parts?|appendix)\b|章|节|部分|附录/i;
const CHAPTER_NAMES: [string, RegExp][] = [
  ['1', /\b(?:background|introduction|intro)\b|背景|引言/i],
  ['2', /\bcore concepts?\b|核心概念/i],
  ['3', /\b(?:core )?algorithms?\b|核心算法/i],
  ['4', /\b(?:math|maths|mathematical|formulas?|formulae|equations?)\b|数学|公式/i],
  ['5', /\b(?:code|coding|project|practice|implementation)\b|代码|项目实践|实践/i],
  ['6', /\b(?:applications?|use cases?)\b|应用场景|应用/i],
  ['7', /\b(?:tools?|resources?)\b|工具|资源/i],
  ['8', /\b(?:summary|conclu(?:sions?|ding|des?|ded)|outlook|future trends?)\b|总结|结论|结尾|展望/i],
  ['9', /\b(?:faqs?|frequently asked|appendix)\b|附录|常见问题/i],
];

/** The one chapter a question names by its subject together with a word such as "chapter" (none
 *  when no chapter word is present or several chapters match). */
export function namedChapter(question: string): string | null {
  const q = question.normalize('NFKC');
  return CHAPTER_WORD.test(q) ? chapterByName(q) : null;
}

/** The one chapter whose subject the text names (null for none or several). */
function chapterByName(q: string): string | null {
  const hits = CHAPTER_NAMES.filter(([, re]) => re.test(q)).map(([id]) => id);
  return hits.length === 1 ? hits[0] : null;
}

// "What is this article about?", "这篇文章讲了什么", "what sections does it have", "目录": the article as a whole, answered from its
// background section, which says what the article covers, and its chapters (session 9: these
// were refused).
// A table of contents is the article's by itself ("give me the table of contents", "目录").
const ARTICLE_WORD = /\b(?:this|the) (?:article|text|piece|post|essay|survey)(?:'s)?\b|\barticle(?:'s)?\b|\btable of contents\b|这篇文章|这篇|本文|文章|全文|目录/gi;
const ABOUT_FRAME = /\b(?:what(?:'s| is| does)?|about|topic|topics|cover|covers|main|idea|ideas|point|points|gist|overview|subject|mostly|mainly|discuss|discusses|say|hey|so|it|is|the|this|of|in|a|summar(?:y|ize|ise|ized|ised)|sum up|tl;?dr|key|takeaways?|briefly|brief|short|sentences?|words?|lines?|paragraph|\d+|one|two|three|few|couple|give me|can you|could you|please|me|show|list|sections?|chapters?|parts?|structure|structured|organi[sz]ed|outline|layout|have|has|contain|contains|include|includes|there|are|how|many|long|its)\b|讲了?哪些|哪些内容|哪些方面|哪几个|哪些|几个|几章|几部分|部分|章节|结构|大纲|包括|包含|分为|分成|多长|有|讲了?什么|讲的是什么|讲的啥|讲啥|主要|内容|关于什么|说了什么|说的是什么|介绍了什么|是关于|写了什么|写的啥|做了什么|做了啥|干了啥|到底|概述|大概|是什么|总结一下|总结|概括一下|概括|简单|几句话|一句话|一段话|要点|说说|讲讲|给我|请|帮我|\d+句话?/gi;

/** Whether the question asks what the article as a whole is about (and nothing else). */
export function asksAboutArticle(question: string): boolean {
  const q = question.normalize('NFKC').toLowerCase();
  if (!q.match(ARTICLE_WORD)) return false;
  return terms(q.replace(ARTICLE_WORD, ' ').replace(ABOUT_FRAME, ' ')).length === 0;
}

/** The chapter a question asks about as a whole without a word such as "chapter": "what does the
 *  article conclude?" (8), "give me 3 key points from the FAQ" (9). Its subject and the article (or
 *  "the FAQ", a chapter by itself) must be all it names. */
function wholeChapterAsked(question: string): string | null {
  const q = question.normalize('NFKC').toLowerCase();
  const faq = /\b(?:the )?faqs?\b|常见问题(?:解答)?/gi;
  if (!q.match(ARTICLE_WORD) && !q.match(faq)) return null;
  const chapter = chapterByName(q);
  if (!chapter) return null;
  const names = new RegExp(CHAPTER_NAMES.find(([id]) => id === chapter)![1].source, 'gi');
  return terms(q.replace(ARTICLE_WORD, ' ').replace(faq, ' ').replace(names, ' ').replace(ABOUT_FRAME, ' ').replace(/\b(?:from|of|in)\b|里|中/g, ' ')).length === 0 ? chapter : null;
}

// Words that point at a chapter without asking anything of it ("walk me through the part on …").
const POINTING = /\b(?:from|of|in|on|at|walk|through|tell|explain|describe|appendix|covered|subsections?|end|questions?|answered)\b|第[一二三四五六七八九\d]|[那这哪]一章|小节|章|节|里|中|讲一讲|讲一下|介绍一下|介绍|回答了?/gi;

/** The question's terms that are neither the chapter's name or title nor words about the article
 *  and its parts: what it asks of the chapter. None for "what does chapter 4 cover?", "项目实践那
 *  一章包括哪些部分？"; ["loss", "deriv"] for "What loss function is used in the math derivation section?" */
export function askedOfChapter(question: string, chapter: string): string[] {
  const q = question.normalize('NFKC').toLowerCase();
  const entry = CHAPTER_NAMES.find(([id]) => id === chapter);
  const names = entry ? new RegExp(entry[1].source, 'gi') : /$^/;
  const s = getSection(chapter);
  const title = new Set(s ? terms(`${s.title.en} ${s.title.zh}`) : []);
  const rest = q.replace(ARTICLE_WORD, ' ').replace(/\b(?:the )?faqs?\b|常见问题(?:解答)?/gi, ' ').replace(names, ' ').replace(ABOUT_FRAME, ' ').replace(POINTING, ' ');
  return terms(rest).filter((t) => !title.has(t));
}

/** The part (a numbered subsection) whose whole title the question writes beside a word such as
 *  "section" or 部分: "研究展望部分作者期待些什么" is 8.4 (研究展望), not chapter 8, whose subject
 *  展望 also names (set G, session 27). Titles of one word ("Results", "Challenges") name nothing. */
export function titledPart(question: string): string | null {
  const q = question.normalize('NFKC').toLowerCase();
  if (!CHAPTER_WORD.test(q)) return null;
  const hits = article.sections.filter((s) => s.id.includes('.')).filter((s) => {
    const en = s.title.en.toLowerCase();
    const zh = s.title.zh;
    return (en.includes(' ') && q.includes(en)) || (zh.length >= 4 && q.includes(zh));
  });
  return hits.length === 1 ? hits[0].id : null;
}

/** Section ids the question names: "section 5.2", "§4.1", "chapter 3", "第三章", "第5.2节", "5.2节";
 *  else a chapter named by its subject ("the conclusion chapter"). */
export function sectionReferences(question: string): string[] {
  const found = numberedSectionReferences(question);
  if (!found.length) {
    const q = question.normalize('NFKC');
    const named = titledPart(q) ?? namedChapter(q) ?? wholeChapterAsked(q);
    if (named && getSection(named)) found.push(named);
  }
  return found;
}

/** Section ids the question names by number: "section 5.2", "§4.1", "chapter 3", "第三章", "第5.2节",
 *  "5.2节" (not a chapter named by its subject). */
export function numberedSectionReferences(question: string): string[] {
  const q = question.normalize('NFKC');
  const found: string[] = [];
  const add = (id: string) => {
    if (getSection(id) && !found.includes(id)) found.push(id);
  };
  for (const m of q.matchAll(/(?:section|sec\.?|chapter|ch\.|part|§)\s*(\d(?:\.\d)?)(?![\d.]*\d)/gi)) add(m[1]);
  for (const m of q.matchAll(/第\s*([1-9一二三四五六七八九](?:\.\d)?)\s*(?:章|节|部分|小节)/g)) add(m[1].replace(/[一二三四五六七八九]/, (d) => ZH_DIGITS[d]));
  for (const m of q.matchAll(/(?<![\d.])(\d\.\d)\s*(?:节|小节)/g)) add(m[1]);
  // a bare part number after a preposition: "is the dL/db_i formula in 4.3 correct?", "what does 4.3
  // assume?" (not a value: "a learning rate of 0.1", "in 2.5%")
  for (const m of q.matchAll(/\b(?:in|of|from|at|does|did|see)\s+(\d\.\d)(?![\d.]*\d|\s*%|\s*percent)/gi)) add(m[1]);
  return found;
}

/** "ok so I'm new to this. what even is a neural network?": a definition question after sentences
 *  that ask nothing and name no concept (about the reader); the concept it asks about, or null. */
function lastSentenceConcept(kb: KnowledgeBase, question: string): string | null {
  const parts = question.split(/(?<=[.!?。！？])\s*/u).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const before = parts.slice(0, -1);
  if (before.some((x) => /[?？]$/.test(x) || findGlossaryNames(kb, x).length > 0)) return null;
  const last = parts[parts.length - 1];
  return definedConcept(last, findGlossaryNames(kb, last), kb);
}

/** "深度学习和机器学习到底啥区别啊 有点懵", "transformer为啥比rnn强 rnn是不是已经被淘汰了": Chinese typed
 *  with spaces between clauses; the first clause compares two concepts and the rest names no
 *  other. Their ids, or null. */
function firstClauseComparison(kb: KnowledgeBase, question: string, hits: string[]): [string, string] | null {
  // ("grad-cam vs integrated gradients, which one gives more accurate heatmaps?", "LIME or SHAP, which
  // is more trustworthy?": a comparison, then which of the two; set E, session 25)
  const which = /^(.+?)[,，;；]\s*(?:and\s+|so\s+)?which\b/i.exec(question.trim());
  if (which && !/\p{Script=Han}/u.test(which[1])) {
    const first = findGlossaryNames(kb, which[1]);
    return hits.every((h) => first.includes(h)) ? comparedConcepts(which[1], first, kb) : null;
  }
  const clauses = question.trim().split(/(?<=\p{Script=Han})\s+(?=[\p{Script=Han}A-Za-z])|(?<=[A-Za-z])\s+(?=\p{Script=Han})/u);
  if (clauses.length < 2 || !/\p{Script=Han}/u.test(clauses[0])) return null;
  const first = findGlossaryNames(kb, clauses[0]);
  if (hits.some((h) => !first.includes(h))) return null;
  return comparedConcepts(clauses[0], first, kb);
}

// Index terms of words for the article's "weaknesses" that the article itself never uses.
const WEAK = new Set(['drawback', 'disadvantag', 'downsid', 'shortcom']);

// "does the article list", "the author lists": the article's own listing, asked for
const LIST_FRAME = /\b(?:(?:does|do|did) (?:[a-z]{2,4} )?(?:article|author|authors|text|paper|writer|piece|post) list|(?:article|author|authors|text|paper|writer) (?:lists|listed))\b/i;

export function prepareQuery(kb: KnowledgeBase, asked: string): Prepared {
  // (traditional characters as simplified: engine.ask has done it already; a direct retrieval has not)
  const { text: question, corrections } = correctSpelling(kb, toSimplified(asked));
  // ("what weaknesses … does the article list?": "list" frames the question, it is no topic; FAQ 9.2's
  // list of algorithms came first; sets E and G, session 28)
  const q = terms(question).filter((t) => t !== 'list' || !LIST_FRAME.test(question));
  const glossaryHits = findGlossaryNames(kb, question);
  const expanded = [...q];
  // "disadvantages", "drawbacks" are the article's "weaknesses" (3.3)
  if (q.some((t) => WEAK.has(t)) && !q.includes('weakness')) expanded.push('weakness');
  for (const id of glossaryHits) {
    const g = kb.glossaryById.get(id)!;
    expanded.push(...terms(`${g.term.en} ${g.term.zh}`));
  }
  const named = sectionReferences(question);
  const aboutArticle = !named.length && asksAboutArticle(question);
  const sectionRefs = aboutArticle ? ['1'] : named;
  const compared = sectionRefs.length ? null : comparedConcepts(question, glossaryHits, kb) ?? firstClauseComparison(kb, question, glossaryHits) ?? sharedThenCompared(question, kb);
  const concept = sectionRefs.length || compared ? null : definedConcept(question, glossaryHits, kb) ?? lastSentenceConcept(kb, question);
  const { posterior, outOfScope } = kb.classifier.classify(question);
  return { question, corrections, lang: detectLanguage(question), terms: q, expanded, posterior, outOfScope, glossaryHits, sectionRefs, aboutArticle, definitional: concept !== null, concept, compared };
}

/** BM25 of every passage, scaled so the best passage scores 1 (all 0 when nothing matches). */
export function lexicalScores(kb: KnowledgeBase, p: Prepared): Float64Array {
  const s = kb.bm25.scores(p.expanded);
  const max = Math.max(0, ...s);
  if (max > 0) for (let i = 0; i < s.length; i++) s[i] /= max;
  return s;
}

/** Cosine similarity of the question with every passage (0 where the store returns none). */
export async function denseScores(store: MemoryVectorStore, n: number, question: string): Promise<Float64Array> {
  const vec = await store.embeddings.embedQuery(question);
  const hits = await store.similaritySearchVectorWithScore(vec, n);
  const out = new Float64Array(n);
  for (const [doc, score] of hits) out[(doc.metadata as { index: number }).index] = score;
  return out;
}

export function fuse(kb: KnowledgeBase, p: Prepared, lexical: Float64Array, dense: Float64Array | null, cal: Calibration): Retrieval {
  const alpha = dense ? cal.alpha : 1;
  const bySection = new Map<string, RankedSource>();
  const rawLexical = kb.bm25.scores(p.expanded);
  const lexMax = Math.max(0, ...rawLexical);
  kb.docs.forEach((doc, i) => {
    // Glossary passages are not article text: they rank only for "what is <concept>" questions
    // and comparisons of two concepts.
    const asked: string[] = p.compared ?? (p.concept ? [p.concept] : []);
    if (doc.metadata.kind === 'glossary' && !asked.includes(doc.metadata.glossaryId!)) return;
    const score = alpha * lexical[i] + (1 - alpha) * (dense ? dense[i] : 0);
    const prev = bySection.get(doc.metadata.section);
    if (!prev || score > prev.score) {
      bySection.set(doc.metadata.section, { section: doc.metadata.section, score, passage: i, glossaryId: doc.metadata.glossaryId });
    }
  });
  const wClassifier = cal.classifier ?? 0;
  if (wClassifier > 0) for (const x of bySection.values()) x.score += wClassifier * (p.posterior.get(x.section) ?? 0);
  const ranked = [...bySection.values()].sort((a, b) => b.score - a.score);
  if (p.sectionRefs.length) {
    // A named section leads (best-scoring named one first).
    const named = ranked.filter((x) => p.sectionRefs.includes(x.section));
    const rest = ranked.filter((x) => !p.sectionRefs.includes(x.section));
    const lead = named.length ? named : p.sectionRefs.map((section) => ({ section, score: 0, passage: -1 }));
    const top = ranked[0]?.score ?? 0;
    ranked.splice(0, ranked.length, ...lead.map((x) => ({ ...x, score: Math.max(x.score, top) })), ...rest);
  } else if (p.definitional || p.compared) {
    // The named concepts' glossary entries answer it: their sections lead, in the question's order.
    const ids = p.compared ?? [p.concept!];
    const top = ranked[0]?.score ?? 0;
    const leads: RankedSource[] = [];
    for (const id of ids) {
      const g = kb.glossaryById.get(id)!;
      if (leads.some((x) => x.section === g.section)) continue;
      const i = ranked.findIndex((x) => x.section === g.section);
      const lead = i >= 0 ? ranked.splice(i, 1)[0] : { section: g.section, score: 0, passage: -1 };
      leads.push({ ...lead, score: Math.max(lead.score, top), glossaryId: g.id });
    }
    ranked.unshift(...leads);
  }
  const best = ranked[0];
  const sectionDocs = best ? kb.docs.filter((d) => d.metadata.section === best.section).map((d) => d.metadata.index) : [];
  const features = {
    coverage: best ? kb.bm25.coverage(p.terms, sectionDocs) : 0,
    cosine: best && dense ? Math.max(...sectionDocs.map((i) => dense[i])) : 0,
    lexical: lexMax,
    oov: kb.bm25.outOfVocabulary(p.terms),
    glossary: p.glossaryHits.some((h) => !NO_REFUSAL_SIGNAL.has(h)) ? 1 : 0,
    charCoverage: 0,
    unknownWord: p.terms.some((t) => isUnknownWord(kb, p.question, t)) ? 1 : 0,
    classifier: best ? (p.posterior.get(best.section) ?? 0) : 0,
    outOfScope: p.outOfScope,
  };
  const chars = contentHanChars(p.question);
  const have = best ? kb.sectionChars.get(best.section) : undefined;
  features.charCoverage = chars.length && have ? chars.filter((c) => have.has(c)).length / chars.length : features.coverage;
  const z = refusalLogit(cal, features);
  // (and how three named concepts relate: "How are AI, machine learning and deep learning related?")
  const certain = p.definitional || p.compared !== null || p.sectionRefs.length > 0 || (!p.sectionRefs.length && comparedTriple(p.question, p.glossaryHits, kb) !== null);
  const sections = ranked.slice(0, FACT_SECTIONS).map((x) => x.section);
  const facts = checkFacts(p.question, p.terms, sections, p.glossaryHits.map((id) => kb.glossaryById.get(id)!), kb.agentNames, (t) => kb.bm25.idf(t));
  const focus = certain ? null : askedFocus(p.question) ?? remedyFocus(p.question);
  // ("扩散模型是什么": a definition asked of a name neither the article nor a glossary name has)
  // (also beside a concept the question names, "JavaScript 的闭包是什么", when neither its definition nor
  // the article writes the thing: "LSTM的门控机制是什么" is the LSTM entry's)
  const defined = certain || focus || p.aboutArticle ? null : definedFocus(p.question);
  const names = focus || defined ? kb.glossaryNames.map((n) => n.name) : [];
  const hits = p.glossaryHits.map((id) => kb.glossaryById.get(id)!);
  // (or a name the glossary only lists: "How does WordPiece decide which pieces end up in its
  // vocabulary?" finds the tokenization entry, which names WordPiece among modern tokenizers; session 28)
  const unexplainedFocus = focus && (!explainedFocus(kb.focusIndex, focus, names, hits) || onlyListedName(kb.glossaryNames, kb.glossaryById, focus.text)) ? focus.text
    : defined && definedUnexplained(kb.focusIndex, defined, names, hits) ? defined.text : null;
  const inScope = facts.missing || unexplainedFocus ? 0 : certain ? asCertain(1 / (1 + Math.exp(-z))) : p.terms.length ? 1 / (1 + Math.exp(-z)) : 0;
  // the person, date or paper asked for is in the second section, not the first: answer from it
  const held = facts.holder && !p.sectionRefs.length ? ranked.find((x) => x.section === facts.holder) : undefined;
  const order = held ? [held, ...ranked.filter((x) => x !== held)] : ranked;
  return { question: p.question, corrections: p.corrections, lang: p.lang, terms: p.terms, glossaryHits: p.glossaryHits, sectionRefs: p.sectionRefs, aboutArticle: p.aboutArticle, definitional: p.definitional, concept: p.concept, compared: p.compared, ranked: order, features, missingFact: facts.missing, factGlossary: facts.glossaryId, unexplainedFocus, inScope };
}

/** Whether `term` of the question is a Latin-script word no passage uses that is not everyday
 *  English ("Slurm", "Kubernetes"; not "backstory" or "hurdles", session 9). A word typed with an
 *  inner capital or a digit ("LoRA", "YOLOv8") counts even when it is also an everyday word. */
export function isUnknownWord(kb: KnowledgeBase, question: string, term: string): boolean {
  if (!/^[a-z][a-z0-9]{2,}$/.test(term) || kb.bm25.has(term)) return false;
  if (!kb.commonWords.has(term)) return true;
  for (const [w] of question.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) if ((/[A-Z]/.test(w.slice(1)) || /\d/.test(w)) && terms(w).includes(term)) return true;
  return false;
}

export function featureVector(f: Retrieval['features']): number[] {
  return [f.coverage, f.cosine, Math.log1p(f.lexical), f.oov, f.glossary, f.charCoverage, f.unknownWord, f.classifier, f.outOfScope];
}

export function refusalLogit(cal: Calibration, f: Retrieval['features']): number {
  const r = cal.refusal;
  const [c, cos, lex, oov, g, ch, unk, cls, out] = featureVector(f);
  return r.bias + r.coverage * c + r.cosine * cos + r.lexical * lex + r.oov * oov + r.glossary * g + (r.charCoverage ?? 0) * ch + (r.unknownWord ?? 0) * unk + (r.classifier ?? 0) * cls + (r.outOfScope ?? 0) * out;
}

/** The retriever chain. `store` is null for lexical-only retrieval (no embedding model). */
export function createRetriever(kb: KnowledgeBase, store: MemoryVectorStore | null, cal: Calibration = defaultCalibration): Runnable<string, Retrieval> {
  return RunnableSequence.from([
    RunnableLambda.from((question: string) => prepareQuery(kb, question)),
    RunnablePassthrough.assign({
      lexical: RunnableLambda.from((p: Prepared) => lexicalScores(kb, p)),
      dense: RunnableLambda.from((p: Prepared) => (store ? denseScores(store, kb.docs.length, p.question) : null)),
    }),
    RunnableLambda.from((x: Prepared & { lexical: Float64Array; dense: Float64Array | null }) => fuse(kb, x, x.lexical, x.dense, cal)),
  ]);
}
