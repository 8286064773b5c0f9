// Training-only data augmentation for 28x28 digits, seeded. Each call draws a
// random affine map (rotation, per-axis scale, shear, shift) and optionally a
// smooth elastic distortion, renders the digit at 2x resolution, randomly thickens or thins the strokes, blurs, and
// finally runs the SAME normalisation as the app (lib/digits/preprocess.ts),
// so the network trains on inputs that look like what the page feeds it.
import { type InkMap, preprocessInk } from '@/lib/digits/preprocess';
import { type Rng, uniform } from '../../lib/util/rng';

export interface AugmentConfig {
  rotationDeg: number; // uniform in [-r, r]
  scale: [number, number]; // per axis, uniform
  shear: number; // x += k * y, k uniform in [-s, s]
  shiftPx: number; // uniform in [-d, d] (source pixels)
  elasticProb: number; // smooth random displacement field (Simard et al. 2003 style)
  elasticPx: number; // std. dev. of the displacement at the control points (source pixels)
  thickenProb: number; // dilate the strokes
  thinProb: number; // erode the strokes
  blurProb: number;
  blurSigma: [number, number]; // at 2x resolution
  identityProb: number; // leave some digits untouched (except normalisation)
}

export const DEFAULT_AUGMENT: AugmentConfig = {
  rotationDeg: 15,
  scale: [0.8, 1.2],
  shear: 0.25,
  shiftPx: 3,
  elasticProb: 0.9,
  elasticPx: 1.3,
  thickenProb: 0.3,
  thinProb: 0.2,
  blurProb: 0.3,
  blurSigma: [0.4, 1.4],
  identityProb: 0.1,
};

const SRC = 28;
const UP = 2; // render at 2x so thickness/blur changes are sub-pixel at 28x28
const CANVAS = 48 * UP; // room for a rotated, enlarged, shifted digit

/** One augmented, normalised digit: Float32Array(784), or the plain normalised digit. */
export function augmentDigit(src: Float32Array, rng: Rng, config: AugmentConfig = DEFAULT_AUGMENT): Float32Array {
  const plain = normalise({ data: src, width: SRC, height: SRC });
  if (rng() < config.identityProb) return plain;

  let ink = cropToInk(affine(src, rng, config), 8); // [<=96, <=96]
  const r = rng();
  if (r < config.thickenProb) {
    ink = blend(ink, morph(ink, rng() < 0.5 ? 1 : 2, Math.max), uniform(rng, 0.4, 1));
  } else if (r < config.thickenProb + config.thinProb) {
    ink = blend(ink, morph(ink, 1, Math.min), uniform(rng, 0.4, 1));
  }
  if (rng() < config.blurProb) ink = blur(ink, uniform(rng, ...config.blurSigma));
  const out = preprocessInk(ink);
  return out.ok ? out.pixels : plain; // e.g. thinning erased a faint digit
}

function normalise(ink: InkMap): Float32Array {
  const out = preprocessInk(ink);
  if (!out.ok) throw new Error(`training digit rejected by preprocessing: ${out.reason}`);
  return out.pixels;
}

/** Inverse-mapped bilinear rendering of the 28x28 source into a 96x96 canvas. */
function affine(src: Float32Array, rng: Rng, c: AugmentConfig): InkMap {
  const theta = (uniform(rng, -c.rotationDeg, c.rotationDeg) * Math.PI) / 180;
  const sx = uniform(rng, ...c.scale);
  const sy = uniform(rng, ...c.scale);
  const k = uniform(rng, -c.shear, c.shear);
  const tx = uniform(rng, -c.shiftPx, c.shiftPx);
  const ty = uniform(rng, -c.shiftPx, c.shiftPx);
  // Forward map (source -> canvas, about the centres): A = R * Shear * Scale * UP.
  const cos = Math.cos(theta), sin = Math.sin(theta);
  const a11 = UP * (cos * sx), a12 = UP * (cos * k * sy - sin * sy);
  const a21 = UP * (sin * sx), a22 = UP * (sin * k * sy + cos * sy);
  const det = a11 * a22 - a12 * a21;
  const i11 = a22 / det, i12 = -a12 / det, i21 = -a21 / det, i22 = a11 / det;
  const cs = SRC / 2, cc = CANVAS / 2;
  const field = rng() < c.elasticProb ? elasticField(rng, c.elasticPx) : null;
  const shift = new Float32Array(2);
  const p = padded(src);
  const out = new Float32Array(CANVAS * CANVAS); // [96, 96]
  for (let v = 0; v < CANVAS; v++) {
    for (let u = 0; u < CANVAS; u++) {
      const du = u + 0.5 - cc - tx * UP, dv = v + 0.5 - cc - ty * UP;
      let x = i11 * du + i12 * dv + cs - 0.5; // source pixel-index coordinates
      let y = i21 * du + i22 * dv + cs - 0.5;
      if (field) {
        displacement(field, x, y, shift);
        x += shift[0];
        y += shift[1];
      }
      out[v * CANVAS + u] = bilinear(p, x, y);
    }
  }
  return { data: out, width: CANVAS, height: CANVAS };
}

