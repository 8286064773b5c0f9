// Topic training data over six deep-learning areas (English + Chinese): authored
// term/task vocabularies composed with seeded templates, hand-written sentences,
// and the article's own sentences labelled by term matching. See ./README.md.

import { article } from '../../../lib/content/article';
import { TOPIC_LABELS } from '../../../lib/text/labels';
import { pick, type Rng, shuffle } from '../../../lib/util/rng';
import type { Example } from './sentiment-data';
import { FRAMES, TOPIC_WORDS } from './topic-words';
import { TOPIC_NATURAL } from './topic-natural';
import { TOPIC_NATURAL_2 } from './topic-natural-2';

type Vocab = { terms: string[]; tasks: string[] };

// Authored for Glassbox. Index = TOPIC_LABELS order.
export const TOPIC_VOCAB: Record<'en' | 'zh', Vocab[]> = {
  en: [
    { terms: ['convolutional neural networks', 'CNNs', 'image classification', 'object detection', 'image segmentation', 'pixels', 'feature maps', 'ResNet', 'YOLO', 'bounding boxes', 'image augmentation', 'face recognition', 'optical character recognition', 'pooling layers', 'a vision transformer', 'computer vision', 'photos', 'video frames', 'edge detection', 'MNIST digits', 'image recognition', 'the camera feed'],
      tasks: ['recognise objects in photos', 'detect pedestrians in video', 'segment tumours in medical scans', 'classify handwritten digits', 'find faces in a picture', 'read licence plates', 'label every pixel of an image', 'count cars on a road', 'sort images by content'] },
    { terms: ['natural language processing', 'language models', 'word embeddings', 'tokenization', 'transformers', 'BERT', 'machine translation', 'sentiment analysis', 'text classification', 'named entity recognition', 'chatbots', 'large language models', 'word2vec', 'part-of-speech tagging', 'question answering', 'text summarization', 'NLP', 'a vocabulary of subwords', 'the attention mechanism over words', 'recurrent networks for text'],
      tasks: ['translate sentences between languages', 'summarise long documents', 'answer questions about a text', 'classify reviews as positive or negative', 'generate text', 'tag names and places in news articles', 'understand user queries', 'split text into tokens', 'detect spam emails'] },
    { terms: ['speech recognition', 'speech synthesis', 'text-to-speech', 'acoustic models', 'spectrograms', 'MFCC features', 'audio waveforms', 'voice assistants', 'speaker identification', 'wake word detection', 'automatic speech recognition', 'phonemes', 'microphone recordings', 'WaveNet', 'the audio signal', 'voice cloning', 'noise suppression for calls'],
      tasks: ['transcribe spoken words into text', 'turn text into natural-sounding speech', 'recognise who is speaking', 'understand voice commands', 'caption a podcast automatically', 'remove background noise from audio', 'detect the wake word', 'transcribe meetings', 'recognise accents'] },
    { terms: ['gradient descent', 'backpropagation', 'the learning rate', 'the loss function', 'overfitting', 'regularization', 'dropout', 'batch normalization', 'the Adam optimizer', 'epochs', 'mini-batches', 'weight initialization', 'early stopping', 'a validation set', 'hyperparameter tuning', 'GPU training', 'vanishing gradients', 'data augmentation for training', 'learning rate schedules', 'training time', 'stochastic gradient descent', 'the training data'],
      tasks: ['make the loss converge faster', 'stop the model from overfitting', 'choose a good learning rate', 'speed up training on GPUs', 'tune the batch size', 'update the weights', 'avoid exploding gradients', 'train on a small dataset', 'train a deep network from scratch'] },
    { terms: ['interpretability', 'explainability', 'saliency maps', 'attention visualization', 'integrated gradients', 'Grad-CAM', 'SHAP values', 'LIME', 'feature attribution', 'model explanations', 'occlusion sensitivity', 'probing classifiers', 'the black-box problem', 'explainable AI', 'attention rollout', 'counterfactual explanations', 'heatmaps of important pixels'],
      tasks: ['explain why the model made a decision', 'see which pixels mattered', 'show which words drove the prediction', 'understand what a neuron has learned', 'make a model transparent to doctors', 'debug a wrong prediction', 'trust the model output', 'audit a model for bias', 'visualize what the network sees'] },
    { terms: ['privacy', 'differential privacy', 'federated learning', 'personal data', 'data anonymization', 'membership inference attacks', 'on-device inference', 'encryption', 'GDPR', 'data leakage', 'homomorphic encryption', 'secure aggregation', 'user consent', 'sensitive medical records', 'model inversion attacks', 'data protection', 'local processing without uploading'],
      tasks: ['keep user data on the device', 'train without collecting personal data', 'protect patient records', 'prevent the model from memorizing names', 'comply with data protection law', 'add noise to protect individuals', 'stop data from leaving the phone', 'hide who was in the training set', 'delete user data on request'] },
  ],
  zh: [
    { terms: ['卷积神经网络', '图像分类', '目标检测', '图像分割', '像素', '特征图', '人脸识别', '文字识别', '池化层', '视觉Transformer', '计算机视觉', '照片', '视频帧', '边缘检测', '手写数字', '图像识别', '摄像头画面', '检测框', '医学影像'],
      tasks: ['识别照片中的物体', '检测视频里的行人', '分割医学影像中的肿瘤', '识别手写数字', '找出图片里的人脸', '识别车牌', '给图像的每个像素打标签', '统计路上的车辆', '按内容给图片分类'] },
    { terms: ['自然语言处理', '语言模型', '词向量', '分词', 'Transformer', 'BERT', '机器翻译', '情感分析', '文本分类', '命名实体识别', '聊天机器人', '大语言模型', '词性标注', '问答系统', '文本摘要', '子词词表', '循环神经网络处理文本', '中文分词'],
      tasks: ['把句子翻译成另一种语言', '给长文档写摘要', '回答关于文章的问题', '判断评论是好评还是差评', '生成文本', '找出新闻里的人名和地名', '理解用户的提问', '把文本切分成词', '识别垃圾邮件'] },
    { terms: ['语音识别', '语音合成', '声学模型', '声谱图', '梅尔频率倒谱系数', '音频波形', '语音助手', '说话人识别', '唤醒词检测', '音素', '录音', '麦克风', '音频信号', '声音克隆', '通话降噪', '口音'],
      tasks: ['把说的话转写成文字', '把文字变成自然的语音', '识别是谁在说话', '听懂语音指令', '给播客自动生成字幕', '去除音频里的背景噪声', '检测唤醒词', '转写会议录音', '识别不同的口音'] },
    { terms: ['梯度下降', '反向传播', '学习率', '损失函数', '过拟合', '正则化', 'Dropout', '批量归一化', 'Adam优化器', '训练轮数', '小批量', '权重初始化', '早停', '验证集', '超参数调优', 'GPU训练', '梯度消失', '学习率衰减', '训练时间', '随机梯度下降', '训练数据'],
      tasks: ['让损失更快收敛', '防止模型过拟合', '选一个合适的学习率', '用GPU加速训练', '调整批大小', '更新网络权重', '避免梯度爆炸', '在小数据集上训练', '从头训练一个深层网络'] },
    { terms: ['可解释性', '显著性图', '注意力可视化', '积分梯度', 'Grad-CAM', 'SHAP值', 'LIME', '特征归因', '模型解释', '遮挡敏感度', '探针分类器', '黑盒问题', '可解释人工智能', '注意力展开', '反事实解释', '热力图'],
      tasks: ['解释模型为什么做出这个决定', '看出哪些像素最重要', '显示哪些词影响了预测', '理解某个神经元学到了什么', '让医生看懂模型的判断', '排查错误的预测', '判断能不能相信模型的输出', '检查模型有没有偏见', '可视化网络关注的区域'] },
    { terms: ['隐私', '差分隐私', '联邦学习', '个人数据', '数据脱敏', '成员推断攻击', '端侧推理', '加密', '数据保护法规', '数据泄露', '同态加密', '安全聚合', '用户授权', '敏感的病历', '模型反演攻击', '数据保护', '本地处理不上传'],
      tasks: ['让用户数据留在设备上', '在不收集个人数据的情况下训练', '保护病人的病历', '防止模型记住用户的名字', '遵守数据保护法规', '加噪声来保护个人', '防止数据离开手机', '隐藏谁参与了训练', '按要求删除用户数据'] },
  ],
};

