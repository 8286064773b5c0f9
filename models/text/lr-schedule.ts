// The learning-rate schedule of every text-model training loop (classifiers, embedding, MLM
// pre-training): linear warm-up over the first 6 % of the steps, then cosine decay to 2 % of the peak.

export function lrAt(step: number, total: number, peak: number): number {
  const warm = Math.max(1, Math.floor(total * 0.06));
  return step < warm ? (peak * (step + 1)) / warm : peak * Math.max(0.02, 0.5 * (1 + Math.cos((Math.PI * (step - warm)) / (total - warm))));
}
