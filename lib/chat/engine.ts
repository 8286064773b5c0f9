// The chat engine: builds the knowledge base and vector store once, then answers questions.
// Used by the chat worker (browser) and the `ask` CLI (Node) alike.
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { getSection } from '../content/article';
import type { Lang } from '../content/types';
import { normalizeUserText } from '../text/user-text';
import { compose, markdownLiteral, sourceOf } from './compose';
import { TransformersEmbeddings, type ExtractFn } from './embeddings';
import { buildKnowledgeBase, findGlossaryNames, type KnowledgeBase } from './knowledge';
import { detectLanguage } from './language';
import { MAX_QUESTION_CHARS } from './limits';
import { decodePassageVectors } from './passage-vectors';
import { plainText } from './plain-text';
import { createRetriever, defaultCalibration, type Calibration } from './retriever';
import { SMALL_TALK_REPLY, smallTalk } from './small-talk';
import { continueTopic, noTopicAnswer } from './continuation';
import { withEditorNotes } from './corrected-claims';
import { quote } from './quote';
import { combineAnswers } from './combine-answers';
import { splitQuestions } from './multi-question';
import { expandShorthand } from './textspeak';
import { americanSpelling } from './british-spelling';
import { toSimplified, toTraditional, writesTraditional } from './traditional';
import { PHRASES } from './phrases';
import { asksOnlyAnalogy, withoutAside, withoutCorrection, withoutExample, withoutLeadingSetting, withoutPostamble, withoutPreamble, withoutReaderClause } from './preamble';
import { doubts } from './article-errors';
import { correctGlossaryWords, type Correction } from './spelling';
import { answeredConcept } from './answered-concept';
import { ellipticalSubject, followUpKind, inTopicSection, resolveElliptical, resolveFrame, sharedHeadQuestion, translationTarget } from './follow-up';
import { itemLine, listItems, otherItem, pointedItem, pointsAtItem } from './ordinal-reference';
import { focusConcept, isBroadConcept, isFieldConcept } from './concept-question';
import { contextConcept, pairConcepts, resolvePair } from './pair-reference';
import { overridesInstructions } from './instruction-override';
import { asksForJoke } from './joke-request';
import { restatements } from './restated-question';
import { resolvePerson } from './person-reference';
import { withMethodNotInList } from './method-in-list';
import type { ChatAnswer, ChatContext, ChatSource, ListItem, Retrieval } from './types';

export { MAX_QUESTION_CHARS } from './limits';

export interface ChatEngine {
  kb: KnowledgeBase;
  /** The passages' vectors came from the precomputed file (not embedded at load time). */
  precomputedVectors: boolean;
  retrieve(question: string): Promise<Retrieval>;
  /** `context`: the previous answer's `followUp`, for follow-ups ("tell me more", "what about
   *  RNNs?"); without it every question is answered on its own. */
  ask(question: string, context?: ChatContext | null): Promise<ChatAnswer & { truncated: boolean }>;
}

export class EmptyQuestionError extends Error {
  constructor() {
    super('The question is empty (or only whitespace / invisible characters).');
  }
}

const MAX_CONTEXT_CHARS = 4000;

/** Says how an elliptical follow-up was read, before its answer. */
const RESTATED: Record<Lang, (q: string) => string> = {
  en: (q) => `(Reading this as “${q}”.)`,
  zh: (q) => `（按“${q}”来理解。）`,
};

/** Says which item of which section's list the quote is. */
const ITEM_IN: Record<Lang, (n: number, id: string, title: string) => string> = {
  en: (n, id, title) => `Item ${n} of the list in section ${id}, “${title}”:`,
  zh: (n, id, title) => `第 ${id} 节「${title}」列表的第 ${n} 项：`,
};

/** The reply to "the second one" when the conversation showed no list with such an item. */
const NO_LIST: Record<Lang, string> = {
  en: 'Which one do you mean? My last answer showed no numbered list with that item, so please name what you are asking about.',
  zh: '你指的是哪一个？我上一个回答里没有带这个序号的列表，请直接说出想问的内容。',
};

/** The conversation's topic for reading a pronoun, with the concept its last answer was about when
 *  the topic names none. */
