// Follow-ups that point at an item of the previous answer's list: "那怎么解决第二个" after the
// challenges of section 8.3, "tell me more about the third one", "what about #2?". The items the
// user saw are read from the answer's quoted list lines (listItems) and kept in the conversation
// context (ChatContext.items); the ordinal is then replaced by the item's name ("那怎么解决计算资源
// 消耗") and the question is answered as any other, or, when the message only points at the item
// ("第二个是什么意思"), the item is quoted as its section words it (itemLine). pointsAtItem tells such
// a message apart when there is no list to point into. When an answer showed several lists (3.3's
// strengths and weaknesses), each item keeps its list's intro, and the ordinal's noun ("the second
// weakness", "第二个缺点") picks the list. Framework-free.
import { getSection } from '../content/article';
import type { Lang } from '../content/types';
import { joinLabel, quotableText, sentences } from './plain-text';
import type { ListItem } from './types';

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

// 第二个 / 第2条 / 第三点 / 最后一个, followed by the end or a question about it ("第二个是谁开发的",
// "第三个呢", "第一个方法是什么意思", "第一本书是谁写的": a word for a list's items may follow); not 第二章, 第三层, and not
// "第一个神经网络是什么" (another noun follows)
const ZH_ORDINAL = /(?:第\s*(十[一二三四五六七八九]?|[一二三四五六七八九]|[1-9]\d?)\s*(?:个|条|点|项|种|类|步|本|篇|部)?|最后(?:一)?(?:个|条|点|项|种|步|本|篇|部))(?:方法|措施|步骤|挑战|方向|趋势|缺点|优点|原因|工具|资源|领域|应用|算法|书|教材|论文|框架)?(?=$|[\s呢吗吧啊呀？?，,。！!是的有怎如为能可再还要该具讲说详指])/u;
// "the second one", "the 2nd", "number 2", "#2", "the last one": at the end of the follow-up, so
// that "what was the first neural network?" and "which came first?" keep their meaning
// — or anywhere when a word for a list's items follows ("Why is the second weakness a problem?")
const EN_ORDINAL = /(?:\bthe\s+(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b|(\d{1,2})(?:st|nd|rd|th)\b)|(?:\b(?:number|no\.?|item|point)\s*|#)(\d{1,2})\b)(?:(?:\s+(?:one|item|point|thing|step|challenge|of (?:them|those|these)))?(?=[\s?.!]*$|\s+(?:exactly\s+|really\s+)?mean[\s?.!]*$)|\s+(?:weakness(?:es)?|strengths?|advantages?|disadvantages?|drawbacks?|challenges?|trends?|directions?|methods?|ways?|steps?|books?|textbooks?|papers?|frameworks?|tools?)\b)/i;

// What an ordinal may count, as the intros of two lists in one answer name it (3.3: strengths and
// weaknesses; 8: challenges and future directions)
const LIST_KINDS = [
  /weakness|drawback|disadvantage|limitation|缺点|不足|局限|劣势|弱点/i,
  /strength|advantage|benefit|优点|优势|好处|长处/i,
  /challenge|挑战/i,
  /trend|direction|方向|趋势/i,
];

const MAX_ZH_CHARS = 20;
const MAX_EN_WORDS = 12;
const MAX_ITEMS = 12;

/** The items of the list an answer shows ("> 2. 计算资源消耗：…" → { n: 2, name: "计算资源消耗" }),
 *  numbered as the article numbers them, a bulleted list by position. In a nested list (section 7:
 *  "2. 开发工具：" over "- TensorFlow …", "- PyTorch …") the numbered items count, unless the
 *  question (`topic`) names one of them: then its bullets do ("文章推荐了哪些开发工具" → TensorFlow,
 *  PyTorch). */
export function listItems(answer: string, topic = ''): ListItem[] {
  const numbered: (ListItem & { children: string[] })[] = [];
  const bullets: string[] = [];
  // later numbered lists of the answer (3.3's weaknesses after its strengths), each with its intro
  const later: ListItem[][] = [];
  let intro = '';
  for (const line of answer.split('\n')) {
    const m = /^(?:>\s*)?(?:(\d{1,2})[.、)]|(?<=^>\s*)[-*•])\s+(.+)$/u.exec(line);
    if (!m) {
      const text = line.replace(/^>\s*/, '').trim();
      if (text) intro = text;
      continue;
    }
    const name = itemName(m[2]);
    if (!name) continue;
    if (m[1]) {
      const n = Number(m[1]);
      const current = later.at(-1) ?? numbered;
      // a list numbered from 1 again is another list
      if (current.length && n <= current[current.length - 1].n) later.push([{ n, name, intro }]);
      else if (later.length) later[later.length - 1].push({ n, name, intro: later[later.length - 1][0].intro });
      else numbered.push({ n, name, children: [], intro });
    } else {
      bullets.push(name);
      numbered.at(-1)?.children.push(name);
    }
  }
  const t = topic.normalize('NFKC').toLowerCase();
  const named = numbered.find((i) => i.children.length > 1 && t.includes(i.name.toLowerCase()));
  const byPosition = (names: string[]) => names.slice(0, MAX_ITEMS).map((name, i) => ({ n: i + 1, name }));
  if (named) return byPosition(named.children);
  // several lists: every item with its list's intro, the first list first
  if (numbered.length && later.length) return [...numbered.map(({ n, name, intro: i }) => ({ n, name, intro: i })), ...later.flat()].slice(0, MAX_ITEMS * 2);
  if (numbered.length) return numbered.slice(0, MAX_ITEMS).map(({ n, name }) => ({ n, name }));
  return bullets.length ? byPosition(bullets) : byPosition(enumerated(answer));
}

/** The items of a list written as one sentence, three or more ("深度学习的常见算法包括卷积神经网络（CNN）、
 *  循环神经网络（RNN）、Transformer等。", "… in fields such as computer vision, natural language processing,
 *  speech recognition and recommender systems."): FAQ 9.2 and 9.3 answer that way. */
function enumerated(answer: string): string[] {
  for (const line of answer.split('\n')) {
    const zh = /([^。；：:]*?(?:、[^、。；]+){2,}?)(?=等|。|；|$)/u.exec(line.replace(/^>\s*/, ''));
    if (zh && /、/.test(zh[1])) {
      const parts = zh[1].split('、');
      parts[0] = parts[0].replace(/^.*(?:包括|包含|在|如|有|是)/u, '');
      const last = parts.length - 1;
      parts[last] = parts[last].replace(/(?:等|和|及|以及).*$/u, '');
      const items = parts.map((x) => x.trim()).filter((x) => x.length > 0 && x.length <= 20);
      if (items.length >= 3) return items;
    }
    const en = /\b(?:include|includes|including|such as)\s+((?:[^,.;:]+,\s*){1,}[^,.;:]+?\s+(?:and|or)\s+[^,.;:]+?)[.;]/i.exec(line);
    if (en) {
      const items = en[1].split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.replace(/^the\s+/i, '').trim()).filter((x) => x && x.split(/\s+/).length <= 6);
      if (items.length >= 3) return items;
    }
  }
  return [];
}

