// Zero-shot classification with an NLI model (premise = the text, hypothesis = a template filled
// with each candidate label), computed like Transformers.js' `zero-shot-classification` pipeline
// but in one batch and with what the text lab shows: the probability of every label (softmax of
// the entailment logits across labels), the tokens and attention of one premise/hypothesis pair,
// and a batched scorer for occluding premise tokens. Plain arrays out, never tensors.
import type { BatchScorer } from '../explain/text/occlusion';
import { attentionsOf, forward, maxLength, softmax, specialIds, type LoadedTextModel, type TextAnalysis } from './runtime';
import { hypothesisFor } from './zero-shot-labels';

export interface ZeroShotOptions {
  labels: string[];
  /** e.g. "This example is {}." ({} = the label). */
  template: string;
  /** Index of the label whose premise/hypothesis pair is returned (tokens, attention); default: the best. */
  focus?: number | null;
}

export interface ZeroShotAnalysis extends TextAnalysis {
  /** The candidate labels (the user's, in their order); `probabilities` follows this order. */
  labels: string[];
  /** Per token of the returned pair: true for the premise (the user's text). */
  premise: boolean[];
  /** Which label's pair `tokens`/`attentions` belong to, and its hypothesis. */
  pairLabel: number;
  hypothesis: string;
}

/** One encoded premise/hypothesis pair; the premise occupies ids[start, end). */
export interface EncodedPair {
  ids: number[];
  types: number[];
  start: number;
  end: number;
  truncated: boolean;
}

/** Entailment and contradiction logit indices from config.label2id (keys lower-cased), with the pipeline's fallbacks. */
export function nliLabelIds(loaded: LoadedTextModel): { entailment: number; contradiction: number } {
  const config = loaded.model.config as unknown as { label2id?: Record<string, number> };
  const label2id = Object.fromEntries(Object.entries(config.label2id ?? {}).map(([k, v]) => [k.toLowerCase(), Number(v)]));
  return { entailment: label2id.entailment ?? 2, contradiction: label2id.contradiction ?? label2id.not_entailment ?? 0 };
}

