// The plain-data shape of the digit CNN's activations (see feature-maps.ts, which computes them
// with TensorFlow.js) and views into it. Free of TensorFlow.js, so the page can draw the maps
// without bundling the model code. Maps are stored channel-major, so channel c is one contiguous
// [height, width] row-major block.

export interface FeatureMapStack {
  layer: string;
  width: number;
  height: number;
  channels: number;
  /** Channel-major [channels, height, width]. */
  data: Float32Array;
}

export interface FeatureMaps {
  conv1: FeatureMapStack; // 26x26x32
  conv2: FeatureMapStack; // 11x11x64
  /** dense1 outputs (after ReLU), 64 values. */
  dense1: Float32Array;
  logits: Float32Array;
  probabilities: Float32Array;
  predicted: number;
}

/** Channel `c` of a stack as a [height, width] row-major view (no copy). */
export function channel(stack: FeatureMapStack, c: number): Float32Array {
  if (!Number.isInteger(c) || c < 0 || c >= stack.channels) throw new RangeError(`channel ${c} out of range`);
  const size = stack.width * stack.height;
  return stack.data.subarray(c * size, (c + 1) * size);
}

/** All channels of a stack as separate views. */
export function channels(stack: FeatureMapStack): Float32Array[] {
  return Array.from({ length: stack.channels }, (_, c) => channel(stack, c));
}

/** The largest value of an array (no spread: safe for any length); `floor` when it is empty or all smaller. */
export function maxOf(values: ArrayLike<number>, floor = -Infinity): number {
  let m = floor;
  for (let i = 0; i < values.length; i++) if (values[i] > m) m = values[i];
  return m;
}
