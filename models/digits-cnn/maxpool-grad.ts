// Training-only: a faster MaxPool gradient for the tfjs wasm backend. wasm's
// MaxPoolGrad kernel is a plain loop and costs more than the forward convs;
// for the model's 2x2/stride-2/'valid' pools the gradient can be built from
// vectorised kernels instead: view each 2x2 window as 4 values, take the
// first maximum (argMax, the same tie rule as the stock kernel) and route dy
// there. Other pool shapes fall back to the stock MaxPoolGrad kernel.
import * as tf from '@tensorflow/tfjs';

/** dL/dx for y = maxPool(x, 2, 2, 'valid'). */
export function maxPool2x2Grad(
  dy: tf.Tensor4D, // [N, OH, OW, C]
  x: tf.Tensor4D, // [N, H, W, C], OH = floor(H / 2), OW = floor(W / 2)
): tf.Tensor4D {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const [, oh, ow] = dy.shape;
    const used = tf.slice(x, [0, 0, 0, 0], [n, 2 * oh, 2 * ow, c]); // [N, 2OH, 2OW, C]
    const windows = tf.transpose(tf.reshape(used, [n * oh, 2, ow, 2, c]), [0, 2, 4, 1, 3]); // [N*OH, OW, C, 2, 2]
    const first = tf.argMax(tf.reshape(windows, [n * oh, ow, c, 4]), -1); // [N*OH, OW, C] in 0..3
    const routed = tf.mul(tf.oneHot(first, 4), tf.reshape(dy, [n * oh, ow, c, 1])); // [N*OH, OW, C, 4]
    const back = tf.transpose(tf.reshape(routed, [n * oh, ow, c, 2, 2]), [0, 3, 1, 4, 2]); // [N*OH, 2, OW, 2, C]
    const dx = tf.reshape(back, [n, 2 * oh, 2 * ow, c]); // [N, 2OH, 2OW, C]
    return (h > 2 * oh || w > 2 * ow ? tf.pad(dx, [[0, 0], [0, h - 2 * oh], [0, w - 2 * ow], [0, 0]]) : dx) as tf.Tensor4D;
  });
}

let registered = false;

/** Replace the global MaxPool gradient (2x2 stride-2 valid pools take the fast path). */
export function registerFastMaxPoolGradient(): void {
  if (registered) return;
  registered = true;
  tf.registerGradient({
    kernelName: tf.MaxPool,
    inputsToSave: ['x'],
    outputsToSave: [true],
    gradFunc: (dy, saved, attrs) => {
      const [x, y] = saved as [tf.Tensor4D, tf.Tensor4D];
      const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as tf.MaxPoolAttrs;
      const two = (v: number | [number, number]) => (typeof v === 'number' ? v === 2 : v[0] === 2 && v[1] === 2);
      if (two(filterSize) && two(strides) && pad === 'valid') {
        return { x: () => maxPool2x2Grad(dy as tf.Tensor4D, x) };
      }
      return {
        x: () => tf.engine().runKernel(tf.MaxPoolGrad, { dy: dy as tf.Tensor, input: x, output: y },
          { filterSize, strides, pad, dimRoundingMode } as unknown as tf.NamedAttrMap) as tf.Tensor,
      };
    },
  });
}