/** An item's name: its head before a colon ("计算资源消耗：深度学习模型需要…" → "计算资源消耗",
 *  "Interpretability: Deep learning models …" → "Interpretability"), else its first clause. */
function itemName(text: string): string {
  const plain = text.replace(/\*\*|__|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
  const head = /^(.{1,40}?)\s*[:：]/u.exec(plain)?.[1];
  const short = (s: string) => (/[\u4e00-\u9fff]/.test(s) ? s.length <= 20 : s.split(/\s+/).length <= 6);
  if (head && short(head)) return head;
  const clause = plain.split(/[，,；;。.]\s*/u)[0].trim();
  return clause.length <= 60 ? clause : '';
}

/** The follow-up with its ordinal replaced by the previous list's item ("那怎么解决第二个" →
 *  "那怎么解决计算资源消耗"), or null when it names no ordinal or the list has no such item. */
/** The follow-up with its ordinal replaced by the item it points at ("那怎么解决第二个" → "那怎么解决计算资源
 *  消耗"), and that item; null when it names no ordinal or the list has no such item. */
export function pointedItem(text: string, items: ListItem[]): { question: string; item: ListItem } | null {
  if (!items.length) return null;
  const t = text.normalize('NFKC').trim();
  const zh = /[\u4e00-\u9fff]/.test(t);
  if (zh ? t.length > MAX_ZH_CHARS : t.split(/\s+/).length > MAX_EN_WORDS) return null;
  const m = zh ? ZH_ORDINAL.exec(t) : EN_ORDINAL.exec(t);
  if (!m) return null;
  // several lists: the one whose intro names what the ordinal counts ("the second weakness",
  // "第二个缺点"), else the first
  const lists = [...new Set(items.map((i) => i.intro ?? ''))];
  const kind = LIST_KINDS.find((k) => k.test(m[0]));
  const list = lists.length > 1 ? (kind ? lists.find((x) => kind.test(x)) : undefined) ?? lists[0] : lists[0];
  const pool = items.filter((i) => (i.intro ?? '') === list);
  const last = /最后|last/i.test(m[0]);
  const n = last ? Math.max(...pool.map((i) => i.n)) : zh ? zhNumber(m[1]) : m[1] ? EN_WORDS.indexOf(m[1].toLowerCase()) + 1 : Number(m[2] ?? m[3]);
  const item = pool.find((i) => i.n === n);
  if (!item) return null;
  return { question: `${t.slice(0, m.index)}${item.name}${t.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim(), item };
}

// "and the other one?", "what about the other weakness", "另一个呢", "另外一个是什么意思": the item of a
// two-item list that the conversation did not point at
const EN_OTHER = /\bthe other (?:one|item|point|thing|weakness|strength|advantage|disadvantage|drawback|challenge|trend|direction|method|way|step)\b/i;
const ZH_OTHER = /另(?:一|外(?:一)?)(?:个|条|点|项|种|方面)(?:缺点|优点|挑战|方向|趋势|方法)?/u;

/** The follow-up with "the other one" replaced by the other item of a two-item list: the list of the
 *  item the conversation last quoted (`current`), else of the item its last question pointed at by
 *  position ("what's the first strength?" → the second strength); null otherwise. */
export function otherItem(text: string, items: ListItem[], current: ListItem | null, topic: string): { question: string; item: ListItem } | null {
  const t = text.normalize('NFKC').trim();
  const zh = /[\u4e00-\u9fff]/.test(t);
  if (!items.length || (zh ? t.length > MAX_ZH_CHARS : t.split(/\s+/).length > MAX_EN_WORDS)) return null;
  const m = zh ? ZH_OTHER.exec(t) : EN_OTHER.exec(t);
  if (!m) return null;
  const base = (current && items.find((i) => i.n === current.n && i.name === current.name)) ?? pointedItem(topic, items)?.item;
  if (!base) return null;
  const pool = items.filter((i) => (i.intro ?? '') === (base.intro ?? ''));
  const other = pool.length === 2 ? pool.find((i) => i !== base) : undefined;
  if (!other) return null;
  return { question: `${t.slice(0, m.index)}${other.name}${t.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim(), item: other };
}

function zhNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.startsWith('十')) return 10 + (s.length > 1 ? ZH_DIGITS[s[1]] : 0);
  return ZH_DIGITS[s];
}

