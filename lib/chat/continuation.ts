// Answers to topic-less follow-ups ("tell me more", "举个例子", "I don't understand"): more of the
// sources of the conversation's topic that the answers so far have not quoted, a few sentences at
// a time, section by section (the topic's best sections, in order); for "I don't understand",
// the glossary definition of the concept the topic names when it was not shown yet; for "why?", a
// sentence of the cited sections that gives a reason, or that the article gives none. Only source
// text and fixed phrases, like compose.ts. Framework-free.
import { article, childrenOf, getSection } from '../content/article';
import type { Lang } from '../content/types';
import { markdownLiteral, sourceOf } from './answer-sources';
import { glossaryAnswer } from './glossary-answers';
import { briefOf } from './brief';
import { quote } from './quote';
import { readableMath } from './inline-math';
import { focusConcept, isBroadConcept, namesConcept, namesOnlyInOtherSense } from './concept-question';
import type { ChatContext, FollowUpKind } from './follow-up';
import type { KnowledgeBase } from './knowledge';
import { isBareLabel, quotableText, sentences, sentencesByOverlap } from './plain-text';
import { sectionLink } from './section-link';
import { terms } from './terms';
import type { ChatAnswer, Retrieval } from './types';

/** Sections within this share of the best score continue the topic. */
const RELATED = 0.5;
const MAX_SECTIONS = 3;
/** Share of the best sentence's overlap with the topic a continued sentence needs. */
const MIN_SHARE = 0.5;
const SENTENCES_PER_STEP: Record<Lang, number> = { en: 2, zh: 3 };
const EXAMPLE = /\bfor (?:example|instance)\b|\be\.g\.|\bsuch as\b|例如|比如|譬如|举例/i;

/** A few not yet quoted sentences of one section, in the section's order. */
export interface Chunk {
  section: string;
  lines: string[];
  example: boolean;
}

const PHRASES = {
  en: {
    more: (topic: string, id: string, title: string) => `More on “${topic}”, from section ${id}, “${title}”:`,
    example: (id: string, title: string) => `An example, from section ${id}, “${title}”:`,
    noExample: (topic: string, id: string, title: string) => `The article gives no example of “${topic}”. More from section ${id}, “${title}”:`,
    done: {
      more: (topic: string) => `That is all the article says about “${topic}” that I have not quoted yet. To read on:`,
      example: (topic: string) => `The article gives no example of “${topic}” that I have not quoted yet. To read on:`,
      confused: (topic: string) => `I have no other explanation of “${topic}” than what I quoted. To read on:`,
      why: (topic: string) => `The article gives no reason for “${topic}” beyond what I quoted. To read on:`,
      brief: (topic: string) => `I can't put the answer to “${topic}” more briefly than I did. To read on:`,
    },
    brief: 'In short, in the words of the answer above:',
    ownWords: (term: string, id: string, title: string) => `The article explains **${term}** in its own words in section ${id}, “${title}”:`,
    reason: (topic: string, id: string, title: string) => `The reason the article gives for “${topic}”, in section ${id}, “${title}”:`,
    reasonShown: (topic: string) => `The reason the article gives for “${topic}” is in what I quoted:`,
    noReasonDefinition: (topic: string) => `The article gives no reason for “${topic}”. The Glassbox glossary's definition may answer it:`,
    checked: (topic: string, where: string) => `I only quote my sources, so you can check it yourself: the answer to “${topic}” comes from ${where}. Here it is again:`,
    glossaryWhere: (terms: string) => `the Glassbox glossary (${terms})`,
    and: ' and ',
    noCheck: 'I have no answer from the article to check yet. When the article does not cover a question I say so, and every answer I give names its source.',
    noTopic: 'Tell you more about what? Ask me a question first, for example “What is dropout?”; then “tell me more”, “give an example” or “I don’t understand” continue that answer.',
  },
  zh: {
    more: (topic: string, id: string, title: string) => `关于“${topic}”，第 ${id} 节「${title}」还说：`,
    example: (id: string, title: string) => `第 ${id} 节「${title}」中的例子：`,
    noExample: (topic: string, id: string, title: string) => `关于“${topic}”，文章没有举例。第 ${id} 节「${title}」还说：`,
    done: {
      more: (topic: string) => `关于“${topic}”，文章里我还没引用的内容就这些了。可以接着读：`,
      example: (topic: string) => `关于“${topic}”，文章里没有我还没引用的例子。可以接着读：`,
      confused: (topic: string) => `关于“${topic}”，除了已经引用的内容，我没有别的解释了。可以接着读：`,
      why: (topic: string) => `关于“${topic}”，除了已经引用的内容，文章没有说明原因。可以接着读：`,
      brief: (topic: string) => `关于“${topic}”的回答，我没法说得比上面更短了。可以接着读：`,
    },
    brief: '简短地说（用上面回答的原话）：',
    ownWords: (term: string, id: string, title: string) => `文章第 ${id} 节「${title}」用自己的话这样解释**${term}**：`,
    reason: (topic: string, id: string, title: string) => `关于“${topic}”的原因，第 ${id} 节「${title}」说：`,
    reasonShown: (topic: string) => `关于“${topic}”，文章给出的原因就在我引用的这句里：`,
    noReasonDefinition: (topic: string) => `关于“${topic}”，文章没有说明原因。Glassbox 术语表的定义也许能回答：`,
    checked: (topic: string, where: string) => `我只引用来源原文，你可以自己核对：关于“${topic}”的回答出自${where}。原回答如下：`,
    glossaryWhere: (terms: string) => ` Glassbox 术语表（${terms}）`,
    and: '和',
    noCheck: '目前还没有可以核对的回答。文章没有涉及的问题我会直说，给出的每个回答都注明了出处。',
    noTopic: '想了解哪方面呢？先问我一个问题，比如“什么是 dropout？”，之后说“继续”“举个例子”或“没看懂”，我会接着上一个回答讲。',
  },
} as const;

