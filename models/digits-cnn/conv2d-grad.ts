// Training-only: a Conv2D gradient that works (fast) on the tfjs wasm backend.
// wasm has no `Conv2DBackpropFilter` kernel, so the stock Conv2D gradient
// throws there. The filter gradient is itself a convolution:
//   dW[kh,kw,ci,co] = sum_{n,oh,ow} x[n, oh*s+kh, ow*s+kw, ci] * dy[n,oh,ow,co]
// i.e. convolve x (transposed so channels become the batch and the batch
// becomes channels) with dy (transposed into a filter), dilation = stride,
// then slice the [KH, KW] corner. The input gradient for stride 1 is a
// forward convolution of the padded dy with the flipped filter: wasm's
// forward Conv2D (XNNPACK) is about 10x faster than its Conv2DBackpropInput.
// Only kernels wasm has are used.
import * as tf from '@tensorflow/tfjs';

type Pad = 'valid' | 'same' | number;

/** Gradient of conv2d(x, filter) w.r.t. the filter, built from forward convs. */
export function conv2dFilterGrad(
  x: tf.Tensor4D, // [N, H, W, Cin]
  dy: tf.Tensor4D, // [N, OH, OW, Cout]
  filterShape: [number, number, number, number], // [KH, KW, Cin, Cout]
  strides: [number, number] | number,
  pad: Pad,
  dimRoundingMode?: 'floor' | 'round' | 'ceil',
): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw, cin, cout] = filterShape;
    const [sh, sw] = typeof strides === 'number' ? [strides, strides] : strides;
    const info = tf.backend_util.computeConv2DInfo(
      x.shape, filterShape, [sh, sw], 1, pad, dimRoundingMode,
    );
    const { top, bottom, left, right } = info.padInfo;
    // Explicit padding so the rest is a plain 'valid' convolution.
    const xp = top || bottom || left || right
      ? tf.pad(x, [[0, 0], [top, Math.max(bottom, 0)], [left, Math.max(right, 0)], [0, 0]])
      : x; // [N, H', W', Cin]
    const xT = tf.transpose(xp, [3, 1, 2, 0]); // [Cin, H', W', N]
    const dyT = tf.transpose(dy, [1, 2, 0, 3]); // [OH, OW, N, Cout]
    const full = tf.conv2d(xT, dyT, 1, 'valid', 'NHWC', [sh, sw]); // [Cin, >=KH, >=KW, Cout]
    const cut = tf.slice(full, [0, 0, 0, 0], [cin, kh, kw, cout]); // [Cin, KH, KW, Cout]
    return tf.transpose(cut, [1, 2, 0, 3]) as tf.Tensor4D; // [KH, KW, Cin, Cout]
  });
}

/** Gradient of conv2d(x, filter) w.r.t. x. */
export function conv2dInputGrad(
  dy: tf.Tensor4D, // [N, OH, OW, Cout]
  filter: tf.Tensor4D, // [KH, KW, Cin, Cout]
  xShape: [number, number, number, number], // [N, H, W, Cin]
  strides: [number, number] | number,
  pad: Pad,
  dimRoundingMode?: 'floor' | 'round' | 'ceil',
): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw] = filter.shape;
    const [sh, sw] = typeof strides === 'number' ? [strides, strides] : strides;
    const info = tf.backend_util.computeConv2DInfo(xShape, filter.shape, [sh, sw], 1, pad, dimRoundingMode);
    const [, h, w] = xShape;
    const [, oh, ow] = dy.shape;
    const { top, left } = info.padInfo;
    const a = kh - 1 - top, b = h + kh - 1 - oh - a; // rows of zeros before / after dy
    const c = kw - 1 - left, d = w + kw - 1 - ow - c;
    if (sh !== 1 || sw !== 1 || a < 0 || b < 0 || c < 0 || d < 0) {
      return tf.conv2dTranspose(dy, filter, xShape, [sh, sw], pad, dimRoundingMode); // general case
    }
    const dyp = tf.pad(dy, [[0, 0], [a, b], [c, d], [0, 0]]); // [N, H+KH-1, W+KW-1, Cout]
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]); // [KH, KW, Cout, Cin]
    return tf.conv2d(dyp as tf.Tensor4D, flipped as tf.Tensor4D, 1, 'valid'); // [N, H, W, Cin]
  });
}

let registered = false;

/** Replace the global Conv2D gradient with one that avoids Conv2DBackpropFilter. */
export function registerWasmConv2DGradient(): void {
  if (registered) return;
  registered = true;
  tf.registerGradient({
    kernelName: tf.Conv2D,
    inputsToSave: ['x', 'filter'],
    gradFunc: (dy, saved, attrs) => {
      const [x, filter] = saved as [tf.Tensor4D, tf.Tensor4D];
      const { dilations, strides, pad, dataFormat, dimRoundingMode } =
        attrs as unknown as tf.Conv2DAttrs;
      if (!tf.backend_util.tupleValuesAreOne(dilations)) {
        throw new Error('conv2d gradient: dilations > 1 are not supported');
      }
      if (dataFormat !== 'NHWC') throw new Error('conv2d gradient: only NHWC');
      const p = pad as Pad;
      return {
        x: () => conv2dInputGrad(
          dy as tf.Tensor4D, filter, x.shape, strides, p, dimRoundingMode,
        ), // [N, H, W, Cin]
        filter: () => conv2dFilterGrad(
          x, dy as tf.Tensor4D,
          filter.shape as [number, number, number, number], strides, p, dimRoundingMode,
        ),
      };
    },
  });
}
