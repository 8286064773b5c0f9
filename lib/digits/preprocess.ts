// MNIST-style normalisation of a hand-drawn or photographed digit, shared by
// the web page (browser / worker), the CLI and the training pipeline (Node).
// Framework-free: plain typed arrays in, plain typed arrays out.
//
// MNIST was made like this: take the digit's bounding box, scale it so the
// longer side is 20 px (aspect ratio kept, anti-aliased), then place it in a
// 28x28 frame so that its centre of mass sits at the frame centre. We do the
// same on a grayscale ink map (1 = ink, 0 = background).

/** A grayscale ink map: row-major, values in [0, 1], 1 = full ink. */
export interface InkMap {
  data: Float32Array;
  width: number;
  height: number;
}

export const FRAME_SIZE = 28; // MNIST frame
export const BOX_SIZE = 20; // longer side of the digit inside the frame

export interface PreprocessOptions {
  /** Ink below this level is treated as background noise (default 0.1). */
  noiseFloor?: number;
  /** Stretch the digit so its darkest pixel is full ink (default true). */
  normaliseContrast?: boolean;
}

export type NoDigitReason = 'blank' | 'too-little-ink' | 'too-much-ink';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PreprocessResult =
  | {
      ok: true;
      /** 28x28 row-major, values in [0, 1]: the network's input. */
      pixels: Float32Array;
      /** Bounding box of the ink in the source image. */
      box: Box;
      /** Where the scaled digit was placed inside the 28x28 frame. */
      placed: Box;
    }
  | { ok: false; reason: NoDigitReason; message: string };

const MESSAGES: Record<NoDigitReason, string> = {
  blank: 'No ink found: draw a digit (or upload a photo of one).',
  'too-little-ink': 'Only a speck of ink: draw a bigger digit.',
  'too-much-ink': 'Ink covers most of the image: draw a single digit on a plain background.',
};

/** Largest fraction of the image the ink may cover before we call it "not a digit". */
const MAX_COVERAGE = 0.6;
/** Smallest total ink mass (in pixel-equivalents) that can be a digit. */
const MIN_MASS = 1.5;
/** A digit's bounding box must span at least this share of the image's longer side. */
const MIN_EXTENT = 0.04;
/** A digit is longer than its strokes are thick: a blob whose extent is under this many times its
 *  thickest stroke is a dot (one click of the pen: about 1.0), not a digit. Every one of MNIST's
 *  10,000 digits is above it (the lowest, a bold 6, is 1.31; the median 3.5), checked on
 *  2026-12-01 with the distance transform below. */
const MIN_ELONGATION = 1.25;

function noDigit(reason: NoDigitReason): PreprocessResult {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** The radius of the largest disc that fits inside the ink (> 0 = ink), in pixels: half the
 *  thickest stroke. Two-pass chamfer distance to the nearest background pixel; outside the map
 *  counts as background. */
export function inscribedRadius(ink: Float32Array, width: number, height: number): number {
  const d = new Float32Array(width * height); // [height, width] distance to background
  for (let i = 0; i < d.length; i++) d[i] = ink[i] > 0 ? Infinity : 0;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= width || y >= height ? 0 : d[y * width + x]);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (d[i] === 0) continue;
      d[i] = Math.min(d[i], at(x - 1, y) + 1, at(x, y - 1) + 1, at(x - 1, y - 1) + Math.SQRT2, at(x + 1, y - 1) + Math.SQRT2);
    }
  }
  let max = 0;
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const i = y * width + x;
      if (d[i] === 0) continue;
      d[i] = Math.min(d[i], at(x + 1, y) + 1, at(x, y + 1) + 1, at(x + 1, y + 1) + Math.SQRT2, at(x - 1, y + 1) + Math.SQRT2);
      if (d[i] > max) max = d[i];
    }
  }
  return max;
}

