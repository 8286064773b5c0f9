// "Does dropout help with overfitting?", "数据增强能防止过拟合吗": whether a method helps with a
// problem whose FAQ entry answers with a list of ways to deal with it (9.7 on overfitting). When the
// entry does not name the method, the answer says so after the list and gives the glossary's
// definition of the method, which says what it is for; it quoted the list alone, as if the method
// were in it (tour 7). Framework-free.
import { getSection } from '../content/article';
import type { Lang } from '../content/types';
import { glossarySource, rankedOrBest } from './answer-sources';
import { isBroadConcept, namesConcept } from './concept-question';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { quote } from './quote';
import type { ChatAnswer, Retrieval } from './types';

// the method is what comes before the verb of helping: "does dropout help with …", "can data
// augmentation prevent …", "is weight decay a good way to avoid …"
const EN_HELPS = /^(?:so\s+|and\s+)?(?:does|do|can|will|would|could|is|are|should)\s+(?:using\s+|adding\s+)?(.{2,40}?)\s+(?:really\s+|actually\s+)?(?:helps?\b|prevents?\b|reduces?\b|avoids?\b|fix(?:es)?\b|fights?\b|stops?\b|works? against\b|(?:an?\s+)?(?:good\s+)?(?:way|method|technique|remedy)\s+(?:to|for|of|against)\b)/i;
const ZH_HELPS = /^(?:那|那么)?(?:用|加|加上|使用|采用)?(.{1,12}?)(?:能|可以|能够|会|能不能|可不可以|是否)?(?:帮助)?(?:防止|避免|减少|缓解|解决|减轻|对付|抑制|降低|治)[^，,。？?]{1,12}(?:吗|么|嘛|不|没|呢)?[?？]?$|^(?:那|那么)?(?:用|加|使用|采用)?(.{1,12}?)对(?:防止|避免|缓解|减轻)?[^，,。？?]{1,12}有(?:用|帮助|效|作用)(?:吗|么|嘛|没有)?[?？]?$/u;

/** The glossary concept a "does X help with Y?" question asks about as the method X, or null. */
export function askedMethod(kb: KnowledgeBase, question: string): string | null {
  const t = question.normalize('NFKC').trim();
  const m = EN_HELPS.exec(t) ?? ZH_HELPS.exec(t);
  const phrase = m ? (m[1] ?? m[2] ?? '') : '';
  if (!phrase) return null;
  const named = findGlossaryNames(kb, phrase).filter((id) => !isBroadConcept(id));
  return named.length === 1 ? named[0] : null;
}

/** The FAQ answer with what the glossary says of the asked method added, when the FAQ entry it
 *  quotes does not name the method; the answer unchanged otherwise. */
export function withMethodNotInList(kb: KnowledgeBase, r: Retrieval, answer: ChatAnswer): ChatAnswer {
  if (answer.refused || answer.kind !== 'faq' || !answer.sources[0]) return answer;
  const method = askedMethod(kb, r.question);
  const s = getSection(answer.sources[0].section);
  if (!method || !s || namesConcept(`${s.body.en}\n${s.body.zh}`, method, kb)) return answer;
  const g = kb.glossaryById.get(method)!;
  const lang: Lang = answer.language;
  const source = glossarySource(kb, g, { ...r, ranked: [rankedOrBest(r, g.section), ...r.ranked] }, lang);
  const sources = [...answer.sources, ...(answer.sources.some((x) => x.section === source.section && x.glossary) ? [] : [source])];
  return { ...answer, answer: `${answer.answer}\n\n${PHRASES[lang].methodNotListed(g.term[lang], s.id)}\n\n${quote([g.definition[lang]])}`, sources };
}
