// Attention rollout (Abnar & Zuidema, 2020, "Quantifying Attention Flow in Transformers"):
// average the heads of each layer, add the residual connection (0.5 A + 0.5 I), renormalise the
// rows, and multiply the layers together. Row i of the result says how much each input token
// flows into position i at the last layer. Plain arrays in and out.

/** One layer's attention probabilities: [heads, seq, seq] row-major (rows sum to 1). */
export interface LayerAttention {
  heads: number;
  seq: number;
  data: Float32Array;
}

/** Head-average of one layer: [seq, seq]. */
export function averageHeads(layer: LayerAttention): Float32Array {
  const { heads, seq, data } = layer;
  const out = new Float32Array(seq * seq);
  for (let h = 0; h < heads; h++) for (let i = 0; i < seq * seq; i++) out[i] += data[h * seq * seq + i] / heads;
  return out;
}

/** One head of one layer as a [seq, seq] view. */
export function headMatrix(layer: LayerAttention, head: number): Float32Array {
  const n = layer.seq * layer.seq;
  return layer.data.subarray(head * n, (head + 1) * n);
}

/** [seq, seq] x [seq, seq] matrix product. */
function matmul(a: Float32Array, b: Float32Array, n: number): Float32Array {
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] += aik * b[k * n + j];
    }
  }
  return out;
}

/**
 * Rollout through all layers: [seq, seq]. With no layers it is the identity.
 * `residual` is the weight of the identity added to each layer (0.5 in the paper).
 */
export function attentionRollout(layers: LayerAttention[], seq: number, residual = 0.5): Float32Array {
  let rollout: Float32Array = new Float32Array(seq * seq);
  for (let i = 0; i < seq; i++) rollout[i * seq + i] = 1;
  for (const layer of layers) {
    if (layer.seq !== seq) throw new RangeError(`layer has ${layer.seq} tokens, expected ${seq}`);
    const a = averageHeads(layer);
    for (let i = 0; i < seq; i++) {
      let sum = 0;
      for (let j = 0; j < seq; j++) {
        const v = (1 - residual) * a[i * seq + j] + (i === j ? residual : 0);
        a[i * seq + j] = v;
        sum += v;
      }
      for (let j = 0; j < seq; j++) a[i * seq + j] /= sum || 1;
    }
    rollout = matmul(a, rollout, seq); // later layers on the left: R_L = A_L · R_{L-1}
  }
  return rollout;
}

/** What a classifier's head reads from the rollout [seq, seq]: the [CLS] row, or for a mean-pooled
 *  model the average of all rows (every token's share in the mean of the last hidden states). */
export function pooledFlow(rollout: Float32Array, seq: number, pooling: 'cls' | 'mean'): Float32Array {
  if (pooling === 'cls') return row(rollout, seq, 0);
  const out = new Float32Array(seq);
  for (let i = 0; i < seq; i++) for (let j = 0; j < seq; j++) out[j] += rollout[i * seq + j] / seq;
  return out;
}

/** Row `position` of a [seq, seq] matrix (e.g. the [CLS] row of the rollout). */
export function row(matrix: Float32Array, seq: number, position = 0): Float32Array {
  return matrix.slice(position * seq, (position + 1) * seq);
}
