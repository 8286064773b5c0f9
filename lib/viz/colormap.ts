// Colour scales for attribution maps, as plain functions (value -> RGBA bytes). Signed maps use a
// diverging blue-white-red scale centred on 0; magnitudes use a sequential transparent->yellow->red
// scale. Values are first divided by a robust maximum so one extreme pixel does not wash out the rest.

export type Rgba = [number, number, number, number];

/** The 99th percentile of |values|, or the maximum when that is 0 (never 0 unless all are 0). */
export function robustMax(values: ArrayLike<number>, quantile = 0.99): number {
  const abs = Float32Array.from(values, (v) => Math.abs(v)).sort();
  if (!abs.length) return 0;
  const q = abs[Math.min(abs.length - 1, Math.floor(quantile * abs.length))];
  return q > 0 ? q : abs[abs.length - 1];
}

const lerp = (a: number, b: number, t: number) => Math.round(a + (b - a) * t);

/** Diverging: -1 -> blue (33,102,172), 0 -> transparent white, +1 -> red (178,24,43). */
export function diverging(t: number): Rgba {
  const v = Math.max(-1, Math.min(1, t));
  const [r, g, b] = v >= 0 ? [178, 24, 43] : [33, 102, 172];
  const a = Math.abs(v);
  return [lerp(255, r, a), lerp(255, g, a), lerp(255, b, a), Math.round(255 * Math.min(1, a * 1.4))];
}

/** Sequential: 0 -> transparent, 0.5 -> amber, 1 -> deep red. */
export function sequential(t: number): Rgba {
  const v = Math.max(0, Math.min(1, t));
  const [r, g, b] = v < 0.5 ? [lerp(255, 245, v * 2), lerp(237, 158, v * 2), lerp(160, 11, v * 2)] : [lerp(245, 153, (v - 0.5) * 2), lerp(158, 27, (v - 0.5) * 2), lerp(11, 27, (v - 0.5) * 2)];
  return [r, g, b, Math.round(255 * Math.min(1, v * 1.6))];
}

/** Colours a whole map into RGBA bytes (same length x 4). */
export function colorize(values: ArrayLike<number>, signed: boolean, scale = robustMax(values)): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  const s = scale > 0 ? scale : 1;
  for (let i = 0; i < values.length; i++) {
    const c = signed ? diverging(values[i] / s) : sequential(values[i] / s);
    out.set(c, i * 4);
  }
  return out;
}
