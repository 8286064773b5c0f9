// Questions about a setting of the example model's layers, asked without naming the code: "what
// activation function do the conv layers and the dense hidden layer use", "how many neurons does the
// dense layer have", "Flatten 后面那个全连接层有几个神经元", "卷积层用了几个卷积核". Convolution,
// pooling and Dense layers are only in the article's example code (section 5.2; section 4.3's network
// is described without them), so a which / how-many question about them is about that code. They got
// 4.3's sigmoid, the Flatten layer's definition or a glossary entry (development set C, session 25).
// The concept asked is the one named besides the layers ("activation function", "neuron"); when the
// code never names it, the layer itself (its lines give the sizes). Framework-free.
import { codeUsesOf } from './code-uses';
import { namesOf } from './concept-question';
import { terms } from './terms';
import type { KnowledgeBase } from './knowledge';
import type { Retrieval } from './types';

/** Layers only the example code has, by glossary id. */
const CODE_LAYERS = ['convolution', 'pooling', 'fully-connected-layer'];
/** What every layer has, so the layer's own lines answer ("how many neurons does the dense layer have"). */
const PART_OF_LAYER = new Set(['neuron', 'hidden-layer', 'weights-and-biases', 'feature-map', 'neural-network', 'convolutional-neural-network', 'keras', 'tensorflow']);
/** Keras layer classes the example code calls, quoted as written. */
const LAYER_CLASS = /(?<![\w.])(?:Conv2D|MaxPooling2D|Dense|Flatten|InputLayer)(?!\w)/;

// "what activation function do the conv layers use", "which activation is used in the conv layers",
// "how many neurons does the dense layer have" (not "what does a pooling layer do")
const ASKS_EN = /^(?:what|which|how many|how much)\s+(?!(?:is|are|does|do|did|was|were)\b)[\w-]+(?:\s+[\w-]+){0,3}\s+(?:(?:do|does|did|is|are|was|were)\s+(?:the|its|this|that|these|those|each|both|all)\b|(?:is|are|was|were)\s+(?:used|applied|set)\s+(?:in|by|for|on)\s+(?:the|its|this|each|both|all)\b)/i;
// "全连接层有几个神经元", "卷积层用了什么激活函数", "池化窗口多大" (not "池化层有什么作用")
const ASKS_ZH = /几|多少|多大|(?:什么|哪个|哪种|哪一种|啥)(?=\S{0,2}(?:激活|函数|优化|损失|大小|尺寸|形状|参数|窗口|卷积核|过滤器|滤波器))/;
const NOT_VALUE = /为什么|为啥|怎么|如何|原理|作用|用途|意义|好处|区别|目的|\b(?:why|how does|how do|purpose|difference|explain)\b/i;

/** The glossary concept whose code lines answer a which / how-many question about the example
 *  model's layers, or null when the question is not one. */
export function codeLayerConcept(kb: KnowledgeBase, r: Retrieval): string | null {
  const q = r.question.normalize('NFKC').trim();
  if (r.sectionRefs.length || NOT_VALUE.test(q) || !(ASKS_EN.test(q) || (r.lang === 'zh' && ASKS_ZH.test(q)))) return null;
  const layers = r.glossaryHits.filter((h) => CODE_LAYERS.includes(h));
  if (!layers.length && !LAYER_CLASS.test(q)) return null;
  const lower = q.toLowerCase();
  // the concepts besides the layers, in the order the question names them
  const asked = r.glossaryHits
    .filter((h) => !CODE_LAYERS.includes(h))
    .map((id) => ({ id, at: Math.min(...namesOf(kb, id).map((n) => lower.indexOf(n)).filter((i) => i >= 0)) }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.id);
  const used = (id: string) => kb.glossaryById.has(id) && codeUsesOf(kb.glossaryById.get(id)!, r.lang) !== null;
  // something the code does not set is answered as such ("what dropout rate do the dense layers use")
  const first = asked.find((id) => !PART_OF_LAYER.has(id));
  if (first) return first;
  return layers.length === 1 && used(layers[0]) ? layers[0] : null;
}

/** The question's words that neither the code nor any source writes ("what stride and padding do
 *  the Conv2D layers use" → stride, padding): settings the example leaves to Keras. */
export function unsetWords(kb: KnowledgeBase, r: Retrieval): string[] {
  if (r.lang !== 'en') return [];
  const words = r.question.normalize('NFKC').toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? [];
  return [...new Set(words.filter((w) => {
    const [t] = terms(w);
    return t !== undefined && !kb.bm25.has(t);
  }))];
}
