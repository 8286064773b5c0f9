// Shapes shared by the chat's knowledge base, retriever, answer composer, worker and CLI.
import type { Lang } from '../content/types';
import type { FactKind } from './asked-fact';

/** Where a passage comes from: an article section (any language) or a glossary entry. */
export type PassageKind = 'section' | 'glossary';

export interface PassageMeta {
  /** Index of the passage in the knowledge base (stable for one build). */
  index: number;
  kind: PassageKind;
  /** Article section id; for glossary entries, the section the entry links to. */
  section: string;
  lang: Lang;
  /** Glossary entry id (kind 'glossary' only). */
  glossaryId?: string;
  /** The passage is (part of) a code block of the section. */
  code?: boolean;
}

export interface RankedSource {
  /** Article section id. */
  section: string;
  /** Fused relevance (0..1, higher is better). */
  score: number;
  /** Glossary entry that matched best for this section, when the glossary outranked the text. */
  glossaryId?: string;
  /** Best passage of this section for the query. */
  passage: number;
}

export interface Retrieval {
  question: string;
  lang: Lang;
  /** Query terms (before glossary expansion). */
  terms: string[];
  /** Glossary entries whose term or alias occurs in the question. */
  glossaryHits: string[];
  /** Sections the question names ("section 5.2", "第三章"). */
  sectionRefs: string[];
  /** The question asks what the article as a whole is about ("这篇文章讲了什么"). */
  aboutArticle: boolean;
  /** The question asks what one named glossary concept is. */
  definitional: boolean;
  /** That concept's glossary id. */
  concept: string | null;
  /** The two glossary concepts a comparison question names ("overfitting vs underfitting"), in the
   *  question's order; answered with both definitions. */
  compared: [string, string] | null;
  ranked: RankedSource[];
  /** Features of the best source used by the refusal model. */
  features: {
    /** idf-weighted share of the question's terms found in the best section's passages. */
    coverage: number;
    /** Best cosine similarity between the question and a passage of that section. */
    cosine: number;
    /** Raw BM25 of the best passage. */
    lexical: number;
    /** idf-weighted share of the question's terms that occur nowhere in the knowledge base. */
    oov: number;
    /** 1 when the question names a glossary concept. */
    glossary: number;
    /** Share of the question's content Han characters found in the best section (bigrams are
     *  brittle for paraphrases such as 太慢 vs 训练慢); equals `coverage` without Han characters. */
    charCoverage: number;
    /** The section classifier's probability of the best section (section-classifier.ts). */
    classifier: number;
    /** 1 when the question has a Latin-script word (3+ letters) that occurs nowhere in the
     *  knowledge base ("diffusion", "LoRA", "Slurm"): near-domain questions about things the article
     *  never mentions share its other words but not that one. */
    unknownWord: number;
    /** The section classifier's probability that the question is out of scope (its class counted
     *  from authored questions the article does not answer; 0 without that class). */
    outOfScope: number;
  };
  /** The kind of fact the question asks for that the best sections do not hold ("who invented
   *  dropout?"): the question is then refused whatever its other features (fact-gate.ts). */
  missingFact: FactKind | null;
  /** The named glossary entry whose definition holds the asked-for fact when the sections do not
   *  ("Who proposed Adam?"): the answer quotes that definition. */
  factGlossary: string | null;
  /** A "how does X work" question whose X the knowledge base never names (asked-focus.ts): X as
   *  the user wrote it; the question is then refused, saying so. */
  unexplainedFocus: string | null;
  /** Typos read as knowledge-base words (spelling.ts); `question` is the corrected text. */
  corrections: { from: string; to: string }[];
  /** Calibrated probability that the knowledge base answers the question (0 with a missing fact). */
  inScope: number;
}

export interface ChatSource {
  section: string;
  title: string;
  score: number;
  /** Link to the article anchor. */
  href: string;
  glossary?: { id: string; term: string };
}

export type AnswerKind = 'faq' | 'section' | 'glossary' | 'refusal' | 'small-talk';

/** What a conversation carries from one answer to the next (lib/chat/follow-up.ts): the question
 *  the last in-scope answer answered, after resolving follow-ups, and which of its continuations
 *  (lib/chat/continuation.ts chunk indices; -1: the glossary definition) were shown since. */
/** One item of a list an answer quoted, numbered as the article numbers it (ordinal-reference.ts). */
export interface ListItem {
  n: number;
  name: string;
  /** The section the list was quoted from, when the answer quoted one. */
  section?: string;
  /** The line that introduces the item's list, when the answer showed several numbered lists
   *  ("However, deep learning algorithms also have some weaknesses:"), for "the second weakness". */
  intro?: string;
}

export interface ChatContext {
  topic: string;
  shown: number[];
  /** The items of the last list the conversation showed, for "那怎么解决第二个". */
  items?: ListItem[];
  /** The list item the last answer quoted ("the second one"), for "用中文说" to quote it again. */
  item?: ListItem;
  /** The glossary concept the last answer was about when its question named none ("示例代码用的什么
   *  数据集" → MNIST, "what is α?" → the learning rate), for "它的图片多大", "what if it's too big?". */
  concept?: string;
  /** The concept the answer before the last one was about, when it was another: with the last
   *  one, what "Are these the same?" compares (pair-reference.ts). */
  earlier?: string;
}

export interface ChatAnswer {
  /** Markdown, built only from source text and fixed phrases. */
  answer: string;
  language: Lang;
  kind: AnswerKind;
  refused: boolean;
  /** Best source first (empty when refused or small talk). */
  sources: ChatSource[];
  /** Closest topics, offered with a refusal or small talk. */
  suggestions: ChatSource[];
  /** A live demo that shows the concept (glossary answers). */
  demo?: { href: string; label: string };
  /** Calibrated probability that the material answers the question. */
  confidence: number;
  /** Plain text of the cited sources, in the answer's language (context for the optional
   *  generative mode). */
  context?: { section: string; title: string; text: string }[];
  /** The conversation's context for the next question (the engine always sets it; small talk
   *  passes the incoming one on): null when there is nothing to continue (a refusal). */
  followUp?: ChatContext | null;
}