/** The reply to a follow-up when the conversation has no topic yet (or its topic was refused);
 *  "are you sure?" gets its own ("文章的作者是谁？" declined, then "文章里真是这么说的吗"). */
export function noTopicAnswer(lang: Lang, kind?: FollowUpKind): ChatAnswer {
  return { answer: kind === 'check' ? PHRASES[lang].noCheck : PHRASES[lang].noTopic, language: lang, kind: 'small-talk', refused: false, sources: [], suggestions: [], confidence: 1, followUp: null };
}

/** Every continuation of the topic, in the order "more" shows them: the topic's sections (the
 *  glossary entry's section first when the first answer was the definition), in each the
 *  sentences sharing the most terms with the topic first, leaving out what the first answer
 *  quoted and sentences that share little with the topic. */
export function chunksOf(kb: KnowledgeBase, r: Retrieval, first: ChatAnswer, lang: Lang): Chunk[] {
  const best = r.ranked[0]?.score ?? 0;
  const lead = first.kind === 'glossary' ? first.sources.map((s) => s.section) : [];
  const ids = [...new Set([...lead, ...r.ranked.filter((x) => x.score >= RELATED * best).map((x) => x.section)])].slice(0, MAX_SECTIONS);
  const queryTerms = [...r.terms, ...r.glossaryHits.flatMap((id) => { const g = kb.glossaryById.get(id)!; return terms(`${g.term.en} ${g.term.zh}`); })];
  const idf = (t: string) => kb.bm25.idf(t);
  const scored = ids.map((id) => {
    const text = quotableText(getSection(id)!.body[lang]);
    return { id, all: sentences(text), sharing: sentencesByOverlap(text, queryTerms, idf, Infinity) };
  });
  // Sentences that share only a broad word with the topic ("深度学习" for "深度学习有哪些缺点") are
  // not more of it: at least MIN_SHARE of the best sentence's overlap.
  const floor = MIN_SHARE * Math.max(0, ...scored.flatMap((x) => x.sharing.map((y) => y.score)));
  // "attracted wide attention" is not more about attention
  const concept = focusConcept(r.glossaryHits);
  const otherSense = (x: string) => concept !== null && namesOnlyInOtherSense(x, concept, kb);
  const out: Chunk[] = [];
  for (const { id, all, sharing } of scored) {
    const fresh = sharing.filter((x) => x.score >= floor && !isBareLabel(x.s) && !otherSense(x.s) && !first.answer.includes(x.s)).map((x) => x.i);
    for (let k = 0; k < fresh.length; k += SENTENCES_PER_STEP[lang]) {
      const lines = fresh.slice(k, k + SENTENCES_PER_STEP[lang]).sort((a, b) => a - b).map((i) => all[i]);
      out.push({ section: id, lines, example: lines.some((l) => EXAMPLE.test(l)) });
    }
  }
  return out;
}

