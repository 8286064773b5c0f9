// Maps a 28x28 attribution map back onto the source image it was computed from (the drawing or
// photo), inverting the MNIST-style crop/scale/shift: plain arrays in, plain arrays out.
import type { Box } from '../digits/preprocess';
import { writeColour, type RgbaSink } from './colormap';

/** Bilinear sample of a [h, w] map at continuous pixel-centre coordinates (0 outside). */
export function sampleBilinear(map: ArrayLike<number>, w: number, h: number, x: number, y: number): number {
  const x0 = Math.floor(x), y0 = Math.floor(y);
  const fx = x - x0, fy = y - y0;
  const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx >= w || yy >= h ? 0 : map[yy * w + xx]);
  return at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) + at(x0, y0 + 1) * (1 - fx) * fy + at(x0 + 1, y0 + 1) * fx * fy;
}

/**
 * Resamples `map` ([frame, frame]) onto a [height, width] source whose ink `box` was scaled onto
 * `placed` inside the frame. Source pixel centre (x + 0.5) maps to frame coordinate
 * placed.x + (x + 0.5 - box.x) * placed.width / box.width.
 */
export function frameToSource(map: ArrayLike<number>, frame: number, box: Box, placed: Box, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const sx = placed.width / box.width;
  const sy = placed.height / box.height;
  for (let y = 0; y < height; y++) {
    const fy = placed.y + (y + 0.5 - box.y) * sy - 0.5;
    for (let x = 0; x < width; x++) {
      const fx = placed.x + (x + 0.5 - box.x) * sx - 0.5;
      out[y * width + x] = sampleBilinear(map, frame, frame, fx, fy);
    }
  }
  return out;
}

/**
 * `colorize(frameToSource(map, frame, box, placed, width, height), signed, scale)` in one pass,
 * written straight into `out` (RGBA bytes, e.g. an ImageData's data, width x height x 4): the same
 * bilinear sampling and colours, with no intermediate map and no allocation per pixel.
 */
export function frameToSourceRgba(
  map: ArrayLike<number>, frame: number, box: Box, placed: Box, width: number, height: number,
  signed: boolean, scale: number, out: RgbaSink,
): void {
  const s = scale > 0 ? scale : 1;
  const sx = placed.width / box.width;
  const sy = placed.height / box.height;
  // Each column's left neighbour and weight (as sampleBilinear computes them), once for all rows.
  const x0s = new Int32Array(width);
  const txs = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    const fx = placed.x + (x + 0.5 - box.x) * sx - 0.5;
    x0s[x] = Math.floor(fx);
    txs[x] = fx - x0s[x];
  }
  const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx >= frame || yy >= frame ? 0 : map[yy * frame + xx]);
  for (let y = 0, o = 0; y < height; y++) {
    const fy = placed.y + (y + 0.5 - box.y) * sy - 0.5;
    const y0 = Math.floor(fy);
    const ty = fy - y0;
    for (let x = 0; x < width; x++, o += 4) {
      const x0 = x0s[x];
      const tx = txs[x];
      // As sampleBilinear, stored as a float32 like frameToSource's output.
      const v = Math.fround(at(x0, y0) * (1 - tx) * (1 - ty) + at(x0 + 1, y0) * tx * (1 - ty) + at(x0, y0 + 1) * (1 - tx) * ty + at(x0 + 1, y0 + 1) * tx * ty);
      writeColour(out, o, v / s, signed);
    }
  }
}
