import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../models/digits-cnn/png';
import { decodePng } from './png-decode';

const FILES = path.join(__dirname, '..', '..', 'e2e', 'files');

/** Builds a PNG with the given header fields and raw (already filtered) scanlines. */
function png(width: number, height: number, depth: number, colour: number, raw: number[], extra: [string, number[]][] = []) {
  const chunk = (type: string, data: Uint8Array) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth; ihdr[9] = colour;
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    ...extra.map(([t, d]) => chunk(t, Uint8Array.from(d))),
    chunk('IDAT', deflateSync(Uint8Array.from(raw))), chunk('IEND', new Uint8Array(0)),
  ]));
}

describe('decodePng', () => {
  it('round-trips the RGB encoder', () => {
    const rgb = Uint8Array.from({ length: 5 * 3 * 3 }, (_, i) => (i * 37) % 256);
    const { rgba, width, height } = decodePng(encodePng(rgb, 5, 3));
    expect([width, height]).toEqual([5, 3]);
    for (let i = 0; i < 15; i++) {
      expect([rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2], rgba[i * 4 + 3]]).toEqual([rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2], 255]);
    }
  });

  it('undoes Sub, Up, Average and Paeth filters (8-bit grey)', () => {
    // 3x4 grey image, target rows [10,20,30], [15,25,35], [5,5,5], [200,100,0]
    const raw = [
      1, 10, 10, 10, // Sub: each byte adds the one to its left
      2, 5, 5, 5, // Up
      3, 254, 246, 241, // Average: 5 - floor((left + up) / 2), mod 256
      4, 195, 156, 156, // Paeth: predictors up (5), then left (200), then left (100)
    ];
    const { rgba } = decodePng(png(3, 4, 8, 0, raw));
    const grey = Array.from({ length: 12 }, (_, i) => rgba[i * 4]);
    expect(grey).toEqual([10, 20, 30, 15, 25, 35, 5, 5, 5, 200, 100, 0]);
  });

  it('handles palette with transparency, 1-bit grey and 16-bit grey+alpha', () => {
    const pal = decodePng(png(2, 1, 8, 3, [0, 1, 0], [['PLTE', [255, 0, 0, 0, 0, 255]], ['tRNS', [128]]]));
    expect(Array.from(pal.rgba)).toEqual([0, 0, 255, 255, 255, 0, 0, 128]);
    const bits = decodePng(png(3, 1, 1, 0, [0, 0b10100000]));
    expect([bits.rgba[0], bits.rgba[4], bits.rgba[8]]).toEqual([255, 0, 255]);
    const deep = decodePng(png(1, 1, 16, 4, [0, 0x80, 0x01, 0xff, 0xff]));
    expect(Array.from(deep.rgba)).toEqual([128, 128, 128, 255]);
  });

  it('rejects non-PNGs and corrupt files with specific messages', () => {
    expect(() => decodePng(readFileSync(path.join(FILES, 'not-an-image.png')))).toThrow(/not a PNG/);
    expect(() => decodePng(readFileSync(path.join(FILES, 'corrupt.png')))).toThrow(/corrupt PNG/);
    const ok = readFileSync(path.join(FILES, 'all-white.png'));
    expect(() => decodePng(ok.subarray(0, ok.length - 20))).toThrow(/truncated/);
    expect(() => decodePng(png(1, 1, 8, 0, [7, 0]))).toThrow(/unknown filter 7/);
    expect(() => decodePng(png(1, 1, 8, 5, [0, 0]))).toThrow(/colour type 5/);
  });
});