/** "Are you sure?", "文章里真是这么说的吗": where the topic's answer comes from (the glossary, the
 *  article section it quotes, linked), then that answer again. Nothing is asserted that the sources do not
 *  say: the answer quotes them, and an editors' note stays with any claim it corrects. */
function checkAnswer(first: ChatAnswer, context: ChatContext, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const glossaryTerms = [...new Set(first.sources.flatMap((s) => (s.glossary ? [s.glossary.term] : [])))];
  // the section quoted comes first; the others are only related
  const sections = first.sources[0] && !first.sources[0].glossary ? [sectionLink(first.sources[0].section, lang)] : [];
  const where = [...(glossaryTerms.length ? [p.glossaryWhere(glossaryTerms.join(lang === 'zh' ? '、' : ', '))] : []), ...sections].join(p.and);
  return { ...first, answer: `${p.checked(markdownLiteral(context.topic), where)}\n\n${first.answer}`, followUp: context };
}

// A part whose title says it works an example (4.3 "Case Analysis and Explanation", "案例分析与讲解").
const CASE_TITLE = /案例|例子|\bcase\b|\bworked example\b/i;
/** context.shown's mark for the worked example (chunk indices are ≥ 0; -1 is the definition). */
const CASE_SHOWN = -2;

/** The part beside one of `sectionIds` (the sections the first answer cited), or that part itself,
 *  whose title says it works an example: "举个例子" after a question answered from 4.2's derivation
 *  gets 4.3, which applies it to a 10-5-3 network. Null when none. */
function caseSection(sectionIds: string[]): string | null {
  for (const id of sectionIds) {
    const s = getSection(id);
    if (!s?.parent) continue;
    const c = [s, ...childrenOf(s.parent)].find((x) => CASE_TITLE.test(`${x.title.en} ${x.title.zh}`));
    if (c) return c.id;
  }
  return null;
}

// A sentence that gives a reason or purpose ("…, to measure the model's prediction error",
// "因为…", "以提高模型的训练效果").
const REASON = /\b(?:because|since|so that|so as to|in order to|which (?:makes|allows|helps|means|lets|leads)|thereby|therefore|this (?:makes|allows|helps|means)|to (?:improve|reduce|prevent|avoid|make|measure|minimi[sz]e|maximi[sz]e|speed|increase|help|ensure|protect|achieve|enable|obtain|capture|extract|learn|keep|update))\b|因为|由于|(?<!成)为了|以便|从而|使得|使其|使模型|以提高|以衡量|以减少|以降低|以避免|以防止|以保护|以实现|以更新|因此|所以|目的是/i;

/** "Why?": a sentence of the sections the answer cited, not quoted yet, that gives a reason; else the reason
 *  in what was quoted, when there is one; else the definition of the concept, when it was not shown;
 *  else that the article gives no reason. Never a sentence that merely continues the topic (the
 *  tours: "why?" after 3.3's weaknesses quoted its strengths). */
