// What the article's example code is written with. "Which framework does the example code use?",
// "代码是用什么写的", "这篇文章的代码用的是什么框架" get section 5.1's sentence that names Python and
// TensorFlow, with the code's import lines (they got the whole program, chapter 5's list of parts,
// or section 7's list of frameworks). A request to write the example with another framework
// ("Can you rewrite the model in PyTorch?", "帮我把代码改成PyTorch") is declined, saying what the
// example does use: the chat writes no code, and the article has no such version (it got section
// 7's line on PyTorch). Only source text and fixed phrases (phrases.ts). Framework-free.
import { getSection } from '../content/article';
import type { Lang } from '../content/types';
import { rankedOrBest, sourceOf } from './answer-sources';
import { asCertain } from './calibration';
import type { KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { codeBlocks, quotableText, sentences } from './plain-text';
import { quote } from './quote';
import type { ChatAnswer, Retrieval } from './types';

/** The section that sets up the example's environment, and the one with its program. */
const SETUP = '5.1';
const PROGRAM = '5.2';

// what the question asks for: the tool, and that the example (not the reader, nor the field) uses it
const TOOL_EN = /\b(?:frameworks?|librar(?:y|ies)|(?:programming )?languages?|toolkits?|packages?)\b/;
const USED_EN = /\b(?:uses?|used|using|written|write|built|implemented|based on|runs? on|in)\b/;
const EXAMPLE_EN = /\b(?:the|this|its|article's|article’s)\s+(?:(?:example|sample|article's|article’s|demo)\s+)?(?:code|example|examples|program|implementation|model|article|mnist example)\b/;
const WRITTEN_IN_EN = /\b(?:code|example|program)\b.{0,20}\bwritten (?:in|with)\b|\bwhat (?:is|was) (?:the|this|its) (?:example )?(?:code|program) (?:written )?in\b|\bwhat (?:language|framework) is (?:the|this) (?:example )?(?:code|program) (?:written )?in\b/;
const TOOL_ZH = /框架|库|编程语言|语言|工具包/;
const USED_ZH = /用(?:的|了)?(?:是)?(?:什么|哪个|哪种|哪一个|啥)|(?:什么|哪个|哪种|啥)(?:深度学习)?(?:框架|库|语言)|基于(?:什么|哪个|哪种)|拿(?:什么|啥)/;
const EXAMPLE_ZH = /代码|示例|例子|程序|这篇文章|文章里?的?(?:模型|实现)|文章用/;
const WRITTEN_WITH_ZH = /(?:代码|程序|示例|例子)(?:是)?(?:用|拿)(?:什么|啥|哪种|哪个)(?:语言|框架)?(?:写|实现|编写|做)/;
// not about the example: advice, comparisons, what the article recommends or mentions
const NOT_EXAMPLE = /\b(?:recommend\w*|suggest\w*|should|best|better|popular|learn|vs\.?|versus|differen\w*|compar\w*|mention\w*|list\w*)\b|推荐|建议|应该|哪个好|最好|好用|学什么|区别|比较|对比|提到|列出/i;

/** Whether the question asks which framework, library or language the article's example is
 *  written with. */
export function asksCodeTools(question: string): boolean {
  const q = question.normalize('NFKC').toLowerCase();
  if (NOT_EXAMPLE.test(q)) return false;
  if (WRITTEN_IN_EN.test(q) || WRITTEN_WITH_ZH.test(q)) return true;
  return (TOOL_EN.test(q) && USED_EN.test(q) && EXAMPLE_EN.test(q)) || (TOOL_ZH.test(q) && USED_ZH.test(q) && EXAMPLE_ZH.test(q));
}

