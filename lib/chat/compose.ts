// Composes a reply from retrieved sources, only with source text and fixed phrases (phrases.ts): the
// FAQ's own answer for an FAQ match, a glossary definition for a named concept (two or three for a
// comparison), otherwise the most relevant sentences of the best section; all in the question's
// language. Questions about the article itself are answered from it before any threshold: whether
// it mentions something (article-mention.ts) and where it is wrong (the editors' notes,
// article-errors.ts, also for one doubted claim); an answer that quotes a corrected claim carries
// its note (corrected-claims.ts). Questions about which value to give a setting get the values the sources
// hold (setting-question.ts), and whether the example code uses a concept its statements
// (code-uses.ts). A comparison with one concept is answered from its entry or declined
// (one-sided-comparison.ts); a question asked of a chapter goes to the part that holds the answer
// (chapter-part.ts); quoted prose brings the code it names or introduces, and shown code the
// walkthrough step that explains it (quoted-code.ts); a question quoting a token only the code writes
// is answered from that code (code-token.ts). "Which X does the article use / recommend?" gets the
// sentences that say it uses one and the code's statements, or that it recommends none; "is X better
// than Y?" says when the article gives no verdict. A question asked in the other language quotes the
// same sentences (alignedSentences). Below the calibrated threshold: "I don't know" with the closest
// topics.
import { article, childrenOf, getSection } from '../content/article';
import { asCertain } from './calibration';
import type { EditorNote } from '../content/editor-notes';
import type { GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { codeBlocks, isBareLabel, joinLabel, LIST_ITEM, plainText, quotableText, sentences, sentencesByOverlap } from './plain-text';
import { articleOnBoth, articleOnConcept, sectionWhere } from './compare-in-article';
import { articleOnWords, isNameLike, mentionSubject } from './article-mention';
import { asksAboutErrors, asksAboutOwnCode, doubtedNotes, errorNotes } from './article-errors';
import { asksAboutArticleInstance, asksAboutThing, asksComparison, asksArticleView, asksFormula, asksHowTo, asksRelation, asksWhichBetter, comparedTriple, firstNamedConcept, focusConcept, isBroadConcept, isFieldConcept, namesConcept, namesOf, namesOnlyInOtherSense, speaksOfExtremes } from './concept-question';
import { demoHref, demoLabel } from './demo-links';
import { quote } from './quote';
import { detectLanguage } from './language';
import { codeIntroducedBy, codeNamedBy, walkthroughOf } from './quoted-code';
import { askedPart } from './chapter-part';
import { definitionNamesOther, unknownName } from './one-sided-comparison';
import { asksCodeUse, asksWhich, codeUsesOf, exampleCodeSection } from './code-uses';
import { codeQuoted, linesWriting, withoutModulePrefixes } from './code-token';
import { withEditorNotes } from './corrected-claims';
import { sectionHref, sectionLink } from './section-link';
import { asksSettingValue, isNetworkShape, settingConcept } from './setting-question';
import { PHRASES } from './phrases';
import { terms } from './terms';
import type { ChatAnswer, ChatSource, RankedSource, Retrieval } from './types';

/** Sources within this share of the best score are listed as further sources. */
const ALSO_RELEVANT = 0.8;
const MAX_SOURCES = 3;
/** "Which optimizer does the article recommend?", "文章推荐用哪个优化器". */
function asksArticleRecommendation(question: string): boolean {
  return /\b(?:does|did|do) (?:the |this )?(?:article|author|text|tutorial) (?:\w+ )?(?:recommend|suggest|advise)\b|\bbest\b[^?]*\b(?:according to|in|by) (?:the|this) (?:article|author)\b|(?:文章|作者)(?:里|中)?(?:认为)?最好的|\b(?:recommended|suggested) (?:by|in) (?:the|this) (?:article|author|text)\b|(?:文章|作者|本文)(?:里|中)?(?:推荐|建议)(?:用|使用|了)?(?:哪|什么|啥)/i.test(question.normalize('NFKC'));
}

/** Sections that list resources (books, papers, frameworks) by name: they explain nothing. */
const RESOURCE_LISTS = new Set(['7']);

/** Whether an item of the resource list `section` is headed by one of the concept's names ("- PyTorch:
 *  …", "- TensorFlow：…"): that item does describe it. */
function listItemFor(kb: KnowledgeBase, section: string, id: string): boolean {
  const names = new Set(namesOf(kb, id));
  const body = getSection(section)!.body;
  return `${body.en}\n${body.zh}`.split('\n').some((line) => {
    const head = /^\s*[-*]\s*(.+?)\s*[:：]/.exec(line.normalize('NFKC'))?.[1];
    return head !== undefined && names.has(head.replace(/\*/g, '').trim().toLowerCase());
  });
}

export function sourceOf(kb: KnowledgeBase, r: RankedSource, lang: Lang, withGlossary = false): ChatSource {
  const s = getSection(r.section)!;
  const g = withGlossary && r.glossaryId ? kb.glossaryById.get(r.glossaryId) : undefined;
  return {
    section: r.section,
    title: s.title[lang],
    score: Number(r.score.toFixed(4)),
    href: sectionHref(r.section),
    ...(g ? { glossary: { id: g.id, term: g.term[lang] } } : {}),
  };
}

/** Up to `max` sentences of `text` that share the most (idf-weighted) terms with the question,
 *  in their original order; the opening sentences when none share any. A sentence that introduces
 *  a list ("The strengths of deep learning algorithms include:") brings up to LIST_ITEMS of its
 *  items along; a bare label with nothing after it ("4. 计算梯度：") is never quoted. */
export function relevantSentences(kb: KnowledgeBase, text: string, queryTerms: string[], max: number, skip?: (sentence: string) => boolean, listItems = LIST_ITEMS, wholeLists = false): string[] {
  const all = sentences(text);
  const listAfter = (i: number) => {
    const items: number[] = [];
    if (!/[:：]$/.test(all[i])) return items;
    for (let j = i + 1, n = 0; j < all.length && n < listItems && LIST_ITEM.test(all[j]); j++, n++) {
      items.push(j);
      // an item whose long label was split from its text ("1. High consumption of computing resources:")
      if (/[:：]$/.test(all[j]) && j + 1 < all.length && !LIST_ITEM.test(all[j + 1])) items.push(++j);
    }
    return items;
  };
  const quotable = (i: number) => (!isBareLabel(all[i]) || listAfter(i).length > 0) && !skip?.(all[i]);
  let ranked = sentencesByOverlap(text, withSynonyms(queryTerms), (t) => kb.bm25.idf(t), Infinity).filter((x) => quotable(x.i));
  // asked for weaknesses (or strengths): the sentences that name them, when there are any
  const asked = askedGroup(queryTerms);
  if (asked) {
    const naming = ranked.filter((x) => terms(x.s).some((t) => asked.includes(t)));
    if (naming.length) ranked = naming;
  }
  const hits = ranked.slice(0, max);
  const picked = hits.length ? hits.map((x) => x.i) : all.map((_, i) => i).filter(quotable).slice(0, max);
  // asked for a list ("what are the steps to train a neural network") and one of its items was
  // picked (3.2's steps 2, 3 and 6; only step 6 for "What are the steps of the algorithm?"): the
  // whole list, up to `listItems` items
  const wholeList = wholeLists ? picked.flatMap((i) => listAround(all, i, listItems)) : [];
  const order = [...new Set([...picked, ...wholeList].flatMap((i) => [i, ...listAfter(i)]))].sort((a, b) => a - b);
  const out: string[] = [];
  order.forEach((i, k) => {
    // an item label split from its text joins it again: "1. High consumption of computing resources: Deep learning …"
    const joinsPrevious = k > 0 && order[k - 1] === i - 1 && !LIST_ITEM.test(all[i]) && LIST_ITEM.test(all[i - 1]) && /[:：]$/.test(all[i - 1]);
    if (joinsPrevious) out[out.length - 1] = joinLabel(out[out.length - 1], all[i]);
    else out.push(all[i]);
  });
  return out;
}

/** Words people use for the article's "strengths" and "weaknesses" (index terms): for choosing the
 *  sentences to quote only, so that "what are the limitations of deep learning" quotes the
 *  weaknesses, not the strengths, of section 3.3. */
const SYNONYM_GROUPS: string[][] = [
  ['limit', 'drawback', 'disadvantag', 'downsid', 'con', 'weakness', 'shortcom', '缺点', '不足', '局限', '劣势', '弱点', '优缺'],
  ['advantag', 'strength', 'benefit', 'pro', 'merit', '优点', '优势', '好处', '长处', '优缺'],
];

const namedGroups = (queryTerms: string[]) => SYNONYM_GROUPS.filter((group) => group.some((t) => queryTerms.includes(t)));

function withSynonyms(queryTerms: string[]): string[] {
  return [...new Set([...queryTerms, ...namedGroups(queryTerms).flat()])];
}

/** The synonym group the question names, if exactly one ("pros and cons", "优缺点" name both). */
function askedGroup(queryTerms: string[]): string[] | null {
  const named = namedGroups(queryTerms);
  return named.length === 1 ? named[0] : null;
}

/** Items a quoted list introduction brings along when the question asks for a list ("What are the
 *  challenges listed in section 8.3?" quoted 3 of its 4). */
const ASKED_LIST_ITEMS = 8;
const ASKS_LIST = /\b(?:list\w*|all|every|what are the|which are the)\b|哪些|哪几|所有|列出|列举/i;
/** `picked` (sentences of section `id` in language `from`, as relevantSentences returns them: an
 *  item's label may be joined to its text) as the same sentences in language `to`. The two
 *  languages are compared unit for unit, a label split from its text ("1. High consumption of
 *  computing resources:" + "Deep learning models usually …") being one unit with it; a sentence
 *  inside such a unit stands for the whole unit. Null when the languages have different numbers of
 *  units or a sentence is not found. */
export function alignedSentences(id: string, picked: string[], from: Lang, to: Lang): string[] | null {
  const body = getSection(id)!.body;
  const units = (all: string[]) => {
    const out: { text: string; parts: string[] }[] = [];
    for (let i = 0; i < all.length; i++) {
      const split = LIST_ITEM.test(all[i]) && /[:：]$/.test(all[i]) && i + 1 < all.length && !LIST_ITEM.test(all[i + 1]);
      out.push(split ? { text: joinLabel(all[i], all[i + 1]), parts: [all[i], all[++i]] } : { text: all[i], parts: [all[i]] });
    }
    return out;
  };
  const src = units(sentences(quotableText(body[from])));
  const tgt = units(sentences(quotableText(body[to])));
  if (src.length !== tgt.length) return null;
  const out: string[] = [];
  for (const x of picked) {
    const i = src.findIndex((u) => u.text === x || u.parts.includes(x));
    if (i < 0) return null;
    if (!out.includes(tgt[i].text)) out.push(tgt[i].text);
  }
  return out;
}

/** Asks for the items of a list themselves ("what are the steps to train a neural network",
 *  "What challenges does deep learning still face?", "有哪些步骤"), not for something each item
 *  has ("what does every link get assigned") or things in general ("compile这一步配置了哪些东西"). */
const ASKS_WHOLE_LIST = /\b(?:list (?:all|every|the)|steps|stages|(?:what|which) (?:are the |\w+ ){0,3}(?:steps|stages|phases|methods|ways|challenges|trends|directions|advantages|disadvantages|strengths|weaknesses|types|kinds|parts|components))\b|步骤|哪些(?:挑战|步骤|方法|趋势|方向|优点|缺点|类型|部分)|哪几(?:步|个步骤|种|类)|列出|列举/i;

/** The run of list items around sentence `i` (its items numbered "1." … or bulleted), when `i` is
 *  one of them; up to `max` items. */
function listAround(all: string[], i: number, max: number): number[] {
  if (!LIST_ITEM.test(all[i])) return [];
  let a = i;
  let b = i;
  while (a > 0 && LIST_ITEM.test(all[a - 1])) a--;
  while (b + 1 < all.length && LIST_ITEM.test(all[b + 1])) b++;
  return Array.from({ length: Math.min(b - a + 1, max) }, (_, k) => a + k);
}

/** Items a quoted list introduction brings along. */
const LIST_ITEMS = 3;

/** The highest idf-weighted term overlap of any of `texts` with the query terms. */
function bestOverlap(kb: KnowledgeBase, texts: string[], queryTerms: string[]): number {
  const q = new Set(queryTerms);
  return Math.max(0, ...texts.map((t) => [...new Set(terms(t))].reduce((a, x) => a + (q.has(x) ? kb.bm25.idf(x) : 0), 0)));
}

/** Code lines a matching comment brings along, at most. */
const COMMENTED_LINES = 12;

/** Code lines sharing terms with the question, each with its comment line above when there is
 *  one, and a matching comment with the lines below it; the whole block when nothing matches.
 *  Lines keep their order. */
export function relevantCodeLines(kb: KnowledgeBase, code: string, queryTerms: string[], max = 8): string[] {
  const lines = code.split('\n');
  const q = new Set(queryTerms);
  const score = lines.map((l) => terms(l).reduce((a, t) => a + (q.has(t) ? kb.bm25.idf(t) : 0), 0));
  const order = lines.map((_, i) => i).filter((i) => score[i] > 0).sort((a, b) => score[b] - score[a]).slice(0, max);
  if (!order.length) return lines;
  const keep = new Set(order);
  const isComment = (i: number) => lines[i].trim().startsWith('#');
  for (const i of order) {
    if (i > 0 && isComment(i - 1)) keep.add(i - 1);
    // a comment that matches ("# 训练模型" for "示例代码训练了几轮") brings the code it describes
    if (isComment(i)) for (let j = i + 1; j < lines.length && j <= i + COMMENTED_LINES && lines[j].trim() && !isComment(j); j++) keep.add(j);
  }
  const picked = [...keep].sort((a, b) => a - b);
  const out: string[] = [];
  picked.forEach((i, k) => {
    if (k > 0 && i > picked[k - 1] + 1) out.push('# …');
    out.push(lines[i]);
  });
  return out;
}

/** `section` as retrieval ranked it, or scored as the best when it was not ranked. */
function rankedOrBest(r: Retrieval, section: string): RankedSource {
  return r.ranked.find((x) => x.section === section) ?? { section, score: r.ranked[0]?.score ?? 0, passage: -1 };
}

/** A glossary entry's section as a source, marked with the entry (scored as retrieved, or as the best). */
function glossarySource(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang): ChatSource {
  const best = rankedOrBest(r, g.section);
  return sourceOf(kb, { ...best, glossaryId: g.id }, lang, true);
}

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

/** "What does the article say about PyTorch?": the article's sentences that name the concept, then
 *  the glossary's definition (which corrects the article where it errs); or, when no section names
 *  it, a line saying so, then the definition. */
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

function articleViewAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang): ChatAnswer {
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
function comparisonAnswer(kb: KnowledgeBase, ids: string[], r: Retrieval, lang: Lang): ChatAnswer {
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

/** "What is this article about?": the background's sentences that say what the article does, and
 *  the list of chapters (titles, linked). */
function overviewAnswer(r: Retrieval, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const intro = getSection('1')!;
  const own = sentences(plainText(intro.body[lang])).filter((x) => /\bthis article\b|本文/i.test(x));
  const chapters = article.sections.filter((s) => s.parent === null).map((c) => `- ${sectionLink(c.id, lang)}`).join('\n');
  const source = { section: '1', title: intro.title[lang], score: Number((r.ranked[0]?.score ?? 0).toFixed(4)), href: sectionHref('1') };
  return {
    answer: `${p.overview}\n\n${quote(own.length ? own : sentences(plainText(intro.body[lang])).slice(0, 2))}\n\n${p.chapters}\n\n${chapters}`,
    language: lang, kind: 'section', refused: false, sources: [source], suggestions: [], confidence: r.inScope,
  };
}

// A Keras API name quoted in a question: Conv2D, MaxPooling2D, Dense, Flatten …
const API_NAME = /\b(?:[A-Z][a-z]+)+\d*[A-Z]?(?=\s*\(|\b)/g;

/** The article's code lines that use a Keras name the question quotes and the concept's definition
 *  names too ("MaxPooling2D" for pooling), with their section; null when there is none. */
function apiUses(g: GlossaryEntry, question: string, lang: Lang): { section: string; lines: string[] } | null {
  const names = (question.normalize('NFKC').match(API_NAME) ?? []).filter((n) => /\d|[a-z][A-Z]/.test(n) || ['Dense', 'Flatten', 'Dropout'].includes(n));
  const own = names.filter((n) => g.definition.en.includes(n));
  if (!own.length) return null;
  for (const s of article.sections) {
    const lines = codeBlocks(s.body[lang]).join('\n').split('\n').filter((l) => own.some((n) => l.includes(`${n}(`)));
    if (lines.length) return { section: s.id, lines };
  }
  return null;
}

/** Editors' notes under `lead` ("Is the code in the article correct?": the notes on the article's
 *  errors; a doubted claim: the note on it), each under its title with a link to its section; those
 *  sections are the sources. */
function notesAnswer(kb: KnowledgeBase, r: Retrieval, notes: EditorNote[], lead: string, lang: Lang): ChatAnswer {
  const blocks = notes.map((n) => {
    const link = sectionLink(n.sectionId, lang);
    return `**${n.title[lang]}**${lang === 'zh' ? `（${link}）` : ` (${link})`}\n\n${quote([n.body[lang]])}`;
  });
  const sections = [...new Set(notes.map((n) => n.sectionId))];
  return {
    answer: `${lead}\n\n${blocks.join('\n\n')}`,
    language: lang, kind: 'section', refused: false,
    sources: sections.map((id) => sourceOf(kb, rankedOrBest(r, id), lang)),
    suggestions: [], confidence: 1,
  };
}

/** "I don't know" with `lead` and the closest topics (the generic line when there are none). */
function refusalAnswer(kb: KnowledgeBase, r: Retrieval, lead: string): ChatAnswer {
  const p = PHRASES[r.lang];
  const suggestions = r.ranked.filter((x) => x.score > 0).slice(0, 3).map((x) => sourceOf(kb, x, r.lang));
  const list = suggestions.map((s) => `- [${s.section} ${s.title}](${s.href})`).join('\n');
  return {
    answer: suggestions.length ? `${lead}\n\n${list}` : p.refusalNone,
    language: r.lang, kind: 'refusal', refused: true, sources: [], suggestions, confidence: r.inScope,
  };
}

/** "Does the article mention X?" (article-mention.ts): for a glossary concept, what the article says
 *  about it or that it never names it (then the definition); for anything else, the sentences that
 *  use its words, or "no mention" with the closest topics when X is a name. Answered whatever the
 *  refusal model says: the article's text decides. Null for a description the article does not
 *  use word for word (the usual retrieval answers it). */
function mentionAnswer(kb: KnowledgeBase, r: Retrieval, subject: string, lang: Lang): ChatAnswer | null {
  const p = PHRASES[lang];
  const focus = focusConcept(findGlossaryNames(kb, subject));
  // answered whatever the refusal model says, so shown as certain as a definition
  const confidence = asCertain(r.inScope);
  if (focus) {
    const g = kb.glossaryById.get(focus)!;
    const view = articleViewAnswer(kb, g, r, lang);
    // "文章有没有提到GPT": GPT is one of the Transformer entry's names, but the article never writes it
    const unwritten = view.kind === 'section' && !articleOnWords(subject, 'en') && !articleOnWords(subject, 'zh') && !codeUsesOf(g, lang);
    return { ...view, answer: unwritten ? `${p.mentionedAs(markdownLiteral(subject), g.term[lang])}\n\n${view.answer}` : view.answer, confidence };
  }
  const found = articleOnWords(subject, lang);
  // a description not found word for word ("可以直接跑的代码") is left to the usual retrieval
  if (!found) return isNameLike(subject) ? refusalAnswer(kb, r, p.noMention(markdownLiteral(subject))) : null;
  const s = getSection(found.section)!;
  return {
    answer: `${p.mentions(markdownLiteral(subject), s.id, s.title[lang])}\n\n${quote(found.sentences)}`,
    language: lang, kind: 'section', refused: false, sources: [sourceOf(kb, rankedOrBest(r, s.id), lang)], suggestions: [], confidence,
  };
}

/** The article's code lines that set `g` (with a number in them), from the first section with
 *  any: "epochs=5" for the epoch, the Conv2D lines for the convolution, every layer of the example
 *  model for the network's shape. */
function codeSetting(kb: KnowledgeBase, g: GlossaryEntry, lang: Lang): { section: string; lines: string[] } | null {
  for (const s of article.sections) {
    const code = codeBlocks(s.body[lang]).join('\n').split('\n');
    // "validation_split=0.1" names the validation split
    const lines = code.filter((l) => /\d/.test(l) && (isNetworkShape(g.id) ? /\blayers\.\w+\(/.test(l) : namesConcept(l.replace(/_/g, ' '), g.id, kb)));
    if (lines.length) return { section: s.id, lines: lines.map((l) => l.trim()) };
  }
  return null;
}

/** Whether `text` gives a number other than a section reference ("section 4.2", "4.2 节") or a
 *  name with a digit ("L2", "Conv2D"): "for example 10% or 50%", "Keras uses 32 by default". */
function holdsValue(text: string): boolean {
  return /\d/.test(text.replace(/sections? \d+(?:\.\d+)?|\d+(?:\.\d+)?\s*节|\b[A-Za-z]+\d\w*/g, ' '));
}

/** "What dropout rate should I use?", "学习率一般设多少" (setting-question.ts): the article recommends
 *  no values, so the answer says so and gives the ones its sources hold (its example code, numbers
 *  in the glossary's definition), the definition, and the glossary's rule for choosing any
 *  hyperparameter (on the validation set). Without any value, the lead says that no source gives one. */
function settingAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const code = codeSetting(kb, g, lang);
  const hasValue = code !== null || holdsValue(g.definition[lang]);
  const tuning = kb.glossaryById.get('hyperparameter')!;
  const blocks = [hasValue ? p.settingValues(g.term[lang]) : p.settingNoValue(g.term[lang])];
  if (code) {
    const s = getSection(code.section)!;
    blocks.push(`${p.codeSets(s.id, s.title[lang])}\n\n\`\`\`python\n${code.lines.join('\n')}\n\`\`\``);
  }
  blocks.push(`${p.glossary(g.term[lang])}\n\n${quote([g.definition[lang]])}`);
  if (g.id !== tuning.id) blocks.push(`${p.glossary(tuning.term[lang])}\n\n${quote([sentences(tuning.definition[lang]).at(-1)!])}`);
  // in the order the answer quotes them: the code that holds the value comes first
  const sources = [glossarySource(kb, g, r, lang)];
  if (code && code.section !== g.section) sources.unshift(sourceOf(kb, rankedOrBest(r, code.section), lang));
  if (!sources.some((x) => x.section === tuning.section)) sources.push(glossarySource(kb, tuning, r, lang));
  return {
    answer: blocks.join('\n\n'),
    language: lang, kind: 'glossary', refused: false, sources, suggestions: [],
    demo: g.demo ? { href: demoHref(g.demo), label: demoLabel(g.demo, lang) } : undefined,
    // answered whatever the refusal model said, as a definition question is
    confidence: asCertain(r.inScope),
  };
}

const WHY = /\bwhy\b|为什么|为啥|为何/i;

/** Whether the concept's definition shares more of what a why-question asks (its terms other than
 *  the concept's names) than any sentence of the cited section does. */
function whyInDefinition(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, sectionBody: string): boolean {
  const names = new Set(terms(`${g.term.en} ${g.term.zh}`));
  const asked = r.terms.filter((t) => !names.has(t));
  if (!asked.length) return false;
  return bestOverlap(kb, [g.definition.en, g.definition.zh], asked) > bestOverlap(kb, sentences(plainText(sectionBody)), asked);
}

/** "Does the code use dropout?", "文章代码里用了哪些激活函数": the example code's statements that use
 *  the concept and how many, or that it never mentions the concept (it may still use it unnamed: a
 *  learning rate through Adam's default), then the definition. Null when the article has no example code. */
function codeUseAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang, before = '', yesNo = !asksWhich(r.question)): ChatAnswer | null {
  const p = PHRASES[lang];
  const used = codeUsesOf(g, lang);
  const sectionId = used?.section ?? exampleCodeSection(lang);
  if (!sectionId) return null;
  const s = getSection(sectionId)!;
  // "Yes:" answers "does the code use dropout?", not "which loss function does the code use?"
  const lead = used
    ? `${p.codeUsesConcept(g.term[lang], s.id, s.title[lang], used.statements, yesNo)}\n\n\`\`\`python\n${used.lines.join('\n')}\n\`\`\``
    : p.codeLacksConcept(g.term[lang], s.id, s.title[lang], yesNo);
  const sources = [sourceOf(kb, rankedOrBest(r, s.id), lang)];
  if (g.section !== s.id) sources.push(glossarySource(kb, g, r, lang));
  return {
    answer: `${before ? `${before}\n\n` : ''}${lead}\n\n${p.glossary(g.term[lang])}\n\n${quote([g.definition[lang]])}`,
    language: lang, kind: 'section', refused: false, sources, suggestions: [],
    // answered from the code whatever the refusal model says, as a definition question is
    confidence: asCertain(r.inScope),
  };
}

/** User text shown inside an answer, with Markdown's special characters escaped. */
export function markdownLiteral(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|~]/g, (c) => `\\${c}`);
}

