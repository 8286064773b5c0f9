// Premise/hypothesis pairs for the small zero-shot (NLI-style) model: the topic
// training sentences (topic-data.ts, read-only) as premises, and hypotheses made
// from templates ("This example is {}.", "这段话是关于{}的。", ...) filled with a
// surface name of a topic. Entailment = the premise's own topic, contradiction =
// a random other topic; every premise gives one of each (balanced). Never reads
// the held-out sets. See ./README.md.

import { TOPIC_LABELS } from '../../../lib/text/labels';
import { pick, type Rng, shuffle } from '../../../lib/util/rng';
import { topicExamples } from './topic-data';

export type Lang = 'en' | 'zh';

/** Label ids of the pair classifier (logit order = config.json id2label). */
export const NLI_CONTRADICTION = 0;
export const NLI_ENTAILMENT = 1;

/** Hypothesis templates; `{}` is replaced by a topic name (as the zero-shot pipeline does). */
export const HYPOTHESIS_TEMPLATES: Record<Lang, string[]> = {
  en: ['This example is {}.', 'This text is about {}.'],
  zh: ['这段话是关于{}的。', '这是关于{}的内容。'],
};

/**
 * Surface names per topic (index = TOPIC_LABELS order), authored for Glassbox. The first name
 * of each list is the one the UI offers by default (lib/i18n/text-messages.ts LABEL_NAMES).
 */
export const TOPIC_NAMES: Record<Lang, string[][]> = {
  en: [
    ['computer vision', 'images', 'vision', 'image recognition', 'photos and video'],
    ['natural language processing', 'language', 'text', 'NLP', 'language models'],
    ['speech', 'audio', 'voice', 'speech recognition', 'sound'],
    ['training', 'model training', 'optimization', 'learning rates and losses', 'training neural networks'],
    ['interpretability', 'explainability', 'explanations', 'explainable AI', 'understanding models'],
    ['privacy', 'data privacy', 'data protection', 'personal data', 'security of user data'],
  ],
  zh: [
    ['计算机视觉', '图像', '视觉', '图像识别', '照片和视频'],
    ['自然语言处理', '语言', '文本', '语言模型', '翻译和文本'],
    ['语音', '音频', '声音', '语音识别', '说话'],
    ['训练', '模型训练', '优化', '学习率和损失', '训练神经网络'],
    ['可解释性', '解释', '模型解释', '可解释人工智能', '理解模型'],
    ['隐私', '数据隐私', '数据保护', '个人数据', '用户数据安全'],
  ],
};

export interface NliPair {
  premise: string;
  hypothesis: string;
  /** NLI_CONTRADICTION or NLI_ENTAILMENT. */
  label: number;
  /** Topic of the premise (TOPIC_LABELS index) and language of premise / hypothesis. */
  topic: number;
  lang: Lang;
  hypothesisLang: Lang;
}


export function hypothesis(rng: Rng, lang: Lang, topic: number): string {
  return pick(rng, HYPOTHESIS_TEMPLATES[lang]).replace('{}', pick(rng, TOPIC_NAMES[lang][topic]));
}

/**
 * Premises = topicExamples(rng, nPremises) (generated, hand-written and article sentences);
 * each gives an entailment and a contradiction pair. The hypothesis is in the premise's
 * language or the other one with equal probability (the UI offers labels in the UI language,
 * whatever language the text is in).
 */
export function nliPairs(rng: Rng, nPremises: number): { premise: string; topic: number; lang: Lang; pairs: NliPair[] }[] {
  return topicExamples(rng, nPremises).map((e) => {
    const other = (e.label + 1 + Math.floor(rng() * (TOPIC_LABELS.length - 1))) % TOPIC_LABELS.length;
    const pairs = ([[e.label, NLI_ENTAILMENT], [other, NLI_CONTRADICTION]] as const).map(([topic, label]) => {
      const hypothesisLang: Lang = rng() < 0.5 ? e.lang : e.lang === 'en' ? 'zh' : 'en';
      return { premise: e.text, hypothesis: hypothesis(rng, hypothesisLang, topic), label, topic: e.label, lang: e.lang, hypothesisLang };
    });
    return { premise: e.text, topic: e.label, lang: e.lang, pairs: shuffle(pairs, rng) };
  });
}
