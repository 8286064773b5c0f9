// Questions that ask which value to give a setting: "what dropout rate should I use?", "how many
// epochs should I train?", "学习率一般设多少", "卷积核用多大合适". The article recommends no values:
// at most its example code sets some (epochs=5, Conv2D(32, (3, 3))) and the glossary names typical
// ones ("for example 10% or 50%"). The composer (compose.ts) answers with exactly those, saying that
// the article gives no general recommendation, or, when no source names a value, says so and quotes
// what the glossary says about the setting.
// Pure string rules, no model: usable in the browser, the worker and the Node CLI.
import { asksAboutArticleInstance } from './concept-question';

/** Glossary concepts whose value, size or count a user sets (ids of lib/content/glossary.ts). */
export const SETTING_CONCEPTS: ReadonlySet<string> = new Set([
  'learning-rate', 'dropout', 'batch', 'epoch', 'hidden-layer', 'neuron', 'convolution', 'pooling', 'regularization',
  'weight-initialization', 'early-stopping', 'validation-set', 'training-set', 'test-set', 'multi-head-attention',
  'embedding', 'data-augmentation', 'neural-network', 'multilayer-perceptron', 'convolutional-neural-network',
]);

// English: a value asked for with advice modality ("should I", "good", "typical", "how many … do I
// need"), not a fact ("how many layers does BERT have") nor how to decide ("how to choose", which
// the concept's definition answers).
const VALUE_EN = new RegExp([
  // "what dropout rate should I use", "which batch size would you pick"
  String.raw`\b(?:what|which)\s+(?:[\w-]+\s+){1,4}(?:should|shall|would|could|can|do|must)\s+(?:i|we|you|one)\s+(?:use|choose|pick|set|select|start with|try|go with|go for|recommend|suggest)\b`,
  // "how many epochs should I train", "how big should the batch be", "how many layers do I need"
  String.raw`\bhow (?:many|much|big|large|small|high|low|deep|wide)\b[^?.!]*?\b(?:should|shall|do (?:i|we|you) need|would you (?:use|recommend|suggest)|is (?:good|ideal|best|enough|recommended|typical|reasonable|sensible|right)|are (?:good|ideal|enough|recommended|typical|reasonable|sensible|right))\b`,
  // "a good learning rate", "typical dropout rates", "the optimal batch size", "best value for lr"
  String.raw`\b(?:good|typical|usual|common|recommended|ideal|optimal|optimum|sensible|reasonable|right|best)\s+(?:[\w-]+\s+){0,2}(?:values?|settings?|rates?|sizes?|numbers?|ranges?|strength|amount|count)\b`,
  String.raw`\b(?:values?|settings?|ranges?)\s+(?:should|would you)\b`,
  // "should I use a batch size of 32 or 256", "is 0.001 or 0.01 better"
  String.raw`\b\d[\d.]*\s+or\s+\d[\d.]*\b[^?.!]*?\b(?:better|best|should|would you)\b|\b(?:should|shall) (?:i|we) (?:use|choose|pick|set|go with)\b[^?.!]*?\b\d[\d.]*\s+or\s+\d[\d.]*`,
  // whether a value is too big or small: "is a learning rate of 0.1 too high?", "0.5 too much dropout?"
  String.raw`\b\d[\d.]*%?\b[^?.!]*?\btoo (?:high|large|big|small|low|much|little|many|few)\b`,
  // "what pool size is typical", "what L2 strength is reasonable"
  String.raw`\bwhat\s+(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:typical|usual|common|standard|normal|recommended|reasonable|sensible|good)\b`,
].join('|'), 'i');

