// "What loss function is used in the math derivation section?": a question that asks something of
// a chapter, whose top source is the chapter itself (which has no text of its own, only parts), is
// answered from the part that holds it; the chapter's list of parts stays for questions about the
// chapter as a whole ("What does chapter 4 cover?"). Which part, if any. Framework-free.
import { childrenOf } from '../content/article';
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
