// Reference images ("baselines") for path attribution methods such as
// Integrated Gradients: the all-black image (no ink; for MNIST-style digits,
// "nothing drawn") and a Gaussian-blurred copy of the input, which keeps the
// overall ink mass but removes the stroke detail (Sturmfels, Lundberg & Lee
// 2020, "Visualizing the Impact of Feature Attribution Baselines", Distill;
// Fong & Vedaldi 2017). Plain arrays in, plain arrays out.
import { IMAGE_SIZE, PIXELS } from './types';

export type BaselineKind = 'black' | 'blur';

/** The all-zero (no ink) 28x28 image. */
export function blackBaseline(): Float32Array {
  return new Float32Array(PIXELS);
}

/** 1-D Gaussian kernel of standard deviation `sigma` (radius 3 sigma), summing to 1. */
function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const k = new Float32Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) sum += k[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  return k;
}

/**
 * Separable Gaussian blur of a 28x28 image, zero padding outside the frame (the MNIST
 * background is 0). `sigma` in pixels; 0 returns a copy.
 */
export function gaussianBlur(image: Float32Array, sigma: number): Float32Array {
  if (image.length !== PIXELS) throw new RangeError(`expected ${PIXELS} values`);
  if (!(sigma >= 0)) throw new RangeError('sigma must be >= 0');
  if (sigma === 0) return image.slice();
  const k = gaussianKernel(sigma);
  const r = (k.length - 1) / 2;
  const n = IMAGE_SIZE;
  const tmp = new Float32Array(PIXELS); // rows blurred
  const out = new Float32Array(PIXELS);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) if (x + i >= 0 && x + i < n) s += k[i + r] * image[y * n + x + i];
      tmp[y * n + x] = s;
    }
  }
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) if (y + i >= 0 && y + i < n) s += k[i + r] * tmp[(y + i) * n + x];
      out[y * n + x] = s;
    }
  }
  return out;
}