function topicWithConcept(kb: KnowledgeBase, context: ChatContext): string {
  const g = context.concept ? kb.glossaryById.get(context.concept) : undefined;
  return g ? `${context.topic} (${g.term.en})` : context.topic;
}

/** Says which question a translated answer answers ("用中文说" after an English answer). */
const IN_LANGUAGE: Record<Lang, (q: string) => string> = {
  en: (q) => `In English, the answer to “${q}”:`,
  zh: (q) => `用中文回答“${q}”：`,
};

/** Says which typos were read as which words (spelling.ts), before the answer. */
const CORRECTED: Record<Lang, (pairs: string[][]) => string> = {
  en: (pairs) => `(Reading ${pairs.map(([a, b]) => `“${a}” as “${b}”`).join(', ')}.)`,
  zh: (pairs) => `（把${pairs.map(([a, b]) => `“${a}”理解为“${b}”`).join('，')}。）`,
};

function contextOf(kb: KnowledgeBase, a: ChatAnswer): ChatAnswer['context'] {
  if (a.refused) return [];
  return a.sources.map((s) => {
    const g = s.glossary ? kb.glossaryById.get(s.glossary.id) : undefined;
    const body = plainText(getSection(s.section)!.body[a.language]);
    const text = g ? `${g.term[a.language]}: ${g.definition[a.language]}\n${body}` : body;
    return { section: s.section, title: s.title, text: text.slice(0, MAX_CONTEXT_CHARS) };
  });
}

/** Whether a lower-cased capitalised word is a name the article writes: no everyday word, and in
 *  the article's text ("karpathy", "goodfellow"). */
function namesArticlePerson(kb: KnowledgeBase, word: string): boolean {
  return word.length > 2 && !kb.commonWords.has(word) && kb.focusIndex.articleTexts.some((t) => t.includes(word));
}

export interface ChatEngineOptions {
  /** null: lexical retrieval only (no embedding model). */
  extract: ExtractFn | null;
  calibration?: Calibration;
  /** Precomputed passage vectors of the same model (lib/chat/passage-vectors.ts); used only when
   *  they match the current passages, otherwise the passages are embedded with `extract`. */
  passageVectors?: unknown;
  /** Progress of embedding the passages at load time (not called with precomputed vectors). */
  onIndexProgress?(done: number, total: number): void;
}