/** Normalise an ink map to the 28x28 MNIST layout, or say why there is no digit. */
export function preprocessInk(ink: InkMap, options: PreprocessOptions = {}): PreprocessResult {
  const floor = options.noiseFloor ?? 0.1;
  const { data, width, height } = ink;
  if (data.length !== width * height) throw new Error('ink map size mismatch');

  // 1. Bounding box and amount of the ink, ignoring faint noise.
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  let mass = 0, count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x];
      if (v < floor) continue;
      mass += Math.min(v, 1);
      count++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (count === 0) return noDigit('blank');
  const bw = x1 - x0 + 1, bh = y1 - y0 + 1;
  if (count / (width * height) > MAX_COVERAGE) return noDigit('too-much-ink');
  if (mass < MIN_MASS || Math.max(bw, bh) < Math.max(2, MIN_EXTENT * Math.max(width, height))) {
    return noDigit('too-little-ink');
  }

  // 2. Crop (noise below the floor becomes background).
  const crop = new Float32Array(bw * bh); // [bh, bw]
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      const v = data[(y0 + y) * width + (x0 + x)];
      crop[y * bw + x] = v < floor ? 0 : Math.min(v, 1);
    }
  }
  if (Math.max(bw, bh) < MIN_ELONGATION * 2 * inscribedRadius(crop, bw, bh)) return noDigit('too-little-ink');

  // 3. Scale the longer side to 20 px, keeping the aspect ratio.
  const scale = BOX_SIZE / Math.max(bw, bh);
  const ow = Math.min(BOX_SIZE, Math.max(1, Math.round(bw * scale)));
  const oh = Math.min(BOX_SIZE, Math.max(1, Math.round(bh * scale)));
  const patch = resample(crop, bw, bh, ow, oh); // [oh, ow]

  if (options.normaliseContrast ?? true) {
    let max = 0;
    for (let i = 0; i < patch.length; i++) if (patch[i] > max) max = patch[i];
    if (max > 0 && max < 1) for (let i = 0; i < patch.length; i++) patch[i] /= max;
  }

  // 4. Centre of mass of the scaled digit, in pixel-index coordinates
  //    (as MNIST: its digits' mass centres average (14.0, 14.0) by index).
  let m = 0, mx = 0, my = 0;
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      const v = patch[y * ow + x];
      m += v;
      mx += v * x;
      my += v * y;
    }
  }
  const cx = m > 0 ? mx / m : (ow - 1) / 2;
  const cy = m > 0 ? my / m : (oh - 1) / 2;

  // 5. Place it so the centre of mass lands on pixel (14, 14), clamped to the frame.
  const half = FRAME_SIZE / 2;
  const left = clamp(Math.round(half - cx), 0, FRAME_SIZE - ow);
  const top = clamp(Math.round(half - cy), 0, FRAME_SIZE - oh);
  const pixels = new Float32Array(FRAME_SIZE * FRAME_SIZE); // [28, 28]
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      pixels[(top + y) * FRAME_SIZE + (left + x)] = clamp(patch[y * ow + x], 0, 1);
    }
  }
  return {
    ok: true,
    pixels,
    box: { x: x0, y: y0, width: bw, height: bh },
    placed: { x: left, y: top, width: ow, height: oh },
  };
}

/**
 * Separable resampling of a [sh, sw] image to [dh, dw]. Shrinking uses exact
 * area averaging (each output pixel is the mean of the source area it covers,
 * fractional pixels weighted), enlarging uses bilinear interpolation.
 */
export function resample(src: Float32Array, sw: number, sh: number, dw: number, dh: number): Float32Array {
  const wx = axisWeights(sw, dw);
  const wy = axisWeights(sh, dh);
  const rows = new Float32Array(sh * dw); // [sh, dw]
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < dw; x++) {
      const { index, weight } = wx[x];
      let s = 0;
      for (let k = 0; k < index.length; k++) s += weight[k] * src[y * sw + index[k]];
      rows[y * dw + x] = s;
    }
  }
  const out = new Float32Array(dh * dw); // [dh, dw]
  for (let y = 0; y < dh; y++) {
    const { index, weight } = wy[y];
    for (let x = 0; x < dw; x++) {
      let s = 0;
      for (let k = 0; k < index.length; k++) s += weight[k] * rows[index[k] * dw + x];
      out[y * dw + x] = s;
    }
  }
  return out;
}

