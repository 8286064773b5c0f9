// Decides whether a chat question is Chinese or English, so the answer can be given in the
// question's language. Mixed text ("CNN的pooling层有什么用", "那batch size呢") counts as Chinese when
// Han characters carry the sentence; a few Chinese terms inside an English sentence do not.
import type { Lang } from '../content/types';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+/g;
// Chinese particles, pronouns and question words: they carry a sentence, terms do not.
const GRAMMAR = /[呢吗吧嘛么啊呀的了是那这怎什哪谁]|多少|几[个层轮次]/u;

/** `text` without code it quotes: `spans`, error messages, calls with their arguments ("model.add(Dense(10,
 *  activation='softmax'))") and other parentheses, quoted strings and identifiers such as x_train,
 *  model.fit or Conv2D. */
export function withoutCode(text: string): string {
  // an error message pasted after 报错 or after "ValueError:" is quoted text, not the question's
  // language ("运行代码报错 logits and labels must have the same first dimension")
  let t = text.replace(/`[^`]*`/g, ' ').replace(/(?:报了?错|错误信息|错误提示|\b[A-Za-z]*(?:Error|Exception)\s*:)[:：]?[^\p{Script=Han}]*/gu, ' ');
  // a call: name( … ) with nested parentheses, removed from the innermost out (with any other
  // parenthesis: an aside in brackets does not set the question's language either)
  for (let i = 0; i < 8 && /\([^()]*\)/.test(t); i++) t = t.replace(/(?:[A-Za-z_][\w.]*)?\([^()]*\)/g, ' ');
  return t.replace(/'[^']*'|"[^"]*"/g, ' ').replace(/\b[A-Za-z_]*(?:[A-Za-z]_|_[A-Za-z]|[a-z]\.[a-z]|[A-Za-z]\d|=)[\w.=]*/g, ' ');
}

export function detectLanguage(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  // code quoted in a Chinese question ("model.add(Dense(10)) 这行是什么意思") is not English
  const words = withoutCode(text).match(LATIN_WORD)?.length ?? 0;
  // One Latin word is worth about two Han characters (a Chinese word is ~2 characters); Chinese
  // grammar words make the sentence Chinese with as many Han characters as Latin words ("那batch
  // size呢", "batch size设多少"), while Chinese terms in an English sentence bring none
  return han >= 2 * words || (GRAMMAR.test(text) && han >= words) ? 'zh' : 'en';
}
