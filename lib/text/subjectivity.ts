// The subjectivity check: does a text state an opinion or a feeling, or does it only ask for or
// state information? The sentiment model knows only "positive" and "negative", so on
// "What is backpropagation?" it still answers one of them, often with high confidence. The chat's
// chips and the text lab ask this check first and say "neutral" (chips) or explain why the
// sentiment label means little (text lab).
//
// A logistic regression over hashed features (trained by models/subjectivity/train.ts, exported to
// public/models/glassbox-subjectivity/model.json):
//   text -> NFKC, lower case -> tokens: Latin words, single Han characters, ? ! and emoji
//        -> features: unigrams and adjacent bigrams of [<s>, ...tokens, </s>], each counted once
//        -> FNV-1a hash mod buckets -> p(opinion) = sigmoid(bias + Σ weight[bucket])
// Framework-free: the same code runs in the workers, the CLI and training. The topic-domain check
// (lib/text/topic-domain.ts) is the same kind of model under another format name and id.

export const SUBJECTIVITY_FORMAT = 'glassbox-subjectivity';

/** The exported file (model.json). Weights are int8 (scale · w) in base64. */
export interface SubjectivityFile {
  /** SUBJECTIVITY_FORMAT, or the format name of another check built the same way. */
  format: string;
  version: 1;
  buckets: number;
  bias: number;
  scale: number;
  weights: string;
  /** Opinion probability at or above which a text counts as an opinion. */
  threshold: number;
  trainedBy?: string;
}

export interface SubjectivityModel {
  buckets: number;
  bias: number;
  threshold: number;
  /** [buckets] */
  weights: Float32Array;
}

const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}'])+|[?!]|\p{Extended_Pictographic}/gu;

/** The tokens the features are built from: "Isn't it great?!" -> isn't, it, great, ?, !. */
export function subjectivityTokens(text: string): string[] {
  const normal = text.normalize('NFKC').toLowerCase().replace(/[’]/g, "'");
  return normal.match(TOKEN) ?? [];
}

/** Unigram and adjacent-bigram feature strings, each once. */
export function subjectivityFeatures(text: string): string[] {
  const tokens = ['<s>', ...subjectivityTokens(text), '</s>'];
  const features = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && i < tokens.length - 1) features.add(tokens[i]);
    if (i + 1 < tokens.length) features.add(`${tokens[i]} ${tokens[i + 1]}`);
  }
  return [...features];
}

/** 32-bit FNV-1a over the UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct hash buckets of a text's features. */
export function subjectivityBuckets(text: string, buckets: number): number[] {
  return [...new Set(subjectivityFeatures(text).map((f) => fnv1a(f) % buckets))];
}

export function opinionLogit(model: SubjectivityModel, text: string): number {
  let z = model.bias;
  for (const b of subjectivityBuckets(text, model.buckets)) z += model.weights[b];
  return z;
}

/** p(opinion) of a text; text without a single token has no opinion (0). */
export function opinionProbability(model: SubjectivityModel, text: string): number {
  if (!subjectivityTokens(text).length) return 0;
  return 1 / (1 + Math.exp(-opinionLogit(model, text)));
}

export function isOpinion(model: SubjectivityModel, text: string): boolean {
  return opinionProbability(model, text) >= model.threshold;
}

function base64ToBytes(b64: string): Uint8Array {
  if (typeof atob === 'function') return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export function bytesToBase64(bytes: Uint8Array): string {
  if (typeof btoa === 'function') {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }
  return Buffer.from(bytes).toString('base64');
}

/** Reads model.json; throws a specific error for a file that is not one (corrupt, truncated, wrong format). */
export function parseSubjectivityModel(json: unknown, format: string = SUBJECTIVITY_FORMAT): SubjectivityModel {
  const f = json as Partial<SubjectivityFile> | null;
  if (!f || typeof f !== 'object' || f.format !== format) throw new Error(`not a ${format} model file`);
  if (f.version !== 1) throw new Error(`unsupported ${format} version ${String(f.version)}`);
  const { buckets, bias, scale, threshold, weights } = f;
  if (!Number.isInteger(buckets) || buckets! <= 0 || ![bias, scale, threshold].every((x) => typeof x === 'number' && Number.isFinite(x)) || typeof weights !== 'string') {
    throw new Error(`${format}: missing or invalid buckets, bias, scale, threshold or weights`);
  }
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(weights);
  } catch {
    throw new Error(`${format}: the weights are not base64`);
  }
  if (bytes.length !== buckets) throw new Error(`${format}: ${bytes.length} weights for ${buckets} buckets (truncated file?)`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return { buckets: buckets!, bias: bias!, threshold: threshold!, weights: Float32Array.from(q, (v) => v / scale!) };
}

/** Quantises trained float weights into the exported file. */
export function toSubjectivityFile(weights: Float32Array, bias: number, threshold: number, trainedBy: string, format: string = SUBJECTIVITY_FORMAT): SubjectivityFile {
  const max = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = 127 / max;
  const q = Int8Array.from(weights, (w) => Math.max(-127, Math.min(127, Math.round(w * scale))));
  return { format, version: 1, buckets: weights.length, bias, scale, weights: bytesToBase64(new Uint8Array(q.buffer)), threshold, trainedBy };
}

export const SUBJECTIVITY_MODEL_ID = 'glassbox-subjectivity';

/** Which exported check to fetch: its folder under the models' base and its format name. */
export interface CheckFile { id: string; format: string }
const SUBJECTIVITY_FILE: CheckFile = { id: SUBJECTIVITY_MODEL_ID, format: SUBJECTIVITY_FORMAT };

/** Fetches and reads `<base><id>/model.json` (browser and workers; base e.g. "/models/"). */
export async function fetchSubjectivityModel(base: string, file: CheckFile = SUBJECTIVITY_FILE): Promise<SubjectivityModel> {
  const url = `${base}${file.id}/model.json`;
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  let json: unknown;
  try {
    json = await r.json();
  } catch {
    throw new Error(`${url} is not JSON (corrupt or truncated file?)`);
  }
  return parseSubjectivityModel(json, file.format);
}

/** A loader that fetches the check once and shares it; when the file cannot be read it warns,
 *  resolves to null (callers then go without the check) and tries again on the next call. */
export function subjectivityLoader(base: string, file: CheckFile = SUBJECTIVITY_FILE): () => Promise<SubjectivityModel | null> {
  let loading: Promise<SubjectivityModel | null> | null = null;
  return () => {
    loading ??= fetchSubjectivityModel(base, file).catch((e: unknown) => {
      console.warn(`${file.id} check unavailable: ${e instanceof Error ? e.message : String(e)}`);
      loading = null;
      return null;
    });
    return loading;
  };
}