function whyAnswer(kb: KnowledgeBase, r: Retrieval, first: ChatAnswer, context: ChatContext, chunks: Chunk[], definition: (() => ChatAnswer) | null, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const topic = markdownLiteral(context.topic);
  // only the sections the answer cited: a reason in a merely related section is another topic's
  // ("why?" after 3.3's weaknesses is not answered by 8.3's challenges)
  const cited = new Set(first.sources.map((x) => x.section));
  const open = chunks.map((c, i) => ({ c, i })).filter((x) => !context.shown.includes(x.i) && cited.has(x.c.section) && x.c.lines.some((l) => REASON.test(l)));
  const base = { language: lang, refused: false, suggestions: [], confidence: first.confidence };
  if (open.length) {
    const { c, i } = open[0];
    const s = getSection(c.section)!;
    const score = r.ranked.find((x) => x.section === s.id)?.score ?? 0;
    return { ...base, answer: `${p.reason(topic, s.id, s.title[lang])}\n\n${quote(c.lines.filter((l) => REASON.test(l)))}`, kind: 'section', sources: [sourceOf(kb, { section: s.id, score, passage: -1 }, lang)], followUp: { topic: context.topic, shown: [...context.shown, i] } };
  }
  // the quoted reasons that share the most (idf-weighted) with the topic ("数据预处理为什么要做": step
  // 1's "以提高模型的训练效果", not step 4's "以衡量模型的预测误差")
  // article lines only: a quoted glossary definition is not the article's reason
  const definitions = [...kb.glossaryById.values()].map((g) => g.definition[lang]);
  const reasons = first.answer.split('\n').filter((l) => /^> /.test(l) && REASON.test(l)).map((l) => l.slice(2)).filter((l) => !definitions.some((d) => d.includes(l)));
  // …that name the topic's most specific term the answer has ("Iterative training": not step 1's
  // "…to improve the training")
  const topicTerms = [...new Set(terms(context.topic))];
  const answered = new Set(terms(first.answer));
  const key = topicTerms.filter((t) => answered.has(t)).sort((a, b) => kb.bm25.idf(b) - kb.bm25.idf(a))[0];
  const overlap = reasons.map((l) => (key && terms(l).includes(key) ? [...new Set(terms(l))].reduce((a, t) => a + (topicTerms.includes(t) ? kb.bm25.idf(t) : 0), 0) : 0));
  const best = Math.max(0, ...overlap);
  const shown = reasons.filter((_, k) => best > 0 && overlap[k] >= MIN_SHARE * best);
  if (shown.length && first.kind !== 'glossary') return { ...base, answer: `${p.reasonShown(topic)}\n\n${quote(shown)}`, kind: first.kind, sources: first.sources.slice(0, 1), followUp: context };
  if (definition) {
    const d = definition();
    return { ...d, answer: `${p.noReasonDefinition(topic)}\n\n${d.answer}` };
  }
  const sections = [...new Set(first.sources.map((x) => x.section))];
  return { ...base, answer: `${p.done.why(topic)}\n\n${sections.map((id) => `- ${sectionLink(id, lang)}`).join('\n')}`, kind: 'small-talk', sources: [], followUp: context };
}

/** Marks, in ChatContext.shown, that the article's own explanation of the concept was shown. */
const OWN_WORDS_SHOWN = -3;

/** The article's sentence that explains a concept under its name: a list item labelled with it
 *  ("2. Backpropagation: Based on the difference between …") or a sentence that starts by saying
 *  what it is ("卷积神经网络是…"); the first in article order that `first` did not quote. */
