// Builds lib/chat/section-classifier.json: naive-Bayes counts (lib/chat/section-classifier.ts) from
// the same training text as the embedding model: its training questions (templates, the first
// paraphrase and four in five reader questions of each section), every sentence of each section
// and the glossary's definitions; plus reader questions written for the classifier alone
// (data/classifier-questions-*.ts) and out-of-scope questions for its out-of-scope class
// (data/classifier-out-of-scope.ts, and -field.ts: questions that name the field but ask about
// careers, hardware, courses …, session 14). The chat's development and evaluation questions, the embedding
// model's held-out questions and its second question set are never read; the seven development
// questions that are also embedding training questions ("What is deep learning?") are left out,
// so that the development set the fusion weights are fitted on stays unseen by the classifier.
// Run: npm run classifier:chat (seconds; rerun after the article, glossary or questions change).
// CLASSIFIER_PARTS (comma-separated, default reader,reader2,reader3,oos,field,oos3) picks the written parts: reader
// questions (reader: data/classifier-questions-a/b.ts, session 8; reader2: -c/d.ts, session 10, in
// people's own words; reader3: -e/f.ts, session 24, with chatty context, slang and typos), out-of-scope
// questions (oos; field: those naming the field; oos3: -g.ts, session 24, near-domain and in people's
// own words), and "mentioned" (out-of-scope questions about things
// the article mentions without answering; tried, not shipped), for the ablations in
// models/chat/README.md; the shipped counts use the default.
import fs from 'node:fs';
import path from 'node:path';
import { glossary } from '../../lib/content/glossary';
import { OUT_OF_SCOPE_CLASS, trainSectionClassifier } from '../../lib/chat/section-classifier';
import { isBroadConcept } from '../../lib/chat/concept-question';
import { escapeRegExp } from '../../lib/util/escape-regexp';
import { CLASSIFIER_OUT_OF_SCOPE } from './data/classifier-out-of-scope';
import { CLASSIFIER_OUT_OF_SCOPE_FIELD } from './data/classifier-out-of-scope-field';
import { CLASSIFIER_OUT_OF_SCOPE_MENTIONED } from './data/classifier-out-of-scope-mentioned';
import { CLASSIFIER_QUESTIONS_C } from './data/classifier-questions-c';
import { CLASSIFIER_QUESTIONS_D } from './data/classifier-questions-d';
import { CLASSIFIER_QUESTIONS_E } from './data/classifier-questions-e';
import { CLASSIFIER_QUESTIONS_F } from './data/classifier-questions-f';
import { CLASSIFIER_OUT_OF_SCOPE_G } from './data/classifier-out-of-scope-g';
import { classifierReaderQuestions, passages, sectionSentences, splitQueries } from '../text/data/embed-data';
import { devQuestions } from './dev-questions';

/** The written parts the shipped counts use (CLASSIFIER_PARTS overrides them, for ablations). */
export const DEFAULT_PARTS = 'reader,reader2,reader3,oos,field,oos3';

/** Smoothing, chosen on the embedding model's held-out questions (models/chat/README.md). */
export const CLASSIFIER_ALPHA = 0.3;

/** Whether `text` names a glossary concept that is not a broad one (its term or an alias; a Latin
 *  name as a whole word, plural allowed). */
function namesGlossaryConcept(text: string): boolean {
  const t = text.normalize('NFKC').toLowerCase();
  return glossary.filter((g) => !isBroadConcept(g.id)).some((g) => [g.term.en, g.term.zh, ...g.aliases.en, ...g.aliases.zh].some((name) => {
    const n = name.toLowerCase();
    return /[a-z]/.test(n) ? new RegExp(`(?<![a-z])${escapeRegExp(n)}(?:s|es)?(?![a-z])`).test(t) : t.includes(n);
  }));
}

export function classifierTrainingText(): { text: string; section: string }[] {
  const sections = new Set(passages().map((p) => p.sectionId));
  const anchors = glossary
    .filter((g) => sections.has(g.section))
    .flatMap((g) => (['en', 'zh'] as const).map((lang) => ({ text: `${g.term[lang]}: ${g.definition[lang]}`, section: g.section })));
  const { inScope, outOfScope } = devQuestions();
  const dev = new Set([...inScope, ...outOfScope].map((q) => normalised(q.question)));
  const parts = (process.env.CLASSIFIER_PARTS ?? DEFAULT_PARTS).split(',');
  const reader = [
    ...(parts.includes('reader') ? classifierReaderQuestions().map((q) => ({ text: q.text, section: q.sectionId })) : []),
    ...(parts.includes('reader2') ? Object.entries({ ...CLASSIFIER_QUESTIONS_C, ...CLASSIFIER_QUESTIONS_D }).flatMap(([section, q]) => [...q.en, ...q.zh].map((text) => ({ text, section }))) : []),
    ...(parts.includes('reader3') ? [CLASSIFIER_QUESTIONS_E, CLASSIFIER_QUESTIONS_F].flatMap((set) => Object.entries(set).flatMap(([section, q]) => [...q.en, ...q.zh].map((text) => ({ text, section })))) : []),
  ];
  const oos = [
    ...(parts.includes('oos') ? [...CLASSIFIER_OUT_OF_SCOPE.en, ...CLASSIFIER_OUT_OF_SCOPE.zh] : []),
    ...(parts.includes('field') ? [...CLASSIFIER_OUT_OF_SCOPE_FIELD.en, ...CLASSIFIER_OUT_OF_SCOPE_FIELD.zh] : []),
    // (only those naming no glossary concept: the writer checked the article, not the glossary, which
    // answers "how many images are in the MNIST training set" and "how do the gates in an LSTM work")
    ...(parts.includes('oos3') ? [...CLASSIFIER_OUT_OF_SCOPE_G.en, ...CLASSIFIER_OUT_OF_SCOPE_G.zh].filter((q) => !namesGlossaryConcept(q)) : []),
    ...(parts.includes('mentioned') ? [...CLASSIFIER_OUT_OF_SCOPE_MENTIONED.en, ...CLASSIFIER_OUT_OF_SCOPE_MENTIONED.zh] : []),
  ].map((text) => ({ text, section: OUT_OF_SCOPE_CLASS }));
  return [
    ...splitQueries().train.map((q) => ({ text: q.text, section: q.sectionId })),
    ...sectionSentences().map((q) => ({ text: q.text, section: q.sectionId })),
    ...anchors,
    ...reader,
    ...oos,
  ].filter((e) => !dev.has(normalised(e.text)));
}

/** Lower case without spaces, punctuation or symbols (how question sets are compared). */
export const normalised = (s: string): string => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

if (process.argv[1]?.endsWith('build-section-classifier.ts')) {
  const out = path.join(__dirname, '..', '..', 'lib', 'chat', 'section-classifier.json');
  const data = trainSectionClassifier(classifierTrainingText(), CLASSIFIER_ALPHA);
  fs.writeFileSync(out, `${JSON.stringify({ builtBy: 'models/chat/build-section-classifier.ts', ...data })}\n`);
  console.log(`${data.sections.length} sections, ${data.features.length} features -> ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
}