// Chinese: 设/取/选/用 多少/几/多大, 多少合适, 推荐值, 经验值, a choice between two values ("batch
// size选32还是256比较好") and whether a value is too big ("学习率设的0.1，是不是太大了"); not how
// many steps, stages or kinds a thing has ("训练神经网络一共分几步" asks what section 3.2 lists).
const VALUE_ZH = /(?:选|用|设|取)\s*\d[\d.]*\s*还是\s*\d[\d.]*|(?:是不是|会不会|是否)(?:设得?|调得?|取得?)?(?:太|过)(?:大|小|高|低|多|少)|(?:设|设为|设成|设置为?|取|选|用|定|调|要|留|分|占)(?:到|成|为)?(?!几个?(?:步|阶段|类|种|部分|方面|大类))(?:多少|几|多大|多小|多高|多低|什么值|啥值)|(?:多少|几层|几个|几轮|多大|多小|多高)(?:的)?(?:比例|比重|数据|样本)?(?:比较|最|才)?(?:合适|好|为宜|合理|够|够用)|推荐值|经验值|(?:一般|通常|常用|常见|典型)(?:的)?(?:是|用|取|设)?(?:多少|几|多大|什么值|哪些值|的值|值)|(?:多少|几)(?:个|层|轮|次)?(?:比较)?(?:合适|好)|(?:多少|几)(?:个|层|轮|次)?\s*(?:[A-Za-z]+|[\u4e00-\u9fff]{1,3})\s*(?:比较|最|才)?(?:合适|为宜|合理)/;

/** Whether `question` asks which value, size or count to use (not what the article's own example
 *  uses: "how many epochs does the article's code train" is a fact the usual answer quotes). */
export function asksSettingValue(question: string): boolean {
  const q = question.normalize('NFKC');
  return (VALUE_EN.test(q) || VALUE_ZH.test(q)) && !asksAboutArticleInstance(q);
}

// Concepts that describe the situation rather than own a setting: "a good learning rate for Adam",
// "dropout for a transformer", "batch size on a small GPU", "my model overfits, what dropout rate".
const SITUATION = new Set([
  'artificial-intelligence', 'machine-learning', 'deep-learning', 'transformer', 'recurrent-neural-network', 'optimizer', 'adam',
  'stochastic-gradient-descent', 'gradient-descent', 'gpu-training', 'mnist', 'fine-tuning', 'transfer-learning', 'pretraining',
  'image-classification', 'text-classification', 'sentiment-analysis', 'computer-vision', 'natural-language-processing',
  'deep-learning-framework', 'keras', 'tensorflow', 'pytorch', 'hyperparameter',
  // symptoms and measures the reader reports ("loss一直是nan，学习率设的0.1，是不是太大了")
  'loss-function', 'accuracy', 'overfitting', 'underfitting', 'generalization',
]);

// Network-wide concepts: the setting is their size ("how many layers should a CNN have").
const NETWORKS = new Set(['neural-network', 'convolutional-neural-network', 'multilayer-perceptron']);

/** The setting a value question is about, from `hits` (glossary ids in findGlossaryNames order):
 *  the first setting concept, a narrower one before a network-wide one ("dropout rate of a neural
 *  network" is about dropout). Null when another concept is named that may own the setting ("LSTM
 *  的隐藏单元一般设多少", "遮挡法的滑动步长设多少": the hidden units and the stride are theirs). */
export function settingConcept(hits: string[], question: string): string | null {
  // "what initial weights should I use": the weights' starting values
  const ids = hits.map((h) => (h === 'weights-and-biases' && /\binit|\binitial|\bstarting\b|初始/i.test(question) ? 'weight-initialization' : h));
  // "训练多少轮比较合适": rounds of training are epochs
  if (!ids.length && /(?:多少|几)个?轮/.test(question)) ids.push('epoch');
  if (ids.some((h) => !SETTING_CONCEPTS.has(h) && !SITUATION.has(h))) return null;
  const settings = ids.filter((h) => SETTING_CONCEPTS.has(h));
  return settings.find((h) => !NETWORKS.has(h)) ?? settings[0] ?? null;
}

/** Whether the setting is the shape of the network itself (its layers and their widths): the
 *  article's example model shows one, layer by layer. */
export function isNetworkShape(id: string): boolean {
  return NETWORKS.has(id) || id === 'hidden-layer' || id === 'neuron';
}
