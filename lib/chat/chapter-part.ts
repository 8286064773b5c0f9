// "What loss function is used in the math derivation section?": a question that asks something of
// a chapter, whose top source is the chapter itself (which has no text of its own, only parts), is
// answered from the part that holds it; the chapter's list of parts stays for questions about the
// chapter as a whole ("What does chapter 4 cover?"). Which part, if any. A chapter with text of its
// own is answered from the part the question names by its whole title ("第8章说未来有哪些发展趋势": 8.2,
// "未来发展趋势", whose list has a fourth item; chapter 8 lists three) (titledPart). Framework-free.
import { childrenOf, getSection } from '../content/article';
import type { Lang } from '../content/types';
import type { KnowledgeBase } from './knowledge';
import { askedOfChapter } from './retriever';
import { terms } from './terms';
import type { Retrieval } from './types';

/** Least idf-weighted overlap of what a question asks of a chapter with one of its parts to be
 *  answered from that part instead of the chapter's list of parts: about one distinctive word
 *  ("install", "derivation"; not "step" or "模型"). */
const PART_MATCH = 4;

/** The part of `chapter` that what the question asks of the chapter (askedOfChapter) matches best,
 *  by at least PART_MATCH; of parts matching equally, the one retrieval ranked first. Null when the
 *  question asks about the chapter as a whole ("what does chapter 4 cover?") or singles out no
 *  part (a tie that retrieval does not break). */
export function askedPart(kb: KnowledgeBase, r: Retrieval, chapter: string): string | null {
  const asked = askedOfChapter(r.question, chapter);
  if (!asked.length) return null;
  const scored = childrenOf(chapter).map((c) => {
    const have = new Set(terms(`${c.title.en} ${c.title.zh} ${c.body.en} ${c.body.zh}`));
    return { id: c.id, score: asked.filter((t) => have.has(t)).reduce((a, t) => a + kb.bm25.idf(t), 0) };
  });
  const best = Math.max(...scored.map((x) => x.score));
  const tied = scored.filter((x) => x.score === best).map((x) => x.id);
  if (best < PART_MATCH) return null;
  return tied.length === 1 ? tied[0] : r.ranked.find((x) => tied.includes(x.section))?.section ?? null;
}

/** The one part of `chapter` whose title the question writes word for word, in its language, when
 *  the chapter's own title holds words the question does not ("未来发展趋势" of "总结：未来发展趋势与
 *  挑战"); null otherwise. */
export function titledPart(question: string, chapter: string, lang: Lang): string | null {
  const q = question.normalize('NFKC').toLowerCase();
  const asked = new Set(terms(q));
  // Chinese titles by their characters: "未来有哪些发展趋势" writes 未来发展趋势 apart
  const units = (title: string) => (lang === 'zh' ? [...title.replace(/[^\p{Script=Han}]/gu, '')] : terms(title.toLowerCase()));
  const inQuestion = (x: string) => (lang === 'zh' ? q.includes(x) : asked.has(x));
  const covers = (title: string) => { const t = units(title); return t.length > 0 && t.every(inQuestion); };
  const own = getSection(chapter);
  if (!own || covers(own.title[lang])) return null;
  // a one-word English title ("Challenges") is too common to name a part
  const named = childrenOf(chapter).filter((c) => covers(c.title[lang]) && (lang === 'zh' || units(c.title[lang]).length > 1));
  if (named.length !== 1) return null;
  // the question also names what the chapter's title adds ("summary of future directions and
  // challenges" asks about the chapter's two lists, not its part "Challenges")
  const part = new Set(units(named[0].title[lang]));
  const extra = units(own.title[lang]).filter((x) => !part.has(x));
  return extra.some(inQuestion) ? null : named[0].id;
}
