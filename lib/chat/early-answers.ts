// The answers a question gets before the refusal threshold and the best section are looked at, tried
// in this order: questions about the reader's own code, other frameworks and the example's tools, a
// named person's work, a layer of the example code, which demo page shows something, the front
// matter, the article's errors (asked, pasted as a raised error, or doubted), whether a GPU is
// needed, whether an explanation method can be trusted, a term's translation, whether the article
// mentions something, which value to give a setting, and whether the example code uses a concept.
// Each is written in its own module; this file only orders them. Framework-free.
import { childrenOf, getSection } from '../content/article';
import { asksAboutErrors, asksAboutOwnCode, doubtedNotes, errorNotes, raisedErrorNotes } from './article-errors';
import { glossedSubject, mentionSubject, mentionSubjects } from './article-mention';
import { declinedWith } from './answer-sources';
import { asksFrontMatter, frontMatterAnswer, mentionAnswer, mentionsAnswer, notesAnswer, refusalAnswer } from './article-answers';
import { codeUseAnswer, settingAnswer } from './code-answers';
import { layerAnswer } from './code-layer';
import { formulaAnswer } from './formula-quote';
import { learningResourcesAnswer } from './learning-resources';
import { codeLayerConcept, unsetWords } from './code-layer-question';
import { codeToolsAnswer, otherFrameworkAnswer } from './code-tools';
import { asksCodeUse, asksExampleDataset, asksExampleValue, EXAMPLE_SETTINGS, exampleSettings } from './code-uses';
import { focusConcept, isFieldConcept } from './concept-question';
import { demoAnswer } from './demo-question';
import { gpuAnswer } from './gpu-question';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { personWorkAnswer } from './person-work';
import { PHRASES } from './phrases';
import { codeBlocks } from './plain-text';
import { asksSettingValue, settingConcept } from './setting-question';
import { termAnswer } from './term-translation';
import { trustAnswer } from './trust-question';
import type { ChatAnswer, Retrieval } from './types';

type EarlyAnswer = (kb: KnowledgeBase, r: Retrieval, threshold: number) => ChatAnswer | null;

/** Whether section `id` is, or holds, a section with Python code (chapter 5 and its parts). */
const namesExampleCode = (id: string) => [getSection(id), ...childrenOf(id)].some((s) => s !== undefined && codeBlocks(s.body.en).length > 0);

/** The example's setting or dataset a question asks about without naming the code: "学习率是多少",
 *  "what's the batch size used for training" (the value the example gives one of its training
 *  settings; they led to FAQ 9.8 on datasets of different sizes), "which dataset is the example
 *  trained on" (MNIST, which the code loads, unless another concept is asked about). Only what the
 *  refusal model finds in scope, as the code is not named; a question that names the code chapter
 *  ("文章代码训练了几轮") is about the code too. */
function exampleConcept(r: Retrieval, threshold: number): string | null {
  if (!r.sectionRefs.every(namesExampleCode) || r.inScope < threshold) return null;
  const setting = asksExampleValue(r.question) ? focusConcept(exampleSettings(r.glossaryHits, r.question)) : null;
  // (the accuracy it reports is measured on that dataset: "文章说的97.2%准确率是在什么数据集上测的")
  return setting ?? (asksExampleDataset(r.question) && r.glossaryHits.every((h) => h === 'mnist' || h === 'accuracy' || isFieldConcept(h)) ? 'mnist' : null);
}

// the example's tools name the code, not what is asked of it ("what loss does the keras example
// compile with?"), unless nothing else is named
const CODE_TOOLS = new Set(['keras', 'tensorflow', 'python']);

/** The concepts a question about the example code may ask about: not the field's umbrella terms,
 *  except the training settings the code gives ("which optimizer does the code use?"), and not the
 *  tools the code is written with when something else is named. */
function codeAskedConcepts(hits: string[]): string[] {
  const asked = hits.filter((h) => !isFieldConcept(h) || EXAMPLE_SETTINGS.has(h));
  const withoutTools = asked.filter((h) => !CODE_TOOLS.has(h));
  return withoutTools.length ? withoutTools : asked;
}