function ownWords(kb: KnowledgeBase, concept: string, first: ChatAnswer, lang: Lang): { section: string; sentence: string } | null {
  for (const s of article.sections) {
    for (const x of sentences(quotableText(s.body[lang]))) {
      const label = /^(?:\d+\.\s*)?([^:：。.]{1,40})[:：]\s*\S/u.exec(x)?.[1];
      const opening = /^(.{1,30}?)(?:\s+(?:is|are|refers to)\b|是|指)/u.exec(x)?.[1];
      const head = label ?? opening;
      // (not a paper's title that names it: section 7's "Attention Is All You Need" (2017) explains nothing)
      const title = head ? /^[-•*]?\s*["“《]|\(\d{4}\)|（\d{4}）/u.test(head) : false;
      if (head && !title && namesConcept(head, concept, kb) && !first.answer.includes(x)) return { section: s.id, sentence: x };
    }
  }
  return null;
}

/** Whether `answer` quotes at least half of section `id`'s sentences. */
function showsMostOf(answer: string, id: string, lang: Lang): boolean {
  const all = sentences(quotableText(getSection(id)!.body[lang])).filter((x) => !isBareLabel(x));
  return all.filter((x) => answer.includes(readableMath(x))).length * 2 >= all.length;
}

/** The answer to follow-up `kind` of the topic whose first answer was `first`. */
export function continueTopic(kb: KnowledgeBase, r: Retrieval, first: ChatAnswer, context: ChatContext, kind: FollowUpKind, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  if (kind === 'check') return checkAnswer(first, context, lang);
  // "in one sentence": the answer's own first sentence (`first` is in the follow-up's language)
  if (kind === 'brief') {
    const short = briefOf(first.answer, first.language);
    if (short) return { ...first, answer: `${p.brief}\n\n${quote([short])}`, sources: first.sources.slice(0, 1), followUp: context };
  }
  const concept = focusConcept(r.glossaryHits);
  // The glossary definition of the concept the topic names, once, when the first answer was
  // article text: first for "I don't understand" (plainer words), after the article otherwise.
  const definition = () => ({ ...glossaryAnswer(kb, kb.glossaryById.get(concept!)!, r, lang), followUp: { topic: context.topic, shown: [...context.shown, -1] } });
  const definitionOpen = concept !== null && first.kind !== 'glossary' && !context.shown.includes(-1);
  if (kind === 'confused' && definitionOpen) return definition();
  // once the definition is shown, more of the article is not a simpler explanation
  // ("什么是激活函数" + "给我一个更简单的解释" quoted 3.1 on the forward pass)
  const explained = kind === 'confused' && (first.kind === 'glossary' || context.shown.includes(-1));
  // …but the article's own explanation under the concept's name is another wording, once
  // ("What is backpropagation?" + "I don't understand": 3.1's "2. Backpropagation: …")
  const own = explained && concept !== null && !isBroadConcept(concept) && !context.shown.includes(OWN_WORDS_SHOWN) ? ownWords(kb, concept, first, lang) : null;
  if (own) {
    const s = getSection(own.section)!;
    const term = kb.glossaryById.get(concept!)!.term[lang];
    return {
      answer: `${p.ownWords(term, s.id, s.title[lang])}\n\n${quote([own.sentence])}`,
      language: lang, kind: 'section', refused: false,
      sources: [sourceOf(kb, { section: s.id, score: r.ranked.find((x) => x.section === s.id)?.score ?? 0, passage: -1 }, lang)],
      suggestions: [], confidence: first.confidence, followUp: { topic: context.topic, shown: [...context.shown, OWN_WORDS_SHOWN] },
    };
  }
  // "what are the weaknesses of deep learning?" + "tell me more" is not asking what deep learning is
  const definitionNext = definitionOpen && !isBroadConcept(concept!);
  const chunks = chunksOf(kb, r, first, lang);
  if (kind === 'why') return whyAnswer(kb, r, first, context, chunks, definitionOpen && !isBroadConcept(concept!) ? definition : null, lang);
  const open = chunks.map((c, i) => ({ c, i })).filter((x) => !context.shown.includes(x.i));
  const topic = markdownLiteral(context.topic);
  const worked = kind === 'example' && !open.some((x) => x.c.example) && !context.shown.includes(CASE_SHOWN)
    ? caseSection(first.sources.map((x) => x.section)) : null;
  // (a first answer citing the worked example for one of its sentences, "We use … the mean squared
  // error (MSE) as the loss function", has not shown it: "give an example" said there was none)
  if (worked && !showsMostOf(first.answer, worked, lang)) {
    const s = getSection(worked)!;
    return {
      answer: `${p.example(s.id, s.title[lang])}\n\n${quote(sentences(quotableText(s.body[lang])).filter((x) => !isBareLabel(x)))}`,
      language: lang, kind: 'section', refused: false,
      sources: [sourceOf(kb, { section: s.id, score: r.ranked.find((x) => x.section === s.id)?.score ?? 0, passage: -1 }, lang)],
      suggestions: [], confidence: first.confidence, followUp: { topic: context.topic, shown: [...context.shown, CASE_SHOWN] },
    };
  }
  const next = (kind === 'example' ? open.find((x) => x.c.example) : undefined) ?? open[0];
  // (for "give an example", only a definition that gives one: "过拟合是啥" + "咋防" + "举个例子"
  // repeated the definition of turn one)
  if (!next && definitionNext && (kind !== 'example' || EXAMPLE.test(kb.glossaryById.get(concept!)!.definition[lang]))) return definition();
  if (!next || explained) {
    const sections = [...new Set(chunks.map((c) => c.section).concat(first.sources.map((s) => s.section)))];
    const links = sections.map((id) => `- ${sectionLink(id, lang)}`).join('\n');
    return { answer: `${p.done[kind](topic)}\n\n${links}`, language: lang, kind: 'small-talk', refused: false, sources: [], suggestions: [], confidence: first.confidence, followUp: context };
  }
  const s = getSection(next.c.section)!;
  const lead = kind !== 'example' ? p.more(topic, s.id, s.title[lang])
    : next.c.example ? p.example(s.id, s.title[lang])
    // after the worked example, "no example" would contradict it
    : context.shown.includes(CASE_SHOWN) ? p.more(topic, s.id, s.title[lang]) : p.noExample(topic, s.id, s.title[lang]);
  const score = r.ranked.find((x) => x.section === s.id)?.score ?? 0;
  return {
    answer: `${lead}\n\n${quote(next.c.lines)}`,
    language: lang,
    kind: 'section',
    refused: false,
    sources: [sourceOf(kb, { section: s.id, score, passage: -1 }, lang)],
    suggestions: [],
    confidence: first.confidence,
    followUp: { topic: context.topic, shown: [...context.shown, next.i] },
  };
}
