// Inline TeX made readable for chat quotes.
import { describe, expect, it } from 'vitest';
import { readableMath, texToText } from './inline-math';

describe('readableMath', () => {
  it('turns the article\'s inline TeX into plain text with Unicode symbols and subscripts', () => {
    expect(readableMath(String.raw`Here, \( w_{ij} \) is the weight and \( \alpha \) the learning rate.`)).toBe('Here, wᵢⱼ is the weight and α the learning rate.');
    expect(texToText(String.raw`\partial L/\partial b_i = \big(\sum_j (y_j - t_j)\, y_j(1-y_j)\, w_{ij}\big)\, a_i(1-a_i)`)).toBe('∂L/∂bᵢ = (Σⱼ (yⱼ - tⱼ) yⱼ(1-yⱼ) wᵢⱼ) aᵢ(1-aᵢ)');
    expect(texToText(String.raw`\frac{1}{2} x^2`)).toBe('1/2 x²');
  });
  it('brackets a subscript without Unicode forms, and leaves text without TeX alone', () => {
    expect(texToText('W_{qk}')).toBe('W[qk]');
    expect(readableMath('No math (here), 3 < 4.')).toBe('No math (here), 3 < 4.');
  });
});