const EARLY_ANSWERS: EarlyAnswer[] = [
  // "what's wrong with my python code": nothing the article can answer, or Glassbox can see
  (kb, r) => (asksAboutOwnCode(r.question) ? refusalAnswer(kb, r, PHRASES[r.lang].ownCode) : null),
  // "Can you rewrite the model in PyTorch?" (declined), "which framework does the example code use?"
  (kb, r) => otherFrameworkAnswer(kb, r) ?? codeToolsAnswer(kb, r),
  // "Does the article actually explain any of Karpathy's research?": every sentence naming him
  personWorkAnswer,
  // "what activation function do the conv layers use", "Flatten 后面那个全连接层有几个神经元": the
  // example code's lines (before the Flatten layer's definition)
  (kb, r) => {
    const concept = !r.missingFact && r.features.unknownWord === 0 ? codeLayerConcept(kb, r) : null;
    // ("what stride and padding do the Conv2D layers use": the code sets neither)
    const unset = concept ? unsetWords(kb, r) : [];
    const a = concept ? codeUseAnswer(kb, kb.glossaryById.get(concept)!, r, r.lang, unset.length ? PHRASES[r.lang].codeSetsNot(unset) : '', false) : null;
    // (what is asked is then no source's: declined, the code's lines shown and its sources offered; set E, session 28)
    return a && unset.length ? declinedWith(a, r) : a;
  },
  // "What does the Flatten layer do?": the entry that explains a layer the code uses
  layerAnswer,
  // "L = \frac{1}{2} \sum … what is this measuring": the item of the section that writes the formula
  formulaAnswer,
  // "孩子想学AI，有啥入门书推荐吗": section 7's learning resources ("recommend me a book on cooking": declined)
  learningResourcesAnswer,
  // "which demo page shows it?", "上课想演示情感分析，用哪个页面比较好？"
  demoAnswer,
  // "文章摘要讲了啥", "what are the keywords": the front matter above section 1
  (_kb, r) => {
    const front = asksFrontMatter(r.question, r.sectionRefs);
    return front ? frontMatterAnswer(r, r.lang, front) : null;
  },
  // "is the code in the article correct?", "这篇文章哪里写错了": the editors' notes
  (kb, r) => {
    const errors = asksAboutErrors(r.question);
    return errors ? notesAnswer(kb, r, errorNotes(errors), errors === 'code' ? PHRASES[r.lang].codeErrors : PHRASES[r.lang].articleErrors, r.lang) : null;
  },
  // "getting 'Shapes (None, 1) and (None, 10) are incompatible' when i call model.fit"
  (kb, r) => {
    const raised = raisedErrorNotes(r.question);
    return raised.length ? notesAnswer(kb, r, raised, PHRASES[r.lang].raisedError, r.lang) : null;
  },
  // "The article says PyTorch was open-sourced by Microsoft — is that correct?"
  (kb, r) => {
    const doubted = doubtedNotes(r.question, (t) => kb.bm25.idf(t), r.sectionRefs);
    return doubted.length ? notesAnswer(kb, r, doubted, PHRASES[r.lang].checkedClaim, r.lang) : null;
  },
  // "我没有GPU 能跑这个代码吗": the article never says a GPU is needed
  gpuAnswer,
  // "can saliency maps actually be trusted?": the method's entry and the glossary's caution
  trustAnswer,
  // "What is the Chinese term for backpropagation?", "dropout的中文是什么"
  termAnswer,
  // "文章提到强化学习了吗"; "dropout 和 early stopping 文章里提到了吗": each thing under its name
  (kb, r) => {
    const written = mentionSubject(r.question);
    if (!written) return null;
    // "扩散模型(diffusion)": one thing under two names, looked up by the one the glossary knows (else the first)
    const glossed = glossedSubject(written);
    const subject = glossed ? (!findGlossaryNames(kb, glossed.name).length && findGlossaryNames(kb, glossed.gloss).length ? glossed.gloss : glossed.name) : written;
    const subjects = mentionSubjects(subject);
    return (subjects.length > 1 ? mentionsAnswer(kb, r, subjects, r.lang) : null) ?? mentionAnswer(kb, r, subject, r.lang);
  },
  // "what dropout rate should I use": answered whatever the refusal model says ("dropout一般设多少"
  // scored as out of scope), unless the question names something unknown ("ReduceLROnPlateau 的
  // patience") or asks for a fact the sources lack ("default patience of EarlyStopping")
  (kb, r) => {
    // (a value to use that no source gives is what this answer says: the gate's 'setting' kind is no bar)
    const setting = asksSettingValue(r.question) && !r.sectionRefs.length && (!r.missingFact || r.missingFact === 'setting') && !r.unexplainedFocus && r.features.unknownWord === 0
      ? settingConcept(r.glossaryHits, r.question) : null;
    return setting ? settingAnswer(kb, kb.glossaryById.get(setting)!, r, r.lang) : null;
  },
  // "does the code use dropout?", "文章的代码里池化用了几次": one concept named (or the one that is
  // not broad), nothing unknown; or a setting or the dataset of the example (exampleConcept)
  (kb, r, threshold) => {
    const exampleValue = exampleConcept(r, threshold);
    const codeConcept = (asksCodeUse(r.question) || exampleValue) && !r.missingFact && r.features.unknownWord === 0 ? exampleValue ?? focusConcept(codeAskedConcepts(r.glossaryHits)) : null;
    return codeConcept ? codeUseAnswer(kb, kb.glossaryById.get(codeConcept)!, r, r.lang) : null;
  },
];

/** The first of the early answers that answers the question, or null. */
export function earlyAnswer(kb: KnowledgeBase, r: Retrieval, threshold: number): ChatAnswer | null {
  for (const answer of EARLY_ANSWERS) {
    const a = answer(kb, r, threshold);
    if (a) return a;
  }
  return null;
}
