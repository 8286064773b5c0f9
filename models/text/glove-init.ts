// Initialises the token embedding rows of English whole words from GloVe vectors
// (data/glove-vocab.json, made by data/prepare-glove.ts), reduced to the encoder's width by PCA.
// Word pieces, Chinese characters and special tokens keep their random initialisation.
//
//   GloVe rows [N, 100] -> centre -> top-H principal directions [100, H] -> [N, H]
//   -> scaled so the rows' overall standard deviation is `std` (random rows: 0.02)

import fs from 'node:fs';
import { GLOVE_FILE } from './data/prepare-glove';

export interface GloveVectors {
  dims: number;
  words: string[];
  /** [words.length · dims], row-major. */
  data: Float32Array;
}

export function loadGlove(file = process.env.TEXT_GLOVE_FILE || GLOVE_FILE): GloveVectors {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { dims: number; words: string[]; scales: number[]; data: string };
  const q = new Int8Array(Buffer.from(raw.data, 'base64').buffer.slice(0));
  const data = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) data[i] = q[i] * raw.scales[Math.floor(i / raw.dims)];
  return { dims: raw.dims, words: raw.words, data };
}

/**
 * The top `k` principal directions of the rows of `x` ([n, d], centred by the caller), by power
 * iteration with deflation on the [d, d] covariance; deterministic (fixed start vectors).
 * Returns [d, k] column-major as k arrays of length d.
 */
export function principalDirections(x: Float32Array, n: number, d: number, k: number, iterations = 200): Float64Array[] {
  const cov = new Float64Array(d * d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) {
      const xi = x[r * d + i];
      for (let j = 0; j < d; j++) cov[i * d + j] += xi * x[r * d + j];
    }
  }
  const out: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    let v: Float64Array = new Float64Array(d).map((_, i) => Math.cos(1 + i * (c + 1)));
    let lambda = 0;
    for (let it = 0; it < iterations; it++) {
      const next = new Float64Array(d);
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) next[i] += cov[i * d + j] * v[j];
      for (const u of out) {
        // keep orthogonal to earlier directions (numerical drift)
        let dot = 0;
        for (let i = 0; i < d; i++) dot += next[i] * u[i];
        for (let i = 0; i < d; i++) next[i] -= dot * u[i];
      }
      lambda = Math.hypot(...next);
      if (lambda === 0) break;
      v = next.map((e) => e / lambda);
    }
    out.push(v);
    // deflate: cov -= λ v vᵀ
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) cov[i * d + j] -= lambda * v[i] * v[j];
  }
  return out;
}

/**
 * Embedding rows for the vocabulary's GloVe words: a map token id -> row (length `hidden`),
 * projected by PCA and scaled to overall standard deviation `std`.
 */
export function gloveRows(vocab: string[], hidden: number, std: number, g: GloveVectors = loadGlove()): Map<number, Float32Array> {
  const { dims: d, words } = g;
  const n = words.length;
  const mean = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let i = 0; i < d; i++) mean[i] += g.data[r * d + i] / n;
  const x = new Float32Array(n * d);
  for (let r = 0; r < n; r++) for (let i = 0; i < d; i++) x[r * d + i] = g.data[r * d + i] - mean[i];
  const dirs = principalDirections(x, n, d, Math.min(hidden, d));
  const proj = new Float32Array(n * hidden); // [n, hidden]; columns past d stay 0
  let sq = 0;
  for (let r = 0; r < n; r++) {
    dirs.forEach((u, c) => {
      let s = 0;
      for (let i = 0; i < d; i++) s += x[r * d + i] * u[i];
      proj[r * hidden + c] = s;
      sq += s * s;
    });
  }
  const scale = std / Math.sqrt(sq / (n * hidden));
  const index = new Map(vocab.map((t, i) => [t, i]));
  const rows = new Map<number, Float32Array>();
  words.forEach((w, r) => {
    const id = index.get(w);
    if (id !== undefined) rows.set(id, proj.slice(r * hidden, (r + 1) * hidden).map((e) => e * scale));
  });
  return rows;
}
