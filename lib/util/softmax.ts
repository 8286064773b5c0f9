// Softmax of a score vector, shifted by its maximum so that large scores do not overflow.
// Shared by the text runtime, the chat's section classifier and the n-gram branch's training.

export function softmax(logits: ArrayLike<number>): number[] {
  const max = Math.max(...Array.from(logits));
  const exps = Array.from(logits, (v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
