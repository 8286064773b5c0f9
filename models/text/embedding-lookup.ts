// Embedding lookup with a gradient that every tfjs backend can compute.
// Forward: gather rows of the table. Backward: dTable = onehot(ids)^T @ dy,
// a dense matmul, instead of tfjs' UnsortedSegmentSum (missing on wasm).

import * as tf from '@tensorflow/tfjs';

/** table [V, H], ids int32 [B, T] -> [B, T, H]; differentiable with respect to the table. */
export function embeddingLookup(table: tf.Tensor2D | tf.Variable, ids: tf.Tensor2D): tf.Tensor3D {
  const [B, T] = ids.shape;
  const [V, H] = table.shape as [number, number];
  const flat = ids.reshape([B * T]) as tf.Tensor1D;
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const tab = args[0] as tf.Tensor;
    const value = tf.gather(tab, flat).reshape([B, T, H]);
    const gradFunc = (dy: tf.Tensor) => {
      const oneHot = tf.oneHot(flat, V).toFloat(); // [B*T, V]
      return tf.matMul(oneHot, dy.reshape([B * T, H]), true, false); // [V, H]
    };
    return { value, gradFunc };
  });
  return f(table as tf.Tensor) as tf.Tensor3D;
}
