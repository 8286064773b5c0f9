// Node-only PNG decoder (no image packages): 8- and 16-bit grey, grey+alpha, RGB, RGBA and
// 1/2/4/8-bit palette images, non-interlaced. Returns RGBA bytes. Corrupt files fail with a
// specific message (bad signature, CRC mismatch, truncated data, unsupported variant).
import { crc32, inflateSync } from 'node:zlib';

export interface RgbaBitmap {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Refuse images whose decoded RGBA would exceed this many pixels (a decompression bomb guard). */
export const MAX_PIXELS = 50_000_000;

export class PngError extends Error {}

export function decodePng(file: Uint8Array): RgbaBitmap {
  if (file.length < 8 || SIGNATURE.some((b, i) => file[i] !== b)) throw new PngError('not a PNG file (bad signature)');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let pos = 8;
  let width = 0, height = 0, depth = 0, colour = -1;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  for (;;) {
    if (pos + 12 > file.length) throw new PngError('truncated PNG (missing IEND)');
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...file.subarray(pos + 4, pos + 8));
    if (pos + 12 + length > file.length) throw new PngError(`truncated PNG (chunk ${type})`);
    const data = file.subarray(pos + 8, pos + 8 + length);
    if (crc32(file.subarray(pos + 4, pos + 8 + length)) !== view.getUint32(pos + 8 + length)) {
      throw new PngError(`corrupt PNG (CRC mismatch in ${type})`);
    }
    pos += 12 + length;
    if (type === 'IHDR') {
      const h = new DataView(data.buffer, data.byteOffset, data.byteLength);
      [width, height, depth, colour] = [h.getUint32(0), h.getUint32(4), data[8], data[9]];
      if (data[12] !== 0) throw new PngError('interlaced PNGs are not supported');
      if (!(colour in CHANNELS)) throw new PngError(`unsupported PNG colour type ${colour}`);
      if (![1, 2, 4, 8, 16].includes(depth) || (depth < 8 && colour !== 0 && colour !== 3)) throw new PngError(`unsupported PNG bit depth ${depth}`);
      if (!width || !height || width * height > MAX_PIXELS) throw new PngError(`PNG size ${width}x${height} is out of range`);
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
  }
  if (!width) throw new PngError('PNG has no IHDR chunk');
  if (colour === 3 && !palette) throw new PngError('palette PNG without PLTE chunk');
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch {
    throw new PngError('corrupt PNG (image data does not decompress)');
  }
  const channels = CHANNELS[colour];
  const bitsPerPixel = channels * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  if (raw.length < (stride + 1) * height) throw new PngError('truncated PNG image data');
  const pixels = unfilter(raw, stride, height, bpp);
  return { rgba: toRgba(pixels, width, height, stride, depth, colour, palette, transparency), width, height };
}

/** Undoes the per-row PNG filters (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Uint8Array, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? out.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? row[x - bpp] : 0;
      const b = up[x];
      const c = x >= bpp ? up[x - bpp] : 0;
      let p: number;
      switch (filter) {
        case 0: p = 0; break;
        case 1: p = a; break;
        case 2: p = b; break;
        case 3: p = (a + b) >> 1; break;
        case 4: {
          const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
          p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new PngError(`corrupt PNG (unknown filter ${filter} in row ${y})`);
      }
      row[x] = (src[x] + p) & 0xff;
    }
  }
  return out;
}

function toRgba(px: Uint8Array, width: number, height: number, stride: number, depth: number, colour: number,
  palette: Uint8Array | null, trns: Uint8Array | null): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 4);
  const channels = CHANNELS[colour];
  const sample = (row: number, index: number): number => {
    // index-th sample of the row, scaled to 0..255 (palette indices are returned raw)
    if (depth === 8) return px[row * stride + index];
    if (depth === 16) return px[row * stride + index * 2];
    const perByte = 8 / depth;
    const byte = px[row * stride + Math.floor(index / perByte)];
    const shift = 8 - depth * ((index % perByte) + 1);
    const v = (byte >> shift) & ((1 << depth) - 1);
    return colour === 3 ? v : Math.round((v * 255) / ((1 << depth) - 1));
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const s = (k: number) => sample(y, x * channels + k);
      if (colour === 3) {
        const i = s(0);
        out[o] = palette![i * 3]; out[o + 1] = palette![i * 3 + 1]; out[o + 2] = palette![i * 3 + 2];
        out[o + 3] = trns && i < trns.length ? trns[i] : 255;
      } else if (colour === 0 || colour === 4) {
        out[o] = out[o + 1] = out[o + 2] = s(0);
        out[o + 3] = colour === 4 ? s(1) : 255;
      } else {
        out[o] = s(0); out[o + 1] = s(1); out[o + 2] = s(2);
        out[o + 3] = colour === 6 ? s(3) : 255;
      }
    }
  }
  return out;
}
