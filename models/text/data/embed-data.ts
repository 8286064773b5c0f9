// Retrieval training pairs for the embedding model: questions (templated from
// section titles, and hand-written paraphrases in both languages) paired with the
// article section that answers them, plus en<->zh passage pairs. See ./README.md.

import { article } from '../../../lib/content/article';
import { SECTION_QUESTIONS } from './embed-questions';
import { SECTION_QUESTIONS_2A } from './embed-questions-2a';
import { SECTION_QUESTIONS_2B } from './embed-questions-2b';
import { CLASSIFIER_QUESTIONS_A } from '../../chat/data/classifier-questions-a';
import { CLASSIFIER_QUESTIONS_B } from '../../chat/data/classifier-questions-b';

/** The second set of reader questions (2026-11-29: 16 EN + 8 ZH per section, mostly paraphrases
 *  without the section's own words), both parts. Never trained on: a model trained with them tied
 *  the shipped one on the chat's development set and broke a code question (models/chat/README.md),
 *  so they serve as a second held-out retrieval set for the embedding model. */
export const SECTION_QUESTIONS_2: Record<string, { en: string[]; zh: string[] }> = { ...SECTION_QUESTIONS_2A, ...SECTION_QUESTIONS_2B };

export interface Passage {
  sectionId: string;
  lang: 'en' | 'zh';
  text: string;
}

export interface Query {
  sectionId: string;
  lang: 'en' | 'zh';
  text: string;
}

