// Colour scales for attribution maps, as plain functions (value -> RGBA bytes). Signed maps use a
// diverging blue-white-red scale centred on 0; magnitudes use a sequential transparent->yellow->red
// scale. Values are first divided by a robust maximum so one extreme pixel does not wash out the rest.
// The per-pixel writers (`writeColour`, `colorizeInto`) fill a byte array in place, with no
// allocation per pixel, so whole maps can be coloured straight into an ImageData.

export type Rgba = [number, number, number, number];

/** Where RGBA bytes are written: an ImageData's data, or any byte array. Always this one type, so
 *  the per-pixel writers stay monomorphic (fast) in the hot loops. */
export type RgbaSink = Uint8ClampedArray;

/** The 99th percentile of |values|, or the maximum when that is 0 (never 0 unless all are 0). */
export function robustMax(values: ArrayLike<number>, quantile = 0.99): number {
  const abs = Float32Array.from(values, (v) => Math.abs(v)).sort();
  if (!abs.length) return 0;
  const q = abs[Math.min(abs.length - 1, Math.floor(quantile * abs.length))];
  return q > 0 ? q : abs[abs.length - 1];
}

const lerp = (a: number, b: number, t: number) => Math.round(a + (b - a) * t);

/** Writes diverging(t) into out[o..o+3]. */
function writeDiverging(out: RgbaSink, o: number, t: number): void {
  const v = Math.max(-1, Math.min(1, t));
  const a = Math.abs(v);
  if (v >= 0) {
    out[o] = lerp(255, 178, a); out[o + 1] = lerp(255, 24, a); out[o + 2] = lerp(255, 43, a);
  } else {
    out[o] = lerp(255, 33, a); out[o + 1] = lerp(255, 102, a); out[o + 2] = lerp(255, 172, a);
  }
  out[o + 3] = Math.round(255 * Math.min(1, a * 1.4));
}

/** Writes sequential(t) into out[o..o+3]. */
function writeSequential(out: RgbaSink, o: number, t: number): void {
  const v = Math.max(0, Math.min(1, t));
  if (v < 0.5) {
    out[o] = lerp(255, 245, v * 2); out[o + 1] = lerp(237, 158, v * 2); out[o + 2] = lerp(160, 11, v * 2);
  } else {
    out[o] = lerp(245, 153, (v - 0.5) * 2); out[o + 1] = lerp(158, 27, (v - 0.5) * 2); out[o + 2] = lerp(11, 27, (v - 0.5) * 2);
  }
  out[o + 3] = Math.round(255 * Math.min(1, v * 1.6));
}

/** Writes the colour of `t` (a value already divided by its scale) into out[o..o+3], allocating nothing. */
export function writeColour(out: RgbaSink, o: number, t: number, signed: boolean): void {
  if (signed) writeDiverging(out, o, t);
  else writeSequential(out, o, t);
}

const one = new Uint8ClampedArray(4);

/** Diverging: -1 -> blue (33,102,172), 0 -> transparent white, +1 -> red (178,24,43). */
export function diverging(t: number): Rgba {
  writeDiverging(one, 0, t);
  return [one[0], one[1], one[2], one[3]];
}

/** Sequential: 0 -> transparent, 0.5 -> amber, 1 -> deep red. */
export function sequential(t: number): Rgba {
  writeSequential(one, 0, t);
  return [one[0], one[1], one[2], one[3]];
}

/** Colours a whole map into `out` (RGBA bytes from `offset`, e.g. an ImageData's data), in place. */
export function colorizeInto(values: ArrayLike<number>, signed: boolean, scale: number, out: RgbaSink, offset = 0): void {
  const s = scale > 0 ? scale : 1;
  for (let i = 0; i < values.length; i++) writeColour(out, offset + i * 4, values[i] / s, signed);
}

/** Colours a whole map into RGBA bytes (same length x 4). */
export function colorize(values: ArrayLike<number>, signed: boolean, scale = robustMax(values)): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  colorizeInto(values, signed, scale, out);
  return out;
}
