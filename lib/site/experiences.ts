// The experiences Glassbox offers, in navigation order. `ready` pages appear in the header;
// the rest are listed on the overview as in development (never linked until they work).
import type { Bilingual } from '../content/types';

export interface Experience {
  href: string;
  ready: boolean;
  name: Bilingual;
  summary: Bilingual;
}

export const experiences: Experience[] = [
  {
    href: '/article',
    ready: true,
    name: { en: 'Article', zh: '文章' },
    summary: {
      en: 'The survey of deep learning, CNNs, Transformers and interpretability that Glassbox explains, in Chinese and English side by side, with typeset formulas and editor\u2019s notes where it is wrong.',
      zh: 'Glassbox 讲解的那篇深度学习综述（CNN、Transformer、可解释性），中英对照，公式排版，并附编辑按语指出原文错误。',
    },
  },
  {
    href: '/digits',
    ready: true,
    name: { en: 'Digits', zh: '手写数字' },
    summary: {
      en: 'Draw a digit; the article\u2019s own CNN, fixed and trained here, classifies it live on your GPU, with saliency maps and feature maps.',
      zh: '画一个数字，文章里的 CNN（修正后在本项目中训练）在你的 GPU 上实时识别，并展示显著图和特征图。',
    },
  },
  {
    href: '/text',
    ready: true,
    name: { en: 'Text lab', zh: '文本实验室' },
    summary: {
      en: 'Sentiment and topic classification with small Transformers in your browser, with attention per layer and head, attention rollout and token attributions.',
      zh: '在浏览器中用小型 Transformer 做情感和主题分类，查看每层每头的注意力、注意力展开和词元归因。',
    },
  },
  {
    href: '/chat',
    ready: true,
    name: { en: 'Chat', zh: '问答' },
    summary: {
      en: 'Ask about the article in Chinese or English; answers come from the article, cite their section, and say \u201cI don\u2019t know\u201d instead of inventing.',
      zh: '用中文或英文就文章提问；回答出自文章并注明章节，不知道时直说不知道。',
    },
  },
];
