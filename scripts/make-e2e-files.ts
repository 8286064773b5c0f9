// Writes the image files the e2e and CLI tests upload (e2e/files/): held-out MNIST digits as
// "scans" (dark ink on white paper, upscaled with a margin), and files that must be rejected.
// Rerun after changing the split: `npx tsx scripts/make-e2e-files.ts`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { image, loadDigits, loadSplit } from '../models/digits-cnn/data';
import { encodePng } from '../models/digits-cnn/png';

const OUT = path.join(__dirname, '..', 'e2e', 'files');
const SCALE = 6;
const MARGIN = 40;

/** A 28x28 digit (1 = ink) as an RGB "scan": upscaled bilinearly, dark ink on off-white paper. */
function scan(pixels: Float32Array): { rgb: Uint8Array; size: number } {
  const size = 28 * SCALE + 2 * MARGIN;
  const rgb = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = (x - MARGIN) / SCALE - 0.5;
      const v = (y - MARGIN) / SCALE - 0.5;
      const x0 = Math.floor(u), y0 = Math.floor(v);
      const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx > 27 || yy > 27 ? 0 : pixels[yy * 28 + xx]);
      const fx = u - x0, fy = v - y0;
      const ink = at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) + at(x0, y0 + 1) * (1 - fx) * fy + at(x0 + 1, y0 + 1) * fx * fy;
      const paper = [246, 244, 238];
      for (let k = 0; k < 3; k++) rgb[(y * size + x) * 3 + k] = Math.round(paper[k] * (1 - ink) + 20 * ink);
    }
  }
  return { rgb, size };
}

const digits = loadDigits();
const split = loadSplit(digits);
// The first held-out example of each class.
for (let d = 0; d < 10; d++) {
  const index = split.heldOut.find((i) => digits.labels[i] === d)!;
  const { rgb, size } = scan(image(digits, index));
  writeFileSync(path.join(OUT, `heldout-${d}.png`), encodePng(rgb, size, size));
}
const white = new Uint8Array(200 * 200 * 3).fill(255);
writeFileSync(path.join(OUT, 'all-white.png'), encodePng(white, 200, 200));
writeFileSync(path.join(OUT, 'all-black.png'), encodePng(new Uint8Array(200 * 200 * 3), 200, 200));
const good = encodePng(white, 200, 200);
const corrupt = Buffer.from(good);
corrupt.fill(0x42, 40, 80); // scribble over the compressed data: CRC and inflate fail
writeFileSync(path.join(OUT, 'corrupt.png'), corrupt);
writeFileSync(path.join(OUT, 'not-an-image.png'), 'This is a text file with a .png name.\n');
console.log(`wrote e2e files to ${OUT}`);