// What may stand around an ordinal that points at an item and asks nothing else ("what about the
// second one?", "第三个呢", "第二个是什么意思").
const EN_FRAME_ONLY = /^(?:(?:and|so|ok(?:ay)?|what about|how about|tell me (?:more )?about|explain|what is|what's|whats|and what about)[\s,]*)*[\s?.!]*$|^(?:and |so )?what (?:does|do) (?:exactly |really )?mean[\s?.!]*$/i;
const ZH_FRAME_ONLY = /^(?:那|那么|还有|再说说|说说|讲讲)?(?:具体|到底|究竟)?(?:呢|是什么|是啥|是什么意思|什么意思|啥意思|怎么样|讲讲|说说|详细说说|具体说说|展开说说|指什么|是指什么|指的是什么|怎么理解|怎么回事)?(?:吗|呢)?[\s?？。！!]*$/u;

/** Whether the message only points at an item by its position ("the second one", "第三个呢",
 *  "what about #2?", "and the other one?"): without a list to point into, it can only be answered by
 *  asking which. */
export function pointsAtItem(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  const zh = /[\u4e00-\u9fff]/.test(t);
  const m = zh ? ZH_ORDINAL.exec(t) ?? ZH_OTHER.exec(t) : EN_ORDINAL.exec(t) ?? EN_OTHER.exec(t);
  if (!m) return false;
  const rest = `${t.slice(0, m.index)} ${t.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  return zh ? ZH_FRAME_ONLY.test(rest.replace(/\s+/g, '')) : EN_FRAME_ONLY.test(rest);
}

/** Item `n` of a list in section `id`, in `lang`, whole ("2. 解释性差：深度学习模型的工作原理较为复杂，…"):
 *  found by its number and, when a section has several lists numbered from 1, by the name the
 *  conversation showed, in whichever language it was shown (the k-th item numbered n is the same
 *  item in both languages). Null when not found. */
export function itemLine(id: string, n: number, name: string, lang: Lang): string | null {
  const s = getSection(id);
  if (!s) return null;
  const all = { en: sentences(quotableText(s.body.en)), zh: sentences(quotableText(s.body.zh)) };
  const numbered = (l: Lang) => all[l].map((x, i) => ({ x, i })).filter(({ x }) => new RegExp(`^${n}[.、)]\\s`).test(x));
  // the list the name came from: the item that holds the name, in whichever language it is written
  for (const from of ['en', 'zh'] as const) {
    const items = numbered(from);
    const k = items.findIndex(({ x }) => x.includes(name));
    if (k < 0) continue;
    const same = from === lang ? items[k] : numbered(lang)[k];
    return same ? withItsText(all[lang], same.i) : null;
  }
  return null;
}

/** Sentence `i`, with the sentence after it when it is only a label ("1. High consumption of computing resources:"). */
function withItsText(all: string[], i: number): string {
  return /[:：]$/.test(all[i]) && i + 1 < all.length ? joinLabel(all[i], all[i + 1]) : all[i];
}