/** Markdown body reduced to plain text (code blocks and math dropped). */
export function plainText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/[#*`>|_$\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One passage per section and language: "title. body" (the model reads its first 128 tokens). */
export function passages(): Passage[] {
  return article.sections
    .filter((s) => s.body.en.trim())
    .flatMap((s) => (['en', 'zh'] as const).map((lang) => ({ sectionId: s.id, lang, text: `${s.title[lang]}. ${plainText(s.body[lang])}` })));
}

// Hand-written paraphrases (authored for Glassbox): section id -> [en..., zh...].
export const PARAPHRASES: Record<string, { en: string[]; zh: string[] }> = {
  '1': { en: ['Why has deep learning become so important?', 'Give me some background on deep learning.'], zh: ['深度学习为什么这么重要？', '介绍一下深度学习的背景。'] },
  '2': { en: ['What are the basic ideas behind neural networks?', 'How are neurons, perceptrons and backprop related?'], zh: ['神经网络的基本概念有哪些？', '多层感知机和反向传播有什么关系？'] },
  '3.1': { en: ['What is the principle of a multilayer network?', 'How does a network go from input layer to output layer?'], zh: ['多层神经网络的原理是什么？', '输入层、隐藏层和输出层是怎么配合的？'] },
  '3.2': { en: ['What are the steps to train a neural network?', 'Walk me through the algorithm step by step.'], zh: ['训练神经网络要经过哪些步骤？', '算法的具体步骤是什么？'] },
  '3.3': { en: ['What are the pros and cons of deep learning?', 'What is deep learning bad at?'], zh: ['深度学习有什么优点和缺点？', '深度学习的不足在哪里？'] },
  '3.4': { en: ['Where are deep learning algorithms applied?', 'What can deep learning be used for?'], zh: ['深度学习算法用在哪些方面？', '深度学习能用来做什么？'] },
  '4.1': { en: ['How is the mathematical model of a neural network built?', 'What is the loss function in the model?'], zh: ['神经网络的数学模型是怎么构建的？', '模型里的损失函数是什么？'] },
  '4.2': { en: ['How do you derive backpropagation?', 'Show the math of the gradient descent update.'], zh: ['反向传播的公式怎么推导？', '梯度下降的更新公式是什么？'] },
  '4.3': { en: ['Can you give a worked example with a small network?', 'An example with 10 input neurons and one hidden layer?'], zh: ['能举一个小网络的计算例子吗？', '输入层10个神经元的例子是怎么算的？'] },
  '5.1': { en: ['What do I need to install to run the code?', 'How do I set up Python and TensorFlow?'], zh: ['运行代码需要安装什么？', '怎么搭建Python和TensorFlow环境？'] },
  '5.2': { en: ['Show me the code for the image classifier.', 'Where is the TensorFlow implementation?'], zh: ['给我看看图像分类的代码。', 'TensorFlow的实现代码在哪里？'] },
  '5.3': { en: ['What does each part of the code do?', 'Explain the Sequential model and the layers in the code.'], zh: ['代码的每一部分是干什么的？', '解释一下代码里的Sequential模型和各层。'] },
  '5.4': { en: ['What accuracy did the example model reach?', 'What were the results of running the code?'], zh: ['示例模型的准确率是多少？', '运行结果怎么样？'] },
  '6': { en: ['What are real-world uses of deep learning?', 'Give examples of deep learning in practice.'], zh: ['深度学习在现实中有哪些应用？', '举几个深度学习的实际应用场景。'] },
  '7': { en: ['Which books and tools do you recommend for learning deep learning?', 'What resources should a beginner use?'], zh: ['学习深度学习推荐哪些书和工具？', '初学者应该用什么学习资源？'] },
  '8': { en: ['Where is deep learning heading?', 'What is the conclusion of the article?'], zh: ['深度学习未来会怎么发展？', '文章的总结是什么？'] },
  '8.1': { en: ['What did the research achieve so far?', 'What are the main research results?'], zh: ['目前的研究取得了哪些成果？', '研究成果有哪些？'] },
  '8.2': { en: ['What trends will shape deep learning next?', 'Will models get smaller through compression?'], zh: ['深度学习未来有哪些趋势？', '模型压缩是未来的方向吗？'] },
  '8.3': { en: ['What problems does deep learning still face?', 'What are the open challenges?'], zh: ['深度学习还面临哪些问题？', '现在的挑战是什么？'] },
  '8.4': { en: ['What is the outlook for future research?', 'What will researchers work on next?'], zh: ['未来的研究展望是什么？', '研究者接下来会研究什么？'] },
  '9.1': { en: ['Define deep learning.', 'What does deep learning mean?'], zh: ['深度学习的定义是什么？', '深度学习指的是什么？'] },
  '9.2': { en: ['Which algorithms are common in deep learning?', 'Name some typical deep learning architectures.'], zh: ['常用的深度学习算法有哪些？', '列举几种典型的深度学习网络结构。'] },
  '9.3': { en: ['In what areas is deep learning used?', 'Which industries use deep learning?'], zh: ['深度学习应用在哪些领域？', '哪些行业在用深度学习？'] },
  '9.4': { en: ['How can I create a basic deep learning model?', 'What are the steps to build my first model?'], zh: ['怎么做一个简单的深度学习模型？', '搭建第一个模型需要哪些步骤？'] },
  '9.5': { en: ['How can I make my model more explainable?', 'How do I understand what my network is doing?'], zh: ['怎样让模型更容易解释？', '怎么理解神经网络在做什么？'] },
  '9.6': { en: ['Training is too slow, how can I speed it up?', 'How do I reduce training time?'], zh: ['训练太慢了怎么加速？', '怎么缩短训练时间？'] },
  '9.7': { en: ['How do I prevent overfitting?', 'My model memorizes the training set, what can I do?'], zh: ['怎么防止过拟合？', '模型把训练集背下来了怎么办？'] },
  '9.8': { en: ['How do I handle small or large datasets?', 'What if my dataset is very small?'], zh: ['数据集大小不同该怎么处理？', '数据集很小怎么办？'] },
};

/** Questions nobody in the article answers: used to report similarity for refusal thresholds. */
export const OUT_OF_SCOPE: Query[] = [
  'What is the weather in Paris tomorrow?', 'Recommend a good pizza place nearby.', 'Who won the football match last night?', 'How do I bake sourdough bread?', 'What is the capital of Australia?', 'Translate hello into French.',
  '明天北京天气怎么样？', '附近有什么好吃的火锅？', '昨晚的足球比赛谁赢了？', '怎么做红烧肉？', '澳大利亚的首都是哪里？', '给我讲个笑话吧。',
].map((text, i) => ({ sectionId: '', lang: i < 6 ? 'en' : 'zh', text }));

/** One section's questions as queries: the English ones, then the Chinese ones. */
function sectionQueries(sectionId: string, q: { en: readonly string[]; zh: readonly string[] }): Query[] {
  return [...q.en.map((text) => ({ sectionId, lang: 'en' as const, text })), ...q.zh.map((text) => ({ sectionId, lang: 'zh' as const, text }))];
}

/** Questions templated from the section titles (both languages) plus the hand-written paraphrases. */
export function queries(): Query[] {
  const out: Query[] = [];
  for (const s of article.sections) {
    if (!s.body.en.trim()) continue;
    const en = s.title.en.replace(/\?$/, '');
    const zh = s.title.zh.replace(/？$/, '');
    const isQuestion = s.title.en.endsWith('?');
    const enQs = isQuestion ? [s.title.en, `${en.toLowerCase()}?`, `Question: ${en}`] : [`What does the article say about ${en.toLowerCase()}?`, `Tell me about ${en.toLowerCase()}.`, `${en}?`];
    const zhQs = isQuestion ? [s.title.zh, `请问${zh}？`, `${zh}`] : [`文章里关于${zh}是怎么说的？`, `讲讲${zh}。`, `${zh}是什么？`];
    out.push(...sectionQueries(s.id, { en: enQs, zh: zhQs }));
    if (PARAPHRASES[s.id]) out.push(...sectionQueries(s.id, PARAPHRASES[s.id]));
    if (SECTION_QUESTIONS[s.id]) out.push(...sectionQueries(s.id, SECTION_QUESTIONS[s.id]));
  }
  return out;
}

/** Questions kept out of embedding training to measure retrieval: the second hand-written
 *  paraphrase of each section and every fifth question of data/embed-questions.ts. */
function heldOutQuestions(): Set<string> {
  return new Set([
    ...Object.values(PARAPHRASES).flatMap((p) => [p.en[1], p.zh[1]]),
    ...Object.values(SECTION_QUESTIONS).flatMap((q) => [...q.en.filter((_, i) => i % 5 === 4), ...q.zh.filter((_, i) => i % 5 === 4)]),
  ]);
}

/** Held-out retrieval check (see heldOutQuestions). */
export function splitQueries(): { train: Query[]; heldout: Query[] } {
  const heldout = heldOutQuestions();
  const all = queries();
  return { train: all.filter((q) => !heldout.has(q.text)), heldout: all.filter((q) => heldout.has(q.text)) };
}

/** The chat section classifier's reader questions (models/chat/data/classifier-questions-*.ts,
 *  session 8), as extra embedding anchors when SETTINGS.embed.classifierQuestions is on. */
export function classifierReaderQuestions(): Query[] {
  return Object.entries({ ...CLASSIFIER_QUESTIONS_A, ...CLASSIFIER_QUESTIONS_B }).flatMap(([sectionId, q]) => sectionQueries(sectionId, q));
}

/** The second set of reader questions, all of them held out (never trained on). */
export function secondSetQuestions(): Query[] {
  return Object.entries(SECTION_QUESTIONS_2).flatMap(([sectionId, q]) => sectionQueries(sectionId, q));
}

export function embedVocabularyTexts(): string[] {
  return [...passages().map((p) => p.text), ...queries().map((q) => q.text), ...OUT_OF_SCOPE.map((q) => q.text)];
}

/** Sentences of each section's body (both languages), for inverse-cloze anchors: sentence -> its section. */
export function sectionSentences(): Query[] {
  const out: Query[] = [];
  for (const s of article.sections) {
    for (const lang of ['en', 'zh'] as const) {
      const parts = plainText(s.body[lang]).split(lang === 'en' ? /(?<=[.!?;:])\s+/ : /(?<=[。！？；：])/);
      for (const p of parts) if (p.trim().length >= (lang === 'en' ? 25 : 8)) out.push({ sectionId: s.id, lang, text: p.trim() });
    }
  }
  return out;
}
