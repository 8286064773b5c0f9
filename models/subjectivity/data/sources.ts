// The subjectivity data, assembled from what the repo already holds plus the hand-written gap
// fillers (./handwritten.ts). Training and checks are kept apart:
//
//   training  opinion: natural sentiment sentences (training split), hand-written sentiment
//                      sentences, hand-written opinions about deep learning, the article and the
//                      app, templated opinions about glossary terms (./opinion-templates.ts; the
//                      lexicons' opinion words enter through them). Single opinion words as
//                      examples of their own were dropped in session 10: 3,000 one-word opinions
//                      taught a bias of +2.3, so that any unfamiliar text ("hi", "ok") read as an
//                      opinion
//             neutral: the chat's development and reader questions (in and out of scope), the
//                      embedding model's questions, the article's sentences, glossary terms and
//                      definitions, the topic model's training sentences, hand-written neutral
//                      statements
//   checks    ./check-set.ts (the development check set: written separately, balanced, both
//             languages; the recipe was chosen on it), ./final-check-set.ts (written after the
//             recipe was fixed, by a writer who saw neither; read once), the chat's
//             out-of-scope checks and the unseen half of the second reader set (neutral), the
//             natural sentiment validation and test sentences (opinion). Never trained on.
//
// Every tenth training sentence of each source is a validation sentence (reported, not tuned on).
import { glossary } from '../../../lib/content/glossary';
import { devQuestions, isSecondSetCheck } from '../../chat/dev-questions';
import { OUT_OF_SCOPE_CHECK } from '../../chat/data/out-of-scope-check';
import { OUT_OF_SCOPE_MENTIONED_CHECK } from '../../chat/data/out-of-scope-mentioned-check';
import { CLASSIFIER_OUT_OF_SCOPE } from '../../chat/data/classifier-out-of-scope';
import { CLASSIFIER_OUT_OF_SCOPE_MENTIONED } from '../../chat/data/classifier-out-of-scope-mentioned';
import { classifierReaderQuestions, OUT_OF_SCOPE, queries, secondSetQuestions, sectionSentences } from '../../text/data/embed-data';
import { naturalSentiment, naturalSentimentTest } from '../../text/data/sentiment-data';
import { HANDWRITTEN_SENTIMENT } from '../../text/data/sentiment-handwritten';
import { HANDWRITTEN_TOPIC, naturalTopic } from '../../text/data/topic-data';
import { SUBJECTIVITY_CHECK } from './check-set';
import { SUBJECTIVITY_FINAL_CHECK } from './final-check-set';
import { SUBJECTIVITY_HANDWRITTEN } from './handwritten';
import { opinionTemplates } from './opinion-templates';
import type { SubjectivityExample } from './types';

type Lang = 'en' | 'zh';
const ex = (kind: string, opinion: boolean) => (x: { text: string; lang: Lang }): SubjectivityExample => ({ text: x.text, lang: x.lang, opinion, kind });
const both = (kind: string, opinion: boolean, q: { en: string[]; zh: string[] }) =>
  [...q.en.map((text) => ex(kind, opinion)({ text, lang: 'en' })), ...q.zh.map((text) => ex(kind, opinion)({ text, lang: 'zh' }))];

/** Every training source by name, before the validation split. */
export function trainingSources(): Record<string, SubjectivityExample[]> {
  const dev = devQuestions();
  return {
    'natural sentiment (train split)': naturalSentiment().train.map(ex('product-opinion', true)),
    'hand-written sentiment': HANDWRITTEN_SENTIMENT.map(ex('product-opinion', true)),
    'hand-written (gap fillers)': SUBJECTIVITY_HANDWRITTEN,
    'opinion templates': opinionTemplates(),
    'chat development questions': [...dev.inScope, ...dev.outOfScope].map((q) => ({ text: q.question, lang: q.lang, opinion: false, kind: 'question' })),
    'chat classifier questions': [
      ...classifierReaderQuestions().map(ex('question', false)),
      ...both('question', false, CLASSIFIER_OUT_OF_SCOPE),
      ...both('question', false, CLASSIFIER_OUT_OF_SCOPE_MENTIONED),
    ],
    'embedding questions': [...queries(), ...OUT_OF_SCOPE].map(ex('question', false)),
    'article sentences': sectionSentences().map(ex('dl-statement', false)),
    'glossary': glossary.flatMap((g) => (['en', 'zh'] as const).flatMap((lang) => [
      { text: g.term[lang], lang, opinion: false, kind: 'term' },
      ...g.aliases[lang].map((text) => ({ text, lang, opinion: false, kind: 'term' })),
      { text: g.definition[lang], lang, opinion: false, kind: 'dl-statement' },
    ])),
    'topic sentences': [...naturalTopic().train, ...HANDWRITTEN_TOPIC].map(ex('dl-statement', false)),
  };
}

const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The check sets by name (never trained on). */
export function checkSets(): Record<string, SubjectivityExample[]> {
  return {
    'development check set': SUBJECTIVITY_CHECK,
    'final check set': SUBJECTIVITY_FINAL_CHECK,
    'chat out-of-scope checks': [...both('question', false, OUT_OF_SCOPE_CHECK), ...both('question', false, OUT_OF_SCOPE_MENTIONED_CHECK)],
    'unseen reader questions': secondSetQuestions().filter((_, i) => isSecondSetCheck(i)).map(ex('question', false)),
    'natural sentiment validation and test': [...naturalSentiment().validation, ...naturalSentimentTest()].map(ex('product-opinion', true)),
  };
}

/** Training and validation sentences: deduplicated, without any sentence of a check set, every tenth of each source to validation. */
export function subjectivitySplit(): { train: SubjectivityExample[]; validation: SubjectivityExample[] } {
  const held = new Set(Object.values(checkSets()).flat().map((e) => key(e.text)));
  const seen = new Set<string>();
  const train: SubjectivityExample[] = [];
  const validation: SubjectivityExample[] = [];
  for (const list of Object.values(trainingSources())) {
    let i = 0;
    for (const e of list) {
      const k = key(e.text);
      if (!k || held.has(k) || seen.has(k)) continue;
      seen.add(k);
      (i++ % 10 === 9 ? validation : train).push(e);
    }
  }
  return { train, validation };
}
