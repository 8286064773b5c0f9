// The pixels of a heatmap tile (HeatmapCanvas): an attribution map coloured with the colour scales
// of colormap.ts, blended over a grayscale base image (0..1, 1 = ink, drawn dark on white) or over
// white, written straight into RGBA bytes (an ImageData's data) with no allocation per pixel.
import { robustMax, writeColour } from './colormap';

export interface HeatmapPixelsOptions {
  /** The map (row-major), or null for the base image alone. */
  values: ArrayLike<number> | null;
  signed: boolean;
  /** Grayscale image under the map (0..1, 1 = ink); null: white, and the map keeps its own alpha. */
  base?: ArrayLike<number> | null;
  /** Opacity of the map, 0..1. */
  opacity?: number;
  /** Colour-scale maximum; defaults to the map's robust maximum. */
  scale?: number;
}

/**
 * Writes `count` RGBA pixels into `out`. With a base image (or no map) every pixel is opaque: the
 * base grey (white without a base) with the map's colour blended over it at the colour's alpha x
 * opacity. Without a base the map's colours are kept, at their alpha x opacity.
 */
export function heatmapPixels(out: Uint8ClampedArray, count: number, { values, signed, base = null, opacity = 1, scale }: HeatmapPixelsOptions): void {
  const s = values ? (scale ?? robustMax(values)) : 1;
  const div = s > 0 ? s : 1;
  const colour = new Uint8ClampedArray(4); // one scratch colour, reused for every pixel
  for (let i = 0, o = 0; i < count; i++, o += 4) {
    const g = base ? 255 - Math.round(Math.max(0, Math.min(1, base[i])) * 255) : 255;
    if (!values) {
      out[o] = g; out[o + 1] = g; out[o + 2] = g; out[o + 3] = 255;
      continue;
    }
    writeColour(colour, 0, values[i] / div, signed);
    const a = (colour[3] / 255) * opacity;
    out[o] = Math.round(g * (1 - a) + colour[0] * a);
    out[o + 1] = Math.round(g * (1 - a) + colour[1] * a);
    out[o + 2] = Math.round(g * (1 - a) + colour[2] * a);
    out[o + 3] = base ? 255 : colour[3] * opacity;
  }
}
