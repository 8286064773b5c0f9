// Markdown of the article reduced to plain sentences for retrieval and quoting: code blocks and
// display math dropped, inline math and emphasis markers removed, list markers kept as line starts.
import { texToText } from './inline-math';
import { terms } from './terms';

export function plainText(md: string): string {
  return withoutMath(md.replace(/```[\s\S]*?```/g, '\n'));
}

/** Plain text for quoting in answers: like plainText, but each display formula is kept as readable
 *  text on the line before it ("4. 计算梯度： ∂L/∂wᵢⱼ = (yⱼ − tⱼ) · yⱼ · …"), so that the label that
 *  introduces it is quoted with it, not alone. Retrieval keeps plainText (its index and passage
 *  vectors are built from it). */
export function quotableText(md: string): string {
  const formulas = md.replace(/```[\s\S]*?```/g, '\n').replace(/[ \t]*\n\s*\$\$([\s\S]*?)\$\$/g, (m, tex: string) => ` ${texToText(tex)};`);
  return withoutMath(formulas.replace(/;(?=\s*\n|\s*$)/g, ''));
}

/** The contents of the fenced code blocks of `md`. */
export function codeBlocks(md: string): string[] {
  return [...md.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1].trim()).filter(Boolean);
}

/** How many brackets a code line opens minus how many it closes ("model.compile(optimizer='adam',"
 *  → 1): where a statement split over lines starts and ends. */
export function bracketDepth(line: string): number {
  let depth = 0;
  for (const c of line) depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
  return depth;
}

function withoutMath(md: string): string {
  return md
    .replace(/\$\$[\s\S]*?\$\$/g, '\n')
    .replace(/\$[^$\n]+\$/g, (m) => m.slice(1, -1).replace(/\\[a-zA-Z]+/g, ' ').replace(/[{}_^\\]/g, ' '))
    .replace(/\*\*|__|`|^#+\s*|^>\s*/gm, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Words before a colon up to which it introduces the rest of its line ("TensorFlow: Google's
 *  framework …", "Data privacy: …"), so that both stay one sentence. */
const LABEL_WORDS = 4;

/** Sentences of plain text, in order (Chinese and English punctuation, and list lines). A short
 *  label before a colon stays with what follows it, so that a quote is never just "- PyTorch:";
 *  a formula after a Chinese full stop stays with the sentence before it. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    // a display formula that quotableText put after a full stop stays with its sentence
    // ("计算每个神经元的输出值。 zᵢ = Σⱼ wᵢⱼ xⱼ + bᵢ", "… actual results. L = 1/2 Σ (yᵢ − aᵢ)²")
    .flatMap((line) => line.split(/(?<=[。！？；])(?![^\p{Script=Han}]*[=←][^\p{Script=Han}]*$)|(?<=[^\d\s][.!?;])\s+(?=[A-Z0-9"“(])(?!\S{1,12}\s*[=←])/u))
    .flatMap((part) => {
      const m = /^(.*?[^\d\s]:)\s+(?=[A-Z0-9"“(])(.*)$/u.exec(part);
      if (!m || m[1].replace(/^[-*\d.\s]+/, '').split(/\s+/).length <= LABEL_WORDS) return [part];
      return [m[1], ...sentences(m[2])];
    })
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && /[\p{L}\p{N}]/u.test(s));
}

/** What starts a list item: "- ", "* ", "• ", "1. ", "2) ", "3、". */
export const LIST_ITEM = /^(?:[-*•]|\d+[.)、])\s*/;

/** A list item's label and the text split from it, joined again ("1. High consumption of computing
 *  resources: Deep learning …"; no space after a Chinese colon). */
export function joinLabel(label: string, text: string): string {
  return label + (/：$/.test(label) ? '' : ' ') + text;
}

/** Whether a sentence is only a label that introduced something plain text dropped ("4. 计算梯度：",
 *  "Computing the gradients:" before a display formula or a code block): quoted alone it says nothing. */
export function isBareLabel(sentence: string): boolean {
  const s = sentence.trim();
  if (!/[:：]$/.test(s)) return false;
  const body = s.replace(LIST_ITEM, '').replace(/[:：]$/, '').trim();
  return /[\u4e00-\u9fff]/.test(body) ? [...body].length <= 12 : body.split(/\s+/).length <= LABEL_WORDS;
}

/** The sentences of `text` that share query terms, at most `max`, with the most idf-weighted
 *  shared terms first (ties: the earlier sentence); `i` is each one's position in sentences(text). */
export function sentencesByOverlap(text: string, queryTerms: string[], idf: (term: string) => number, max: number): { s: string; i: number; score: number }[] {
  const q = new Set(queryTerms);
  return sentences(text)
    .map((s, i) => ({ s, i, score: [...new Set(terms(s))].reduce((a, t) => a + (q.has(t) ? idf(t) : 0), 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max);
}
