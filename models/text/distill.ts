// Distillation targets for the sentiment model (a trial, session 27; models/text/README.md): each
// training text's target mixes its label with the averaged probabilities of teacher models, read
// from a file that teacher-probs.ts writes. train.ts uses them when the setting `distill` (λ) is
// above 0 and TEXT_TEACHER_PROBS names the file.
import fs from 'node:fs';

/** A function giving (1 − λ)·one-hot(label) + λ·teacher probabilities for a text (the one-hot alone
 *  for a text the file lacks), from the file at `file`. */
export function softTargets(lambda: number, file: string, numLabels: number, log: (m: string) => void = () => {}): (text: string, label: number) => number[] {
  const { teachers, probs } = JSON.parse(fs.readFileSync(file, 'utf8')) as { teachers: string[]; probs: Record<string, number[]> };
  log(`distilling from ${teachers.join(', ')} (λ ${lambda}, ${Object.keys(probs).length} texts)`);
  return (text, label) => {
    const p = probs[text];
    return Array.from({ length: numLabels }, (_, k) => (1 - lambda) * Number(k === label) + lambda * (p ? p[k] : Number(k === label)));
  };
}