const GRID = 4; // elastic control points per side, spread over the source frame
const GRID_STEP = (SRC - 1) / (GRID - 1);

/** Random displacements (x then y) at GRID x GRID control points: [2, GRID, GRID]. */
function elasticField(rng: Rng, sigma: number): Float32Array {
  const f = new Float32Array(2 * GRID * GRID);
  for (let i = 0; i < f.length; i++) {
    // Box-Muller normal deviate.
    const g = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    f[i] = sigma * g;
  }
  return f;
}

/** Smoothly (C1, smoothstep-weighted) interpolated displacement at source point (x, y). */
function displacement(f: Float32Array, x: number, y: number, out: Float32Array): void {
  const gx = Math.min(Math.max(x / GRID_STEP, 0), GRID - 1.000001);
  const gy = Math.min(Math.max(y / GRID_STEP, 0), GRID - 1.000001);
  const i = Math.floor(gx), j = Math.floor(gy);
  let tx = gx - i, ty = gy - j;
  tx = tx * tx * (3 - 2 * tx);
  ty = ty * ty * (3 - 2 * ty);
  const o = j * GRID + i;
  const w00 = (1 - tx) * (1 - ty), w10 = tx * (1 - ty), w01 = (1 - tx) * ty, w11 = tx * ty;
  out[0] = w00 * f[o] + w10 * f[o + 1] + w01 * f[o + GRID] + w11 * f[o + GRID + 1];
  const q = o + GRID * GRID;
  out[1] = w00 * f[q] + w10 * f[q + 1] + w01 * f[q + GRID] + w11 * f[q + GRID + 1];
}

const PAD = SRC + 2; // source with a one-pixel zero border: no bounds checks per tap

function padded(src: Float32Array): Float32Array {
  const out = new Float32Array(PAD * PAD); // [30, 30]
  for (let y = 0; y < SRC; y++) out.set(src.subarray(y * SRC, (y + 1) * SRC), (y + 1) * PAD + 1);
  return out;
}

/** Bilinear sample of the padded source at source pixel-index coordinates (x, y). */
function bilinear(p: Float32Array, x: number, y: number): number {
  if (x <= -1 || y <= -1 || x >= SRC || y >= SRC) return 0;
  const xf = Math.floor(x), yf = Math.floor(y);
  const fx = x - xf, fy = y - yf;
  const o = (yf + 1) * PAD + (xf + 1);
  return (1 - fy) * ((1 - fx) * p[o] + fx * p[o + 1]) + fy * ((1 - fx) * p[o + PAD] + fx * p[o + PAD + 1]);
}

/** Crop to the nonzero region plus a margin (later steps then touch fewer pixels). */
function cropToInk(ink: InkMap, margin: number): InkMap {
  const { data, width: w, height: h } = ink;
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x] === 0) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (x1 < 0) return ink;
  x0 = Math.max(0, x0 - margin); y0 = Math.max(0, y0 - margin);
  x1 = Math.min(w - 1, x1 + margin); y1 = Math.min(h - 1, y1 + margin);
  const cw = x1 - x0 + 1, ch = y1 - y0 + 1;
  const out = new Float32Array(cw * ch); // [ch, cw]
  for (let y = 0; y < ch; y++) out.set(data.subarray((y0 + y) * w + x0, (y0 + y) * w + x0 + cw), y * cw);
  return { data: out, width: cw, height: ch };
}

/** Grayscale dilation (max) or erosion (min) with a disc of the given radius. */
function morph(ink: InkMap, radius: number, pick: (a: number, b: number) => number): InkMap {
  const { data, width: w, height: h } = ink;
  const out = new Float32Array(data.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let acc = data[y * w + x];
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          if (dx * dx + dy * dy > radius * radius + radius) continue;
          const xx = x + dx, yy = y + dy;
          const v = xx < 0 || yy < 0 || xx >= w || yy >= h ? 0 : data[yy * w + xx];
          acc = pick(acc, v);
        }
      }
      out[y * w + x] = acc;
    }
  }
  return { data: out, width: w, height: h };
}

function blend(a: InkMap, b: InkMap, t: number): InkMap {
  const data = new Float32Array(a.data.length);
  for (let i = 0; i < data.length; i++) data[i] = (1 - t) * a.data[i] + t * b.data[i];
  return { data, width: a.width, height: a.height };
}

/** Separable Gaussian blur. */
function blur(ink: InkMap, sigma: number): InkMap {
  const r = Math.ceil(3 * sigma);
  const kernel: number[] = [];
  let sum = 0;
  for (let i = -r; i <= r; i++) {
    const g = Math.exp(-(i * i) / (2 * sigma * sigma));
    kernel.push(g);
    sum += g;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i] /= sum;
  const { width: w, height: h } = ink;
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const xx = x + i;
        if (xx >= 0 && xx < w) s += kernel[i + r] * ink.data[y * w + xx];
      }
      tmp[y * w + x] = s;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const yy = y + i;
        if (yy >= 0 && yy < h) s += kernel[i + r] * tmp[yy * w + x];
      }
      out[y * w + x] = s;
    }
  }
  return { data: out, width: w, height: h };
}
