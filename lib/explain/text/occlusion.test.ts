import { describe, expect, it } from 'vitest';
import { occludeTokens, type BatchScorer } from './occlusion';

// A toy bag-of-words scorer: token 7 ("great") pushes class 1, token 9 ("not") pushes class 0.
const toy: BatchScorer = async (batch) => batch.map((ids) => {
  const z = ids.filter((t) => t === 7).length - 1.5 * ids.filter((t) => t === 9).length;
  const p1 = 1 / (1 + Math.exp(-z));
  return [1 - p1, p1];
});

describe('token occlusion', () => {
  const ids = [101, 9, 7, 5, 102]; // [CLS] not great ok [SEP]
  const special = [true, false, false, false, true];

  it('credits the tokens that carry the class, signed, and skips special tokens', async () => {
    const r = await occludeTokens(ids, special, 1, toy, { maskId: 103 });
    expect(r.values[0]).toBe(0);
    expect(r.values[4]).toBe(0);
    expect(r.values[2]).toBeGreaterThan(0); // "great" supports positive
    expect(r.values[1]).toBeLessThan(0); // "not" works against it
    expect(r.values[3]).toBeCloseTo(0, 6); // a neutral token
    expect(r.base).toBeCloseTo(1 / (1 + Math.exp(0.5)), 6);
  });

  it('remove mode drops the token instead of masking it, with the same signs here', async () => {
    const r = await occludeTokens(ids, special, 1, toy, { mode: 'remove' });
    expect(r.mode).toBe('remove');
    expect(Math.sign(r.values[2])).toBe(1);
    expect(Math.sign(r.values[1])).toBe(-1);
  });

  it('needs a mask id in mask mode and a well-behaved scorer', async () => {
    await expect(occludeTokens(ids, special, 1, toy)).rejects.toThrow(/MASK/);
    await expect(occludeTokens(ids, special, 1, async () => [[0.5, 0.5]], { maskId: 103 })).rejects.toThrow(/rows/);
  });
});
