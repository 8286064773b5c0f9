// Which sentences and code lines of a section an answer quotes: the sentences that share the most
// (idf-weighted) terms with the question, with the list items an introduction brings along (the
// whole list when the question asks for one), weaknesses or strengths by their synonyms
// (relevantSentences); the same sentences in the other language (alignedSentences); the code lines
// that match, with their comments (relevantCodeLines); the sentences that write a formula the
// question writes (sentencesWithFormula); and the best overlap of any text with the question
// (bestOverlap). Framework-free.
import { getSection } from '../content/article';
import type { Lang } from '../content/types';
import type { KnowledgeBase } from './knowledge';
import { texToText } from './inline-math';
import { isBareLabel, joinLabel, LIST_ITEM, quotableText, sentences, sentencesByOverlap } from './plain-text';
import { terms } from './terms';

/** Up to `max` sentences of `text` that share the most (idf-weighted) terms with the question,
 *  in their original order; the opening sentences when none share any. A sentence that introduces
 *  a list ("The strengths of deep learning algorithms include:") brings up to LIST_ITEMS of its
 *  items along; a bare label with nothing after it ("4. 计算梯度：") is never quoted. */
export function relevantSentences(kb: KnowledgeBase, text: string, queryTerms: string[], max: number, skip?: (sentence: string) => boolean, listItems = LIST_ITEMS, wholeLists = false, several = false): string[] {
  const all = sentences(text);
  const listAfter = (i: number) => {
    const items: number[] = [];
    if (!/[:：]$/.test(all[i])) return items;
    for (let j = i + 1, n = 0; j < all.length && n < listItems && LIST_ITEM.test(all[j]); j++, n++) {
      items.push(j);
      // an item whose long label was split from its text ("1. High consumption of computing resources:")
      if (/[:：]$/.test(all[j]) && j + 1 < all.length && !LIST_ITEM.test(all[j + 1])) items.push(++j);
      // an item's formula is followed by what its symbols are ("其中，zᵢ 是…"): part of the item
      while (j + 1 < all.length && SAYS_SYMBOLS.test(all[j + 1])) items.push(++j);
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
  // asked for several things ("which frameworks"), a bullet picked: the bullets beside it under the
  // same head that match as well (section 7's PyTorch beside TensorFlow)
  const siblings = several ? hits.flatMap((h) => {
    const run = new Set(listAround(all, h.i, Infinity, BULLET));
    return ranked.filter((x) => run.has(x.i) && x.i !== h.i && x.score >= h.score && !hits.includes(x)).map((x) => x.i);
  }) : [];
  const picked = hits.length ? [...hits.map((x) => x.i), ...siblings] : all.map((_, i) => i).filter(quotable).slice(0, max);
  // asked for a list ("what are the steps to train a neural network") and one of its items was
  // picked (3.2's steps 2, 3 and 6; only step 6 for "What are the steps of the algorithm?"): the
  // whole list, up to `listItems` items
  const wholeList = wholeLists ? picked.flatMap((i) => listAround(all, i, listItems)) : [];
  // a formula's sentence brings the one that says what its symbols are ("Here, α is the learning
  // rate.", "其中，zᵢ 是神经元 i 的输入，…")
  const order = [...new Set([...picked, ...wholeList].flatMap((i) => [i, ...listAfter(i), ...symbolsAfter(all, i)]))].sort((a, b) => a - b);
  const out: string[] = [];
  order.forEach((i, k) => {
    // an item label split from its text joins it again: "1. High consumption of computing resources: Deep learning …"
    const joinsPrevious = k > 0 && order[k - 1] === i - 1 && !LIST_ITEM.test(all[i]) && LIST_ITEM.test(all[i - 1]) && /[:：]$/.test(all[i - 1]);
    if (joinsPrevious) out[out.length - 1] = joinLabel(out[out.length - 1], all[i]);
    else out.push(all[i]);
  });
  return out;
}

// a formula written in the question ("a_i(1-a_i)", "∂L/∂w"): a run of math characters with a
// subscript, superscript or partial sign
// (or a symbol times a bracket with an operator in it: "a(1-a)", "σ(1-σ)")
const MATH_RUN = /[A-Za-z0-9_^{}()+\-*/·=∂\\\p{Script=Greek}]*(?:[A-Za-z\p{Script=Greek}][_^]|∂|(?<![A-Za-z])[A-Za-z\p{Script=Greek}]\([^()\s]*[-+*/][^()\s]*\))[A-Za-z0-9_^{}()+\-*/·=∂\\\p{Script=Greek}]*/gu;
const compact = (x: string) => x.replace(/[\s·*]/g, '');

/** The formulas a question writes, compacted ("a_i(1 - a_i)" → "aᵢ(1-aᵢ)"); "w_ij" as people type
 *  it is w_{ij}. */
function formulaRuns(question: string): string[] {
  // spaces around operators and brackets are no break in a formula ("a_i(1 - a_i)")
  const q = question.normalize('NFKC').replace(/(?<=[\w)])\s*([-+*/=·←])\s*(?=[\w(])/g, '$1').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
  return (q.match(MATH_RUN) ?? []).map((m) => compact(texToText(m.replace(/_([A-Za-z0-9]{2,3})(?![A-Za-z0-9])/g, '_{$1}')))).filter((m) => [...m].length >= 4);
}

// subscript letters and digits, dropped to compare a formula with one written without indices
const SUBSCRIPT_CHARS = /[ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₀-₉]/gu;
const HAS_SUBSCRIPT = /[ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₀-₉]/u;

/** Whether `text` writes a formula the question writes, indices aside: the sigmoid entry's
 *  "a(1 - a)" for "a_i(1-a_i)". */
export function writesAskedFormula(text: string, question: string): boolean {
  const runs = formulaRuns(question).map((m) => m.replace(SUBSCRIPT_CHARS, '')).filter((m) => [...m].length >= 4);
  const t = compact(text).replace(SUBSCRIPT_CHARS, '');
  return runs.some((m) => t.includes(m));
}

/** The sentences of `text` that write a formula the question quotes ("反向传播公式里 a_i(1-a_i) 是从哪来的"
 *  → step 3's gradient, which holds aᵢ · (1 - aᵢ)), with the sentence after each that says what its
 *  symbols are; empty when the question quotes none or no sentence writes it. */
export function sentencesWithFormula(text: string, question: string): string[] {
  const runs = formulaRuns(question);
  if (!runs.length) return [];
  const all = sentences(text);
  // a formula typed without indices matches one written with them ("a(1-a)" for aᵢ · (1 - aᵢ))
  const writes = (x: string, m: string) => compact(x).includes(m) || (!HAS_SUBSCRIPT.test(m) && compact(x).replace(SUBSCRIPT_CHARS, '').includes(m));
  const hits = all.flatMap((x, i) => (runs.some((m) => writes(x, m)) ? [i, ...symbolsAfter(all, i)] : []));
  return [...new Set(hits)].sort((a, b) => a - b).map((i) => all[i]);
}

/** A bulleted list item ("- TensorFlow: …"). */
const BULLET = /^[-*•]\s/;

/** Asks for several things: "which frameworks", "哪些书". */
export const ASKS_SEVERAL = /\b(?:which|what) (?!(?:does|is|was|has|this|goes|comes|causes|makes|means)\b)[a-z]{2,}s\b|哪些|哪几/i;

/** A sentence that says what a formula's symbols stand for. */
const SAYS_SYMBOLS = /^(?:Here|Where),\s|^其中[,，]/;

/** The sentence after sentence `i` when it says what the symbols are, as a list of its index. */
const symbolsAfter = (all: string[], i: number): number[] => (i + 1 < all.length && SAYS_SYMBOLS.test(all[i + 1]) ? [i + 1] : []);

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
export const ASKED_LIST_ITEMS = 8;
export const ASKS_LIST = /\b(?:list\w*|all|every|what are the|which are the)\b|哪些|哪几|所有|列出|列举/i;
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
export const ASKS_WHOLE_LIST = /\b(?:list (?:all|every|the)|steps|stages|(?:what|which) (?:are the |\w+ ){0,3}(?:steps|stages|phases|methods|ways|challenges|trends|directions|advantages|disadvantages|strengths|weaknesses|types|kinds|parts|components))\b|步骤|哪些(?:挑战|步骤|方法|趋势|方向|优点|缺点|类型|部分)|哪几(?:步|个步骤|种|类)|列出|列举/i;

/** The run of list items around sentence `i` (its items numbered "1." … or bulleted; `item`: only
 *  such items), when `i` is one of them; up to `max` items. */
function listAround(all: string[], i: number, max: number, item = LIST_ITEM): number[] {
  if (!item.test(all[i])) return [];
  let a = i;
  let b = i;
  while (a > 0 && item.test(all[a - 1])) a--;
  while (b + 1 < all.length && item.test(all[b + 1])) b++;
  return Array.from({ length: Math.min(b - a + 1, max) }, (_, k) => a + k);
}

/** Items a quoted list introduction brings along. */
export const LIST_ITEMS = 3;

/** The highest idf-weighted term overlap of any of `texts` with the query terms. */
export function bestOverlap(kb: KnowledgeBase, texts: string[], queryTerms: string[]): number {
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
