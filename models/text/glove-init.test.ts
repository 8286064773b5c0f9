// GloVe initialisation of the English word rows (glove-init.ts, data/prepare-glove.ts), a trial
// that was not shipped (models/text/README.md): which tokens get vectors, PCA directions are
// orthonormal and ordered, and projected rows keep their neighbours. The GloVe file itself is
// not committed (prepare-glove.ts makes it from an npm package), so the tests use small vectors.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/util/rng';
import { englishWords } from './data/prepare-glove';
import { gloveRows, principalDirections, type GloveVectors } from './glove-init';

describe('englishWords', () => {
  it('keeps whole English words, not pieces, special tokens or Chinese characters', () => {
    expect(englishWords(['[CLS]', 'good', '##s', '词', "don't", 'well-known', 'x1'])).toEqual(['good', "don't", 'well-known']);
  });
});

describe('principalDirections', () => {
  it('finds orthonormal directions in order of variance', () => {
    // points spread 3× more along (1, 1, 0)/√2 than along (1, -1, 0)/√2, none along z
    const pts: number[] = [];
    for (let i = -5; i <= 5; i++) for (let j = -5; j <= 5; j++) pts.push(3 * i + j, 3 * i - j, 0);
    const dirs = principalDirections(Float32Array.from(pts), pts.length / 3, 3, 2);
    const [u, v] = dirs;
    expect(Math.abs(u[0] * v[0] + u[1] * v[1] + u[2] * v[2])).toBeLessThan(1e-6);
    expect(Math.hypot(...u)).toBeCloseTo(1, 6);
    expect(Math.abs(u[0])).toBeCloseTo(Math.SQRT1_2, 4);
    expect(Math.sign(u[0])).toBe(Math.sign(u[1]));
    expect(Math.sign(v[0])).toBe(-Math.sign(v[1]));
  });
});

describe('gloveRows', () => {
  // 40 words in 10 dimensions: two clusters (around e0 and e1) with a little seeded noise, plus
  // spread along e2…e9 so that PCA has directions to drop
  const rng = mulberry32(7);
  const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
  const data = new Float32Array(40 * 10);
  words.forEach((_, i) => {
    data[i * 10 + (i < 20 ? 0 : 1)] = 3;
    for (let k = 0; k < 10; k++) data[i * 10 + k] += 0.3 * (rng() - 0.5);
  });
  const g: GloveVectors = { dims: 10, words, data };
  const vocab = ['[PAD]', '[CLS]', ...words, '##s', '词'];
  const rows = gloveRows(vocab, 4, 0.02, g);
  const cos = (a: string, b: string) => {
    const x = rows.get(vocab.indexOf(a))!;
    const y = rows.get(vocab.indexOf(b))!;
    let d = 0;
    let nx = 0;
    let ny = 0;
    for (let i = 0; i < x.length; i++) [d, nx, ny] = [d + x[i] * y[i], nx + x[i] ** 2, ny + y[i] ** 2];
    return d / Math.sqrt(nx * ny);
  };
  it('gives each vector word of the vocabulary a row of the encoder width at the requested scale', () => {
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual(words.map((w) => vocab.indexOf(w)));
    let sq = 0;
    let n = 0;
    for (const r of rows.values()) {
      expect(r.length).toBe(4);
      for (const v of r) [sq, n] = [sq + v * v, n + 1];
    }
    expect(Math.sqrt(sq / n)).toBeCloseTo(0.02, 5);
  });
  it('keeps neighbours close and clusters apart after the projection', () => {
    expect(cos('w0', 'w1')).toBeGreaterThan(0.8);
    expect(cos('w20', 'w21')).toBeGreaterThan(0.8);
    expect(cos('w0', 'w20')).toBeLessThan(0);
  });
});
