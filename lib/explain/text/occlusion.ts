// Token occlusion for any text classifier (works for models that export no attention): replace
// each token in turn with [MASK] (or drop it) and measure how much the chosen class's
// probability falls. Signed: positive = the token supported the class. Plain arrays in and out.

export type OcclusionMode = 'mask' | 'remove';

/** Scores a batch of token-id sequences: returns, per sequence, the probabilities of every class. */
export type BatchScorer = (batch: number[][]) => Promise<number[][]>;

export interface TokenOcclusion {
  /** Per token: p(class | text) - p(class | text without this token); 0 for special tokens. */
  values: Float32Array;
  /** p(class | text). */
  base: number;
  classIndex: number;
  mode: OcclusionMode;
}

/**
 * `ids` are the model's input ids including special tokens; `special[i]` marks tokens that are
 * never occluded ([CLS], [SEP]). One batched call: the original plus one variant per token.
 */
export async function occludeTokens(
  ids: number[],
  special: boolean[],
  classIndex: number,
  score: BatchScorer,
  options: { mode?: OcclusionMode; maskId?: number } = {},
): Promise<TokenOcclusion> {
  const mode = options.mode ?? 'mask';
  if (mode === 'mask' && options.maskId === undefined) throw new Error('mask mode needs the [MASK] token id');
  const positions = ids.map((_, i) => i).filter((i) => !special[i]);
  const variants = positions.map((i) =>
    mode === 'mask' ? ids.map((id, j) => (j === i ? options.maskId! : id)) : ids.filter((_, j) => j !== i));
  const probs = await score([ids, ...variants]);
  if (probs.length !== variants.length + 1) throw new Error(`scorer returned ${probs.length} rows for ${variants.length + 1} inputs`);
  const base = probs[0][classIndex];
  const values = new Float32Array(ids.length);
  positions.forEach((pos, k) => { values[pos] = base - probs[k + 1][classIndex]; });
  return { values, base, classIndex, mode };
}
