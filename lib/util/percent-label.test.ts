import { describe, expect, it } from 'vitest';
import { percentLabel } from './percent-label';

describe('percentLabel', () => {
  it('rounds to whole percent, and never shows a model as 0% or 100% sure unless it is', () => {
    expect(percentLabel(0.4649)).toBe('46');
    expect(percentLabel(0.004)).toBe('<1');
    expect(percentLabel(0.9961)).toBe('>99');
    expect(percentLabel(0)).toBe('0');
    expect(percentLabel(1)).toBe('100');
  });
});
