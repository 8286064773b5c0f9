// The chat's answer-type gate: a question that asks for a kind of fact (asked-fact.ts) is answered
// only when the sections that would answer it hold a fact of that kind. "Who invented dropout?"
// retrieves the section about dropout, but no sentence there that shares a word with the question
// names a person: the article does not say, so the chat says so instead of quoting the section.
import { article, getSection } from '../content/article';
import type { GlossaryEntry } from '../content/glossary';
import { askedFacts, hasFact, writes, type FactKind } from './asked-fact';
import { isBroadConcept } from './concept-question';
import { terms } from './terms';
import type { Section } from '../content/types';
import { codeBlocks, plainText, sentences, sentencesByOverlap } from './plain-text';
import { escapeRegExp } from '../util/escape-regexp';

/** How many of the best-ranked sections may hold the fact: one section is sometimes the wrong one
 *  (measured on the development and paraphrase sets, `models/chat/README.md`). */
export const FACT_SECTIONS = 2;

/** Kinds whose fact may sit anywhere in a section (a formula on its own line, a number in code);
 *  the others must be in a sentence that shares a term with the question. */
const SECTION_WIDE: ReadonlySet<FactKind> = new Set(['formula', 'link', 'params', 'hardware', 'batch', 'trainAccuracy', 'valAccuracy', 'default', 'count', 'troubleshoot', 'procedure', 'calculation']);

/** Sentences per section and language that may hold the fact: those sharing the most
 *  (idf-weighted) terms with the question. "Who wrote Dive into Deep Learning?" must not find its
 *  person in the sentence about another deep-learning book. */
export const FACT_SENTENCES = 3;

/** Texts of the sections in which `kind` would be the answer: each section's closest sentences
 *  (the whole body for SECTION_WIDE kinds), both languages. */
export function sectionFactTexts(kind: FactKind, questionTerms: string[], sectionIds: string[], idf: (term: string) => number): string[] {
  const out: string[] = [];
  for (const [rank, id] of sectionIds.entries()) {
    const s = getSection(id);
    if (!s) continue;
    // a formula answers only a question about what the section or the formula's item is about
    if (kind === 'formula') {
      out.push(...formulaItems(s, questionTerms));
      continue;
    }
    for (const lang of ['en', 'zh'] as const) {
      const body = s.body[lang];
      if (SECTION_WIDE.has(kind)) out.push(body);
      else out.push(...sentencesByOverlap(plainText(body), questionTerms, idf, FACT_SENTENCES).map((x) => x.s));
      // a number: the best section's code and output ("每步花了多少时间": 5.4's "1ms/step"), and
      // below it only code lines that share a term with the question ("能达到多高的精度" after section 6
      // found 5.2's Conv2D(32, …) in the second section; session 26)
      if (kind === 'count' || (kind === 'number' && rank === 0)) out.push(...codeBlocks(body));
      // a value to use: the code lines that share a term with the question ("epochs=5" for "how many
      // epochs should I train?"), not the section's other numbers
      else if (kind === 'setting' || kind === 'number') out.push(...codeBlocks(body).flatMap((c) => c.split('\n')).filter((l) => terms(l).some((t) => questionTerms.includes(t))));
    }
  }
  return out;
}

// Words of a formula question that say nothing of what the formula is about
const FORMULA_WORDS = new Set(terms('formula formulas equation equations math maths mathematical exact actual full give write show derive derivation step steps please pls what whats how is the of for me out down update rule 公式 具体 推导 一步 步推 数学 表达 写出 给出 什么 怎么'));

/** The list items of section `s` (both languages) that hold a formula, when the question shares a
 *  word, other than the formula words, with the item or with the section's title and first lines
 *  ("give me the backpropagation formula": 4.2's intro says backpropagation); none otherwise ("He
 *  initialization: what's the actual variance formula?" found 4.2's formulas: set E, session 25). */
