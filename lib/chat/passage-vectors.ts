// Precomputed passage embeddings for the built-in embedding model, so that the chat does not have
// to embed every passage on the user's device before its first answer. The file
// (public/models/glassbox-embed/passage-vectors.json, written by `npm run vectors:chat`) carries a
// fingerprint of the passages it was computed from; a file whose fingerprint or size does not match
// the current knowledge base is ignored and the passages are embedded at load time instead.
// Framework-free: used by the chat worker, the Node engine and the script that writes the file.

/** Its name inside the embedding model's folder. */
export const PASSAGE_VECTORS_FILE = 'passage-vectors.json';

/** The JSON file: vectors as little-endian float32, base64, row-major [count, dim]. */
export interface PassageVectorsFile {
  model: string;
  fingerprint: string;
  count: number;
  dim: number;
  float32Base64: string;
}

/** FNV-1a (32 bit) over the passages' texts, in order: changes when any passage changes. */
export function passagesFingerprint(texts: string[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  feed(String(texts.length));
  for (const t of texts) {
    feed('\u0000');
    feed(t);
  }
  return `${texts.length}-${h.toString(16).padStart(8, '0')}`;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function encodePassageVectors(model: string, texts: string[], vectors: number[][]): PassageVectorsFile {
  const dim = vectors[0]?.length ?? 0;
  if (vectors.length !== texts.length || vectors.some((v) => v.length !== dim)) throw new Error('one vector of the same length per passage expected');
  const flat = new Float32Array(vectors.length * dim); // [count, dim]
  vectors.forEach((v, i) => flat.set(v, i * dim));
  const bytes = new Uint8Array(flat.buffer);
  // float32 bytes are written little-endian on every platform this runs on; check rather than assume
  if (new Uint8Array(new Float32Array([1]).buffer)[3] !== 0x3f) throw new Error('big-endian platform');
  return { model, fingerprint: passagesFingerprint(texts), count: vectors.length, dim, float32Base64: toBase64(bytes) };
}

/** The vectors if `file` was computed from exactly these passages (else null: embed them anew). */
export function decodePassageVectors(file: unknown, texts: string[]): number[][] | null {
  const f = file as Partial<PassageVectorsFile> | null;
  if (!f || typeof f.float32Base64 !== 'string' || typeof f.dim !== 'number' || f.count !== texts.length) return null;
  if (f.fingerprint !== passagesFingerprint(texts)) return null;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(f.float32Base64);
  } catch {
    return null;
  }
  if (bytes.length !== f.count * f.dim * 4) return null;
  const flat = new Float32Array(bytes.buffer, bytes.byteOffset, f.count * f.dim);
  const out: number[][] = [];
  for (let i = 0; i < f.count; i++) out.push(Array.from(flat.subarray(i * f.dim, (i + 1) * f.dim)));
  return out.every((v) => v.every(Number.isFinite)) ? out : null;
}
