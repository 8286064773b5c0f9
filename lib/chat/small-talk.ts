// Greetings, thanks and goodbyes in English and Chinese, answered with a short friendly reply
// instead of a retrieval (which would refuse them).
import type { Lang } from '../content/types';

export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'ack';

const PATTERNS: [SmallTalk, RegExp][] = [
  ['greeting', /^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|greetings|你好|您好|嗨|哈喽|哈啰|早上好|下午好|晚上好|大家好)( there| everyone| all|呀|啊|！)?$/],
  ['thanks', /^(thanks?( you)?( so much| a lot| very much)?|thx|ty|cheers|谢谢(你|您)?|多谢|感谢|非常感谢|谢啦|太感谢了)$/],
  ['goodbye', /^(bye( bye)?|goodbye|see you|see ya|再见|拜拜|回头见)$/],
  ['ack', /^(ok(ay)?|cool|great|nice|got it|i see|understood|that makes sense|makes sense|that helps|perfect|awesome|好的?|好吧|行|明白了?|懂了|知道了|了解了?|原来如此|辛苦(了|啦)|收到)$/],
];

function clauseKind(clause: string): SmallTalk | null {
  for (const [kind, re] of PATTERNS) if (re.test(clause)) return kind;
  return null;
}

/** The kind of small talk `text` is, or null for anything else: short messages whose every
 *  clause is a greeting, thanks, goodbye or acknowledgement ("cool, that makes sense. bye"). The
 *  most telling clause wins: goodbye over thanks over greeting over acknowledgement. */
export function smallTalk(text: string): SmallTalk | null {
  const t = text.normalize('NFKC').toLowerCase().trim();
  if (!t || t.length > 60) return null;
  const clauses = t.split(/[\s]*[!！.。,，~～?？;；:：)（）(😊🙂👋🙏]+[\s]*/u).map((c) => c.trim()).filter(Boolean);
  if (!clauses.length) return null;
  const kinds = clauses.map(clauseKind);
  if (kinds.some((k) => k === null)) return null;
  for (const k of ['goodbye', 'thanks', 'greeting', 'ack'] as const) if (kinds.includes(k)) return k;
  return null;
}

export const SMALL_TALK_REPLY: Record<SmallTalk, Record<Lang, string>> = {
  greeting: {
    en: 'Hello! Ask me anything about the article — deep learning, CNNs, Transformers, training or interpretability. Every answer cites the section it comes from.',
    zh: '你好！可以问我关于这篇文章的任何问题——深度学习、卷积网络、Transformer、训练或可解释性。每个回答都会注明出自哪一节。',
  },
  thanks: {
    en: "You're welcome! Ask another question whenever you like.",
    zh: '不客气！还有问题随时问我。',
  },
  goodbye: {
    en: 'Goodbye! Your conversation stays on this device.',
    zh: '再见！对话只保存在你的设备上。',
  },
  ack: {
    en: 'Glad it helped. What else would you like to know?',
    zh: '很高兴能帮上忙。还想了解什么？',
  },
};
