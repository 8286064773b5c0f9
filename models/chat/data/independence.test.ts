// The held-out chat questions stay apart from everything that is fitted: the embedding model's
// training questions (models/text/data) and the development set the retriever is calibrated on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { queries } from '../../text/data/embed-data';
import { devQuestions } from '../dev-questions';

const norm = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

interface EvalSet {
  inScope: { question: string }[];
  outOfScope: { question: string }[];
}

const evalSet = JSON.parse(fs.readFileSync(path.join(__dirname, 'eval-questions.json'), 'utf8')) as EvalSet;
const held = [...evalSet.inScope, ...evalSet.outOfScope].map((q) => q.question);

describe('held-out chat questions', () => {
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
