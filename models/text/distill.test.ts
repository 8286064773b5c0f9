// The distillation targets: label and teacher probabilities mixed by λ.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { softTargets } from './distill';

describe('softTargets', () => {
  it('mixes the one-hot label with the teachers\' probabilities, and keeps the label for unknown texts', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'distill-')), 'probs.json');
    fs.writeFileSync(file, JSON.stringify({ teachers: ['a', 'b'], probs: { 'great film': [0.2, 0.8] } }));
    const soft = softTargets(0.5, file, 2);
    const [neg, pos] = soft('great film', 1);
    expect(neg).toBeCloseTo(0.1, 6);
    expect(pos).toBeCloseTo(0.9, 6);
    expect(soft('never seen', 0)).toEqual([1, 0]);
    expect(softTargets(0, file, 2)('great film', 1)).toEqual([0, 1]);
  });
});