const EN_TEMPLATES = [
  '{t} can {k}.', 'How do {t} help to {k}?', 'We used {t} to {k}.', 'A new paper on {t} shows how to {k}.', 'I am reading about {t}.',
  'What are {t}?', 'Our team relies on {t}.', '{t} and {t2} are closely related.', 'The goal is to {k}.', 'Is it possible to {k} with {t}?',
  'This tutorial explains {t} step by step.', 'Without {t} it is hard to {k}.', 'Lately everyone talks about {t}.', 'The project needs to {k}, so we looked at {t}.',
  'My question is about {t}.', 'Tell me more about {t}.', 'Why does {t} matter?', 'Let us compare {t} with {t2}.',
];
const ZH_TEMPLATES = [
  '{t}可以用来{k}。', '{t}是怎么帮助我们{k}的？', '我们用{t}来{k}。', '一篇关于{t}的新论文介绍了如何{k}。', '我最近在学习{t}。',
  '什么是{t}？', '我们团队主要依靠{t}。', '{t}和{t2}关系很密切。', '目标是{k}。', '能用{t}来{k}吗？',
  '这篇教程一步步讲解了{t}。', '没有{t}就很难{k}。', '最近大家都在讨论{t}。', '项目需要{k}，所以我们研究了{t}。',
  '我想问一个关于{t}的问题。', '多讲讲{t}吧。', '为什么{t}很重要？', '比较一下{t}和{t2}。',
];