function formulaItems(s: Section, questionTerms: string[]): string[] {
  const asked = questionTerms.filter((t) => !FORMULA_WORDS.has(t));
  if (!asked.length) return [];
  const out: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const body = s.body[lang];
    if (!/\$\$/.test(body)) continue;
    const intro = terms(`${s.title.en} ${s.title.zh} ${body.split(/\n\s*\n/).slice(0, 1).join(' ')}`);
    if (asked.some((t) => intro.includes(t))) {
      out.push(body);
      continue;
    }
    // each numbered item with its formulas
    for (const item of body.split(/\n(?=\d+\.\s)/)) if (/\$\$/.test(item) && terms(item.replace(/\$\$[\s\S]*?\$\$/g, ' ')).some((t) => asked.includes(t))) out.push(item);
  }
  return out;
}

/** Whether `word` (lower case) is one of the entry's names, or its plural. */
function isNameOf(word: string, g: GlossaryEntry): boolean {
  return [g.term.en, g.term.zh, ...g.aliases.en, ...g.aliases.zh].some((n) => {
    const name = n.toLowerCase();
    return name === word || `${name}s` === word;
  });
}

/** Whether `text` writes one of the entry's names (its terms and aliases, in either language). */
function namesEntry(text: string, g: GlossaryEntry): boolean {
  const t = text.toLowerCase();
  return [g.term.en, g.term.zh, ...g.aliases.en, ...g.aliases.zh].some((n) => n.length > 1 && t.includes(n.toLowerCase()));
}

export interface FactCheck {
  /** The first kind of fact the question asks for that neither the sections nor the named
   *  glossary entries hold (the question is then refused), or null. */
  missing: FactKind | null;
  /** A glossary entry the question names whose definition holds an asked fact that the sections
   *  lack ("Who proposed Adam?": "Kingma and Ba, 2014"): the answer quotes it. */
  glossaryId: string | null;
  /** The section that holds the person, date or paper asked for, when a lower-ranked one does and
   *  the best-ranked one does not ("TensorFlow 是谁开发的": section 7's "谷歌开源的", not 5.1's
   *  install steps): the answer comes from it. */
  holder: string | null;
}

// The titles the article gives its books and papers (section 7: *Dive into Deep Learning*, "Attention
// Is All You Need", 《动手学深度学习》). A question that names one ("who wrote Dive into Deep Learning?",
// "《动手学深度学习》的作者是谁") asks about that item: a person or date in the sentence of another item
// (the Goodfellow book's authors) is no answer (development set E, session 25).
const TITLE = /\*([^*\n]{4,80})\*|"([^"\n]{4,120})"|“([^”\n]{4,120})”|《([^》\n]{2,60})》/g;
let titles: string[] | null = null;

/** The longest title of the article that the question names: an English one of three or more words
 *  as written (any case), or one in quotes or 《》, or with "book" or "paper" beside it. */
export function titledSubject(question: string): string | null {
  titles ??= [...new Set(article.sections.flatMap((s) => [s.body.en, s.body.zh].flatMap((b) => [...b.matchAll(TITLE)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]).trim()))))]
    .sort((a, b) => b.length - a.length);
  const q = question.normalize('NFKC').toLowerCase();
  for (const t of titles) {
    const lower = t.toLowerCase();
    const at = q.indexOf(lower);
    if (at < 0) continue;
    const marked = /["“《*]/u.test(q.slice(Math.max(0, at - 1), at)) || /\b(?:book|textbook|paper)\b|书|教材|论文/u.test(q);
    if (t.split(/\s+/).length >= 3 || marked) return t;
  }
  return null;
}

