// Templated opinions about deep-learning concepts: a glossary term and an opinion word from the
// sentiment lexicons, as statements and as questions ("why is dropout so confusing?",
// "为什么反向传播这么难懂？"). Without them every deep-learning word in the training data sits in a
// neutral sentence and the check reads "Batch norm is one of the best ideas" as neutral; and
// almost every question is neutral, so complaints phrased as questions were read as neutral too.
import { glossary } from '../../../lib/content/glossary';
import { mulberry32, pick } from '../../../lib/util/rng';
import { englishLexicon, ZH_NEG, ZH_POS } from '../../text/data/sentiment-data';
import type { SubjectivityExample } from './types';

const EN = [
  '{t} is {a}', 'I think {t} is {a}', '{t} is so {a}', 'honestly {t} is {a}', 'the part about {t} is {a}', 'this explanation of {t} is {a}', '{t} seems {a} to me',
  'why is {t} so {a}?', "isn't {t} {a}?", 'how is {t} this {a}?', 'who made {t} this {a}?',
];
const ZH = [
  '{t}太{a}了', '{t}真{a}', '我觉得{t}很{a}', '这部分讲{t}讲得很{a}', '{t}这个东西挺{a}的', '关于{t}的解释太{a}了',
  '为什么{t}这么{a}？', '{t}是不是太{a}了？', '{t}怎么这么{a}啊？', '难道不觉得{t}很{a}吗？',
];

/** `perLanguage` templated opinions in each language (seeded). */
export function opinionTemplates(perLanguage = 500, seed = 3): SubjectivityExample[] {
  const rng = mulberry32(seed);
  const lex = englishLexicon();
  const enWords = [...lex.pos, ...lex.neg].filter((w) => /^[a-z]+$/.test(w));
  const zhWords = [...ZH_POS, ...ZH_NEG];
  const out: SubjectivityExample[] = [];
  for (let i = 0; i < perLanguage; i++) {
    const g = pick(rng, glossary);
    out.push({ lang: 'en', opinion: true, kind: 'templated-opinion', text: pick(rng, EN).replace('{t}', g.term.en.toLowerCase()).replace('{a}', pick(rng, enWords)) });
    out.push({ lang: 'zh', opinion: true, kind: 'templated-opinion', text: pick(rng, ZH).replace('{t}', g.term.zh).replace('{a}', pick(rng, zhWords)) });
  }
  return out;
}
