// The held-out chat questions stay apart from everything that is fitted: the embedding model's
// training questions (models/text/data), the development set the retriever is calibrated on, and
// the section classifier's training text (which must also leave out every question that measures it).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { queries, secondSetQuestions, splitQueries } from '../../text/data/embed-data';
import { classifierTrainingText, normalised as norm } from '../build-section-classifier';
import { devQuestions } from '../dev-questions';
import { OUT_OF_SCOPE_CHECK } from './out-of-scope-check';
import { OUT_OF_SCOPE_MENTIONED_CHECK } from './out-of-scope-mentioned-check';
import { CLASSIFIER_OUT_OF_SCOPE_MENTIONED } from './classifier-out-of-scope-mentioned';
import { FIELD_CHECK } from './field-check';
import { FOCUS_DEV } from './focus-dev-questions';


interface EvalSet {
  inScope: { question: string }[];
  outOfScope: { question: string }[];
}

// both held-out sets: eval-questions.json and set B (eval-questions-b.json, session 23)
const held = ['eval-questions.json', 'eval-questions-b.json'].flatMap((file) => {
  const set = JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8')) as EvalSet;
  return [...set.inScope, ...set.outOfScope].map((q) => q.question);
});

describe('held-out chat questions', () => {
  it('come from both sets', () => expect(held.length).toBe(188 + 131));
  it('share no question with the embedding model training questions', () => {
    const train = new Set(queries().map((q) => norm(q.text)));
    expect(held.filter((q) => train.has(norm(q)))).toEqual([]);
  });
  it('share no question with the calibration (development) set', () => {
    const { inScope, outOfScope } = devQuestions();
    const dev = new Set([...inScope, ...outOfScope].map((q) => norm(q.question)));
    expect(dev.size).toBeGreaterThan(500);
    expect(held.filter((q) => dev.has(norm(q)))).toEqual([]);
  });
});

describe('the focus development questions (focus-dev-questions.ts, session 10)', () => {
  it('share no question with the evaluation set or the out-of-scope check sets', () => {
    const focus = [...FOCUS_DEV.inScope.en, ...FOCUS_DEV.inScope.zh, ...FOCUS_DEV.outOfScope.en, ...FOCUS_DEV.outOfScope.zh];
    expect(focus.length).toBe(240);
    const checks = new Set([...held, ...OUT_OF_SCOPE_CHECK.en, ...OUT_OF_SCOPE_CHECK.zh, ...OUT_OF_SCOPE_MENTIONED_CHECK.en, ...OUT_OF_SCOPE_MENTIONED_CHECK.zh].map(norm));
    expect(focus.filter((q) => checks.has(norm(q)))).toEqual([]);
  });
});

describe('the section classifier training text (models/chat/build-section-classifier.ts)', () => {
  it('holds no evaluation, development, held-out or second-set question', () => {
    const text = new Set(classifierTrainingText().map((e) => norm(e.text)));
    expect(text.size).toBeGreaterThan(1000);
    const { inScope, outOfScope } = devQuestions();
    const kept = [
      ...held,
      ...[...inScope, ...outOfScope].map((q) => q.question),
      ...splitQueries().heldout.map((q) => q.text),
      ...secondSetQuestions().map((q) => q.text),
    ];
    expect(kept.filter((q) => text.has(norm(q)))).toEqual([]);
  });
});

describe.each([
  ['out-of-scope-check.ts', [...OUT_OF_SCOPE_CHECK.en, ...OUT_OF_SCOPE_CHECK.zh]],
  ['out-of-scope-mentioned-check.ts', [...OUT_OF_SCOPE_MENTIONED_CHECK.en, ...OUT_OF_SCOPE_MENTIONED_CHECK.zh]],
  ['field-check.ts', [...FIELD_CHECK.outOfScope.en, ...FIELD_CHECK.outOfScope.zh, ...FIELD_CHECK.inScope.map((q) => q.question)]],
])('the out-of-scope check set %s', (_, check) => {
  it('shares no question with the classifier training text (the unused "mentioned" part too), the development set or the evaluation set', () => {
    expect(check.length).toBeGreaterThan(150);
    const mentioned = new Set([...CLASSIFIER_OUT_OF_SCOPE_MENTIONED.en, ...CLASSIFIER_OUT_OF_SCOPE_MENTIONED.zh].map(norm));
    expect(check.filter((q) => mentioned.has(norm(q)))).toEqual([]);
    const { inScope, outOfScope } = devQuestions();
    const fitted = new Set([
      ...classifierTrainingText().map((e) => e.text),
      ...[...inScope, ...outOfScope].map((q) => q.question),
      ...held,
    ].map(norm));
    expect(check.filter((q) => fitted.has(norm(q)))).toEqual([]);
  });
});

describe.each([
  ['dev-set-c.json', 185, [] as string[]],
  ['dev-set-d.json', 149, ['dev-set-c.json']],
  ['dev-set-e.json', 139, ['dev-set-c.json', 'dev-set-d.json']],
  ['dev-set-f.json', 125, ['dev-set-c.json', 'dev-set-d.json', 'dev-set-e.json']],
  ['dev-set-g.json', 135, ['dev-set-c.json', 'dev-set-d.json', 'dev-set-e.json', 'dev-set-f.json']],
])('development set %s (session 25)', (file, count, before) => {
  const set = JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8')) as EvalSet;
  const questions = [...set.inScope, ...set.outOfScope].map((q) => q.question);
  it('shares no question with the held-out sets, the fitted text, the check sets or an earlier development set', () => {
    expect(questions.length).toBe(count);
    const { inScope, outOfScope } = devQuestions();
    const other = new Set([
      ...held,
      ...classifierTrainingText().map((e) => e.text),
      ...[...inScope, ...outOfScope].map((q) => q.question),
      ...OUT_OF_SCOPE_CHECK.en, ...OUT_OF_SCOPE_CHECK.zh, ...OUT_OF_SCOPE_MENTIONED_CHECK.en, ...OUT_OF_SCOPE_MENTIONED_CHECK.zh,
      ...before.flatMap((f) => {
        const earlier = JSON.parse(fs.readFileSync(path.join(__dirname, f), 'utf8')) as EvalSet;
        return [...earlier.inScope, ...earlier.outOfScope].map((q) => q.question);
      }),
    ].map(norm));
    expect(questions.filter((q) => other.has(norm(q)))).toEqual([]);
  });
});
