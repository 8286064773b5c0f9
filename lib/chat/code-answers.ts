// Answers from the article's example code: which value to give a setting, from the code lines that
// set it and the numbers in the definition (settingAnswer, setting-question.ts); whether the code
// uses a concept, with its statements (codeUseAnswer, code-uses.ts); and the code lines that use a
// Keras name the question quotes (apiUses). Only source text and fixed phrases (phrases.ts).
// Framework-free.
import { article, getSection } from '../content/article';
import { asCertain } from './calibration';
import type { GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import type { KnowledgeBase } from './knowledge';
import { codeBlocks, sentences } from './plain-text';
import { namesConcept } from './concept-question';
import { demoHref, demoLabel } from './demo-links';
import { quote } from './quote';
import { asksWhich, codeUsesOf, exampleCodeSection } from './code-uses';
import { isNetworkShape } from './setting-question';
import { declinedWith, glossarySource, rankedOrBest, sourceOf } from './answer-sources';
import { PHRASES } from './phrases';
import type { ChatAnswer, Retrieval } from './types';

/** The article's code lines that set `g` (with a number in them), from the first section with
 *  any: "epochs=5" for the epoch, the Conv2D lines for the convolution, every layer of the example
 *  model for the network's shape. */
function codeSetting(kb: KnowledgeBase, g: GlossaryEntry, lang: Lang): { section: string; lines: string[] } | null {
  for (const s of article.sections) {
    const code = codeBlocks(s.body[lang]).join('\n').split('\n');
    // "validation_split=0.1" names the validation split
    const lines = code.filter((l) => /\d/.test(l) && (isNetworkShape(g.id) ? /\blayers\.\w+\(/.test(l) : namesConcept(l.replace(/_/g, ' '), g.id, kb)));
    if (lines.length) return { section: s.id, lines: lines.map((l) => l.trim()) };
  }
  return null;
}

/** Whether `text` gives a number other than a section reference ("section 4.2", "4.2 节") or a
 *  name with a digit ("L2", "Conv2D"): "for example 10% or 50%", "Keras uses 32 by default". */
function holdsValue(text: string): boolean {
  return /\d/.test(text.replace(/sections? \d+(?:\.\d+)?|\d+(?:\.\d+)?\s*节|\b[A-Za-z]+\d\w*/g, ' '));
}

/** "What dropout rate should I use?", "学习率一般设多少" (setting-question.ts): the article recommends
 *  no values, so the answer says so and gives the ones its sources hold (its example code, numbers
 *  in the glossary's definition), the definition, and the glossary's rule for choosing any
 *  hyperparameter (on the validation set). Without any value, the lead says that no source gives one
 *  and the answer is a refusal. */
export function settingAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const code = codeSetting(kb, g, lang);
  const hasValue = code !== null || holdsValue(g.definition[lang]);
  const tuning = kb.glossaryById.get('hyperparameter')!;
  const blocks = [hasValue ? p.settingValues(g.term[lang]) : p.settingNoValue(g.term[lang])];
  if (code) {
    const s = getSection(code.section)!;
    blocks.push(`${p.codeSets(s.id, s.title[lang])}\n\n\`\`\`python\n${code.lines.join('\n')}\n\`\`\``);
  }
  blocks.push(`${p.glossary(g.term[lang])}\n\n${quote([g.definition[lang]])}`);
  if (g.id !== tuning.id) blocks.push(`${p.glossary(tuning.term[lang])}\n\n${quote([sentences(tuning.definition[lang]).at(-1)!])}`);
  // in the order the answer quotes them: the code that holds the value comes first
  const sources = [glossarySource(kb, g, r, lang)];
  if (code && code.section !== g.section) sources.unshift(sourceOf(kb, rankedOrBest(r, code.section), lang));
  if (!sources.some((x) => x.section === tuning.section)) sources.push(glossarySource(kb, tuning, r, lang));
  // without any value the question is declined (nothing the sources say answers it; development
  // set F, session 28), and what they say about the setting is offered, its sources as suggestions
  const answer: ChatAnswer = {
    answer: blocks.join('\n\n'),
    language: lang, kind: 'glossary', refused: false, sources, suggestions: [],
    demo: g.demo ? { href: demoHref(g.demo), label: demoLabel(g.demo, lang) } : undefined,
    // answered whatever the refusal model said, as a definition question is
    confidence: asCertain(r.inScope),
  };
  return hasValue ? answer : declinedWith(answer, r);
}

/** "Does the code use dropout?", "文章代码里用了哪些激活函数": the example code's statements that use
 *  the concept and how many, or that it never mentions the concept (it may still use it unnamed: a
 *  learning rate through Adam's default), then the definition. Null when the article has no example code. */
export function codeUseAnswer(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, lang: Lang, before = '', yesNo = !asksWhich(r.question)): ChatAnswer | null {
  const p = PHRASES[lang];
  const used = codeUsesOf(g, lang);
  const sectionId = used?.section ?? exampleCodeSection(lang);
  if (!sectionId) return null;
  const s = getSection(sectionId)!;
  // "Yes:" answers "does the code use dropout?", not "which loss function does the code use?"
  const lead = used
    ? `${p.codeUsesConcept(g.term[lang], s.id, s.title[lang], used.statements, yesNo)}\n\n\`\`\`python\n${used.lines.join('\n')}\n\`\`\``
    : p.codeLacksConcept(g.term[lang], s.id, s.title[lang], yesNo);
  const sources = [sourceOf(kb, rankedOrBest(r, s.id), lang)];
  if (g.section !== s.id) sources.push(glossarySource(kb, g, r, lang));
  return {
    answer: `${before ? `${before}\n\n` : ''}${lead}\n\n${p.glossary(g.term[lang])}\n\n${quote([g.definition[lang]])}`,
    language: lang, kind: 'section', refused: false, sources, suggestions: [],
    // answered from the code whatever the refusal model says, as a definition question is
    confidence: asCertain(r.inScope),
  };
}

// A Keras API name quoted in a question: Conv2D, MaxPooling2D, Dense, Flatten …
const API_NAME = /\b(?:[A-Z][a-z]+)+\d*[A-Z]?(?=\s*\(|\b)/g;

/** The article's code lines that use a Keras name the question quotes and the concept's definition
 *  names too ("MaxPooling2D" for pooling), with their section; null when there is none. */
export function apiUses(g: GlossaryEntry, question: string, lang: Lang): { section: string; lines: string[] } | null {
  const names = (question.normalize('NFKC').match(API_NAME) ?? []).filter((n) => /\d|[a-z][A-Z]/.test(n) || ['Dense', 'Flatten', 'Dropout'].includes(n));
  const own = names.filter((n) => g.definition.en.includes(n));
  if (!own.length) return null;
  for (const s of article.sections) {
    const lines = codeBlocks(s.body[lang]).join('\n').split('\n').filter((l) => own.some((n) => l.includes(`${n}(`)));
    if (lines.length) return { section: s.id, lines };
  }
  return null;
}
