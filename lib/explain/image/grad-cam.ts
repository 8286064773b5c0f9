// Grad-CAM (Selvaraju, Cogswell, Das, Vedantam, Parikh & Batra 2017,
// "Grad-CAM: Visual Explanations from Deep Networks via Gradient-based
// Localization") on the last convolutional layer, conv2 (11x11x64 after ReLU):
// each channel's weight is the spatial mean of d score / d activation, the map
// is ReLU(sum_c weight_c * activation_c), normalised to [0, 1] and upsampled
// bilinearly to 28x28 (then renormalised to peak 1). The upsampling places
// every conv2 cell at the centre of its receptive field in the input
// (computed from the layer configs: for this model cell i is centred on pixel
// 2i + 3.5), not at a naive 11 -> 28 stretch.
import * as tf from '@tensorflow/tfjs';
import { LAYERS } from '../../digits/model';
import { classScores, modelParts, readAndDispose, resolveClasses } from './logits-model';
import { IMAGE_SIZE, type ClassOptions, type ImageAttribution } from './types';

export interface GradCamAttribution extends ImageAttribution {
  method: 'grad-cam';
  /** The map at conv2 resolution, normalised to [0, 1], row-major. */
  coarse: Float32Array;
  coarseShape: [number, number];
  /** Per-channel weights (spatial mean of the gradients), 64 values. */
  channelWeights: Float32Array;
  /** Maximum of the map before normalisation; 0 means no positive evidence anywhere (the map is all 0). */
  rawMax: number;
}

/** Where cell i of a layer's output lies in the input: centre = start + i * jump (pixels). */
export interface Geometry {
  start: number;
  jump: number;
}

type SpatialConfig = { kernelSize?: number | number[]; poolSize?: number | number[]; strides?: number | number[]; padding?: string };
const first = (v: number | number[] | undefined, fallback: number) => (v === undefined ? fallback : Array.isArray(v) ? v[0] : v);

/** Receptive-field geometry of `layerName`'s output (conv / pooling chain, square kernels). */
export function receptiveField(model: tf.LayersModel, layerName: string): Geometry {
  let start = 0, jump = 1;
  for (const layer of model.layers) {
    const cls = layer.getClassName();
    if (/^(Conv2D|MaxPooling2D|AveragePooling2D)$/.test(cls)) {
      const c = layer.getConfig() as SpatialConfig;
      const k = first(c.kernelSize ?? c.poolSize, 1);
      const s = first(c.strides, cls === 'Conv2D' ? 1 : k);
      const pad = c.padding === 'same' ? Math.floor((k - 1) / 2) : 0;
      start += ((k - 1) / 2 - pad) * jump;
      jump *= s;
    }
    if (layer.name === layerName) return { start, jump };
  }
  throw new Error(`no layer ${layerName}`);
}

/** Bilinear upsampling of an [h, w] map to [size, size], cells placed by `geometry`, edges clamped. */
export function upsample(map: Float32Array, h: number, w: number, geometry: Geometry, size = IMAGE_SIZE): Float32Array {
  const out = new Float32Array(size * size);
  const coord = (p: number, n: number) => {
    const u = Math.min(Math.max((p - geometry.start) / geometry.jump, 0), n - 1);
    const i0 = Math.floor(u);
    const i1 = Math.min(i0 + 1, n - 1);
    return [i0, i1, u - i0] as const;
  };
  for (let y = 0; y < size; y++) {
    const [y0, y1, fy] = coord(y, h);
    for (let x = 0; x < size; x++) {
      const [x0, x1, fx] = coord(x, w);
      const top = map[y0 * w + x0] * (1 - fx) + map[y0 * w + x1] * fx;
      const bottom = map[y1 * w + x0] * (1 - fx) + map[y1 * w + x1] * fx;
      out[y * size + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

export async function gradCam(
  model: tf.LayersModel,
  input: Float32Array,
  options: ClassOptions = {},
): Promise<GradCamAttribution> {
  const cls = await resolveClasses(model, input, options);
  const parts = modelParts(model);
  const [camT, weightsT] = tf.tidy(() => {
    const x = tf.tensor4d(input, [1, IMAGE_SIZE, IMAGE_SIZE, 1]); // [1, 28, 28, 1]
    const a = parts.conv2.apply(x, { training: false }) as tf.Tensor4D; // [1, 11, 11, 64]
    const mask = tf.tensor1d(cls.mask); // [10]
    const score = (act: tf.Tensor) => tf.sum(classScores(parts.head(act as tf.Tensor4D), mask)); // scalar
    const g = tf.grad(score)(a); // [1, 11, 11, 64]
    const alpha = tf.mean(g, [1, 2]); // [1, 64]
    const cam = tf.relu(tf.sum(tf.mul(a, tf.reshape(alpha, [1, 1, 1, -1])), -1)); // [1, 11, 11]
    return [cam, alpha];
  });
  const [h, w] = (camT.shape as number[]).slice(1) as [number, number];
  const coarse = await readAndDispose(camT);
  const channelWeights = await readAndDispose(weightsT);
  let rawMax = 0;
  for (const v of coarse) rawMax = Math.max(rawMax, v);
  if (rawMax > 0) for (let i = 0; i < coarse.length; i++) coarse[i] /= rawMax;
  const data = upsample(coarse, h, w, receptiveField(model, LAYERS.conv2));
  // Cell centres fall between pixels (2i + 3.5): rescale so the upsampled peak is exactly 1 too.
  let peak = 0;
  for (const v of data) peak = Math.max(peak, v);
  if (peak > 0) for (let i = 0; i < data.length; i++) data[i] /= peak;
  return {
    method: 'grad-cam', data, shape: [IMAGE_SIZE, IMAGE_SIZE], signed: false,
    target: cls.target, contrastTarget: cls.contrastTarget, score: cls.score, logits: cls.logits,
    coarse, coarseShape: [h, w], channelWeights, rawMax,
  };
}
