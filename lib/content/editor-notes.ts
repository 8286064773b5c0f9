// Editor's notes: where the article is wrong or cannot be verified, each checked by the editors
// and shown beside the original text on /article. Bodies are short markdown, in both languages.

import type { Bilingual } from './types';

export type NoteKind = 'error' | 'unverifiable' | 'addition';

export interface EditorNote {
  id: string;
  /** Section the note belongs to ("front" for the title/preamble). */
  sectionId: string;
  kind: NoteKind;
  title: Bilingual;
  body: Bilingual;
  /** Text of the article, per language, that the note corrects, as a reader sees it quoted (inline
   *  math made readable): an answer that quotes any of it carries the note. */
  claim?: { en: string[]; zh: string[] };
}

export const editorNotes: EditorNote[] = [
  {
    id: 'title',
    sectionId: 'front',
    kind: 'addition',
    title: { zh: '标题由编辑补充', en: 'Title supplied by the editors' },
    body: {
      zh: '原文第一行为空，没有标题。本页标题是编辑根据摘要和内容拟定的。',
      en: 'The original starts with an empty line and has no title. The title shown here was written by the editors from the abstract and contents.',
    },
  },
  {
    id: 'input-shape',
    sectionId: '4.1',
    kind: 'error',
    title: { zh: 'MNIST 是灰度图', en: 'MNIST images are grayscale' },
    body: {
      zh: 'MNIST 图像是 28×28 的单通道灰度图，输入形状应为 28×28×1，而不是 28×28×3。',
      en: 'MNIST images are 28×28 single-channel grayscale, so the input shape is 28×28×1, not 28×28×3.',
    },
    claim: { en: ['28 × 28 × 3'], zh: ['28 × 28 × 3'] },
  },
  {
    id: 'bias-gradient',
    sectionId: '4.3',
    kind: 'error',
    title: { zh: '偏置梯度写错了神经元', en: 'The bias gradient is written for the wrong neuron' },
    body: {
      zh: '第 4 步中 \\( \\partial L / \\partial b_i \\) 用的是输出神经元 \\( j \\) 的误差项，但 \\( b_i \\) 是隐藏层神经元 \\( i \\) 的偏置。输出层偏置的梯度应为 \\( \\partial L/\\partial b_j = (y_j - t_j)\\, y_j (1-y_j) \\)；隐藏层偏置要把误差反向传过权重：\\( \\partial L/\\partial b_i = \\big(\\sum_j (y_j - t_j)\\, y_j(1-y_j)\\, w_{ij}\\big)\\, a_i(1-a_i) \\)。文中两层的权重也都记作 \\( w_{ij} \\)，容易混淆。',
      en: 'In step 4, \\( \\partial L / \\partial b_i \\) uses the error term of output neuron \\( j \\), but \\( b_i \\) is the bias of hidden neuron \\( i \\). The output-layer bias gradient is \\( \\partial L/\\partial b_j = (y_j - t_j)\\, y_j (1-y_j) \\); a hidden-layer bias needs the error propagated back through the weights: \\( \\partial L/\\partial b_i = \\big(\\sum_j (y_j - t_j)\\, y_j(1-y_j)\\, w_{ij}\\big)\\, a_i(1-a_i) \\). The article also names the weights of both layers \\( w_{ij} \\), which invites this confusion.',
    },
    claim: { en: ['∂L/∂bᵢ = (yⱼ - tⱼ) · yⱼ · (1 - yⱼ)'], zh: ['∂L/∂bᵢ = (yⱼ - tⱼ) · yⱼ · (1 - yⱼ)'] },
  },
  {
    id: 'keras-code',
    sectionId: '5.2',
    kind: 'error',
    title: { zh: '这段代码照原样无法运行', en: 'This code does not run as printed' },
    body: {
      zh: '两处错误：① `input_shape=(28, 28, 3)` 与加了一个通道维的灰度 MNIST（28×28×1）不符，`fit` 会报形状错误；② `load_data()` 返回整数标签，而 `categorical_crossentropy` 需要 one-hot 标签（应改用 `sparse_categorical_crossentropy`）。Glassbox 的[手写数字](/digits)页面运行的就是修正后的这个网络（28×28×1 输入，稀疏交叉熵），它在本仓库中训练，模型卡给出实测准确率。',
      en: 'Two errors: (1) `input_shape=(28, 28, 3)` does not match grayscale MNIST with a channel axis added (28×28×1), so `fit` fails with a shape error; (2) `load_data()` returns integer labels while `categorical_crossentropy` expects one-hot labels (use `sparse_categorical_crossentropy`). Glassbox\'s [digits](/digits) page runs this very network, corrected (28×28×1 input, sparse cross-entropy), trained in this repository; its model card reports the measured accuracy.',
    },
    claim: { en: ['input_shape=(28, 28, 3)', "loss='categorical_crossentropy'"], zh: ['input_shape=(28, 28, 3)', "loss='categorical_crossentropy'"] },
  },
  {
    id: 'eval-steps',
    sectionId: '5.4',
    kind: 'error',
    title: { zh: '输出的结果对不上', en: 'The printed results do not add up' },
    body: {
      zh: '`model.evaluate` 默认 `batch_size=32`，10,000 张测试图对应 313 步（`313/313`），不是 `1000/1000`。因为 5.2 的代码无法运行，这个输出和 97.20% 的准确率都不可能由所印代码得到。',
      en: '`model.evaluate` uses `batch_size=32` by default, so 10,000 test images take 313 steps (`313/313`), not `1000/1000`. And since the section 5.2 code cannot run, neither this output nor the 97.20% accuracy can have come from the code as printed.',
    },
    claim: { en: ['1000/1000', '97.20%'], zh: ['1000/1000', '97.20%'] },
  },
  {
    id: 'pytorch',
    sectionId: '7',
    kind: 'error',
    title: { zh: 'PyTorch 来自 Facebook', en: 'PyTorch came from Facebook' },
    body: {
      zh: 'PyTorch 由 Facebook AI Research（现 Meta AI）开发并于 2016 年开源，不是微软；2022 年起由 Linux 基金会下的 PyTorch 基金会管理。',
      en: 'PyTorch was developed by Facebook AI Research (now Meta AI) and open-sourced in 2016, not by Microsoft; since 2022 it has been governed by the PyTorch Foundation under the Linux Foundation.',
    },
    claim: { en: ["PyTorch: Microsoft's"], zh: ['PyTorch：微软'] },
  },
  {
    id: 'cramer-rao',
    sectionId: '7',
    kind: 'unverifiable',
    title: { zh: '无法核实的文献', en: 'A reference that cannot be found' },
    body: {
      zh: '编辑未能找到 2017 年题为 “A Theoretical Analysis of the Cramér-Rao Lower Bound for Multilayer Neural Networks” 的论文（无作者、无出处）。请把它当作未经证实的引用。',
      en: 'The editors could not find a 2017 paper titled "A Theoretical Analysis of the Cramér-Rao Lower Bound for Multilayer Neural Networks" (no authors or venue are given). Treat it as an unverified citation.',
    },
    claim: { en: ['Cramér-Rao Lower Bound for Multilayer Neural Networks" (2017)'], zh: ['Cramér-Rao Lower Bound for Multilayer Neural Networks”（2017）'] },
  },
  {
    id: 'augmentation-speed',
    sectionId: '9.6',
    kind: 'error',
    title: { zh: '数据增强不会缩短训练时间', en: 'Data augmentation does not shorten training' },
    body: {
      zh: '第 2 条不对：数据增强增加的是数据的多样性，通常让每轮训练更慢、需要的轮数更多；它的作用是减轻过拟合（见 9.7），不是加速。能加速的做法包括 GPU、混合精度、更大的批量配合合适的学习率、迁移学习和更小的模型。',
      en: 'Item 2 is wrong: data augmentation adds variety to the data, which usually makes each epoch slower and training longer; it fights overfitting (see 9.7), it does not speed training up. What does speed it up: GPUs, mixed precision, larger batches with a matching learning rate, transfer learning, and smaller models.',
    },
    claim: { en: ['Use data augmentation techniques to increase the amount of training data'], zh: ['使用数据增强技术，增加训练数据量'] },
  },
  {
    id: 'batchnorm-dataset-size',
    sectionId: '9.8',
    kind: 'error',
    title: { zh: '批归一化不是应对数据集大小的办法', en: 'Batch normalization is no remedy for a small or large dataset' },
    body: {
      zh: '第 1 条答非所问：批归一化用每个小批量的均值和方差把某一层的输入标准化，让训练对激活值和权重的尺度不那么敏感；它与数据集有多少样本无关。数据集小时常用的是数据增强、迁移学习和正则化（见 9.7）；数据集大时要考虑的是训练时间（见 9.6）。',
      en: 'Item 1 does not answer the question: batch normalization standardizes a layer\'s inputs with the mean and variance of each mini-batch, which makes training less sensitive to the scale of activations and weights; it has nothing to do with how many examples a dataset holds. For small datasets the usual tools are data augmentation, transfer learning and regularization (see 9.7); for large ones, training time (see 9.6).',
    },
    claim: { en: ['Use batch normalization to make the model more robust to changes in data scale'], zh: ['使用批量归一化，使模型对数据规模的变化更加鲁棒'] },
  },
];

export function notesFor(sectionId: string): EditorNote[] {
  return editorNotes.filter((n) => n.sectionId === sectionId);
}