interface Tap {
  index: number[];
  weight: number[];
}

/** 1-D filter taps mapping n source samples to m output samples. */
function axisWeights(n: number, m: number): Tap[] {
  const taps: Tap[] = [];
  const step = n / m; // source pixels per output pixel
  for (let i = 0; i < m; i++) {
    const index: number[] = [];
    const weight: number[] = [];
    if (m < n) {
      // Area average over the source interval [a, b).
      const a = i * step, b = (i + 1) * step;
      for (let j = Math.floor(a); j < Math.min(n, Math.ceil(b)); j++) {
        const overlap = Math.min(b, j + 1) - Math.max(a, j);
        if (overlap > 1e-9) {
          index.push(j);
          weight.push(overlap / step);
        }
      }
    } else {
      // Bilinear: sample the source at this output pixel's centre.
      const c = (i + 0.5) * step - 0.5;
      const j = Math.floor(c);
      const t = c - j;
      index.push(clamp(j, 0, n - 1), clamp(j + 1, 0, n - 1));
      weight.push(1 - t, t);
    }
    taps.push({ index, weight });
  }
  return taps;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/**
 * Convert RGBA pixels (a canvas drawing or an uploaded photo) to an ink map,
 * whatever the polarity: the background is judged from the border pixels
 * (dark ink on light paper, or light chalk on a dark board); transparent
 * pixels are background. Contrast is stretched so the strongest ink is ~1.
 */
export function inkFromRgba(rgba: Uint8ClampedArray, width: number, height: number): InkMap {
  const n = width * height;
  if (rgba.length !== n * 4) throw new Error('rgba size mismatch');
  const lum = new Float32Array(n);
  const alpha = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rgba[4 * i], g = rgba[4 * i + 1], b = rgba[4 * i + 2];
    lum[i] = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    alpha[i] = rgba[4 * i + 3] / 255;
  }

  // Border ring (about 2% of the shorter side, at least one pixel).
  const ring = Math.max(1, Math.round(Math.min(width, height) * 0.02));
  const borderLum: number[] = [];
  let borderCount = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x >= ring && x < width - ring && y >= ring && y < height - ring) continue;
      borderCount++;
      const i = y * width + x;
      if (alpha[i] >= 0.5) borderLum.push(lum[i]);
    }
  }

  const data = new Float32Array(n);
  if (borderLum.length < 0.5 * borderCount) {
    // Transparent background (e.g. strokes on a cleared canvas): opacity is ink.
    for (let i = 0; i < n; i++) data[i] = alpha[i];
    return { data, width, height };
  }

  borderLum.sort((a, b) => a - b);
  const bg = borderLum[Math.floor(borderLum.length / 2)];
  const darkInk = bg >= 0.5;
  // Noise level of the background: median absolute deviation of the border.
  const dev = borderLum.map((v) => Math.abs(v - bg)).sort((a, b) => a - b);
  const noise = clamp(3 * 1.4826 * dev[Math.floor(dev.length / 2)], 0.03, 0.3);

  // Contrast of every pixel against the background (transparent = background).
  const contrast = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const l = alpha[i] * lum[i] + (1 - alpha[i]) * bg;
    contrast[i] = Math.max(0, darkInk ? bg - l : l - bg);
  }
  // Strongest ink, robust to a few odd pixels: the 99.9th percentile.
  const sorted = Float32Array.from(contrast).sort();
  const peak = sorted[Math.max(0, n - 1 - Math.floor(n * 0.001))];
  if (peak - noise < 0.05) return { data, width, height }; // nothing stands out: blank
  const range = Math.max(peak - noise, 0.2);
  for (let i = 0; i < n; i++) data[i] = clamp((contrast[i] - noise) / range, 0, 1);
  return { data, width, height };
}
