// Occlusion sensitivity (Zeiler & Fergus 2014, "Visualizing and Understanding
// Convolutional Networks"): slide a square patch (default 6x6, stride 2,
// value 0 = "no ink") over the image, record how much the class score drops
// at each position, and give every pixel the mean drop of the patches that
// cover it. Forward passes only, batched. Signed: a negative value means
// hiding that area raised the score.
import type * as tf from '@tensorflow/tfjs';
import { batchLogits, resolveClasses } from './logits-model';
import { IMAGE_SIZE, PIXELS, type ClassOptions, type ImageAttribution } from './types';

export interface OcclusionOptions extends ClassOptions {
  /** Side of the square patch in pixels (default 6). */
  patchSize?: number;
  /** Step between patch positions in pixels (default 2); the last position always touches the edge. */
  stride?: number;
  /** Value written into the patch (default 0: background). */
  patchValue?: number;
  /** Most occluded images per forward pass (default 128). */
  batchSize?: number;
}

export interface OcclusionAttribution extends ImageAttribution {
  method: 'occlusion';
  patchSize: number;
  stride: number;
  patchValue: number;
  /** Top-left corners of the patch positions along each axis. */
  offsets: number[];
  /** Score drop at each position, row-major [offsets.length, offsets.length]. */
  grid: Float32Array;
  gridShape: [number, number];
}

export const OCCLUSION_DEFAULTS = { patchSize: 6, stride: 2, patchValue: 0, batchSize: 128 } as const;

/** Patch offsets 0, stride, 2 stride, ... plus a last one flush with the edge. */
export function patchOffsets(size: number, patch: number, stride: number): number[] {
  const out: number[] = [];
  for (let o = 0; o <= size - patch; o += stride) out.push(o);
  if (out[out.length - 1] !== size - patch) out.push(size - patch);
  return out;
}

export async function occlusion(
  model: tf.LayersModel,
  input: Float32Array,
  options: OcclusionOptions = {},
): Promise<OcclusionAttribution> {
  const cls = await resolveClasses(model, input, options);
  const patchSize = options.patchSize ?? OCCLUSION_DEFAULTS.patchSize;
  const stride = options.stride ?? OCCLUSION_DEFAULTS.stride;
  const patchValue = options.patchValue ?? OCCLUSION_DEFAULTS.patchValue;
  const batchSize = options.batchSize ?? OCCLUSION_DEFAULTS.batchSize;
  if (!Number.isInteger(patchSize) || patchSize < 1 || patchSize > IMAGE_SIZE) {
    throw new RangeError(`patchSize must be an integer 1..${IMAGE_SIZE}`);
  }
  if (!Number.isInteger(stride) || stride < 1) throw new RangeError('stride must be a positive integer');
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  if (!Number.isFinite(patchValue)) throw new RangeError('patchValue must be finite');

  const offsets = patchOffsets(IMAGE_SIZE, patchSize, stride);
  const n = offsets.length;
  const positions = n * n;
  const grid = new Float32Array(positions);
  for (let start = 0; start < positions; start += batchSize) {
    const count = Math.min(batchSize, positions - start);
    const batch = new Float32Array(count * PIXELS); // [count, 28, 28]
    for (let k = 0; k < count; k++) {
      const p = start + k;
      const oy = offsets[Math.floor(p / n)], ox = offsets[p % n];
      const img = batch.subarray(k * PIXELS, (k + 1) * PIXELS);
      img.set(input);
      for (let y = oy; y < oy + patchSize; y++) img.fill(patchValue, y * IMAGE_SIZE + ox, y * IMAGE_SIZE + ox + patchSize);
    }
    const logits = await batchLogits(model, batch); // [count, 10]
    for (let k = 0; k < count; k++) {
      let s = 0;
      for (let c = 0; c < cls.mask.length; c++) s += cls.mask[c] * logits[k * cls.mask.length + c];
      grid[start + k] = cls.score - s;
    }
  }

  const sum = new Float64Array(PIXELS);
  const hits = new Uint16Array(PIXELS);
  for (let p = 0; p < positions; p++) {
    const oy = offsets[Math.floor(p / n)], ox = offsets[p % n];
    for (let y = oy; y < oy + patchSize; y++) {
      for (let x = ox; x < ox + patchSize; x++) {
        sum[y * IMAGE_SIZE + x] += grid[p];
        hits[y * IMAGE_SIZE + x]++;
      }
    }
  }
  const data = new Float32Array(PIXELS);
  for (let i = 0; i < PIXELS; i++) data[i] = hits[i] ? sum[i] / hits[i] : 0;
  return {
    method: 'occlusion', data, shape: [IMAGE_SIZE, IMAGE_SIZE], signed: true,
    target: cls.target, contrastTarget: cls.contrastTarget, score: cls.score, logits: cls.logits,
    patchSize, stride, patchValue, offsets, grid, gridShape: [n, n],
  };
}