function templated(rng: Rng, lang: 'en' | 'zh', label: number): Example {
  const v = TOPIC_VOCAB[lang][label];
  const tpl = pick(rng, lang === 'en' ? EN_TEMPLATES : ZH_TEMPLATES);
  let text = tpl.replace('{t}', pick(rng, v.terms)).replace('{t2}', pick(rng, v.terms)).replace('{k}', pick(rng, v.tasks));
  if (lang === 'en') text = text[0].toUpperCase() + text.slice(1);
  if (rng() < 0.2) text = text.toLowerCase();
  return { text, label, lang };
}

/** Article sentences whose terms point to exactly one topic (most hits, ahead by at least one). */
export function articleTopicSentences(): Example[] {
  const out: Example[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const sentences = article.sections.flatMap((s) =>
      s.body[lang]
        .replace(/```[\s\S]*?```/g, ' ')
        .replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g, ' ')
        .replace(/[#*`>|_]/g, ' ')
        .split(lang === 'en' ? /(?<=[.!?])\s+|\n+/ : /(?<=[。！？；])|\n+/),
    );
    for (const raw of sentences) {
      const s = raw.replace(/\s+/g, ' ').trim();
      if (s.length < (lang === 'en' ? 30 : 10) || s.length > 300) continue;
      const low = s.toLowerCase();
      const hits = TOPIC_VOCAB[lang].map((v) => [...v.terms, ...KEYWORDS[lang][TOPIC_VOCAB[lang].indexOf(v)]].filter((t) => low.includes(t.toLowerCase())).length);
      const best = Math.max(...hits);
      if (best === 0 || hits.filter((h) => h === best).length > 1) continue;
      out.push({ text: s, label: hits.indexOf(best), lang });
    }
  }
  return out;
}

// Extra single keywords used only for labelling the article's sentences.
const KEYWORDS: Record<'en' | 'zh', string[][]> = {
  en: [['image', 'vision', 'convolution', 'pixel', 'visual'], ['language', 'text', 'translation', 'word'], ['speech', 'audio', 'voice'], ['training', 'gradient', 'loss', 'optimiz', 'overfit', 'learning rate', 'epoch'], ['interpretab', 'explain', 'black box', 'black-box'], ['privacy', 'private', 'personal data', 'security']],
  zh: [['图像', '视觉', '卷积', '像素'], ['语言', '文本', '翻译'], ['语音', '音频', '声音'], ['训练', '梯度', '损失', '优化', '过拟合', '学习率'], ['可解释', '解释', '黑盒'], ['隐私', '安全', '个人数据']],
};

export const HANDWRITTEN_TOPIC: Example[] = [
  ['The network learned to tell cats from dogs by looking at thousands of photos.', 0, 'en'],
  ['Self-driving cars need to spot traffic lights and cyclists in real time.', 0, 'en'],
  ['Which layer of the CNN detects edges?', 0, 'en'],
  ['Autocomplete on my phone guesses the next word surprisingly well.', 1, 'en'],
  ['How does a model know that "bank" means a river bank here?', 1, 'en'],
  ['The translation from English to Chinese lost the joke.', 1, 'en'],
  ['My smart speaker keeps mishearing my name.', 2, 'en'],
  ['The subtitles were generated from the audio track automatically.', 2, 'en'],
  ['Can the system tell two people apart by their voices?', 2, 'en'],
  ['The loss stopped going down after ten epochs.', 3, 'en'],
  ['Should I lower the learning rate if training diverges?', 3, 'en'],
  ['Validation accuracy drops while training accuracy keeps rising.', 3, 'en'],
  ['The heatmap shows the model looked at the background, not the dog.', 4, 'en'],
  ['Doctors will not use a diagnosis model they cannot understand.', 4, 'en'],
  ['Which input words pushed the classifier towards negative?', 4, 'en'],
  ['The app never uploads your photos; everything runs in the browser.', 5, 'en'],
  ['Can an attacker tell whether my record was in the training data?', 5, 'en'],
  ['Hospitals cannot share patient files with outside servers.', 5, 'en'],
  ['这个网络看了几万张照片，学会了区分猫和狗。', 0, 'zh'],
  ['自动驾驶汽车需要实时发现红绿灯和骑车的人。', 0, 'zh'],
  ['卷积网络的哪一层负责检测边缘？', 0, 'zh'],
  ['手机输入法猜下一个词猜得很准。', 1, 'zh'],
  ['模型怎么知道这里的"苹果"指的是公司？', 1, 'zh'],
  ['把英文翻译成中文以后，笑话就不好笑了。', 1, 'zh'],
  ['智能音箱老是听错我的名字。', 2, 'zh'],
  ['视频字幕是根据音轨自动生成的。', 2, 'zh'],
  ['系统能通过声音分辨两个人吗？', 2, 'zh'],
  ['训练了十轮以后损失就不再下降了。', 3, 'zh'],
  ['训练发散的话应该调小学习率吗？', 3, 'zh'],
  ['训练集准确率一直上升，验证集准确率却在下降。', 3, 'zh'],
  ['热力图显示模型看的是背景，而不是狗。', 4, 'zh'],
  ['医生不会使用一个他们看不懂的诊断模型。', 4, 'zh'],
  ['是哪些词让分类器判断为负面？', 4, 'zh'],
  ['这个应用从不上传你的照片，一切都在浏览器里运行。', 5, 'zh'],
  ['攻击者能不能判断我的记录是否在训练数据里？', 5, 'zh'],
  ['医院不能把病人资料发到外部服务器上。', 5, 'zh'],
].map(([text, label, lang]) => ({ text: text as string, label: label as number, lang: lang as 'en' | 'zh' }));

/** A topic-neutral frame filled with one or two cue words (or terms) of one topic. */
function framed(rng: Rng, lang: 'en' | 'zh', label: number): Example {
  const words = [...TOPIC_WORDS[lang][label], ...TOPIC_VOCAB[lang][label].terms];
  let text = pick(rng, FRAMES[lang]).replace('{a}', pick(rng, words)).replace('{b}', pick(rng, words));
  if (rng() < 0.2) text = text.toLowerCase();
  return { text, label, lang };
}

/**
 * `n` generated sentences plus the hand-written and article ones. `framed: false`
 * gives the first version's data (templates only), which the shared vocabulary
 * is built from, so that adding cue words did not change the other models' tokenizer.
 */
export function topicExamples(rng: Rng, n: number, opts: { framed?: boolean; naturalRepeat?: number } = {}): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const lang = i % 2 === 0 ? 'en' : 'zh';
    const label = Math.floor(rng() * TOPIC_LABELS.length);
    out.push(opts.framed !== false && rng() < 0.5 ? framed(rng, lang, label) : templated(rng, lang, label));
  }
  for (let rep = 0; rep < 4; rep++) out.push(...HANDWRITTEN_TOPIC, ...articleTopicSentences());
  if (opts.framed !== false) {
    const natural = naturalTopic().train;
    for (let rep = 0; rep < (opts.naturalRepeat ?? NATURAL_TOPIC_REPEAT); rep++) out.push(...natural);
  }
  return shuffle(out, rng);
}

/** Replication of the natural topic sentences in the training mix (few against the generated ones). */
export const NATURAL_TOPIC_REPEAT = 3;

/** Natural topic sentences (questions, posts, headlines; data/topic-natural.ts); every tenth one is
 *  kept apart as a natural-text validation set (never trained on). */
export function naturalTopic(): { train: Example[]; validation: Example[] } {
  const all: Example[] = [...TOPIC_NATURAL, ...TOPIC_NATURAL_2].map((e) => ({ text: e.text, label: TOPIC_LABELS.indexOf(e.label), lang: e.lang }));
  return { train: all.filter((_, i) => i % 10 !== 0), validation: all.filter((_, i) => i % 10 === 0) };
}

export function topicVocabularyTexts(): string[] {
  return [...TOPIC_VOCAB.en, ...TOPIC_VOCAB.zh].flatMap((v) => [...v.terms, ...v.tasks]);
}
