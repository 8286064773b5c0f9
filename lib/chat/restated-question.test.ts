import { describe, expect, it } from 'vitest';
import { restatements } from './restated-question';

describe('restatements', () => {
  it('asks "when not to use deep learning" as its weaknesses, prefaced', () => {
    const [r, ...rest] = restatements('Does the article say anything about when NOT to use deep learning?');
    expect(r.question.en).toBe('What are the weaknesses of deep learning?');
    expect(r.preface).toBe('whenNotToUse');
    expect(r.keepsContext).toBe(false);
    expect(rest).toEqual([]);
  });
  it('asks how a network learns as the training steps', () => {
    const [r] = restatements('神经网络是怎么学习的');
    expect(r.question.zh).toBe('训练神经网络的步骤');
    expect(r.preface).toBeUndefined();
  });
  it('asks how a concept does its task as its definition, kept only when the answer is a glossary entry', () => {
    const [r] = restatements('how does a CNN recognize images?');
    expect(r.question.en).toBe('What is a CNN?');
    expect(r.keepsContext).toBe(true);
    const answer = { refused: false, kind: 'glossary' } as Parameters<typeof r.accepts>[0];
    expect(r.accepts(answer)).toBe(true);
    expect(r.accepts({ ...answer, kind: 'section' })).toBe(false);
    expect(r.accepts({ ...answer, refused: true })).toBe(false);
  });
  it('leaves other questions alone', () => {
    expect(restatements('What is dropout?')).toEqual([]);
  });
});
