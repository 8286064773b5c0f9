// Sentiment training data (English + Chinese), generated from real lexicons and
// authored vocabulary with seeded templates. See ./README.md for sources and licences.
// Label 0 = negative, 1 = positive (lib/text/labels.ts).

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pick, type Rng, shuffle } from '../../../lib/util/rng';
import { enAspectStatement, zhAspectStatement } from './sentiment-aspects';
import { SENTIMENT_LABELS } from '../../../lib/text/labels';
import { HANDWRITTEN_SENTIMENT } from './sentiment-handwritten';
import { SENTIMENT_NATURAL_EN } from './sentiment-natural-en';
import { SENTIMENT_NATURAL_ZH } from './sentiment-natural-zh';
import { SENTIMENT_NATURAL_EN_2 } from './sentiment-natural-en-2';
import { SENTIMENT_NATURAL_ZH_2 } from './sentiment-natural-zh-2';
import { SENTIMENT_NATURAL_EN_3 } from './sentiment-natural-en-3';
import { SENTIMENT_NATURAL_ZH_3 } from './sentiment-natural-zh-3';
import { SENTIMENT_NATURAL_EN_4 } from './sentiment-natural-en-4';
import { SENTIMENT_NATURAL_ZH_4 } from './sentiment-natural-zh-4';
import { SENTIMENT_NATURAL_EN_5 } from './sentiment-natural-en-5';
import { SENTIMENT_NATURAL_ZH_5 } from './sentiment-natural-zh-5';
import { SENTIMENT_NATURAL_EN_6A } from './sentiment-natural-en-6a';
import { SENTIMENT_NATURAL_EN_6B } from './sentiment-natural-en-6b';
import { SENTIMENT_NATURAL_ZH_6 } from './sentiment-natural-zh-6';

export interface Example {
  text: string;
  label: number;
  lang: 'en' | 'zh';
}