/** The reply to retrieval `r`, with the editors' note for any corrected claim it quotes. */
export function compose(kb: KnowledgeBase, r: Retrieval, threshold: number): ChatAnswer {
  return withEditorNotes(composeReply(kb, r, threshold));
}

function composeReply(kb: KnowledgeBase, r: Retrieval, threshold: number): ChatAnswer {
  const lang = r.lang;
  const p = PHRASES[lang];
  const top = r.ranked[0];
  if (asksAboutOwnCode(r.question)) return refusalAnswer(kb, r, p.ownCode);
  const errors = asksAboutErrors(r.question);
  if (errors) return notesAnswer(kb, r, errorNotes(errors), errors === 'code' ? p.codeErrors : p.articleErrors, lang);
  // "The article says PyTorch was open-sourced by Microsoft — is that correct?"
  const doubted = doubtedNotes(r.question, (t) => kb.bm25.idf(t));
  if (doubted.length) return notesAnswer(kb, r, doubted, p.checkedClaim, lang);
  const subject = mentionSubject(r.question);
  const mention = subject ? mentionAnswer(kb, r, subject, lang) : null;
  if (mention) return mention;
  // "what dropout rate should I use": answered whatever the refusal model says ("dropout一般设多少"
  // scored as out of scope), unless the question names something unknown ("ReduceLROnPlateau 的
  // patience") or asks for a fact the sources lack ("default patience of EarlyStopping")
  const setting = asksSettingValue(r.question) && !r.sectionRefs.length && !r.missingFact && !r.unexplainedFocus && r.features.unknownWord === 0
    ? settingConcept(r.glossaryHits, r.question) : null;
  if (setting) return settingAnswer(kb, kb.glossaryById.get(setting)!, r, lang);
  // "does the code use dropout?", "文章的代码里池化用了几次": one concept named (or the one that is
  // not broad), nothing unknown
  const codeConcept = asksCodeUse(r.question) && !r.missingFact && r.features.unknownWord === 0 ? focusConcept(r.glossaryHits.filter((h) => !isFieldConcept(h))) : null;
  const codeUse = codeConcept ? codeUseAnswer(kb, kb.glossaryById.get(codeConcept)!, r, lang) : null;
  if (codeUse) return codeUse;
  // "Which optimizer does the article recommend?": its resource list (section 7) names no
  // optimizer, so the answer says that and shows what the example code uses (not for what the list
  // does name: "Which framework does the article recommend?")
  const recommended = asksArticleRecommendation(r.question) && asksWhich(r.question) && !r.missingFact && r.features.unknownWord === 0 ? focusConcept(r.glossaryHits) : null;
  const unlisted = recommended && ![...RESOURCE_LISTS].some((id) => namesConcept(`${getSection(id)!.body.en}\n${getSection(id)!.body.zh}`, recommended, kb)) ? kb.glossaryById.get(recommended)! : null;
  const notRecommended = unlisted ? codeUseAnswer(kb, unlisted, r, lang, p.notRecommended(unlisted.term[lang])) : null;
  if (notRecommended) return notRecommended;
  // one concept compared with something that is no glossary concept: "LSTM vs GRU" (the LSTM entry
  // says what a GRU is) gets that definition; "LSTM vs xLSTM" (never named anywhere) is declined
  const single = r.glossaryHits.length === 1 && !r.compared && !r.sectionRefs.length && asksComparison(r.question) ? kb.glossaryById.get(r.glossaryHits[0])! : null;
  if (single && definitionNamesOther(kb, single, r)) return glossaryAnswer(kb, single, r, lang);
  const unknownSide = single ? unknownName(kb, r) : null;
  if (unknownSide) return refusalAnswer(kb, r, p.unexplained(markdownLiteral(unknownSide)));
  // "代码里为什么要除以255？", "What does validation_split=0.1 mean?": a token only the example code
  // writes; its section answers (its lines, then the walkthrough step), whatever the refusal model says
  const quoted = top && !r.missingFact && !r.sectionRefs.length ? codeQuoted(r.question, lang) : null;
  const quotedCode = quoted?.section ?? null;
  const unprefixedNames = quoted ? findGlossaryNames(kb, withoutModulePrefixes(r.question)) : null;
  // (a concept the question names keeps its definition, "what is categorical_crossentropy" is
  // cross-entropy's; a module prefix names none: "tf.newaxis" does not ask what TensorFlow is)
  const definitionAsked = r.concept !== null && r.definitional && (unprefixedNames?.includes(r.concept) ?? true);
  if (quotedCode && (quotedCode !== top!.section || r.inScope < threshold) && !definitionAsked) {
    return composeReply(kb, { ...r, inScope: asCertain(Math.max(r.inScope, threshold)), ranked: [rankedOrBest(r, quotedCode), ...r.ranked.filter((x) => x.section !== quotedCode)] }, threshold);
  }
  if (!top || (r.inScope < threshold && !quotedCode)) {
    return refusalAnswer(kb, r, r.missingFact ? p.missingFact(p.facts[r.missingFact])
      : r.unexplainedFocus ? p.unexplained(markdownLiteral(r.unexplainedFocus))
      : p.refusal);
  }
  const compared = r.compared ?? comparedTriple(r.question, r.glossaryHits, kb);
  if (compared) return comparisonAnswer(kb, compared, r, lang);
  const g = r.concept ? kb.glossaryById.get(r.concept) : undefined;
  if (g && r.definitional && (!quotedCode || definitionAsked)) return asksArticleView(r.question) ? articleViewAnswer(kb, g, r, lang) : glossaryAnswer(kb, g, r, lang);
  if (r.factGlossary) return glossaryAnswer(kb, kb.glossaryById.get(r.factGlossary)!, r, lang);

  if (r.aboutArticle) return overviewAnswer(r, lang);

  const section = getSection(top.section)!;
  const sectionText = `${section.title.en}\n${section.title.zh}\n${section.body.en}\n${section.body.zh}`;
  // several concepts named: the first named is the subject ("联邦学习是怎么保护隐私的")
  const named = r.glossaryHits.filter((h) => !isBroadConcept(h));
  const focus = focusConcept(r.glossaryHits) ?? (named.length > 1 ? firstNamedConcept(r.question, named, kb) : null);
  // a concept named only by a quoted identifier's module prefix ("tf.newaxis") is not the subject
  const prefixOnly = focus !== null && unprefixedNames !== null && !unprefixedNames.includes(focus);
  const focusEntry = focus && !prefixOnly ? kb.glossaryById.get(focus)! : undefined;
  const sectionNamesFocus = focusEntry !== undefined && namesConcept(sectionText, focusEntry.id, kb);
  const aboutThing = asksAboutThing(r.question);
  // the concept's own section, or a list of resources, that never explains it
  const silentLink = focusEntry !== undefined && aboutThing
    && ((focusEntry.section === top.section && !sectionNamesFocus) || (RESOURCE_LISTS.has(top.section) && !listItemFor(kb, top.section, focusEntry.id)));
  // any other cited section that never names it, when the question asks what it is, how to deal
  // with it or its formula
  const silentOther = focusEntry !== undefined && (aboutThing || asksHowTo(r.question) || asksFormula(r.question))
    && !sectionNamesFocus && !isFieldConcept(focusEntry.id) && !RESOURCE_LISTS.has(top.section)
    // a FAQ keeps the question it matched when that asks how to do something; what the concept is
    // or shows it cannot say ("what exactly is the saliency map showing me" led to FAQ 9.5's list)
    && (section.parent !== '9' || r.features.classifier < 0.5 || aboutThing);
  if (focusEntry && !r.sectionRefs.length && (silentLink || silentOther)) {
    // "How does Grad-CAM highlight important regions?" led to FAQ 9.5, which never names Grad-CAM:
    // its text cannot say anything about the concept, the glossary entry that links there can. Nor
    // can a list of books, papers and frameworks: "how is attention computed" led to section 7's
    // line on PyTorch's "wide attention". Session 15: the same for any cited section that never
    // names the one concept asked about, and for how-to questions about it ("How does an LSTM
    // remember things?" quoted 5.4's "The output is as follows:", "梯度消失怎么解决" a formula of
    // 4.3). Broad concepts ("how do I learn deep learning") and FAQ answers keep their sections: a
    // FAQ answers the question it matched even when it does not name the concept ("waiting forever
    // for each epoch, any way to make it quicker" → 9.6), unless the section classifier gives that
    // FAQ under even odds ("What is BERT trained on?" led to 9.7 on overfitting at p = 0.10).
    return asksArticleView(r.question) ? articleViewAnswer(kb, focusEntry, r, lang) : glossaryAnswer(kb, focusEntry, r, lang);
  }
  if (focusEntry && !r.sectionRefs.length && WHY.test(r.question) && !isFieldConcept(focusEntry.id) && !isBroadConcept(focusEntry.id)
    && !codeBlocks(section.body[lang]).length && (section.parent !== '9' || r.features.classifier < 0.5)
    && whyInDefinition(kb, focusEntry, r, section.body[lang])) {
    // "激活函数为啥非得是非线性的" quoted 3.1 on the forward pass: the definition says why. Not for
    // the field and broad concepts, whose definitions say what they are, nor where code shows the
    // concept at work or a FAQ matched the question with some confidence (as for silentOther)
    return glossaryAnswer(kb, focusEntry, r, lang);
  }
  if (focusEntry && !r.sectionRefs.length && speaksOfExtremes(r.question) && speaksOfExtremes(focusEntry.definition[lang])) {
    // "学习率设太大会咋样" led to FAQ 9.8's "调整学习率": the definition says what a too large or too
    // small value does
    return glossaryAnswer(kb, focusEntry, r, lang);
  }
  const used = focusEntry && !r.sectionRefs.length && aboutThing ? apiUses(focusEntry, r.question, lang) : null;
  if (used) {
    // "what does MaxPooling2D((2, 2)) do": the definition explains that very layer, the code shows it
    return glossaryAnswer(kb, focusEntry!, r, lang, `${p.codeUses(used.section, getSection(used.section)!.title[lang])}\n\n\`\`\`python\n${used.lines.join('\n')}\n\`\`\``);
  }
  const sources = [top, ...r.ranked.slice(1).filter((x) => x.score >= ALSO_RELEVANT * top.score)].slice(0, MAX_SOURCES).map((x) => sourceOf(kb, x, lang));
  if (section.parent === '9') {
    return {
      answer: `${p.faq(section.id, section.title[lang])}\n\n${section.body[lang].trim()}`,
      language: lang, kind: 'faq', refused: false, sources, suggestions: [], confidence: r.inScope,
    };
  }
  const children = childrenOf(section.id);
  if (!plainText(section.body[lang]) && children.length) {
    // "What loss function is used in the math derivation section?" asks something of one part
    const part = askedPart(kb, r, section.id);
    if (part) return composeReply(kb, { ...r, ranked: [rankedOrBest(r, part), ...r.ranked.filter((x) => x.section !== part && x.section !== section.id)] }, threshold);
    const list = children.map((c) => `- ${sectionLink(c.id, lang)}`).join('\n');
    return { answer: `${p.chapter(section.id, section.title[lang])}\n\n${list}`, language: lang, kind: 'section', refused: false, sources, suggestions: [], confidence: r.inScope };
  }
  const code = codeBlocks(section.body[lang]).join('\n\n');
  // the concepts' English names, and their one-word aliases as code writes them ("交叉熵" →
  // "crossentropy", found in categorical_crossentropy)
  const codeTerms = [...r.terms, ...r.glossaryHits.flatMap((id) => { const g = kb.glossaryById.get(id)!; return terms([g.term.en, ...g.aliases.en.filter((a) => !/[\s-]/.test(a))].join(' ')); })];
  const prose = sentences(plainText(section.body[lang]));
  if (code && (prose.length <= 1 || bestOverlap(kb, code.split('\n'), codeTerms) > bestOverlap(kb, prose, codeTerms))) {
    // The question is about the code (identifiers, arguments): quote the matching lines. A section
    // that is all code but for one introducing sentence (5.2) is answered with its code too: the
    // sentence alone ("The following is a simple neural network implementation …") says nothing.
    // the lines that write the token the question quotes ("tf.newaxis"), when it does
    const quotedToken = quotedCode === section.id ? quoted!.token : null;
    const written = quotedToken ? linesWriting(code, quotedToken) : [];
    const lines = written.length ? written : relevantCodeLines(kb, code, codeTerms);
    if (focusEntry && !r.sectionRefs.length && aboutThing && !asksAboutArticleInstance(r.question) && lines.some((l) => namesConcept(l, focusEntry.id, kb))) {
      // "Why is softmax used in the last layer?": the code shows where, the definition says what it does.
      const uses = lines.filter((l) => namesConcept(l, focusEntry.id, kb));
      return glossaryAnswer(kb, focusEntry, r, lang, `${p.codeUses(section.id, section.title[lang])}\n\n\`\`\`python\n${uses.join('\n')}\n\`\`\``);
    }
    // "Why does the code divide by 255?": the walkthrough's step that explains the lines (5.3's
    // "Preprocessing the data: The data is normalized …") follows them
    const explained = walkthroughOf(section.id, lines, lang, terms);
    const explanation = explained ? `\n\n${p.walkthrough(explained.section, getSection(explained.section)!.title[lang], explained.items.length)}\n\n${quote(explained.items)}` : '';
    const explainedSources = explained && !sources.some((x) => x.section === explained.section) ? [...sources, sourceOf(kb, rankedOrBest(r, explained.section), lang)].slice(0, MAX_SOURCES) : sources;
    return {
      answer: `${p.code(section.id, section.title[lang])}\n\n${prose[0] ? `${quote([prose[0]])}\n\n` : ''}\`\`\`python\n${lines.join('\n')}\n\`\`\`${explanation}`,
      language: lang, kind: 'section', refused: false, sources: explainedSources, suggestions: [], confidence: r.inScope,
    };
  }
  const queryTerms = [...r.terms, ...r.glossaryHits.flatMap((id) => { const e = kb.glossaryById.get(id)!; return terms(`${e.term.en} ${e.term.zh}`); })];
  // not a sentence that uses the concept's name in an everyday sense ("attracted wide attention")
  const skip = focusEntry ? (x: string) => namesOnlyInOtherSense(x, focusEntry.id, kb) : undefined;
  const pick = (l: Lang) => relevantSentences(kb, quotableText(section.body[l]), queryTerms, l === 'zh' ? 3 : 2, skip, ASKS_LIST.test(r.question) || ASKS_WHOLE_LIST.test(r.question) ? ASKED_LIST_ITEMS : LIST_ITEMS, ASKS_WHOLE_LIST.test(r.question));
  // asked in one language, answered in the other ("用中文说" after an English answer, "那LSTM呢"):
  // the sentences are chosen in the question's language, whose words they share, and shown in the
  // answer's language, sentence for sentence
  const asked = detectLanguage(r.question);
  const picked = (asked !== lang ? alignedSentences(section.id, pick(asked), asked, lang) : null) ?? pick(lang);
  // "What optimizer and loss are used in the compile step?": 5.3's sentence on `compile` names no
  // value, the statement it names in 5.2's code does
  const codeQuery = new Set([...r.terms, ...r.glossaryHits.flatMap((id) => { const g = kb.glossaryById.get(id)!; return terms([g.term.en, ...g.aliases.en.filter((a) => !/[\s-]/.test(a))].join(' ')); })]);
  const statements = codeNamedBy(section.id, picked, lang, (c) => [...new Set(terms(c))].reduce((a, t) => a + (codeQuery.has(t) ? kb.bm25.idf(t) : 0), 0));
  const codeTail = statements ? `\n\n${p.code(statements.section, getSection(statements.section)!.title[lang])}\n\n\`\`\`python\n${statements.lines.join('\n')}\n\`\`\`` : '';
  if (statements && !sources.some((x) => x.section === statements.section)) sources.push(sourceOf(kb, rankedOrBest(r, statements.section), lang));
  // "安装TensorFlow用啥命令": the quoted step introduces the command, which plain text dropped
  const introduced = codeIntroducedBy(section.body[lang], picked).map((c) => `\n\n\`\`\`${c.language}\n${c.code}\n\`\`\``).join('');
  return {
    answer: `${p.section(section.id, section.title[lang])}\n\n${quote(picked)}${introduced}${codeTail}`,
    language: lang, kind: 'section', refused: false, sources, suggestions: [], confidence: r.inScope,
  };
}