// frameworks the example is not written with, as the question names them
const OTHER_FRAMEWORK = /\b(pytorch|torch|jax|flax|mxnet|caffe2?|theano|cntk|chainer|paddle(?:paddle)?|mindspore|onnx|scikit-learn|sklearn|matlab)\b|(飞桨|昇思)/i;
// a request for code: to write, convert or port the example's model or code
const WRITE_EN = /\b(?:write|rewrite|re-write|convert|port|translate|implement|re-?implement|show|give)\b.{0,40}\b(?:in|to|into|with|using)\s+(?:pytorch|torch|jax|flax|mxnet|caffe2?|theano|cntk|chainer|paddle(?:paddle)?|mindspore|onnx|scikit-learn|sklearn|matlab)\b|\b(?:pytorch|torch|jax|flax|mxnet|caffe2?|theano|cntk|chainer|paddle(?:paddle)?|mindspore|scikit-learn|sklearn|matlab)\s+(?:version|implementation|code|port|equivalent)\b/i;
const WRITE_ZH = /改成|改写|转成|转换成|换成|翻译成|重写|用.{0,8}(?:写|实现|来做|搭)|版本|版的|写一?[个份下遍]/;
// a comparison names the other framework without asking for code ("PyTorch和代码用的TensorFlow有什么区别")
const COMPARES = /\b(?:vs\.?|versus|differen\w*|compar\w*|better|or)\b|区别|比较|对比|哪个好|还是/i;
const THE_EXAMPLE = /\b(?:model|code|example|network|cnn|program|it|this|that)\b|模型|代码|网络|示例|例子|程序|这个|它/i;

/** The other framework a request asks the example to be written with ("rewrite the model in
 *  PyTorch" → "PyTorch"), or null. */
export function asksCodeInOtherFramework(question: string): string | null {
  const q = question.normalize('NFKC');
  const named = OTHER_FRAMEWORK.exec(q);
  if (!named || COMPARES.test(q) || !THE_EXAMPLE.test(q.replace(named[0], ' '))) return null;
  const zh = /[\u4e00-\u9fff]/.test(q);
  if (!(WRITE_EN.test(q) || (zh && WRITE_ZH.test(q.replace(named[0], ' '))))) return null;
  const name = named[0];
  return /^(?:pytorch|torch)$/i.test(name) ? 'PyTorch' : /^jax$/i.test(name) ? 'JAX' : /^mxnet$/i.test(name) ? 'MXNet' : /^(?:paddle(?:paddle)?)$/i.test(name) ? 'PaddlePaddle' : name;
}

/** Section 5.1's sentence that says what the example is written with, in `lang`. */
function setupSentence(lang: Lang): string | undefined {
  return sentences(quotableText(getSection(SETUP)!.body[lang])).find((s) => /python/i.test(s) && /tensorflow/i.test(s));
}

/** The import lines of the example program. */
function importLines(lang: Lang): string[] {
  return codeBlocks(getSection(PROGRAM)!.body[lang]).join('\n').split('\n').filter((l) => /^\s*(?:import|from)\s/.test(l)).map((l) => l.trim());
}

/** The answer to "which framework does the example code use?": section 5.1's sentence and the
 *  program's import lines; null when the question is no such question. */
export function codeToolsAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  if (!asksCodeTools(r.question)) return null;
  const lang = r.lang;
  const p = PHRASES[lang];
  const sentence = setupSentence(lang);
  const imports = importLines(lang);
  if (!sentence || !imports.length) return null;
  const setup = getSection(SETUP)!;
  const program = getSection(PROGRAM)!;
  const answer = `${p.section(SETUP, setup.title[lang])}\n\n${quote([sentence])}\n\n${p.code(PROGRAM, program.title[lang])}\n\n\`\`\`python\n${imports.join('\n')}\n\`\`\``;
  const sources = [SETUP, PROGRAM].map((id) => sourceOf(kb, rankedOrBest(r, id), lang));
  return { answer, language: lang, kind: 'section', refused: false, sources, suggestions: [], confidence: asCertain(r.inScope) };
}

/** The reply to a request to write the example with another framework: declined, with what the
 *  example is written with and the sections to read; null when the question is no such request. */
export function otherFrameworkAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  const framework = asksCodeInOtherFramework(r.question);
  if (!framework) return null;
  const lang = r.lang;
  const sentence = setupSentence(lang);
  const suggestions = [PROGRAM, SETUP].map((id) => sourceOf(kb, rankedOrBest(r, id), lang));
  const list = suggestions.map((s) => `- [${s.section} ${s.title}](${s.href})`).join('\n');
  const answer = `${PHRASES[lang].noOtherFramework(framework)}${sentence ? `\n\n${quote([sentence])}` : ''}\n\n${list}`;
  return { answer, language: lang, kind: 'refusal', refused: true, sources: [], suggestions, confidence: r.inScope };
}
