// Development questions for the chat: the set the retriever's weights and refusal threshold are
// fitted on (models/chat/calibrate.ts). Separate from the held-out evaluation set in
// data/eval-questions.json, which is written by someone else and only read by evaluate.ts.
import { glossary } from '../../lib/content/glossary';
import type { Lang } from '../../lib/content/types';
import { OUT_OF_SCOPE, PARAPHRASES, secondSetQuestions } from '../text/data/embed-data';
import { DEV_EXTRA_IN_SCOPE, DEV_EXTRA_OUT_OF_SCOPE } from './data/dev-extra';

export interface DevQuestion {
  lang: Lang;
  question: string;
  /** Sections that answer it; empty for out-of-scope. */
  sections: string[];
  /** From the second reader set's development half (fits the ranking only, see calibrate.ts). */
  rankingOnly?: boolean;
}

/** Authored for calibration (CC0): things the article and glossary do not answer. */
const OUT_OF_SCOPE_DEV: { en: string[]; zh: string[] } = {
  en: [
    'How do I change a flat tire?', 'What time does the supermarket close on Sundays?', 'Write me a poem about the sea.',
    'Is coffee bad for your heart?', 'How many players are on a basketball team?', 'What is the best way to learn Spanish?',
    'How do I undo the last git commit?', 'What is the difference between let and const in JavaScript?', 'How do I make a pivot table in Excel?',
    'Which SQL join returns all rows from both tables?', 'How do I set up a Wi-Fi router?', 'Why is my phone battery draining so fast?',
    'How much RAM does a gaming PC need?', 'What is the price of an RTX 4090?', 'Who founded DeepMind?',
    'What is the context length of Llama 3?', 'How does a diffusion model generate images step by step?', 'What is Q-learning in reinforcement learning?',
  ],
  zh: [
    '怎么换自行车的内胎？', '周末去哪里爬山比较好？', '帮我写一首关于春天的诗。', '喝咖啡对身体有害吗？', '篮球比赛一节多长时间？', '学日语从哪里开始？',
    'git怎么撤销上一次提交？', 'Python的列表和元组有什么区别？', 'Excel怎么做数据透视表？', '路由器怎么设置密码？', '手机电池老化了怎么办？',
    '买一块A100显卡要多少钱？', 'DeepMind是谁创立的？', '大语言模型的上下文长度是多少？', '扩散模型是怎么一步步生成图片的？', '强化学习里的Q学习是什么？', '股票明天会涨吗？',
  ],
};

/** Authored for calibration (CC0): questions about code details and named chapters/sections. */
const IN_SCOPE_DEV: DevQuestion[] = [
  { lang: 'en', question: 'How many filters does the first Conv2D layer have?', sections: ['5.2'] },
  { lang: 'en', question: 'What input shape does the example model declare?', sections: ['5.2', '4.1'] },
  { lang: 'en', question: 'How is the MNIST data loaded in the example?', sections: ['5.2', '5.3'] },
  { lang: 'en', question: 'What does model.fit do in the code?', sections: ['5.3', '5.2'] },
  { lang: 'en', question: 'What does chapter 4 cover?', sections: ['4'] },
  { lang: 'en', question: 'Summarize section 8.3.', sections: ['8.3'] },
  { lang: 'zh', question: '第一个卷积层有多少个卷积核？', sections: ['5.2'] },
  { lang: 'zh', question: '示例代码的输入形状是多少？', sections: ['5.2', '4.1'] },
  { lang: 'zh', question: '代码里怎么加载MNIST数据？', sections: ['5.2', '5.3'] },
  { lang: 'zh', question: 'model.fit这一步做了什么？', sections: ['5.3', '5.2'] },
  { lang: 'zh', question: '第二章讲了什么？', sections: ['2'] },
  { lang: 'zh', question: '概括一下第六章', sections: ['6'] },
];

/** Whether question `i` of secondSetQuestions() is in the check half (odd positions), which no
 *  fit sees; the even half is development data. */
export function isSecondSetCheck(i: number): boolean {
  return i % 2 === 1;
}

export function devQuestions(): { inScope: DevQuestion[]; outOfScope: DevQuestion[] } {
  const inScope: DevQuestion[] = [...IN_SCOPE_DEV, ...DEV_EXTRA_IN_SCOPE];
  // only the second paraphrase of each section: the first ones train the embedding model, and
  // calibrating on training questions would overrate their similarity
  for (const [section, p] of Object.entries(PARAPHRASES)) {
    inScope.push({ lang: 'en', question: p.en[1], sections: [section] });
    inScope.push({ lang: 'zh', question: p.zh[1], sections: [section] });
  }
  // Every other question of the second reader set (paraphrases, mostly without the section's own
  // words; session 9): without them the development set holds mostly questions that share the
  // article's words, and the fitted weights and threshold refused 28 % of English paraphrases. The
  // other half stays a check that is never fitted on (isSecondSetCheck, calibrate.ts).
  for (const [i, q] of secondSetQuestions().entries()) if (!isSecondSetCheck(i)) inScope.push({ lang: q.lang, question: q.text, sections: [q.sectionId], rankingOnly: true });
  for (const g of glossary) {
    inScope.push({ lang: 'en', question: `What is ${g.term.en.toLowerCase()}?`, sections: [g.section] });
    inScope.push({ lang: 'zh', question: `${g.term.zh}是什么？`, sections: [g.section] });
  }
  const outOfScope: DevQuestion[] = [
    ...OUT_OF_SCOPE.map((q) => ({ lang: q.lang, question: q.text, sections: [] })),
    ...OUT_OF_SCOPE_DEV.en.map((question) => ({ lang: 'en' as const, question, sections: [] })),
    ...OUT_OF_SCOPE_DEV.zh.map((question) => ({ lang: 'zh' as const, question, sections: [] })),
    ...DEV_EXTRA_OUT_OF_SCOPE,
  ];
  return { inScope, outOfScope };
}
