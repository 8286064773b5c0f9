// "in one sentence", "tl;dr", "一句话概括一下": the answer just given, cut to its first sentence
// (with a list, the sentence that introduces it and the first clause of each item). Only text of
// the answer is kept, so nothing new is said. Tour 5 of session 21: "can u give me a one sentence
// version for my boss" after the Transformer got section 5.1's install steps. Framework-free.
import type { Lang } from '../content/types';

const LIST_ITEM = /^(?:\d+\.|[-•*])\s+/;
// paragraphs that close an answer rather than carry it
const CLOSING = /^(?:\*\*Glassbox|The article (?:discusses|never names|does not)|文章(?:在第|没有|从未)|```)/u;

/** The first sentence of `text` (a paragraph of one language). */
export function firstSentence(text: string, lang: Lang): string {
  const t = text.trim();
  const m = lang === 'zh' ? /^.*?[。！？](?=.)/su.exec(t) : /^.*?[.!?](?=\s+["“(\p{Lu}])/su.exec(t);
  return (m ? m[0] : t).trim();
}

/** The last sentence of `text`. */
function lastSentence(text: string, lang: Lang): string {
  const parts = text.trim().split(lang === 'zh' ? /(?<=[。！？])/u : /(?<=[.!?])\s+(?=["“(\p{Lu}])/u);
  return parts[parts.length - 1].trim();
}

/** The first clause of a list item ("Use regularization techniques, such as L1 and L2
 *  regularization." → "Use regularization techniques"). */
function firstClause(item: string): string {
  return item.replace(LIST_ITEM, '').split(/[,，:：;；(（。]|\.(?:\s|$)/u)[0].replace(/\*\*/g, '').trim();
}

/** The answer's first sentence; with a list it introduces, the lead and each item's first clause
 *  joined by semicolons. Null when the answer has no body after its opening line. */
export function briefOf(answer: string, lang: Lang): string | null {
  const paragraphs = answer.split(/\n\s*\n/).slice(1);
  const lines: string[] = [];
  for (const p of paragraphs) {
    if (CLOSING.test(p.trim())) break;
    for (const line of p.split('\n')) {
      const l = line.replace(/^>\s?/, '').trim();
      if (l) lines.push(l);
    }
  }
  if (!lines.length) return null;
  // a list the answer introduces ("…面临着一些挑战：" before "1. 可解释性：…") is what it says
  const at = lines.findIndex((l, i) => i > 0 && LIST_ITEM.test(l) && /[:：]$/.test(lines[i - 1]));
  const lead = at > 0 ? lastSentence(lines[at - 1], lang) : firstSentence(lines[0].replace(LIST_ITEM, ''), lang);
  if (at < 0 && !/[:：]$/.test(lead)) return lead;
  const items = lines.slice(at > 0 ? at : 1).filter((l) => LIST_ITEM.test(l)).map(firstClause).filter(Boolean);
  if (!items.length) return lead;
  // (mid-sentence, an English item starts in lower case unless it starts with a name: "CNN", "L2")
  return lang === 'zh' ? `${lead}${items.join('；')}。` : `${lead} ${items.map((x) => (/^\p{Lu}[\p{Ll}\s]/u.test(x) ? x[0].toLowerCase() + x.slice(1) : x)).join('; ')}.`;
}
