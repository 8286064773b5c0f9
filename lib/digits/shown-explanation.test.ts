// The digits page shows an explanation only with the prediction whose input it explains.
import { describe, expect, it } from 'vitest';
import { shownExplanation, type ExplanationState } from './shown-explanation';

const map = new Float32Array([1, 2, 3]);
const state = (inputId: number, extra: Partial<ExplanationState<Float32Array>> = {}): ExplanationState<Float32Array> => ({ value: map, inputId, ms: 5, pending: false, error: null, ...extra });

describe('shownExplanation', () => {
  it('shows the explanation of the prediction on screen', () => {
    expect(shownExplanation({ id: 7, hasDigit: true }, state(7)).value).toBe(map);
  });
  it('hides an older drawing\'s explanation as pending while the new one is explained', () => {
    const shown = shownExplanation({ id: 9, hasDigit: true }, state(7));
    expect(shown.value).toBeNull();
    expect(shown.pending).toBe(true);
  });
  it('shows an error as it is, and nothing without a digit', () => {
    expect(shownExplanation({ id: 9, hasDigit: true }, state(7, { error: 'boom', value: null })).error).toBe('boom');
    expect(shownExplanation({ id: 9, hasDigit: false }, state(9)).value).toBeNull();
    expect(shownExplanation(null, state(9)).pending).toBe(false);
  });
});
