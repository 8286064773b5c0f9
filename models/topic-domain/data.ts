// The topic-domain data: sentences about deep learning and AI (in domain) and about anything else
// (out of domain), from what the repo already holds. Training and checks are kept apart:
//
//   training  in domain: the topic model's training sentences (natural, train split) and
//                        hand-written ones, the article's sentences, glossary terms and definitions,
//                        the chat's development and reader questions in scope, the embedding
//                        model's questions, the chat classifier's questions that the article does not
//                        answer but that are about deep learning ("mentioned")
//             out of domain: the natural sentiment sentences (train split: reviews of products,
//                        food, films, places), hand-written sentiment sentences, the chat
//                        classifier's everyday out-of-scope questions (cooking, travel ...), the
//                        embedding model's out-of-scope questions
//   checks    the topic model's held-out sentences (in domain; models/text/data/heldout/topic-*.txt),
//             the sentiment model's held-out sentences and the natural sentiment validation and
//             test sentences (out of domain). Written separately, never trained on, not tuned on:
//             the recipe is the subjectivity check's, fixed before this check existed.
//
// Every tenth training sentence of each source is a validation sentence (reported, not tuned on).
import fs from 'node:fs';
import path from 'node:path';
import { glossary } from '../../lib/content/glossary';
import { devQuestions } from '../chat/dev-questions';
import { CLASSIFIER_OUT_OF_SCOPE } from '../chat/data/classifier-out-of-scope';
import { CLASSIFIER_OUT_OF_SCOPE_MENTIONED } from '../chat/data/classifier-out-of-scope-mentioned';
import { classifierReaderQuestions, OUT_OF_SCOPE, queries, sectionSentences } from '../text/data/embed-data';
import { naturalSentiment, naturalSentimentTest } from '../text/data/sentiment-data';
import { HANDWRITTEN_SENTIMENT } from '../text/data/sentiment-handwritten';
import { HANDWRITTEN_TOPIC, naturalTopic } from '../text/data/topic-data';

export type Lang = 'en' | 'zh';

/** One sentence: about deep learning / AI (inDomain) or not. */
export interface DomainExample {
  text: string;
  lang: Lang;
  inDomain: boolean;
  source: string;
}

const ex = (source: string, inDomain: boolean) => (x: { text: string; lang: Lang }): DomainExample => ({ text: x.text, lang: x.lang, inDomain, source });
const both = (source: string, inDomain: boolean, q: { en: string[]; zh: string[] }) =>
  [...q.en.map((text) => ex(source, inDomain)({ text, lang: 'en' })), ...q.zh.map((text) => ex(source, inDomain)({ text, lang: 'zh' }))];

/** Every training source by name, before the validation split. */
export function trainingSources(): Record<string, DomainExample[]> {
  const dev = devQuestions();
  return {
    'topic sentences': [...naturalTopic().train, ...HANDWRITTEN_TOPIC].map(ex('topic sentences', true)),
    'article sentences': sectionSentences().map(ex('article sentences', true)),
    'glossary': glossary.flatMap((g) => (['en', 'zh'] as const).flatMap((lang) => [
      { text: g.term[lang], lang, inDomain: true, source: 'glossary' },
      { text: g.definition[lang], lang, inDomain: true, source: 'glossary' },
    ])),
    'chat questions in scope': [
      ...dev.inScope.map((q) => ({ text: q.question, lang: q.lang, inDomain: true, source: 'chat questions in scope' })),
      ...classifierReaderQuestions().map(ex('chat questions in scope', true)),
      ...queries().map(ex('chat questions in scope', true)),
    ],
    'deep-learning questions the article does not answer': both('deep-learning questions the article does not answer', true, CLASSIFIER_OUT_OF_SCOPE_MENTIONED),
    'natural sentiment (train split)': naturalSentiment().train.map(ex('natural sentiment (train split)', false)),
    'hand-written sentiment': HANDWRITTEN_SENTIMENT.map(ex('hand-written sentiment', false)),
    'everyday questions': [...both('everyday questions', false, CLASSIFIER_OUT_OF_SCOPE), ...OUT_OF_SCOPE.map(ex('everyday questions', false))],
  };
}

/** "label<TAB>text" lines of a held-out file. */
function heldOut(task: 'topic' | 'sentiment', lang: Lang): string[] {
  const file = path.join(__dirname, '..', 'text', 'data', 'heldout', `${task}-${lang}.txt`);
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('\t')).map((l) => l.slice(l.indexOf('\t') + 1).trim());
}

/** The check sets by name (never trained on). */
export function checkSets(): Record<string, DomainExample[]> {
  const held = (task: 'topic' | 'sentiment', inDomain: boolean, source: string) =>
    (['en', 'zh'] as const).flatMap((lang) => heldOut(task, lang).map((text) => ({ text, lang, inDomain, source })));
  return {
    'topic held-out sentences (in domain)': held('topic', true, 'topic held-out'),
    'sentiment held-out sentences (out of domain)': held('sentiment', false, 'sentiment held-out'),
    'natural sentiment validation and test (out of domain)': [...naturalSentiment().validation, ...naturalSentimentTest()].map(ex('natural sentiment check', false)),
  };
}

const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Training and validation sentences: deduplicated, without any sentence of a check set, every
 *  tenth of each source to validation. A sentence in both classes' sources is dropped. */
export function domainSplit(): { train: DomainExample[]; validation: DomainExample[] } {
  const held = new Set(Object.values(checkSets()).flat().map((e) => key(e.text)));
  const sources = Object.values(trainingSources());
  const labels = new Map<string, Set<boolean>>();
  for (const e of sources.flat()) labels.set(key(e.text), (labels.get(key(e.text)) ?? new Set()).add(e.inDomain));
  const seen = new Set<string>();
  const train: DomainExample[] = [];
  const validation: DomainExample[] = [];
  for (const list of sources) {
    let i = 0;
    for (const e of list) {
      const k = key(e.text);
      if (!k || held.has(k) || seen.has(k) || labels.get(k)!.size > 1) continue;
      seen.add(k);
      (i++ % 10 === 9 ? validation : train).push(e);
    }
  }
  return { train, validation };
}
