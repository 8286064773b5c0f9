// Which explanation the digits page may show with the current prediction: only one computed for
// the input of that prediction. While a newer drawing is being classified, the previous drawing's
// map would otherwise be laid over the new strokes through the new crop and scale. Framework-free.

export interface ExplanationState<V> {
  value: V | null;
  /** The classify request whose input the value explains. */
  inputId: number;
  ms: number;
  pending: boolean;
  error: string | null;
}

/** `result`: the prediction on screen (its request id and whether it found a digit). A stale
 *  explanation is shown as pending (it is on its way), an error as it is. */
export function shownExplanation<V>(result: { id: number; hasDigit: boolean } | null, explanation: ExplanationState<V>): ExplanationState<V> {
  if (!result || !result.hasDigit) return { value: null, inputId: 0, ms: 0, pending: false, error: null };
  if (explanation.inputId === result.id || explanation.error) return explanation;
  return { ...explanation, value: null, pending: true };
}