// "who created JAX and is it better than pytorch?": who made or when came a thing the question names
const MADE_EN = /\b(?:who|when) (?:first |originally )?(?:invented|created|proposed|introduced|developed|designed|made|built|wrote|came up with) (.+?)(?:\s+(?:and|in|at|for|first|originally|back)\b.*|[?,;.!].*)?$/i;
const MADE_ZH = /(?:^|[，,。？?！!；;]\s*)(?:请问|想问一?下)?(?:那|那么)?([^，,。？?！!；;]+?)(?:最早|最初)?是(?:谁|哪一年|哪年|什么时候)(?:发明|提出|开发|创造|设计|写|发布)的/;
// words that say what kind of thing it is, not which ("the Adam optimizer", "LSTM 网络")
const KIND_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'optimizer', 'optimiser', 'algorithm', 'model', 'models', 'method', 'network', 'networks', 'architecture', 'framework', 'library', 'technique', 'idea', 'concept', 'first', 'original', 'deep', 'learning']);

/** The words naming the thing whose maker or date a question asks for, when it names one in a
 *  few words ("jax", "adam"), else null. A sentence that answers writes each of them. */
export function madeSubject(question: string): string[] | null {
  const q = question.normalize('NFKC').toLowerCase().trim();
  const m = MADE_EN.exec(q) ?? MADE_ZH.exec(q);
  if (!m) return null;
  const words = m[1].replace(/[“”"'《》()（）]/g, ' ').split(/\s+|(?<=\p{Script=Han})(?=[a-z0-9])|(?<=[a-z0-9])(?=\p{Script=Han})/u)
    .map((w) => w.replace(/'s$/, '')).filter((w) => w && !KIND_WORDS.has(w) && !/^(?:网络|模型|算法|方法|框架|优化器|这个|那个)$/.test(w));
  // (a name of one or two words; a longer phrase describes rather than names)
  if (!words.length || words.length > 2 || words.some((w) => w.length < 2)) return null;
  return words.map((w) => (/^[a-z]{4,}s$/.test(w) ? w.slice(0, -1) : w));
}

// "LSTM 遗忘门的公式具体怎么写", "GELU 激活函数的数学表达式是什么", "formula for the GELU": what the formula is of
const FORMULA_FOR_EN = /\b(?:formula|equation|expression|update rule)s? (?:for|of) (?:the |a |an )?([\w-]+(?: [\w-]+)?)/i;
const FORMULA_OF_EN = /(?:^|[\s,;:])([a-z][\w-]*(?: [a-z][\w-]*)?) (?:formula|equation|update rule)s?\b/i;
const FORMULA_OF_ZH = /([^，,。？?！!、]{1,12}?)\s*的?(?:计算|更新)?(?:公式|数学表达式|表达式)/;
// words of a formula question that say what a formula is in general, not whose it is
const FORMULA_GENERIC = /^(?:the|a|an|what|whats|what's|is|give|me|write|show|exact|full|actual|math|mathematical|this|that|its|具体|这个|那个|那|它|这|数学|的)$/;

/** The words naming what a formula is asked of (Latin words, Han runs), or null. */
export function formulaSubject(question: string): string[] | null {
  const q = question.normalize('NFKC').toLowerCase();
  const m = FORMULA_FOR_EN.exec(q) ?? FORMULA_OF_EN.exec(q) ?? FORMULA_OF_ZH.exec(q);
  if (!m) return null;
  const words = m[1].replace(/^(?:请|麻烦)?(?:你)?(?:给出|写出|给我|写一下|写下|列出|推导出?|说说|讲讲|讲一下)?(?:一下)?/u, '').split(/\s+|的|(?<=\p{Script=Han})(?=[a-z0-9])|(?<=[a-z0-9])(?=\p{Script=Han})/u).filter((w) => w && !FORMULA_GENERIC.test(w));
  return words.length && words.length <= 3 ? words : null;
}

// "how many layers and parameters does BERT-base have?": the thing whose count is asked (5.2's code
// has numbers, none of BERT's)
const OWNER_EN = /\bhow many [\w-]+(?: (?:and|or) [\w-]+)? (?:does|do|did|is|are) (?:the |a |an )?((?:[\w-]+ ){0,2}[\w-]+) (?:have|has|use|contain|need|got)\b/i;
const OWNER_ZH = /^(?:请问)?([A-Za-z][\w-]*)\s*(?:一共|总共|大概)?有(?:多少|几)/;

/** The names (written with a capital or a digit: "BERT-base", "GPT-3", "MNIST") of the thing whose
 *  count a question asks, lower-cased, or null. */
export function numberOwner(question: string): string[] | null {
  const m = OWNER_EN.exec(question) ?? OWNER_ZH.exec(question.trim());
  if (!m) return null;
  const names = m[1].split(/\s+/).filter((w) => /^[A-Z]|\d/.test(w)).map((w) => w.toLowerCase().replace(/-(?:base|large|small)$/, ''));
  return names.length ? names : null;
}

/** The sentences of the article, in both languages, that write `title`. */
function titleSentences(title: string): string[] {
  const lower = title.toLowerCase();
  return article.sections.flatMap((s) => [s.body.en, s.body.zh].flatMap((b) => b.split('\n').filter((l) => l.toLowerCase().includes(lower))));
}

/** The sentences of an entry's definition that write the name the question uses for it, when the
 *  question uses a name other than the entry's term ("who came up with the GRU?": the LSTM entry's
 *  sentence on the GRU, not the one that names the LSTM's inventors; set E, session 25); the whole
 *  definition otherwise. */
function sentencesNaming(g: GlossaryEntry, question: string): string[] {
  const q = question.normalize('NFKC').toLowerCase();
  const used = [...g.aliases.en, ...g.aliases.zh].filter((n) => n.length > 1 && new RegExp(`(?<![a-z0-9])${escapeRegExp(n.toLowerCase())}(?![a-z0-9])`).test(q));
  const term = [g.term.en, g.term.zh].some((n) => q.includes(n.toLowerCase()));
  const whole = [g.definition.en, g.definition.zh];
  // a name the definition's first sentence writes ("LSTM", "GAN" for "GANs") is the entry's own
  const first = whole.map((d) => (sentences(d)[0] ?? '').toLowerCase()).join(' ');
  const own = used.some((n) => first.includes(n.toLowerCase().replace(/s$/, '')));
  if (!used.length || term || own) return whole;
  const named = whole.flatMap((d) => sentences(d)).filter((x) => used.some((n) => x.toLowerCase().includes(n.toLowerCase())));
  // (an alias the definition never writes, "convnet" for the CNN, is the entry itself)
  return named.length ? named : whole;
}

// a definition that says in words how the thing is computed ("交叉熵…取模型给正确类别的概率的负对数",
// "softmax exponentiates each score and divides by their sum") gives its formula
const COMPUTATION = /负对数|对数|指数|平方|求和|相加|除以|乘以|加权和|negative log|logarithm|exponentiat|exponential|squared|square root|the sum\b|sums?\b|divid\w*|multipl\w*|weighted sum|average|mean of|[=Σ√]|\d\s*\/\s*\w/i;

function describesComputation(g: GlossaryEntry, subject: string[] | null = null): boolean {
  // (of the thing asked about: a clause that computes and writes it; "GELU 激活函数的数学表达式" is not
  // answered by "激活函数是神经元对加权和施加的非线性函数，常见的有……GELU"; session 26)
  // (the entry's own term is what the whole definition is about: "交叉熵的公式" and its 负对数)
  const own = (subject ?? []).every((w) => [g.term.en, g.term.zh].some((t) => writes(t, w)));
  const clauses = own ? [g.definition.en, g.definition.zh] : [g.definition.en, g.definition.zh].flatMap((d) => d.split(/[，,；;。]\s*|\.\s+/));
  return clauses.some((c) => COMPUTATION.test(c) && (subject ?? []).every((w) => writes(c, w)));
}

/** Kinds whose holder section the answer is taken from. */
const HOLDER_KINDS: ReadonlySet<FactKind> = new Set(['agent', 'date', 'paper']);
/** Kinds that only a named book's or paper's own sentence can give. */
const TITLED_KINDS: ReadonlySet<FactKind> = new Set([...HOLDER_KINDS, 'number', 'params', 'duration', 'hardware', 'count']);

/** Checks every kind of fact the question asks for against the best sections, then against the
 *  definitions of the glossary entries it names. */
export function checkFacts(question: string, questionTerms: string[], sectionIds: string[], glossaryHits: GlossaryEntry[], names: Set<string>, idf: (term: string) => number): FactCheck {
  let glossaryId: string | null = null;
  let holder: string | null = null;
  const titled = titledSubject(question);
  // (a default first: "Adam优化器的beta1默认是多少" lacks a default, which says more than "a number")
  for (const kind of askedFacts(question).sort((a, b) => Number(b === 'default') - Number(a === 'default'))) {
    // a named book or paper: only its own sentence can say who wrote it, when, where or how many
    // ("How many GPUs did the Attention Is All You Need authors train on?"; session 26)
    if (titled && TITLED_KINDS.has(kind)) {
      if (hasFact(kind, titleSentences(titled).map((l) => l.replace(new RegExp(escapeRegExp(titled), 'gi'), ' ')), names, question)) continue;
      return { missing: kind, glossaryId: null, holder: null };
    }
    // whether these sections hold the fact; the paper behind a concept the question names is in a
    // sentence that names it: "Which paper introduced dropout?" found section 7's "Attention Is All
    // You Need" (2017): introduced the Transformer"
    // a named thing's maker or date is in a sentence that writes its name ("who created JAX": not
    // the sentence on PyTorch that names Microsoft)
    // (and a formula is one of the thing named before "formula": "LSTM 遗忘门的公式", "GELU 激活函数的数学表达式")
    // (only its words that name a concept the question names: not "the first equation", nor a typo)
    const formulaOf = kind === 'formula' ? formulaSubject(question)?.filter((w) => glossaryHits.some((e) => isNameOf(w, e))) : null;
    const owner = kind === 'number' || kind === 'params' ? numberOwner(question) : null;
    const made = HOLDER_KINDS.has(kind) ? madeSubject(question) : formulaOf?.length ? formulaOf : owner;
    // (a formula whose subject names no concept is of a concept the question names, if it names one
    // that is not broad: "the equations for the forget, input and output gates of an LSTM" are not
    // section 4.2's, which share "input" and "output"; mentioned check, session 28)
    const concepts = kind === 'formula' && !formulaOf?.length ? glossaryHits.filter((e) => !isBroadConcept(e.id)) : [];
    const ofSubject = (texts: string[]) => (made ? texts.filter((t) => made.every((w) => writes(t, w))) : concepts.length ? texts.filter((t) => concepts.some((e) => namesEntry(t, e))) : texts);
    // (an entry the subject names speaks of it in both languages: "联邦学习是谁提出的" and "McMahan et al.")
    const ofEntry = (e: GlossaryEntry, texts: string[]) => (made && namesEntry(made.join(' '), e) ? texts : ofSubject(texts));
    const held = (ids: string[]) => {
      const texts = ofSubject(sectionFactTexts(kind, questionTerms, ids, idf));
      return hasFact(kind, kind === 'paper' && glossaryHits.length ? texts.filter((t) => glossaryHits.some((g) => namesEntry(t, g))) : texts, names, question);
    };
    if (held(sectionIds)) {
      if (HOLDER_KINDS.has(kind) && holder === null && sectionIds.length > 1 && !held(sectionIds.slice(0, 1))) {
        holder = sectionIds.find((id) => held([id])) ?? null;
      }
      continue;
    }
    const g = glossaryHits.find((e) => (kind === 'formula' && describesComputation(e, made)) || hasFact(kind, HOLDER_KINDS.has(kind) ? ofEntry(e, sentencesNaming(e, question)) : [e.definition.en, e.definition.zh], names, question));
    if (!g) return { missing: kind, glossaryId: null, holder: null };
    glossaryId ??= g.id;
  }
  return { missing: null, glossaryId, holder };
}
