// A question that pastes one of the article's formulas: "L = \frac{1}{2} \sum_{i=1}^{m} (y_i - a_i)^2
// what is this measuring", "z_i = \sum_{j=1}^{n} w_{ij} x_j + b_i 是什么意思". Its TeX commands were
// unknown words and declined it (development set D, session 25). The formula is found in the
// section that writes it (compared without spaces; the pasted text may be a part of a longer one), and
// the answer quotes the list item that holds it, with the item's label and the sentences that say what
// its symbols are. Only source text and fixed phrases. Framework-free.
import { article, getSection } from '../content/article';
import type { Lang } from '../content/types';
import { rankedOrBest, sourceOf } from './answer-sources';
import { asCertain } from './calibration';
import type { KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { quotableText, sentences } from './plain-text';
import { quote } from './quote';
import type { ChatAnswer, Retrieval } from './types';

/** Text a pasted formula has: a TeX command, a braced sub- or superscript, or a subscripted symbol. */
const TEX = /\\[A-Za-z]+|[_^]\{|\b[a-z]_[a-z0-9]\b/;

const squeeze = (tex: string) => tex.replace(/\\(?:left|right|,|;|!|quad)/g, '').replace(/\s+/g, '');

/** The section and list item (its text in `lang`) of the formula the question pastes, or null. */
export function formulaQuoted(question: string, lang: Lang): { section: string; item: string } | null {
  const q = question.normalize('NFKC');
  if (!TEX.test(q)) return null;
  // the pasted formula: from its first TeX-looking character to the last, as written
  const pasted = squeeze(q.replace(/[A-Za-z\s?？。，,]*$/u, '').replace(/^[^=\\_^]*?(?=\S*\s*[=\\_^])/u, ''));
  if (pasted.length < 6) return null;
  for (const s of article.sections) {
    const body = s.body.en;
    const formulas = [...body.matchAll(/\$\$([\s\S]*?)\$\$/g)].map((m) => m[1]);
    const k = formulas.findIndex((f) => squeeze(f).includes(pasted) || pasted.includes(squeeze(f)));
    if (k < 0) continue;
    // the numbered item of the section (in `lang`: the same formula, by position) that holds it
    const own = s.body[lang];
    const block = [...own.matchAll(/\$\$([\s\S]*?)\$\$/g)][k];
    if (!block || block.index === undefined) return null;
    const lines = own.split('\n');
    const line = own.slice(0, block.index).split('\n').length - 1;
    let first = line;
    while (first > 0 && !/^\d+\.\s/.test(lines[first])) first--;
    let last = line + 1;
    while (last < lines.length && !/^\d+\.\s/.test(lines[last]) && !/^#/.test(lines[last])) last++;
    return { section: s.id, item: sentences(quotableText(lines.slice(first, last).join('\n'))).join(' ') };
  }
  return null;
}

/** The list item that holds the formula the question pastes, under a lead naming its section; null
 *  when the question pastes none of the article's formulas. */
export function formulaAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  const found = formulaQuoted(r.question, r.lang);
  const s = found ? getSection(found.section) : undefined;
  if (!found || !s) return null;
  return {
    answer: `${PHRASES[r.lang].formulaIn(s.id, s.title[r.lang])}\n\n${quote([found.item])}`,
    language: r.lang, kind: 'section', refused: false,
    sources: [sourceOf(kb, rankedOrBest(r, s.id), r.lang)], suggestions: [],
    confidence: asCertain(r.inScope),
  };
}
