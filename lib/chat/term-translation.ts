// "What is the Chinese term for backpropagation?", "dropout的中文是什么", "反向传播用英文怎么说": a
// question that asks what one glossary concept is called in the other language. The answer is the
// glossary's term in that language and, where the article writes the term, the sentence that
// writes it in both languages (the sections align sentence for sentence, sentence-pick.ts), so the
// reader sees the word in use. A question naming no concept, or more than the term asked about
// ("the Chinese term for the thing that prevents overfitting"), is not one of these.
// Framework-free.
import { article, getSection } from '../content/article';
import type { GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import { glossarySource, sourceOf } from './answer-sources';
import { asCertain } from './calibration';
import { glossaryNamesIn, type KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { quote } from './quote';
import type { ChatAnswer, Retrieval } from './types';
import { quotableText, sentences } from './plain-text';
import { alignedSentences } from './sentence-pick';
import { escapeRegExp } from '../util/escape-regexp';

// the language asked for, with what else the question may say around the term
const TO_ZH_EN = /\b(?:chinese|mandarin)\s+(?:(?:term|word|name|translation|equivalent|version)s?\s+)?(?:for|of)\b|\bhow (?:do (?:you|i|we)|to|would you|does the article) (?:say|write|call|translate)\b.*\bin (?:chinese|mandarin)\b|\b(?:called|said|written|translated) in (?:chinese|mandarin)\b|\bcall .{1,40} in (?:chinese|mandarin)$|\btranslat\w* .{1,40} (?:in)?to (?:chinese|mandarin)\b|^(?:what(?:'s| is) )?.{1,40} in (?:chinese|mandarin)$/i;
const TO_EN_EN = /\benglish\s+(?:(?:term|word|name|translation|equivalent|version)s?\s+)?(?:for|of)\b|\bhow (?:do (?:you|i|we)|to|would you|does the article) (?:say|write|call|translate)\b.*\bin english\b|\b(?:called|said|written|translated) in english\b|\bcall .{1,40} in english$|\btranslat\w* .{1,40} (?:in)?to english\b|^(?:what(?:'s| is) )?.{1,40} in english$/i;
const TO_ZH_ZH = /中文(?:名字|名称|术语|单词|翻译|叫法|说法|全称|意思)?(?:是什么|是啥|叫什么|叫啥|怎么说|怎么讲|怎么写|怎么翻译)|(?:用|拿)中文(?:怎么说|怎么讲|叫什么|怎么写)|(?:翻译|译)成中文|中文名|中文叫/;
const TO_EN_ZH = /(?:英文|英语)(?:名字|名称|术语|单词|翻译|叫法|说法|全称)?(?:是什么|是啥|叫什么|叫啥|怎么说|怎么讲|怎么写|怎么拼)|(?:用|拿)(?:英文|英语)(?:怎么说|怎么讲|叫什么|怎么写)|(?:翻译|译)成(?:英文|英语)|英文名|英文叫|英文全称/;

// words a term question may hold besides the pattern and the term ("What is the Chinese word for
// backpropagation?", "深度学习里 dropout 的中文叫什么")
const FILLER_EN = /\b(?:what|what's|whats|is|are|the|a|an|for|of|in|term|word|name|translation|equivalent|version|chinese|mandarin|english|how|do|does|you|i|we|to|say|write|call|called|said|written|translate|translated|would|article|article's|please|pls|exactly|actually|used|deep|learning|and|its|it)\b/gi;
const FILLER_ZH = /中文|英文|英语|名字|名称|术语|单词|翻译|叫法|说法|全称|意思|是什么|是啥|叫什么|叫啥|怎么说|怎么讲|怎么写|怎么拼|怎么翻译|用|拿|成|译|叫|的|是|在|里|中|文章|深度学习|请问|一下|这个|词|呢|吗|啊/g;

/** The language a question asks a term in, when it asks for one ("Chinese term for X" → 'zh'). */
export function asksTermIn(question: string): Lang | null {
  const q = question.normalize('NFKC').replace(/[\s?!.。？！]+$/u, '').trim();
  if (TO_ZH_ZH.test(q) || TO_ZH_EN.test(q)) return 'zh';
  if (TO_EN_ZH.test(q) || TO_EN_EN.test(q)) return 'en';
  return null;
}

/** Whether `name` is the entry's term written another way (its plural, a spelling, its initials:
 *  "backprop", "CNN"), not another concept the entry lists as an alias ("chain rule", "链式法则"). */
function nameOfTerm(g: GlossaryEntry, name: string): boolean {
  const en = g.term.en.toLowerCase();
  const n = name.toLowerCase();
  if (n === en || n === g.term.zh) return true;
  if (/[\u4e00-\u9fff]/.test(n)) return [...Array(g.term.zh.length - 1).keys()].some((i) => n.includes(g.term.zh.slice(i, i + 2)));
  const initials = en.split(/[\s-]+/).map((w) => w[0]).join('');
  if (initials.length > 1 && n.replace(/s$/, '') === initials) return true;
  for (let i = 0; i + 5 <= n.length; i++) if (en.includes(n.slice(i, i + 5))) return true;
  return false;
}

/** The one concept a term question names, with the name it used; null for none or several. */
function askedTerm(kb: KnowledgeBase, question: string): { entry: GlossaryEntry; name: string } | null {
  const found = glossaryNamesIn(kb, question).map((h) => ({ entry: kb.glossaryById.get(h.id)!, name: h.name }));
  // the field itself beside a concept is where the term is used ("深度学习里 dropout 的中文叫什么")
  const own = found.length > 1 ? found.filter((f) => f.entry.id !== 'deep-learning') : found;
  if (own.length !== 1 || !nameOfTerm(own[0].entry, own[0].name)) return null;
  // nothing else asked: what is left without the pattern's words and the name is filler
  const q = question.normalize('NFKC').toLowerCase();
  const rest = q.split(own[0].name).join(' ').replace(/['’]s\b/g, ' ').replace(FILLER_EN, ' ').replace(FILLER_ZH, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return rest ? null : own[0];
}

/** The first sentence of the article that writes the term in both languages, as a pair, preferring
 *  the entry's own section. */
function sentencePair(g: GlossaryEntry): { section: string; en: string; zh: string } | null {
  const order = [g.section, ...article.sections.map((s) => s.id).filter((id) => id !== g.section)];
  const enTerm = new RegExp(`(?<![\\w-])${escapeRegExp(g.term.en.toLowerCase())}`, 'i');
  for (const id of order) {
    const s = getSection(id);
    if (!s) continue;
    for (const zh of sentences(quotableText(s.body.zh)).filter((x) => x.includes(g.term.zh))) {
      const en = alignedSentences(id, [zh], 'zh', 'en')?.[0];
      if (en && enTerm.test(en)) return { section: id, en, zh };
    }
  }
  return null;
}

export interface TermAnswer {
  entry: GlossaryEntry;
  /** The term in the language asked for. */
  term: string;
  target: Lang;
  /** Where the article writes it in both languages. */
  pair: { section: string; en: string; zh: string } | null;
}

/** What a term question asks (the concept, the language, the article's sentence writing it), or
 *  null when the question is no term question. */
export function termQuestion(kb: KnowledgeBase, question: string): TermAnswer | null {
  const target = asksTermIn(question);
  if (!target) return null;
  const entry = askedTerm(kb, question)?.entry;
  if (!entry) return null;
  return { entry, term: entry.term[target], target, pair: sentencePair(entry) };
}

/** The answer to a term question: the term in the language asked for, then the article's sentence
 *  that writes it, in both languages (the question's language first); null for no term question. */
export function termAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  const t = termQuestion(kb, r.question);
  if (!t) return null;
  const lang = r.lang;
  const p = PHRASES[lang];
  const from = t.entry.term[t.target === 'zh' ? 'en' : 'zh'];
  const head = p.termIn(from, t.term, t.target);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const s = t.pair ? getSection(t.pair.section)! : null;
  const body = t.pair && s ? `${p.termUsed(s.id, s.title[lang])}\n\n${quote([t.pair[lang]])}\n\n${quote([t.pair[other]])}` : p.termGlossaryOnly;
  const sources = [glossarySource(kb, t.entry, r, lang)];
  if (t.pair && t.pair.section !== t.entry.section) sources.push(sourceOf(kb, { section: t.pair.section, score: r.ranked.find((x) => x.section === t.pair!.section)?.score ?? 0, passage: -1 }, lang));
  return { answer: `${head}\n\n${body}`, language: lang, kind: 'glossary', refused: false, sources, suggestions: [], confidence: asCertain(r.inScope) };
}
