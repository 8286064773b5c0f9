// Plain probe sentences for sentiment (never trained on), reported by validate-natural.ts:
// - PLAIN: short everyday verdicts a new user types first ("The movie was boring.", "电影很无聊");
//   the 20 Chinese ones were written in session 5 (they caught a candidate that read "手机很卡" as
//   praise), the 20 English ones in session 6, before the candidates they judged were trained.
// - ASPECT: plain verdicts about nouns outside data/sentiment-aspects.ts (curtains, fries, zippers,
//   窗帘, 拉链 …), written in session 6 before the aspect-statement candidates were evaluated, to
//   see whether a fix for nouns read as verdicts reaches nouns it was not given.
// Too small to choose a model by; they guard against a candidate that breaks the basics.
import type { Example } from './sentiment-data';

type Row = readonly ['positive' | 'negative', string];

const PLAIN: readonly Row[] = [
  ["negative", "电影很无聊"],
  ["negative", "这部电影太无聊了"],
  ["negative", "剧情很拖沓"],
  ["negative", "服务态度很差"],
  ["negative", "菜太咸了"],
  ["negative", "质量很差，不推荐"],
  ["negative", "手机很卡"],
  ["negative", "快递太慢了"],
  ["negative", "房间很脏"],
  ["negative", "价格太贵了"],
  ["negative", "老师讲得很乱"],
  ["negative", "这个软件很难用"],
  ["positive", "电影很精彩"],
  ["positive", "服务很周到"],
  ["positive", "菜很好吃"],
  ["positive", "质量很好"],
  ["positive", "手机很流畅"],
  ["positive", "快递很快"],
  ["positive", "房间很干净"],
  ["positive", "价格很实惠"],
  ["negative", "The movie was boring."],
  ["negative", "The service was terrible."],
  ["negative", "The food was too salty."],
  ["negative", "This phone is so slow."],
  ["negative", "The room was dirty."],
  ["negative", "It's way too expensive for what it is."],
  ["negative", "The app keeps crashing."],
  ["negative", "The hotel was noisy all night."],
  ["negative", "The battery dies in two hours."],
  ["negative", "Worst purchase I've made this year."],
  ["negative", "The staff were rude to us."],
  ["negative", "The instructions make no sense."],
  ["positive", "The movie was great."],
  ["positive", "The service was excellent."],
  ["positive", "The food was delicious."],
  ["positive", "This phone is really fast."],
  ["positive", "The room was spotless."],
  ["positive", "Great value for the price."],
  ["positive", "I love this app."],
  ["positive", "The delivery came a day early."],
];

const ASPECT: readonly Row[] = [
  ["positive", "Spotless floors."],
  ["positive", "The pillows were soft and comfortable."],
  ["positive", "Crispy fries and friendly service."],
  ["positive", "The cookies were delicious."],
  ["positive", "The toys are sturdy and fun."],
  ["positive", "Beautiful candles, lovely scent."],
  ["positive", "The wheels roll smoothly."],
  ["positive", "Comfy blankets."],
  ["negative", "Sticky tables."],
  ["negative", "The carpets were filthy."],
  ["negative", "Soggy fries."],
  ["negative", "The cookies were stale."],
  ["negative", "The zippers broke after a week."],
  ["negative", "Flimsy handles."],
  ["negative", "The mirrors were cracked."],
  ["negative", "Dim lamps and stained curtains."],
  ["positive", "窗帘很漂亮"],
  ["positive", "地板特别干净"],
  ["positive", "枕头很舒服"],
  ["positive", "薯条很脆"],
  ["positive", "饼干很好吃"],
  ["positive", "玩具很结实"],
  ["negative", "桌子黏糊糊的"],
  ["negative", "地毯很脏"],
  ["negative", "饼干都潮了"],
  ["negative", "拉链很快就坏了"],
  ["negative", "把手很松"],
  ["negative", "灯光太暗了"],
];

const examples = (rows: readonly Row[]): Example[] =>
  rows.map(([label, text]) => ({ text, label: label === 'positive' ? 1 : 0, lang: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en' }));

/** The plain probe (40 sentences, 20 per language). */
export const sentimentPlainProbe = (): Example[] => examples(PLAIN);
/** The aspect probe (28 sentences: 16 English, 12 Chinese). */
export const sentimentAspectProbe = (): Example[] => examples(ASPECT);