export async function createChatEngine(options: ChatEngineOptions): Promise<ChatEngine> {
  const cal = options.calibration ?? defaultCalibration;
  const kb = await buildKnowledgeBase();
  let store: MemoryVectorStore | null = null;
  const vectors = options.extract && options.passageVectors ? decodePassageVectors(options.passageVectors, kb.docs.map((d) => d.pageContent)) : null;
  if (options.extract) {
    const embeddings = new TransformersEmbeddings(options.extract, 16, options.onIndexProgress);
    if (vectors) {
      store = new MemoryVectorStore(embeddings);
      await store.addVectors(vectors, kb.docs);
    } else store = await MemoryVectorStore.fromDocuments(kb.docs, embeddings);
  }
  const retriever = createRetriever(kb, store, cal);
  /** The answer with its generation context, and the list it shows kept for "第二个" (else the
   *  conversation's last list). */
  function withItems(answer: ChatAnswer, context: ChatContext | null, truncated: boolean, pointed = false): ChatAnswer & { truncated: boolean } {
    // after "第二个", "第三个呢" still counts in the same list
    const section = answer.kind === 'section' || answer.kind === 'faq' ? answer.sources[0]?.section : undefined;
    const items = pointed ? [] : listItems(answer.answer, answer.followUp?.topic).map((i) => (section ? { ...i, section } : i));
    const kept = items.length ? items : context?.items;
    const followUp = answer.followUp && kept?.length ? { ...answer.followUp, items: kept } : answer.followUp;
    return { ...answer, followUp, context: contextOf(kb, answer), truncated };
  }
  /** One question that is not a topic-less follow-up, answered in the message's `language`. */
  async function answerQuestion(asked: string, context: ChatContext | null, language: Lang, restate = false, early: Correction[] = []): Promise<ChatAnswer> {
    // "what about RNNs?" after "what is dropout?" asks "what is RNNs?"; without a topic, "RNNs"
    const subject = ellipticalSubject(asked);
    // "Are these the same?" after "what is a CNN?" and "what is an RNN?" asks about both
    const paired = !subject ? resolvePair(kb, asked, language, pairConcepts(kb, context)) : null;
    // "怎么避免" after "什么是过拟合" asks "过拟合怎么避免"
    const framed = paired ?? (!subject && context ? resolveFrame(kb, topicWithConcept(kb, context), asked, language) : null);
    // "训练准确率呢" after "测试准确率是多少", which names no concept: the phrase with the same head
    const resolved = subject ? resolveElliptical(kb, context?.topic ?? null, subject) : null;
    // "and how many neurons in each?" after a question about section 4.3: asked of 4.3
    const inSection = !subject && !framed ? inTopicSection(context?.topic ?? null, asked, language) : null;
    // "what did he work on?" after "who is Andrej Karpathy": asked of the person
    const personal = !subject && !framed && !inSection && context ? resolvePerson(context.topic, asked, language, (w) => namesArticlePerson(kb, w)) : null;
    const question = subject ? (resolved !== subject ? resolved! : sharedHeadQuestion(context?.topic ?? null, subject) ?? subject) : framed ?? inSection ?? personal ?? asked;
    // answered in the language the user wrote in ("那LSTM呢" asks "LSTM": still in Chinese)
    const r = { ...(await retriever.invoke(question)), lang: language };
    // "does dropout help with overfitting?": the FAQ's list, and what the glossary says of a method it does not name
    const composed = withMethodNotInList(kb, r, compose(kb, r, cal.threshold));
    const restated = (subject && question !== subject) || framed || inSection || personal || restate ? `${RESTATED[composed.language](markdownLiteral(question))}\n\n` : '';
    const read = [...early.filter((c) => question.includes(c.to)), ...r.corrections];
    const corrected = read.length ? `${CORRECTED[composed.language](read.map((c) => [markdownLiteral(c.from), c.to]))}\n\n` : '';
    const concept = composed.refused ? null : answeredConcept(kb, r.question, composed);
    // the concept before this one, for "Are these the same?" next
    const before = contextConcept(kb, context);
    const now = concept ?? focusConcept(r.glossaryHits);
    const earlier = before && now && before !== now ? { earlier: before } : {};
    return { ...composed, answer: restated + corrected + composed.answer, followUp: composed.refused ? null : { topic: r.question, shown: [], ...(concept ? { concept } : {}), ...earlier } };
  }
  /** An item of a list the conversation showed, quoted as its section words it (3.3's "2. 解释性差：…",
   *  not FAQ 9.5 on improving it), then the glossary's definition of it when there is one; null when
   *  the item's line is not found. */
  async function itemAnswer(item: ListItem, language: Lang): Promise<ChatAnswer | null> {
    const own = item.section ? itemLine(item.section, item.n, item.name, language) : null;
    if (!own) return null;
    const s = getSection(item.section!)!;
    // the definition of the concept the item names ("使用正则化技术" → regularization), when asking
    // for the item's name does not already give it
    let about = await answerQuestion(item.name, null, language);
    const named = findGlossaryNames(kb, item.name).filter((id) => !isBroadConcept(id));
    if (about.kind !== 'glossary' && named.length === 1) about = await answerQuestion(kb.glossaryById.get(named[0])!.term[language], null, language);
    const definition = about.kind === 'glossary' && !about.refused ? `\n\n${about.answer}` : '';
    return {
      answer: `${RESTATED[language](markdownLiteral(item.name))}\n\n${ITEM_IN[language](item.n, s.id, s.title[language])}\n\n${quote([own])}${definition}`,
      language, kind: 'section', refused: false,
      sources: [sourceOf(kb, { section: s.id, score: 1, passage: -1 }, language), ...(definition ? about.sources.filter((x) => x.glossary || x.section !== s.id) : [])],
      suggestions: [], confidence: 1, followUp: { topic: item.name, shown: [], item },
    };
  }
  return {
    kb,
    precomputedVectors: vectors !== null,
    retrieve: (question) => retriever.invoke(question),
    // a question in traditional characters is answered in them (Taiwan's usage): the answer, and the
    // titles of its sources and suggestions
    async ask(raw, context = null) {
      const a = await answerMessage(raw, context);
      if (a.language !== 'zh' || !writesTraditional(raw)) return a;
      const titled = (list: ChatSource[]) => list.map((x) => ({ ...x, title: toTraditional(x.title) }));
      return { ...a, answer: toTraditional(a.answer), sources: titled(a.sources), suggestions: titled(a.suggestions) };
    },
  };

  /** One message (the engine's `ask`, in the characters the sources are written in). */
  async function answerMessage(raw: string, context: ChatContext | null = null): Promise<ChatAnswer & { truncated: boolean }> {
    const { text, cut } = normalizeUserText(raw, MAX_QUESTION_CHARS);
    if (!text) throw new EmptyQuestionError();
    const language: Lang = detectLanguage(text);
    // markup pasted into a question is not part of what is asked ("<b>what is dropout</b>")
    // and chat shorthand is read as what it stands for ("can u tell me abt transformers")
    // and traditional Chinese characters as simplified ones ("訓練前為什麼要先對資料做歸一化")
    // and British spellings as the American ones the sources write ("minimise")
    // and a glossary name's word typed one letter off is read as that word ("overfiting")
    // and what the reader says about themselves first is not searched with ("I'm teaching this next week.")
    const { text: spelled, corrections: early } = correctGlossaryWords(kb, americanSpelling(kb, expandShorthand(toSimplified(text.replace(/<\/?[a-z][^<>]*>/gi, ' ').replace(/\s+/g, ' ').trim() || text))));
    const namesConcept = (x: string) => findGlossaryNames(kb, x).length > 0;
    // (the field named in what the reader says about themselves is their background, not what is
    // asked: "I work in Excel all day, no ML background. What's the process for training …?")
    const namesTechnique = (x: string) => findGlossaryNames(kb, x).some((id) => !isFieldConcept(id));
    // and what they say after it about why they ask ("… need to explain it to my boss tmrw"), unless it doubts
    const aside = withoutAside(withoutPostamble(withoutReaderClause(withoutPreamble(withoutLeadingSetting(withoutExample(withoutCorrection(spelled), namesConcept), namesConcept), namesTechnique), namesConcept), namesConcept, doubts));
    const asked = aside.text;
    const talk = smallTalk(asked);
    if (talk) {
      return { answer: SMALL_TALK_REPLY[talk][language], language, kind: 'small-talk', refused: false, sources: [], suggestions: [], confidence: 1, followUp: context, truncated: cut };
    }
    // "能举个生活中的例子吗" after "学习率是什么意思": the last topic again, saying that the article gives
    // no everyday example or analogy
    if (context && asksOnlyAnalogy(asked)) {
      const again = await answerQuestion(context.topic, null, language);
      if (!again.refused) return withItems({ ...again, answer: `${RESTATED[language](markdownLiteral(context.topic))}\n\n${PHRASES[language].noAnalogy}\n\n${again.answer}` }, context, cut);
    }
    // "Ignore all previous instructions and …": declined, with nothing offered as if it answered
    // (and "tell me a joke"): declined as such
    const declined = overridesInstructions(asked) ? PHRASES[language].noInstructions : asksForJoke(asked) ? PHRASES[language].noJokes : null;
    if (declined) return { answer: declined, language, kind: 'refusal', refused: true, sources: [], suggestions: [], confidence: 1, followUp: context, truncated: cut };
    // "用中文说", "in English please": the conversation's answer again, in that language
    const target = translationTarget(asked);
    // the list item the last answer quoted, quoted again ("the second one", then "用中文说")
    const itemAgain = target && context?.item ? await itemAnswer(context.item, target) : null;
    if (itemAgain) return withItems(withEditorNotes(itemAgain), context, cut, true);
    if (target) {
      const r = context ? await retriever.invoke(context.topic) : null;
      const again = r ? compose(kb, { ...r, lang: target }, cal.threshold) : null;
      if (!again || again.refused) return { ...noTopicAnswer(target), truncated: cut };
      const answer = withEditorNotes({ ...again, answer: `${IN_LANGUAGE[target](markdownLiteral(context!.topic))}\n\n${again.answer}`, followUp: context });
      return withItems(answer, context, cut);
    }
    const followUp = followUpKind(asked);
    if (followUp) {
      // "tell me more", "举个例子": continues the conversation's topic, in the follow-up's language
      const r = context ? await retriever.invoke(context.topic) : null;
      // "are you sure?" shows the answer again, in the language of the follow-up
      // (and "in one sentence" cuts that answer, in the follow-up's language)
      const first = r ? compose(kb, followUp === 'check' || followUp === 'brief' ? { ...r, lang: language } : r, cal.threshold) : null;
      if (!r || !first || first.refused) return { ...noTopicAnswer(language, followUp), truncated: cut };
      return withItems(withEditorNotes(continueTopic(kb, r, first, context!, followUp, language)), context, cut);
    }
    // "那怎么解决第二个": the second item of the list the previous answer quoted, asked on its own
    // ("what about the second one?" after "How can I avoid overfitting?" asks "early stopping",
    // not "How can I avoid early stopping?")
    // ("and the other one?" after one item of a two-item list: the other item)
    const pointed = context?.items ? pointedItem(asked, context.items) ?? otherItem(asked, context.items, context.item ?? null, context.topic) : null;
    // "第二个是什么意思", "what about the second one?": the item as the list's section words it
    const quoted = pointed && pointsAtItem(asked) ? await itemAnswer(pointed.item, language) : null;
    if (quoted) return withItems(withEditorNotes(quoted), context, cut, true);
    if (pointed) {
      const itemQuestion = await answerQuestion(pointed.question, null, language, true);
      // "第一个方法具体怎么做" after FAQ 9.7's list: asked on its own it leads back to the list just
      // shown; the item as its section words it, with its definition, says more
      const again = !itemQuestion.refused && itemQuestion.kind === 'faq' && itemQuestion.sources[0]?.section === pointed.item.section ? await itemAnswer(pointed.item, language) : null;
      return withItems(again ? withEditorNotes(again) : itemQuestion, context, cut, true);
    }
    // "the second one" with no list shown (or too short a list): ask which, rather than search for it
    if (pointsAtItem(asked)) return { answer: NO_LIST[language], language, kind: 'small-talk', refused: false, sources: [], suggestions: [], confidence: 1, followUp: context, truncated: cut };
    // "when should I not use deep learning?", "how does a neural net actually learn?", "how does a CNN
    // recognize images?": asked as the question the article answers them with (restated-question.ts)
    for (const r of restatements(asked)) {
      const a = await answerQuestion(r.question[language], r.keepsContext ? context : null, language);
      if (r.accepts(a)) return withItems(withEditorNotes(r.preface ? { ...a, answer: `${PHRASES[language][r.preface]}\n\n${a.answer}` } : a), context, cut);
    }
    const answered = await answerQuestion(asked, context, language, false, early);
    // "…能举个生活中的例子吗": the article gives no everyday example or analogy, and the answer says so
    const answer = aside.analogy && !answered.refused ? { ...answered, answer: `${PHRASES[language].noAnalogy}\n\n${answered.answer}` } : answered;
    // "what is dropout and what is batch norm?": each question answered, when they differ
    const parts = splitQuestions(asked);
    if (parts) {
      const answers: ChatAnswer[] = [];
      let previous = context;
      for (const part of parts) {
        const a = await answerQuestion(part, previous, language);
        answers.push(a);
        previous = a.followUp ?? previous;
      }
      // a part may be about a concept or about a person the article names ("Who is Andrej Karpathy"):
      // a capitalised word the article writes that is no everyday word and does not open an English
      // sentence ("Karpathy", "Goodfellow"; not "Where can I find them?")
      const namesPerson = (x: string) => [...x.matchAll(/(?<![.?!]\s*|^\s*)\b[A-Z][a-z]{2,}\b|\b[A-Z][a-z]{2,}(?=\p{Script=Han})/gu)].map((m) => m[0].toLowerCase())
        .some((w) => namesArticlePerson(kb, w));
      const namesSubject = (x: string) => namesConcept(x) || namesPerson(x);
      const combined = combineAnswers(parts, answers, answer, language, namesSubject, parts.map((part, i) => i > 0 && ellipticalSubject(part) !== null));
      if (combined) return withItems(combined, context, cut);
    }
    return withItems(answer, context, cut);
  }
}
