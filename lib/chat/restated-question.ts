// Questions the article answers under another question: the engine asks the other question and
// keeps its answer when the answer is of the expected kind, else goes on as if nothing matched.
// - "when should I not use deep learning?": the article never says; its weaknesses (3.3) are what it
//   says against it, prefaced by saying so (when-not-to-use.ts);
// - "how does a neural net actually learn?": the training steps of section 3.2 (how-it-learns.ts);
// - "how does a CNN recognize images?": how the concept works, its glossary entry, not the
//   application list that names the task (how-it-does.ts).
// The restatements are tried in this order. Framework-free.
import type { Lang } from '../content/types';
import { asDefinitionQuestion } from './how-it-does';
import { asksHowItLearns, TRAINING_STEPS_QUESTION } from './how-it-learns';
import type { ChatAnswer } from './types';
import { asksWhenNotToUse, WEAKNESSES_QUESTION } from './when-not-to-use';

export interface Restatement {
  /** The question asked instead, in each language. */
  question: Record<Lang, string>;
  /** Whether the conversation's context is kept when it is asked (a concept's definition may
   *  continue the conversation; the fixed questions stand alone). */
  keepsContext: boolean;
  /** Whether its answer is kept. */
  accepts: (answer: ChatAnswer) => boolean;
  /** The phrase (lib/chat/phrases.ts) shown before the answer, if any. */
  preface?: 'whenNotToUse';
}

const answered = (a: ChatAnswer) => !a.refused;

/** Every restatement of the question, in the order they are tried (usually none). */
export function restatements(question: string): Restatement[] {
  const out: Restatement[] = [];
  if (asksWhenNotToUse(question)) out.push({ question: WEAKNESSES_QUESTION, keepsContext: false, accepts: answered, preface: 'whenNotToUse' });
  if (asksHowItLearns(question)) out.push({ question: TRAINING_STEPS_QUESTION, keepsContext: false, accepts: answered });
  const works = asDefinitionQuestion(question);
  if (works) out.push({ question: works, keepsContext: true, accepts: (a) => answered(a) && a.kind === 'glossary' });
  return out;
}
