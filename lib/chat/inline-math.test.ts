// Inline TeX made readable for chat quotes.
import { describe, expect, it } from 'vitest';
import { readableMath, texToText } from './inline-math';

describe('readableMath', () => {
  it('turns the article\'s inline TeX into plain text with Unicode symbols and subscripts', () => {
    expect(readableMath(String.raw`Here, \( w_{ij} \) is the weight and \( \alpha \) the learning rate.`)).toBe('Here, wᵢⱼ is the weight and α the learning rate.');
    expect(texToText(String.raw`\partial L/\partial b_i = \big(\sum_j (y_j - t_j)\, y_j(1-y_j)\, w_{ij}\big)\, a_i(1-a_i)`)).toBe('∂L/∂bᵢ = (Σⱼ (yⱼ - tⱼ) yⱼ(1-yⱼ) wᵢⱼ) aᵢ(1-aᵢ)');
    expect(texToText(String.raw`\frac{1}{2} x^2`)).toBe('1/2 x²');
  });
  it('reads fractions whose parts carry subscripts, and superscript groups', () => {
    expect(texToText(String.raw`\frac{\partial L}{\partial w_{ij}} = (y_j - t_j) \cdot a_i`)).toBe('∂L/∂wᵢⱼ = (yⱼ - tⱼ) · aᵢ');
    expect(texToText(String.raw`z_i = \sum_{j=1}^{10} w_{ij} x_j`)).toBe('zᵢ = Σⱼ₌₁¹⁰ wᵢⱼ xⱼ');
    expect(texToText(String.raw`\sum_{i=1}^{n} x^{qk}`)).toBe('Σᵢ₌₁ⁿ x^(qk)');
  });
  it('brackets a subscript without Unicode forms, and leaves text without TeX alone', () => {
    expect(texToText('W_{qk}')).toBe('W[qk]');
    expect(readableMath('No math (here), 3 < 4.')).toBe('No math (here), 3 < 4.');
  });
});
