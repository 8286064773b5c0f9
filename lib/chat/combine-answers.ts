// One reply to a message that asked several things (multi-question.ts): each question's answer
// under the question as the user wrote it, and the sources of all of them (those the whole message
// would cite first).
// Framework-free.
import type { Lang } from '../content/types';
import { markdownLiteral } from './answer-sources';
import type { ChatAnswer, ChatSource } from './types';

/** A pronoun that points at an earlier part's subject. */
const REFERS_BACK = /\b(?:he|she|it|they|him|her|them|his|its|their)\b|他|她|它|其/i;

const sourceKey = (s: ChatSource) => `${s.section}|${s.glossary?.id ?? ''}`;

/** The quoted and code lines of an answer: what it shows from its sources. */
function shownLines(answer: string): string[] {
  return answer.split('\n').map((l) => l.trim()).filter((l) => l.length > 3 && !l.startsWith('```') && !/^(?:\*\*|#)/.test(l)).map((l) => l.replace(/^>\s*/, '')).filter((l) => l.length > 3);
}

/** Whether `whole` already shows what `part` shows (at least half of its quoted and code lines):
 *  "5.2的代码用的什么优化器，训练几轮" both cite 5.2, but the whole message's answer showed only the
 *  epochs, so each part is answered under its own question. */
function covers(whole: ChatAnswer, part: ChatAnswer): boolean {
  const lines = shownLines(part.answer);
  return lines.length === 0 || lines.filter((l) => whole.answer.includes(l)).length * 2 >= lines.length;
}

/**
 * The combined answer to `parts`, or null when splitting adds nothing: a part was refused (unless
 * it is read in an earlier answered part's frame, `elliptical[i]`, or points back at its subject
 * with a pronoun: its refusal answers it) or names no knowledge-base concept or person
 * (`namesAConcept`, asked of the question as read, e.g. "why does it save time?" as "why does
 * transfer learning save time?"), or every part cites the same best source and the answer to the
 * whole message already shows what each part's answer shows (then it says it better). `whole` is
 * the answer to the message as one question: its sources come first, in its order, so the best
 * source for the whole message stays first.
 */
export function combineAnswers(parts: string[], answers: ChatAnswer[], whole: ChatAnswer, language: Lang, namesAConcept: (question: string) => boolean, elliptical: boolean[] = []): ChatAnswer | null {
  const isAnswered = (a: ChatAnswer) => !a.refused && a.sources.length > 0 && a.followUp && namesAConcept(a.followUp.topic);
  const answered = answers.filter(isAnswered);
  // a part that only names a new subject in an answered part's frame ("测试准确率是多少？训练准确率呢？")
  // may be declined: the user asked it, and "the article does not give the training accuracy" answers it
  // and so may a later part that points back at an answered part's subject ("Who is Karpathy and
  // where does he work now?": the article does not say where he works, and the answer says so)
  const declinedFollowUps = answers.filter((a, i) => !isAnswered(a) && a.refused && (elliptical[i] || REFERS_BACK.test(parts[i])) && answers.slice(0, i).some(isAnswered));
  if (answered.length + declinedFollowUps.length < answers.length || answered.length === 0) return null;
  const oneSource = new Set(answered.map((a) => sourceKey(a.sources[0]))).size < 2;
  if (!declinedFollowUps.length && (answered.length < 2 || (oneSource && answered.every((a) => covers(whole, a))))) return null;
  const blocks = parts.map((p, i) => `**${markdownLiteral(p)}**\n\n${answers[i].answer}`);
  const cited = answered.flatMap((a) => a.sources);
  const sources: ChatSource[] = [];
  const firstInWhole = whole.refused ? [] : whole.sources.map((w) => cited.find((s) => s.section === w.section)).filter((s): s is ChatSource => s !== undefined);
  for (const s of [...firstInWhole, ...cited]) if (!sources.some((t) => t.section === s.section)) sources.push(s);
  const last = answered[answered.length - 1];
  return {
    answer: blocks.join('\n\n'),
    language,
    kind: answered[0].kind,
    refused: false,
    sources,
    suggestions: [],
    demo: answered.find((a) => a.demo)?.demo,
    confidence: Math.min(...answered.map((a) => a.confidence)),
    followUp: last.followUp ?? null,
  };
}
