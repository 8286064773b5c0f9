// What each image explanation method is, for people: id, name, a plain-language explanation with
// caveats (en, zh), whether its map is signed, its cost and its paper. Plain data with no
// TensorFlow.js, so the /digits page can show it without bundling the model code; the runnable
// registry (each method's `run`) is index.ts, used by the worker and Node.
import type { MethodId } from './types';

export type { MethodId } from './types';

export type Localized = { en: string; zh: string };

export interface MethodDescription<M extends MethodId = MethodId> {
  id: M;
  name: Localized;
  /** One paragraph for a general audience: what the map shows, and its caveats. */
  explanation: Localized;
  /** Whether the default map is signed (diverging colours) or a magnitude (0 = nothing). */
  signed: boolean;
  /** Relative cost for this model (forward/backward passes of one image). */
  passes: string;
  reference: { citation: string; url: string };
}

const INFO: { [M in MethodId]: MethodDescription<M> } = {
  gradient: {
    id: 'gradient',
    name: { en: 'Gradient (saliency map)', zh: '梯度（显著图）' },
    explanation: {
      en: 'For every pixel, how much the digit\'s score (its logit, before softmax) would change if that pixel became a tiny bit darker or lighter; the map shows the size of that change. It is the cheapest method (one backward pass) and shows where the network is locally sensitive, not what it relies on: the map is often noisy and speckled, can light up blank background, and does not say which way a pixel pushes. A sensitive pixel is not necessarily an important one.',
      zh: '对每个像素，计算它变深或变浅一点点时，该数字的得分（softmax 之前的 logit）会变化多少；图中显示的是变化的大小。这是最便宜的方法（一次反向传播）。它显示网络在当前图像附近对哪些像素敏感，而不是网络依赖什么：图往往噪声多、呈斑点状，空白背景处也可能很亮，而且看不出像素推动的方向。敏感的像素不一定是重要的像素。',
    },
    signed: false,
    passes: '1 forward + 1 backward',
    reference: {
      citation: 'Simonyan, Vedaldi & Zisserman (2014). Deep Inside Convolutional Networks: Visualising Image Classification Models and Saliency Maps. ICLR Workshop.',
      url: 'https://arxiv.org/abs/1312.6034',
    },
  },
  'gradient-x-input': {
    id: 'gradient-x-input',
    name: { en: 'Gradient × input', zh: '梯度 × 输入' },
    explanation: {
      en: 'Multiplies each pixel\'s gradient by the pixel\'s own value, so only inked pixels get credit, and with a sign: positive ink supports the digit, negative ink counts against it. For a linear model this would be each pixel\'s exact contribution; for this network (with ReLUs) it is only a first-order approximation. Blank pixels always get 0, so the map can never show that missing ink matters, and it inherits the gradient\'s noise.',
      zh: '把每个像素的梯度乘以该像素自身的值，因此只有有墨迹的像素会得到归因，并且带正负号：正值表示这部分墨迹支持该数字，负值表示它不利于该数字。对线性模型来说这恰好是每个像素的确切贡献；对这个含 ReLU 的网络只是一阶近似。空白像素永远为 0，所以这张图无法体现“缺少墨迹”的作用，而且它继承了梯度的噪声。',
    },
    signed: true,
    passes: '1 forward + 1 backward',
    reference: {
      citation: 'Shrikumar, Greenside, Shcherbina & Kundaje (2016). Not Just a Black Box: Learning Important Features Through Propagating Activation Differences. arXiv:1605.01713.',
      url: 'https://arxiv.org/abs/1605.01713',
    },
  },
  smoothgrad: {
    id: 'smoothgrad',
    name: { en: 'SmoothGrad', zh: 'SmoothGrad（平滑梯度）' },
    explanation: {
      en: 'Adds random noise to the image 25 times, computes the gradient for each noisy copy and averages them. Averaging removes much of the speckle of the plain gradient and gives cleaner maps that follow the strokes. Caveats: the result depends on the noise level and the number of samples (and on the random seed, fixed here so the map is reproducible), and smoother does not mean more faithful: a map can look convincing while hiding what the model does at this exact image.',
      zh: '给图像加 25 次随机噪声，对每个带噪声的副本计算梯度，再取平均。平均可以去掉普通梯度的大部分斑点，得到更干净、更贴合笔画的图。注意：结果取决于噪声强度和采样次数（也取决于随机种子，这里固定了种子，所以结果可以复现）；更平滑并不等于更忠实——图可能看起来很有说服力，却掩盖了模型在这张图像上的真实行为。',
    },
    signed: false,
    passes: '25 forward + 25 backward, in one batch',
    reference: {
      citation: 'Smilkov, Thorat, Kim, Viégas & Wattenberg (2017). SmoothGrad: removing noise by adding noise. arXiv:1706.03825.',
      url: 'https://arxiv.org/abs/1706.03825',
    },
  },
  'integrated-gradients': {
    id: 'integrated-gradients',
    name: { en: 'Integrated Gradients', zh: '积分梯度' },
    explanation: {
      en: 'Fades the image in from a baseline (by default an empty, black canvas) in 32 steps, adds up the gradients along the way and multiplies them by how much each pixel differs from the baseline. The attributions add up to the difference between the score of the image and the score of the baseline ("completeness"); we check this and report the remaining gap. Caveats: the answer depends on the baseline. With the black baseline blank pixels always get 0, so missing ink never gets credit; a blurred baseline asks a different question. Too few steps leave a gap in the sum.',
      zh: '从基线图像（默认是全黑的空白画布）分 32 步逐渐过渡到输入图像，沿途累加梯度，再乘以每个像素与基线的差。所有归因值之和等于图像得分与基线得分之差（“完备性”）；我们会检查这一点并报告剩余的误差。注意：结果取决于基线。用黑色基线时，空白像素的归因永远为 0，所以“缺少墨迹”永远不会被计入；模糊基线回答的是另一个问题。步数太少，总和就会有偏差。',
    },
    signed: true,
    passes: '33 forward + 33 backward, batched',
    reference: {
      citation: 'Sundararajan, Taly & Yan (2017). Axiomatic Attribution for Deep Networks. ICML.',
      url: 'https://arxiv.org/abs/1703.01365',
    },
  },
  'grad-cam': {
    id: 'grad-cam',
    name: { en: 'Grad-CAM', zh: 'Grad-CAM（梯度加权类激活图）' },
    explanation: {
      en: 'Looks at the last convolutional layer (an 11×11 grid of 64 feature detectors), weights each detector by how much the digit\'s score depends on it on average, and keeps only the areas with positive evidence. The coarse map is scaled up to 28×28 and normalised so that its maximum is 1. It shows roughly where the evidence is, not which exact pixels: its resolution is only 11×11, it cannot show evidence against the digit, and the normalisation hides how strong the evidence is overall.',
      zh: '查看最后一个卷积层（11×11 网格上的 64 个特征检测器），按该数字的得分平均依赖每个检测器的程度给它加权，只保留有正面证据的区域。粗糙的图被放大到 28×28，并归一化使最大值为 1。它大致显示证据在哪里，而不是具体哪些像素：分辨率只有 11×11，不能显示不利于该数字的证据，而且归一化掩盖了证据整体的强弱。',
    },
    signed: false,
    passes: '1 forward + 1 partial backward',
    reference: {
      citation: 'Selvaraju, Cogswell, Das, Vedantam, Parikh & Batra (2017). Grad-CAM: Visual Explanations from Deep Networks via Gradient-based Localization. ICCV.',
      url: 'https://arxiv.org/abs/1610.02391',
    },
  },
  occlusion: {
    id: 'occlusion',
    name: { en: 'Occlusion', zh: '遮挡法' },
    explanation: {
      en: 'Covers a 6×6 square of the image with blank background, at 144 positions in turn, and measures how much the digit\'s score drops each time; every pixel gets the average drop of the squares covering it. It needs no gradients and asks a direct question: what if this part were missing? Caveats: the result depends on the square\'s size, step and fill value; covering ink creates images unlike those seen in training; and the map is blocky. A negative value means that hiding the area raised the score.',
      zh: '用 6×6 的空白方块依次遮住图像的 144 个位置，测量每次该数字的得分下降多少；每个像素取覆盖它的方块的平均下降值。它不需要梯度，直接回答：如果这部分不存在会怎样？注意：结果取决于方块的大小、步长和填充值；遮挡会产生训练中没见过的图像；而且图呈块状。负值表示遮住该区域反而提高了得分。',
    },
    signed: true,
    passes: '144 forward, batched',
    reference: {
      citation: 'Zeiler & Fergus (2014). Visualizing and Understanding Convolutional Networks. ECCV.',
      url: 'https://arxiv.org/abs/1311.2901',
    },
  },
};

/** The methods in display order. */
export const METHOD_IDS: readonly MethodId[] = [
  'gradient', 'gradient-x-input', 'smoothgrad', 'integrated-gradients', 'grad-cam', 'occlusion',
];

/** The descriptions in display order. */
export const METHODS: readonly MethodDescription[] = METHOD_IDS.map((id) => INFO[id] as MethodDescription);

/** The description of one method; throws on an unknown id. */
export function methodInfo<M extends MethodId>(id: M): MethodDescription<M> {
  const info = Object.hasOwn(INFO, id) ? (INFO[id] as MethodDescription<M>) : undefined;
  if (!info) throw new RangeError(`unknown explanation method ${String(id)}`);
  return info;
}

/** What "why a and not b" means, for the page. */
export const CONTRAST_EXPLANATION: Localized = {
  en: 'Why this digit and not that one? The method explains the difference between the two digits\' scores instead of one score: positive areas push the network towards the first digit, negative areas towards the second. It answers the question people usually ask when a digit is confused with another.',
  zh: '为什么是这个数字而不是那个？此时方法解释的是两个数字得分之差，而不是单个得分：正值区域把网络推向第一个数字，负值区域推向第二个数字。当一个数字被认成另一个时，人们通常问的正是这个问题。',
};
