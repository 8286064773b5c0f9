// Formulas in questions and answers: a formula the question writes ("a_i(1-a_i)", "∂L/∂w_ij") picks
// the sentences that write it (sentencesWithFormula), and a formula question about a derivation gets
// all of its steps, each with the sentence that says what its symbols are.
import { describe, expect, it } from 'vitest';
import { getSection } from '../content/article';
import { createNodeChatEngine } from './node-engine';
import { quotableText } from './plain-text';
import { sentencesWithFormula, writesAskedFormula } from './sentence-pick';

describe('formulas a question writes', () => {
  const zh = quotableText(getSection('4.2')!.body.zh);
  const en = quotableText(getSection('4.2')!.body.en);

  it('finds the sentences that write them, whatever the spacing and multiplication signs', () => {
    const picked = sentencesWithFormula(zh, '反向传播公式里 a_i(1-a_i) 是从哪来的');
    expect(picked).toHaveLength(1);
    expect(picked[0]).toMatch(/^3\. 计算梯度/);
    // "w_ij" is w_{ij}; the update rule also writes ∂L/∂wᵢⱼ, and brings its "Here, α is …"
    const partial = sentencesWithFormula(en, 'what does ∂L/∂w_ij mean');
    expect(partial[0]).toMatch(/^3\. Computing the gradients/);
    expect(partial.at(-1)).toMatch(/^Here, .*alpha.* is the learning rate\.$/);
  });

  it('compares a formula with one written without indices', () => {
    expect(writesAskedFormula('which is why its gradients contain the factor a(1 - a).', 'where does a_i(1 - a_i) come from')).toBe(true);
    expect(writesAskedFormula('which is why its gradients contain the factor a(1 - a).', 'what is x_k(1-x_k)')).toBe(false);
    // typed without indices, the formula matches the one the article writes with them
    expect(sentencesWithFormula(zh, 'sigmoid求导为啥是a(1-a)').join(' ')).toContain('aᵢ · (1 - aᵢ)');
    expect(sentencesWithFormula(en, 'why is it a(1-a)?').join(' ')).toContain('aᵢ · (1 - aᵢ)');
    // a call or a shape is no formula
    expect(sentencesWithFormula(en, 'what does model.fit(x, y) do with shape (28, 28, 1)?')).toEqual([]);
  });

  it('answers from the section or entry that writes the formula, not a section that only names its words', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('sigmoid求导为啥是a(1-a)');
    expect(a.answer).toContain('a(1 - a)');
    expect(a.sources.map((s) => s.section)).toContain('4.2');
  });

  it('finds nothing when the question writes no formula, or one no sentence writes', () => {
    expect(sentencesWithFormula(en, 'What is backpropagation?')).toEqual([]);
    expect(sentencesWithFormula(en, 'what is x_k(1-x_k)')).toEqual([]);
  });
});

describe('formula questions', () => {
  it('quote every step of the derivation with what its symbols are, in both languages', async () => {
    const engine = await createNodeChatEngine();
    const zhAnswer = (await engine.ask('反向传播的公式')).answer;
    for (const step of ['1. 前向传播', '2. 计算损失函数', '3. 计算梯度', '4. 更新权重和偏置', '其中，yᵢ 是实际结果']) expect(zhAnswer, step).toContain(step);
    const enAnswer = (await engine.ask('backpropagation formula')).answer;
    for (const step of ['1. Forward propagation', '4. Updating the weights and biases', 'Here, α is the learning rate.']) expect(enAnswer, step).toContain(step);
    const fragment = await engine.ask('反向传播公式里 a_i(1-a_i) 是从哪来的');
    expect(fragment.answer).toContain('3. 计算梯度');
    expect(fragment.answer).not.toContain('1. 前向传播');
    // the glossary entry that writes the formula says where it comes from: the sigmoid's a(1 - a)
    expect(fragment.answer).toContain('所以梯度公式里出现了因子 a(1 - a)');
    expect(fragment.sources.map((x) => x.glossary?.id ?? x.section)).toEqual(['4.2', 'sigmoid']);
    const en = await engine.ask('why is there a_i(1 - a_i) in the gradient');
    expect(en.answer).toContain('which is why its gradients contain the factor a(1 - a)');
  });
});