function indexOfRun(haystack: number[], needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * `tokenizer(premise, { text_pair: hypothesis })` with token type ids. Too long for the model
 * window: premise tokens are dropped from its end (the hypothesis and special tokens stay).
 */
export function encodePair(loaded: LoadedTextModel, premise: string, hypothesis: string, premiseIds?: number[]): EncodedPair {
  const enc = loaded.tokenizer(premise, { text_pair: hypothesis, return_tensor: false, return_token_type_ids: true }) as unknown as { input_ids: number[]; token_type_ids?: number[] };
  let ids = enc.input_ids;
  let types = enc.token_type_ids ?? ids.map(() => 0);
  const body = premiseIds ?? (loaded.tokenizer.encode(premise, { add_special_tokens: false }) as number[]);
  let start = body.length ? indexOfRun(ids, body) : -1;
  let end = start + body.length;
  if (start < 0) {
    // empty premise (or a tokenizer that does not reproduce it alone): before the first separator
    const sep = ids.indexOf(loaded.tokenizer.sep_token_id ?? -1, 1);
    start = end = sep > 0 ? sep : 1;
  }
  const max = maxLength(loaded);
  const excess = ids.length - max;
  if (excess > 0) {
    if (excess > end - start - 1) throw new Error(`the hypothesis "${hypothesis}" leaves no room for the text in the model's ${max}-token window`);
    ids = [...ids.slice(0, end - excess), ...ids.slice(end)];
    types = [...types.slice(0, end - excess), ...types.slice(end)];
    end -= excess;
  }
  return { ids, types, start, end, truncated: excess > 0 };
}

export function encodeZeroShot(loaded: LoadedTextModel, text: string, labels: string[], template: string): { hypotheses: string[]; pairs: EncodedPair[] } {
  const premiseIds = loaded.tokenizer.encode(text, { add_special_tokens: false }) as number[];
  const hypotheses = labels.map((l) => hypothesisFor(template, l));
  return { hypotheses, pairs: hypotheses.map((h) => encodePair(loaded, text, h, premiseIds)) };
}

const CHUNK = 64;

/** Logit rows for many sequences, in chunks of 64 (bounded memory for big models). */
async function logitRows(loaded: LoadedTextModel, ids: number[][], types: number[][]): Promise<Float32Array[]> {
  const rows: Float32Array[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const out = await forward(loaded, ids.slice(i, i + CHUNK), types.slice(i, i + CHUNK));
    if (!out.logits) throw new Error(`model ${loaded.entry.id} has no "logits" output`);
    const data = out.logits.data as Float32Array;
    const k = out.logits.dims[1];
    for (let r = 0; r < out.logits.dims[0]; r++) rows.push(data.slice(r * k, (r + 1) * k));
  }
  return rows;
}

/** Label probabilities from the logit rows of one premise with each hypothesis (the pipeline's rule). */
function labelProbabilities(rows: Float32Array[], ids: { entailment: number; contradiction: number }): number[] {
  if (rows.length === 1) return [softmax([rows[0][ids.contradiction], rows[0][ids.entailment]])[1]];
  return softmax(rows.map((r) => r[ids.entailment]));
}

export async function zeroShot(loaded: LoadedTextModel, text: string, options: ZeroShotOptions): Promise<ZeroShotAnalysis> {
  const { labels, template } = options;
  if (labels.length === 0) throw new Error('zero-shot classification needs at least one candidate label');
  const { hypotheses, pairs } = encodeZeroShot(loaded, text, labels, template);
  const nli = nliLabelIds(loaded);
  const rows = await logitRows(loaded, pairs.map((p) => p.ids), pairs.map((p) => p.types));
  const probabilities = labelProbabilities(rows, nli);
  const best = probabilities.indexOf(Math.max(...probabilities));
  const shown = options.focus != null && options.focus >= 0 && options.focus < labels.length ? options.focus : best;
  const pair = pairs[shown];
  const attentions = attentionsOf(await forward(loaded, [pair.ids], [pair.types]));
  const special = specialIds(loaded);
  return {
    tokens: pair.ids.map((id) => loaded.vocab[id] ?? `#${id}`),
    ids: pair.ids,
    special: pair.ids.map((id, i) => special.has(id) && (i < pair.start || i >= pair.end)),
    premise: pair.ids.map((_, i) => i >= pair.start && i < pair.end),
    probabilities,
    labels: [...labels],
    attentions,
    truncated: pairs.some((p) => p.truncated),
    pairLabel: shown,
    hypothesis: hypotheses[shown],
  };
}

/**
 * Scorer for occlusion (lib/explain/text/occlusion.ts) of the premise tokens of pair `shown`:
 * each sequence it gets is that pair with premise tokens masked or removed; the premise is cut
 * out and paired again with every hypothesis (one batch), and the label probabilities returned.
 */
export function premiseScorer(loaded: LoadedTextModel, text: string, options: ZeroShotOptions, shown: number): BatchScorer {
  const { pairs } = encodeZeroShot(loaded, text, options.labels, options.template);
  const nli = nliLabelIds(loaded);
  const ref = pairs[shown];
  const suffix = ref.ids.slice(ref.end); // [SEP] hypothesis [SEP] of the shown pair
  const max = maxLength(loaded);
  return async (batch) => {
    const ids: number[][] = [];
    const types: number[][] = [];
    for (const seq of batch) {
      const premise = seq.slice(ref.start, seq.length - suffix.length);
      for (const p of pairs) {
        const room = max - (p.start + p.ids.length - p.end);
        const body = premise.slice(0, room);
        ids.push([...p.ids.slice(0, p.start), ...body, ...p.ids.slice(p.end)]);
        types.push([...p.types.slice(0, p.start), ...body.map(() => p.types[p.start] ?? 0), ...p.types.slice(p.end)]);
      }
    }
    const rows = await logitRows(loaded, ids, types);
    return batch.map((_, b) => labelProbabilities(rows.slice(b * pairs.length, (b + 1) * pairs.length), nli));
  };
}
