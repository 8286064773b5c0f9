import { describe, expect, it } from 'vitest';
import { attentionRollout, averageHeads, pooledFlow, row, type LayerAttention } from './rollout';

/** A layer whose every head is the same [seq, seq] matrix. */
function layer(rows: number[][], heads = 2): LayerAttention {
  const seq = rows.length;
  const data = new Float32Array(heads * seq * seq);
  for (let h = 0; h < heads; h++) data.set(rows.flat(), h * seq * seq);
  return { heads, seq, data };
}

describe('pooledFlow', () => {
  it('reads the [CLS] row for a [CLS] head and the mean of all rows for a mean-pooled head', () => {
    const r = Float32Array.from([0.7, 0.2, 0.1, 0.1, 0.8, 0.1, 0.3, 0.3, 0.4]);
    expect(Array.from(pooledFlow(r, 3, 'cls'))).toEqual(Array.from(row(r, 3, 0)));
    const mean = Array.from(pooledFlow(r, 3, 'mean'));
    [(0.7 + 0.1 + 0.3) / 3, (0.2 + 0.8 + 0.3) / 3, (0.1 + 0.1 + 0.4) / 3].forEach((v, j) => expect(mean[j]).toBeCloseTo(v, 6));
    expect(mean.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});

describe('attention rollout', () => {
  it('is the identity with no layers', () => {
    expect(Array.from(attentionRollout([], 3))).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('averages heads', () => {
    const l: LayerAttention = { heads: 2, seq: 2, data: Float32Array.from([1, 0, 0, 1, 0, 1, 1, 0]) };
    expect(Array.from(averageHeads(l))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('adds the residual, keeps rows summing to 1, and multiplies through the layers', () => {
    const uniform = layer([[0.5, 0.5], [0.5, 0.5]]);
    const one = attentionRollout([uniform], 2);
    expect(Array.from(one)).toEqual([0.75, 0.25, 0.25, 0.75]); // 0.5*A + 0.5*I
    const two = attentionRollout([uniform, uniform], 2);
    // [[.75,.25],[.25,.75]]^2 = [[.625,.375],[.375,.625]]
    expect(Array.from(two).map((v) => Number(v.toFixed(6)))).toEqual([0.625, 0.375, 0.375, 0.625]);
    const random = layer([[0.2, 0.3, 0.5], [0.1, 0.1, 0.8], [0.6, 0.2, 0.2]]);
    const r = attentionRollout([random, random, random], 3);
    for (let i = 0; i < 3; i++) expect(row(r, 3, i).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('orders layers: later layers multiply on the left', () => {
    const a = layer([[1, 0], [1, 0]]); // everything attends to token 0
    const b = layer([[0, 1], [0, 1]]); // everything attends to token 1
    const ab = attentionRollout([a, b], 2, 0); // no residual: R = B · A
    expect(Array.from(ab)).toEqual([1, 0, 1, 0]);
  });

  it('rejects layers of the wrong length', () => {
    expect(() => attentionRollout([layer([[1]])], 2)).toThrow(/expected 2/);
  });
});
