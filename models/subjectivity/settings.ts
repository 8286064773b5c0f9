// The subjectivity check's training settings, fixed before the final check set was written.
import type { SubjectivitySettings } from './logistic';

export const SETTINGS: SubjectivitySettings = { buckets: 1 << 16, epochs: 8, lr: 0.2, l2: 1e-6, seed: 7 };
/** p(opinion) at or above which a text counts as an opinion (not tuned: the classes are weighted equally in training). */
export const THRESHOLD = 0.5;
export const TRAINED_BY = 'models/subjectivity/train.ts';
