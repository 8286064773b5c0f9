// Embedding lookup with a gradient that every tfjs backend can compute.
// Forward: gather rows of the table. Backward: only the rows the batch used get a gradient:
// with U = the distinct ids of the batch, dRows = onehot(ids → 0..U-1)^T @ dy  [U, H] (a small
// dense matmul) scattered into a [V, H] zero table with ScatterNd — instead of tfjs'
// UnsortedSegmentSum (missing on wasm) and without a [B*T, V] one-hot (V is several thousand).

import * as tf from '@tensorflow/tfjs';

/** table [V, H], ids int32 [B, T] -> [B, T, H]; differentiable with respect to the table. */
export function embeddingLookup(table: tf.Tensor2D | tf.Variable, ids: tf.Tensor2D): tf.Tensor3D {
  const [B, T] = ids.shape;
  const [V, H] = table.shape as [number, number];
  const flat = ids.reshape([B * T]) as tf.Tensor1D;
  const idList = ids.dataSync(); // B*T ids, read now: `flat` is gone by the time the gradient runs
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const tab = args[0] as tf.Tensor;
    const value = tf.gather(tab, flat).reshape([B, T, H]);
    const gradFunc = (dy: tf.Tensor) => {
      const slot = new Map<number, number>();
      const local = new Int32Array(idList.length);
      idList.forEach((id, k) => {
        if (!slot.has(id)) slot.set(id, slot.size);
        local[k] = slot.get(id)!;
      });
      const U = slot.size;
      const oneHot = tf.oneHot(tf.tensor1d(local, 'int32'), U).toFloat(); // [B*T, U]
      const rows = tf.matMul(oneHot, dy.reshape([B * T, H]), true, false); // [U, H]
      const where = tf.tensor2d(Int32Array.from(slot.keys()), [U, 1], 'int32'); // [U, 1]
      return tf.scatterND(where, rows, [V, H]); // [V, H]
    };
    return { value, gradFunc };
  });
  return f(table as tf.Tensor) as tf.Tensor3D;
}