/** Single-word English opinion words: AFINN-165 (|score| >= 2) and VADER (|mean| >= 1.5), signs agreeing. */
export function englishLexicon(): { pos: string[]; neg: string[] } {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const afinn: Record<string, number> = require('sentiment/languages/en/labels.json');
  const vaderFile = path.join(path.dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
  const vader = new Map<string, number>();
  for (const line of fs.readFileSync(vaderFile, 'utf8').split('\n')) {
    const [w, m] = line.split('\t');
    if (w && /^[a-z]+$/.test(w)) vader.set(w, Number(m));
  }
  const score = new Map<string, number>();
  for (const [w, s] of Object.entries(afinn)) if (/^[a-z]+$/.test(w) && Math.abs(s) >= 2) score.set(w, s);
  for (const [w, m] of vader) {
    if (Math.abs(m) < 1.5) continue;
    const a = score.get(w);
    if (a !== undefined && Math.sign(a) !== Math.sign(m)) score.delete(w);
    else if (a === undefined && afinn[w] === undefined) score.set(w, m);
  }
  const pos: string[] = [];
  const neg: string[] = [];
  for (const [w, s] of [...score.entries()].sort()) (s > 0 ? pos : neg).push(w);
  return { pos, neg };
}

// Everyday evaluative adjectives, so that templates read naturally (authored).
const EN_POS_ADJ = ['good', 'great', 'excellent', 'amazing', 'wonderful', 'fantastic', 'lovely', 'nice', 'brilliant', 'superb', 'impressive', 'enjoyable', 'delightful', 'perfect', 'solid', 'pleasant', 'helpful', 'friendly', 'fast', 'smooth', 'reliable', 'beautiful', 'fun', 'clever', 'charming', 'useful', 'tasty', 'comfortable', 'clean', 'worth it', 'outstanding', 'satisfying', 'awesome', 'decent', 'intuitive'];
const EN_NEG_ADJ = ['bad', 'terrible', 'awful', 'horrible', 'poor', 'boring', 'disappointing', 'slow', 'broken', 'useless', 'annoying', 'dull', 'rude', 'dirty', 'ugly', 'buggy', 'confusing', 'overpriced', 'mediocre', 'painful', 'frustrating', 'unreliable', 'cheap', 'bland', 'noisy', 'clunky', 'weak', 'sloppy', 'pathetic', 'a waste of money', 'a mess', 'unbearable', 'laggy', 'tedious', 'cold'];
const EN_NOUNS = ['movie', 'film', 'food', 'service', 'staff', 'app', 'phone', 'book', 'hotel', 'room', 'product', 'battery', 'price', 'plot', 'acting', 'music', 'update', 'delivery', 'experience', 'support team', 'course', 'lecture', 'game', 'camera', 'restaurant', 'laptop', 'show', 'album', 'website', 'checkout process', 'coffee', 'meal', 'trip', 'flight', 'keyboard', 'headphones', 'interface', 'tutorial', 'article', 'demo'];
const EN_INTENS = ['very', 'really', 'so', 'extremely', 'incredibly', 'quite', 'absolutely', 'totally', 'pretty', 'super'];
const EN_SUBJ = ['the {n}', 'this {n}', 'my {n}', 'our {n}', 'their {n}', 'the new {n}'];
const EN_POS_VERB = ['loved', 'love', 'liked', 'enjoyed', 'adore', 'really like', 'appreciate', 'would recommend'];
const EN_NEG_VERB = ['hated', 'hate', 'disliked', 'regret buying', 'returned', "can't stand", 'gave up on', 'want a refund for'];
// Neutral context (authored): teaches the model that facts around an opinion carry no polarity.
const EN_NEUTRAL = ['we went there on saturday', 'my sister picked it', 'i bought it last month', 'it arrived on tuesday', 'we ordered the set menu', 'the place is near the station', 'i used it for two weeks', 'we watched it with friends', 'it comes in three colours', 'i read it on the train', 'the shop opens at nine', 'we stayed for three nights', 'i tried the new version', 'my order number was 4512'];
const ZH_NEUTRAL = ['上周末去的', '朋友推荐的', '上个月买的', '周二到的货', '我们点了套餐', '店在地铁站旁边', '用了两个星期', '和朋友一起看的', '有三种颜色', '在火车上看完的', '住了三个晚上', '试了新版本'];

function typo(rng: Rng, w: string): string {
  if (w.length < 4 || w.includes(' ')) return w;
  const i = 1 + Math.floor(rng() * (w.length - 2));
  const r = rng();
  if (r < 0.33) return w.slice(0, i) + w.slice(i + 1); // drop
  if (r < 0.66) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
  return w.slice(0, i) + w[i] + w.slice(i); // double
}

function enClause(rng: Rng, positive: boolean, lex: { pos: string[]; neg: string[] }): string {
  const useLex = rng() < 0.45;
  let w = useLex ? pick(rng, positive ? lex.pos : lex.neg) : pick(rng, positive ? EN_POS_ADJ : EN_NEG_ADJ);
  if (rng() < 0.08) w = typo(rng, w);
  const subj = pick(rng, EN_SUBJ).replace('{n}', pick(rng, EN_NOUNS));
  const int = rng() < 0.35 ? pick(rng, EN_INTENS) + ' ' : '';
  const forms = [
    `${subj} was ${int}${w}`,
    `${subj} is ${int}${w}`,
    `i found ${subj} ${int}${w}`,
    `${int}${w}`,
    `${subj} felt ${int}${w}`,
    `it was ${int}${w}`,
    `honestly ${w}`,
  ];
  forms.push(`i ${pick(rng, positive ? EN_POS_VERB : EN_NEG_VERB)} ${pick(rng, ['it', 'this', subj])}`);
  if (useLex) forms.push(`${w}`, `${w} ${pick(rng, EN_NOUNS)}`, `that was ${w}`);
  else forms.push(`what a ${w} ${pick(rng, EN_NOUNS)}`, `${w} ${pick(rng, EN_NOUNS)}, would ${positive ? '' : 'not '}recommend`);
  return pick(rng, forms);
}

function enNegated(rng: Rng, positive: boolean): string {
  // "not {adj}" flips the polarity: the result has label !positive... here we
  // build a clause whose *final* polarity is `positive`.
  const w = pick(rng, positive ? EN_NEG_ADJ : EN_POS_ADJ);
  const subj = pick(rng, EN_SUBJ).replace('{n}', pick(rng, EN_NOUNS));
  return pick(rng, [
    `${subj} was not ${w}`,
    `${subj} isn't ${w} at all`,
    `${subj} is not ${w}`,
    `not ${w} at all`,
    `i don't think ${subj} is ${w}`,
    `${subj} was never ${w}`,
    `${subj} wasn't ${pick(rng, EN_INTENS)} ${w}`,
    `nothing ${w} about ${subj}`,
  ]);
}

function enExample(rng: Rng, lex: { pos: string[]; neg: string[] }): Example {
  const label = rng() < 0.5 ? 1 : 0;
  const pos = label === 1;
  const r = rng();
  let text: string;
  if (r < 0.4) text = enClause(rng, pos, lex);
  else if (r < 0.6) text = enNegated(rng, pos);
  else if (r < 0.85) {
    const a = rng() < 0.7 ? enClause(rng, !pos, lex) : enNegated(rng, !pos);
    const b = rng() < 0.7 ? enClause(rng, pos, lex) : enNegated(rng, pos);
    text = pick(rng, [
      `${a}, but ${b}`,
      `${a}. however, ${b}`,
      `although ${a}, ${b}`,
      `${a} at first, but ${b}`,
      `even though ${a}, overall ${b}`,
      `${a}, yet ${b}`,
    ]);
  } else {
    const w = pick(rng, pos ? EN_POS_ADJ : EN_NEG_ADJ);
    const n = pick(rng, EN_NOUNS);
    text = pick(rng, [
      `why is the ${n} so ${w}?`,
      `who knew the ${n} could be this ${w}?`,
      `have you seen how ${w} the ${n} is?`,
      `is there anything more ${w} than this ${n}?`,
    ]);
  }
  const ctx = rng();
  if (ctx < 0.2) text = `${pick(rng, EN_NEUTRAL)}. ${text}`;
  else if (ctx < 0.35) text = `${text}. ${pick(rng, EN_NEUTRAL)}`;
  if (rng() < 0.3) text = text[0].toUpperCase() + text.slice(1);
  text += pick(rng, ['', '', '.', '!', '!!', ' :)'.replace(':)', pos ? ':)' : ':(')]);
  return { text, label, lang: 'en' };
}

// Chinese sentiment vocabulary (authored for this project).
export const ZH_POS = ['好', '不错', '棒', '优秀', '满意', '精彩', '好用', '好吃', '舒服', '方便', '快', '清楚', '实用', '值得', '出色', '完美', '惊艳', '开心', '漂亮', '流畅', '稳定', '贴心', '热情', '干净', '划算', '靠谱', '专业', '有趣', '感人', '精致', '耐用', '清晰', '准确', '强大', '顺利', '愉快', '周到', '及时', '美味', '好看', '好听', '给力', '超值', '省心', '细致', '温馨', '新鲜', '安静', '友好', '高效'];
export const ZH_NEG = ['差', '糟糕', '烂', '失望', '难用', '难吃', '慢', '贵', '卡', '无聊', '垃圾', '麻烦', '脏', '吵', '坑', '差劲', '讨厌', '难看', '难听', '粗糙', '敷衍', '冷漠', '混乱', '复杂', '模糊', '过时', '恶心', '郁闷', '拖沓', '乏味', '离谱', '闹心', '吃力', '难受', '头疼', '别扭', '简陋', '鸡肋', '憋屈', '糊弄人'];
const ZH_POS_VP = ['推荐', '喜欢', '值得一看', '物超所值', '让人惊喜', '超出预期', '很满意', '下次还来', '五星好评', '爱不释手'];
const ZH_NEG_VP = ['后悔', '浪费钱', '浪费时间', '让人失望', '不会再买', '退货了', '气死我了', '差评', '受不了', '被坑了'];
const ZH_NOUNS = ['电影', '手机', '服务', '餐厅', '菜', '酒店', '房间', '软件', '应用', '质量', '价格', '快递', '客服', '剧情', '演员', '音乐', '这本书', '课程', '老师', '电池', '屏幕', '系统', '游戏', '衣服', '产品', '环境', '体验', '效果', '物流', '包装', '界面', '耳机', '电脑', '咖啡', '服务员', '新版本', '售后', '网站', '这家店', '这次旅行'];
const ZH_INTENS = ['很', '非常', '特别', '太', '超级', '真', '挺', '相当', '十分', '极其', '真的很', '实在'];

function zhClause(rng: Rng, pos: boolean): string {
  const n = pick(rng, ZH_NOUNS);
  const r = rng();
  if (r < 0.25) {
    // negation: 不/没/并不/一点也不 + opposite-polarity adjective
    const w = pick(rng, pos ? ZH_NEG : ZH_POS);
    const neg = pick(rng, pos ? ['不', '一点也不', '并不', '一点都不', '没那么'] : ['不', '不太', '一点也不', '并不', '没有那么', '不怎么', '不够']);
    return `${n}${neg}${w}`;
  }
  if (r < 0.4) return `${pick(rng, ['', '这个', '这次', '我觉得'])}${n}${pick(rng, pos ? ZH_POS_VP : ZH_NEG_VP)}`.replace(/^我觉得(.*?)(推荐|喜欢)/, '我$2$1');
  const w = pick(rng, pos ? ZH_POS : ZH_NEG);
  const int = rng() < 0.8 ? pick(rng, ZH_INTENS) : '';
  return pick(rng, [
    `${n}${int}${w}`,
    `这个${n}${int}${w}`,
    `${n}${int}${w}了`,
    `觉得${n}${int}${w}`,
    `${int}${w}的${n}`,
    `${n}${int}${w}啊`,
    `${n}${int}${w}，${pick(rng, pos ? ZH_POS_VP : ZH_NEG_VP)}`,
  ]);
}

function zhExample(rng: Rng): Example {
  const label = rng() < 0.5 ? 1 : 0;
  const pos = label === 1;
  const r = rng();
  let text: string;
  if (r < 0.55) text = zhClause(rng, pos);
  else if (r < 0.85) {
    const a = zhClause(rng, !pos);
    const b = zhClause(rng, pos);
    text = pick(rng, [`虽然${a}，但是${b}`, `${a}，不过${b}`, `${a}，可是${b}`, `一开始${a}，后来${b}`, `${a}，但${b}`, `尽管${a}，${b}`, `${a}，然而${b}`]);
  } else {
    const n = pick(rng, ZH_NOUNS);
    const w = pick(rng, pos ? ZH_POS : ZH_NEG);
    text = pick(rng, [`为什么${n}这么${w}？`, `谁能想到${n}这么${w}？`, `${n}怎么会这么${w}？`, `你见过这么${w}的${n}吗？`]);
  }
  const ctx = rng();
  if (ctx < 0.2) text = `${pick(rng, ZH_NEUTRAL)}，${text}`;
  else if (ctx < 0.35) text = `${text}。${pick(rng, ZH_NEUTRAL)}`;
  text += pick(rng, ['', '', '。', '！', '！！', '~']);
  return { text, label, lang: 'zh' };
}

/** The natural sentence batches in the order they were written, each appended after the earlier
 *  ones so that earlier validation items stay the same ([sentences, language, batch number]):
 *  first (2026-11-28), second, third (hard cases; 2026-11-29), fourth (short inputs, everyday
 *  life, more domains and hard cases), fifth (demo-style inputs, long reviews, conversations,
 *  opinions about people and events, ratings). */
export const NATURAL_SENTIMENT_BATCHES = [
  [SENTIMENT_NATURAL_EN, 'en', 1], [SENTIMENT_NATURAL_ZH, 'zh', 1],
  [SENTIMENT_NATURAL_EN_2, 'en', 2], [SENTIMENT_NATURAL_ZH_2, 'zh', 2],
  [SENTIMENT_NATURAL_EN_3, 'en', 3], [SENTIMENT_NATURAL_ZH_3, 'zh', 3],
  [SENTIMENT_NATURAL_EN_4, 'en', 4], [SENTIMENT_NATURAL_ZH_4, 'zh', 4],
  [SENTIMENT_NATURAL_EN_5, 'en', 5], [SENTIMENT_NATURAL_ZH_5, 'zh', 5],
] as const;

/** The sixth batch is never trained on: models trained with it did no better on natural validation
 *  than the shipped one (within noise; models/text/README.md), so it is a natural TEST set, harder
 *  than the others (verdicts carried by facts and behaviour, negation, contrast). */
export const NATURAL_SENTIMENT_TEST_BATCH = [
  [SENTIMENT_NATURAL_EN_6A, 'en', 6], [SENTIMENT_NATURAL_EN_6B, 'en', 6], [SENTIMENT_NATURAL_ZH_6, 'zh', 6],
] as const;

type NaturalBatch = readonly (readonly [readonly { label: 'positive' | 'negative'; text: string }[], 'en' | 'zh', number])[];

/** The sentences of natural batches as examples, in order. */
function naturalExamples(batches: NaturalBatch): Example[] {
  return batches.flatMap(([list, lang]) => list.map((e) => ({ text: e.text, label: SENTIMENT_LABELS.indexOf(e.label), lang })));
}

/** All sentences of the sixth batch, as examples (never trained on). */
export function naturalSentimentTest(): Example[] {
  return naturalExamples(NATURAL_SENTIMENT_TEST_BATCH);
}

/** Natural sentences (written reviews and comments, both languages) as examples; every tenth one
 *  is kept apart as a natural-text validation set (never trained on). */
export function naturalSentiment(): { train: Example[]; validation: Example[] } {
  const all = naturalExamples(NATURAL_SENTIMENT_BATCHES);
  return { train: all.filter((_, i) => i % 10 !== 0), validation: all.filter((_, i) => i % 10 === 0) };
}

/** Replication of the natural sentences in the training mix (they are few against the generated ones). */
export const NATURAL_REPEAT = 5;

// Adjectives for aspect statements: the generator's, without multi-word entries and without those
// whose verdict depends on the noun ("cold beer", "cheap tickets", "fast" food, "快"/"慢"/"卡"/"贵").
const CONTEXTUAL = new Set(['cold', 'cheap', 'fast', 'slow', '快', '慢', '卡', '贵']);
const ASPECT_ADJ = {
  en: { pos: EN_POS_ADJ.filter((w) => !w.includes(' ') && !CONTEXTUAL.has(w)), neg: EN_NEG_ADJ.filter((w) => !w.includes(' ') && !CONTEXTUAL.has(w)) },
  zh: { pos: ZH_POS.filter((w) => !CONTEXTUAL.has(w)), neg: ZH_NEG.filter((w) => !CONTEXTUAL.has(w)) },
};

// Connectors for composed contrast examples: the verdict is the clause after them.
const CONTRAST_EN: ((a: string, b: string) => string)[] = [
  (a, b) => `${a}, but ${lower(b)}`,
  (a, b) => `${a}. But ${b}`,
  (a, b) => `${a}. However, ${lower(b)}`,
  (a, b) => `${a}. That said, ${lower(b)}`,
  (a, b) => `${a}. Still, ${lower(b)}`,
  (a, b) => `Although ${lower(a)}, ${lower(b)}`,
];
const CONTRAST_ZH: ((a: string, b: string) => string)[] = [
  (a, b) => `${a}，但是${b}`,
  (a, b) => `${a}，不过${b}`,
  (a, b) => `${a}，可是${b}`,
  (a, b) => `虽然${a}，但是${b}`,
  (a, b) => `${a}。但${b}`,
];
const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const clause = (s: string) => s.trim().replace(/[.!?。！？…~～]+$/u, '');

/** The natural sentences contrast examples draw from: short ones (≤ 80 characters) per language,
 *  all of them and by label (two labels), in their original order. */
function contrastPools(natural: Example[]) {
  const of = (lang: string) => {
    const all = natural.filter((e) => e.lang === lang && e.text.length <= 80);
    return { all, byLabel: [0, 1].map((label) => all.filter((e) => e.label === label)) };
  };
  return { en: of('en'), zh: of('zh') };
}

/** A contrast example composed from two natural training sentences of opposite labels and one
 *  language: "<A>, but <B>" / "虽然<A>，但是<B>", labelled as B. */
function contrastExample(rng: Rng, pools: ReturnType<typeof contrastPools>): Example {
  const lang = rng() < 0.5 ? 'en' : 'zh';
  const a = pick(rng, pools[lang].all);
  const b = pick(rng, pools[lang].byLabel[1 - a.label]);
  const join = pick(rng, lang === 'en' ? CONTRAST_EN : CONTRAST_ZH);
  return { text: join(clause(a.text), b.text.trim()), label: b.label, lang };
}

/** `n` generated examples (half English, half Chinese) plus the hand-written and natural ones, plus
 *  `aspects` aspect statements (half each language, half positive; data/sentiment-aspects.ts) and
 *  `contrast` composed contrast examples (contrastExample), drawn after everything else so that
 *  `aspects = 0, contrast = 0` gives the same data as before they existed. */
export function sentimentExamples(rng: Rng, n: number, naturalRepeat = NATURAL_REPEAT, aspects = 0, contrast = 0): Example[] {
  const lex = englishLexicon();
  const out: Example[] = [];
  for (let i = 0; i < n; i++) out.push(i % 2 === 0 ? enExample(rng, lex) : zhExample(rng));
  for (let rep = 0; rep < 3; rep++) out.push(...HANDWRITTEN_SENTIMENT);
  const natural = naturalSentiment().train;
  for (let rep = 0; rep < naturalRepeat; rep++) out.push(...natural);
  for (let i = 0; i < aspects; i++) {
    const label = i % 4 < 2 ? 1 : 0;
    const lang = i % 2 === 0 ? 'en' : 'zh';
    const text = lang === 'en' ? enAspectStatement(rng, label === 1, ASPECT_ADJ.en) : zhAspectStatement(rng, label === 1, ASPECT_ADJ.zh, ZH_INTENS);
    out.push({ text, label, lang });
  }
  const pools = contrast > 0 ? contrastPools(natural) : null;
  for (let i = 0; i < contrast; i++) out.push(contrastExample(rng, pools!));
  return shuffle(out, rng);
}

/** Every text the tokenizer should know: the lexicons and vocabulary lists, once each. */
export function sentimentVocabularyTexts(): string[] {
  const lex = englishLexicon();
  return [...lex.pos, ...lex.neg, ...EN_POS_ADJ, ...EN_NEG_ADJ, ...EN_NOUNS, ...EN_INTENS, ...ZH_POS, ...ZH_NEG, ...ZH_POS_VP, ...ZH_NEG_VP, ...ZH_NOUNS, ...ZH_INTENS];
}
