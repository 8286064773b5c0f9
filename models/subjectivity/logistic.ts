// Class-balanced logistic regression by SGD over the hashed n-gram features of
// lib/text/subjectivity.ts, and its accuracy: the training half of the subjectivity check, in
// plain arrays (no tensors), seeded.
import { opinionProbability, subjectivityBuckets, type SubjectivityModel } from '../../lib/text/subjectivity';
import { mulberry32, shuffle } from '../../lib/util/rng';
import type { SubjectivityExample } from './data/types';

export interface SubjectivitySettings {
  buckets: number;
  epochs: number;
  /** Learning rate of the first epoch; epoch e uses lr / (1 + e). */
  lr: number;
  l2: number;
  seed: number;
}


/** Float weights [buckets] and bias of a class-balanced logistic regression. */
export function trainSubjectivity(examples: readonly SubjectivityExample[], s: SubjectivitySettings): { weights: Float32Array; bias: number } {
  const rows = examples.map((e) => ({ buckets: subjectivityBuckets(e.text, s.buckets), y: e.opinion ? 1 : 0 }));
  const positives = rows.filter((r) => r.y === 1).length;
  if (!positives || positives === rows.length) throw new Error('trainSubjectivity: both classes are needed');
  // each class gets half of the total weight
  const classWeight = [rows.length / (2 * (rows.length - positives)), rows.length / (2 * positives)];
  const w = new Float32Array(s.buckets);
  let bias = 0;
  const rng = mulberry32(s.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    const lr = s.lr / (1 + epoch);
    shuffle(order, rng);
    for (const i of order) {
      const { buckets, y } = rows[i];
      let z = bias;
      for (const b of buckets) z += w[b];
      const g = classWeight[y] * (1 / (1 + Math.exp(-z)) - y);
      for (const b of buckets) w[b] -= lr * (g + s.l2 * w[b]);
      bias -= lr * g;
    }
  }
  return { weights: w, bias };
}

/** Share of examples a model labels right at its threshold. */
export function accuracy(model: SubjectivityModel, examples: readonly SubjectivityExample[]): number {
  if (!examples.length) return NaN;
  return examples.filter((e) => (opinionProbability(model, e.text) >= model.threshold) === e.opinion).length / examples.length;
}
