// Questions about where the article's example code uses a concept: "does the code use dropout?",
// "文章代码里用了哪些激活函数", "文章的代码里池化用了几次", "代码里用的哪个损失函数". They were
// answered with chapter 5's list of parts, the whole program or one line cut from its statement.
// Also the value the example gives one of its training settings, asked without naming the code
// ("学习率是多少", "how many epochs did they train": asksExampleValue, exampleSettings) and which
// dataset it uses (asksExampleDataset). Detection, and the statements of the Python code that name
// the concept, or build it (the model statement for "CNN"). Framework-free.
import { article } from '../content/article';
import type { GlossaryEntry } from '../content/glossary';
import type { Lang, Section } from '../content/types';
import { bracketDepth, codeBlocks } from './plain-text';
import { terms } from './terms';

// "does the code use dropout?", "which activation functions are used in the article's code",
// "how many pooling layers does the example code have": a yes/no, which or how-many question that
// names the code and a verb of using (not "what's a sequential model in this code")
const START_EN = /^(?:does|did|do|is|are|which|what|how many)\b/i;
// (or "the keras example", "the python snippet", "the sample code": set C, session 25)
const CODE_EN = /\b(?:the|this|the article'?s|the example'?s?|example)\s+(?:example\s+)?(?:code|script|program|keras model)\b|\bin (?:the )?code\b|\b(?:the|this)\s+(?:keras|python|tensorflow|tf|mnist|code|sample)\s+(?:example|sample|snippet|program)\b|\b(?:sample|example)\s+code\b|\bthe\s+(?:code\s+)?snippet\b/i;
const USE_EN = /\b(?:use[sd]?|using|ha(?:ve|s)|include[sd]?|contain(?:s|ed)?|appl(?:y|ies|ied)|appears?|set|sets|setting|configure[sd]?|specif(?:y|ies|ied)|compiles?|compiled|compiling)\b/i;
// or the value it gives a setting: "what is the learning rate in the code?"
const VALUE_EN = /\b(?:value|values|how many|how much)\b|\bwhat(?:'s| is| was) the (?:\w+ ){0,2}(?:rate|size|split|number|count)\b/i;
// "代码里用了哪些激活函数", "文章里的代码用了dropout吗", "文章的代码里池化用了几次", "代码里用的哪个损失函数"
const ASKS_ZH = /(?:代码|示例代码|例子|程序)(?:里|中|里面)?[^？?，,。]{0,12}(?:用|使用|有)(?:了|到|的)?[^？?，,。]{0,12}(?:吗|么|没有|没|哪些|哪个|哪种|几次|几个|几层|什么|啥)|(?:代码|示例代码|程序)(?:里|中|里面)?(?:的)?(?:哪里|哪儿|哪|什么地方)(?:用|使用|用到)(?:了|到|过)?/;
// the value the code gives a setting: "代码里epochs设的多少", "what is the learning rate in the
// code?" (asksExampleValue: only for the example's settings, not "文章代码的测试准确率是多少")
const CODE_VALUE_ZH = /(?:代码|示例代码|程序)(?:里|中|里面)?(?:的)?[^？?，,。]{0,12}(?:设|设置|设成|设为|是|取)(?:了|的|成|为)?(?:多少|几|什么|啥|哪)/;
// "where is the dropout layer in the code?" (the answer says when the code has none)
const WHERE_EN = /^where (?:is|are|does|do|did)\b[^?]*\b(?:in|of) (?:the |this |the article'?s |the example'?s? )?(?:example )?(?:code|script|program)\b/i;
// why and how questions get the definition with the code ("Why is softmax used in the last layer?")
const EXPLAINS = /\b(?:why|how does|how do|how is|explain)\b|为什么|为啥|怎么|如何|原理/i;

/** Whether the question asks whether, where or how often the article's example code uses something. */
export function asksCodeUse(question: string): boolean {
  const q = question.normalize('NFKC').trim();
  return !EXPLAINS.test(q) && ((START_EN.test(q) && CODE_EN.test(q) && USE_EN.test(q)) || WHERE_EN.test(q) || ASKS_ZH.test(q));
}

// The settings of the example's training that a reader asks the value of without naming the code
// ("学习率是多少", "what's the batch size used for training"): the code sets some (epochs=5) and
// leaves others to Keras (the learning rate, the batch size)
export const EXAMPLE_SETTINGS = new Set(['epoch', 'batch', 'learning-rate', 'optimizer', 'loss-function', 'validation-set']);
// settings whose value is a choice, not a number: "loss是多少" asks the loss's value (5.4's 0.0956),
// not which loss function
const CHOICE_SETTINGS = new Set(['optimizer', 'loss-function']);
const ASKS_NUMBER = /\bhow (?:many|much|big|large|high)\b|多少|多大|几/i;

/** The example settings among `concepts` that the question can ask the value of: not a choice
 *  setting asked how much ("模型在测试集上的loss是多少"). */
export function exampleSettings(concepts: string[], question: string): string[] {
  const number = ASKS_NUMBER.test(question.normalize('NFKC'));
  return concepts.filter((c) => EXAMPLE_SETTINGS.has(c) && !(number && CHOICE_SETTINGS.has(c)));
}
const EXAMPLE_VALUE_EN = /\bwhat(?:'s| is| was)\s+the\s+(?:[\w-]+\s+){1,3}(?:used|set|chosen)\b|\bwhat\s+(?:[\w-]+\s+){1,3}(?:did|does|do)\s+(?:the|this|they|it|you)\s+(?:(?:mnist|keras|python|tensorflow|sample)\s+)?(?:model\s+|example\s+|network\s+|code\s+|snippet\s+)?(?:use|train with|set|pick|choose)\b|\bhow many epochs (?:did|does|do|was|were|is)\b/i;
// ("验证集划了多少比例", "测试集分出了多少": set C, session 25)
const EXAMPLE_VALUE_ZH = /(?:是|设的|设了|用的|用了|取的|训练了|跑了)(?:多少|几)|(?:划|分|留|占)(?:了|出|出了|成)(?:多少|几)|(?:多少|几)(?:个)?(?:epochs?|轮)/i;
// advice, not the example's value ("学习率一般是多少", "what batch size should I use")
const ADVICE = /\b(?:should|recommend\w*|typical|usual|good|best|ideal|normally|usually)\b|应该|一般|推荐|最好|合适|通常|常用|怎么选|如何选|怎么设|如何设/i;

/** Whether the question asks the value the example gives one of its training settings, without
 *  naming the code ("学习率是多少", "what's the batch size used for training"), not advice. */
export function asksExampleValue(question: string): boolean {
  const q = question.normalize('NFKC');
  return !ADVICE.test(q) && !EXPLAINS.test(q) && (EXAMPLE_VALUE_EN.test(q) || EXAMPLE_VALUE_ZH.test(q) || CODE_VALUE_ZH.test(q) || (START_EN.test(q) && CODE_EN.test(q) && VALUE_EN.test(q)));
}

// "which dataset is the example trained on", "用的是哪个数据集": the data the example loads
// (or the bare follow-up "on which dataset?" after "what test accuracy did the example model reach": set D)
const DATASET_EN = /\b(?:which|what)\s+(?:data\s?sets?|data)\b[^?]*\b(?:example|model|code|tutorial|article|trained|train|training|used?|load(?:s|ed)?|measured|tested|evaluated|reported)\b|\b(?:trained|train)\s+on\s+(?:which|what)\s+(?:data\s?sets?|data)\b|^(?:and\s+)?(?:on|in|with|using)\s+(?:which|what)\s+(?:data\s?sets?|data)\s*[?.!]*$/i;
const DATASET_ZH = /(?:哪个|哪一个|哪些)数据|(?:用的|用了|用|训练的|在)(?:是)?(?:什么|啥|哪个)数据|数据集(?:用的|用了|叫|是哪个)/;

/** Whether the question asks which dataset the example uses, not advice ("what dataset should I
 *  use"). */
export function asksExampleDataset(question: string): boolean {
  const q = question.normalize('NFKC');
  return !ADVICE.test(q) && !EXPLAINS.test(q) && (DATASET_EN.test(q) || DATASET_ZH.test(q));
}

/** Whether a code-use question asks which or how many ("which loss function does the code use?",
 *  "文章代码里用了哪些激活函数", "池化用了几次") rather than whether (answered "Yes:" / "No:"). */
export function asksWhich(question: string): boolean {
  return /\b(?:which|what|how many|how often|how much|where)\b|哪个|哪些|哪种|哪一个|哪一种|哪里|哪儿|什么|啥|几|多少/i.test(question.normalize('NFKC'));
}

/** The statement that contains line `i`, when it spans at most `max` lines (a call split over
 *  lines: "model.compile(optimizer='adam',"); the line alone otherwise. */
export function statementOf(lines: string[], i: number, max = 4): number[] {
  let start = i;
  let open = 0;
  // back to the line that opens the statement
  for (let j = i - 1; j >= 0 && i - j < max; j--) {
    open += bracketDepth(lines[j]);
    if (open > 0) { start = j; break; }
  }
  let end = -1;
  for (let d = 0, j = start; j < lines.length && j - start < max; j++) {
    d += bracketDepth(lines[j]);
    if (d <= 0) { end = j; break; }
  }
  return end >= i ? Array.from({ length: end - start + 1 }, (_, k) => start + k) : [i];
}

// What the example code builds without naming it: 5.2's "simple neural network implementation" is a
// CNN (Conv2D and MaxPooling2D layers), so "and in the code?" after "cnn?" is not answered "No"
const BUILT_BY_CODE = new Set(['convolutional-neural-network', 'neural-network']);

/** The lines of section `s`'s Python code blocks, in order (empty when it has none). */
function pythonLines(s: Section, lang: Lang): string[] {
  const blocks = [...s.body[lang].matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.length ? blocks.join('\n').split('\n') : [];
}

/** The statement that builds the example model ("model = tf.keras.Sequential([ … ])"), from the first
 *  section whose Python code has one. */
function modelStatement(lang: Lang): { section: string; lines: string[] } | null {
  for (const s of article.sections) {
    const lines = pythonLines(s, lang);
    const start = lines.findIndex((l) => /\bSequential\s*\(/.test(l));
    if (start >= 0) return { section: s.id, lines: statementOf(lines, start, lines.length).map((i) => lines[i]) };
  }
  return null;
}

/** The example code's statements that name the concept (its English name or a one-word alias, as
 *  code writes them: "relu", "MaxPooling2D" for pooling, "categorical_crossentropy" for cross
 *  entropy), from the first section whose Python code has any, with their lines and how many
 *  statements there are ("用了几次"), or for a model the code builds, the statement that builds it;
 *  null when none does. */
export function codeUsesOf(g: GlossaryEntry, lang: Lang): { section: string; lines: string[]; statements: number } | null {
  const named = codeNaming(g, lang);
  if (named || !BUILT_BY_CODE.has(g.id)) return named;
  const model = modelStatement(lang);
  return model ? { ...model, statements: 1 } : null;
}

/** The statements that name the concept (codeUsesOf without the built model). */
function codeNaming(g: GlossaryEntry, lang: Lang): { section: string; lines: string[]; statements: number } | null {
  const names = [g.term.en, ...g.aliases.en].map((n) => terms(n.toLowerCase())).filter((t) => t.length > 0);
  for (const s of article.sections) {
    const lines = pythonLines(s, lang);
    if (!lines.length) continue;
    const naming = lines.map((l, i) => ({ l, i })).filter(({ l }) => {
      if (l.trim().startsWith('#')) return false;
      const have = new Set(terms(l.replace(/_/g, ' ')));
      return names.some((n) => n.every((t) => have.has(t)));
    }).map((x) => x.i);
    if (!naming.length) continue;
    const spans = naming.map((i) => statementOf(lines, i));
    const statements = new Set(spans.map((span) => span[0])).size;
    const keep = [...new Set(spans.flat())].sort((a, b) => a - b);
    const out: string[] = [];
    keep.forEach((i, k) => {
      if (k > 0 && i > keep[k - 1] + 1) out.push('# …');
      out.push(lines[i]);
    });
    return { section: s.id, lines: out, statements };
  }
  return null;
}

/** The section whose code is the article's example program (for "the code does not use it"). */
export function exampleCodeSection(lang: Lang): string | null {
  return article.sections.find((s) => /```python\n/.test(s.body[lang]) && codeBlocks(s.body[lang]).join('\n').split('\n').length > 10)?.id ?? null;
}
