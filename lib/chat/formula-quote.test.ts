// A pasted formula of the article is answered with the list item that writes it.
import { describe, expect, it } from 'vitest';
import { formulaQuoted } from './formula-quote';
import { createNodeChatEngine } from './node-engine';

describe('a pasted formula', () => {
  it('is found in its section, with the item that holds it', () => {
    const loss = formulaQuoted('L = \\frac{1}{2} \\sum_{i=1}^{m} (y_i - a_i)^2   what is this measuring', 'en');
    expect(loss?.section).toBe('4.2');
    expect(loss?.item).toMatch(/^2\. Computing the loss function/);
    // (section 4.3's loss sums over j to 3)
    expect(formulaQuoted('L = \\frac{1}{2} \\sum_{j=1}^{3} (y_j - t_j)^2 是什么', 'zh')?.section).toBe('4.3');
    expect(formulaQuoted('what is dropout', 'en')).toBeNull();
    expect(formulaQuoted('E = mc^2 what is this', 'en')).toBeNull();
  });
  it('is answered, not declined for its TeX commands', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('z_i = \\sum_{j=1}^{n} w_{ij} x_j + b_i 是什么意思');
    expect(a.refused).toBe(false);
    expect(a.answer).toContain('前向传播');
  });
});
