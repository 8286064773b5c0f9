// Runs a text classifier through Transformers.js (browser, worker or Node): tokenise, forward
// with every graph output kept (logits and, for our models, `attentions.<layer>`), softmax, and
// a batched scorer for occlusion. Plain arrays out, never tensors.
import { AutoModel, AutoTokenizer, Tensor, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import type { LayerAttention } from '../explain/text/rollout';
import { softmax } from '../util/softmax';
import { TEXT_MAX_LENGTH } from './labels';
import type { TextModelEntry } from './registry';

export interface LoadedTextModel {
  entry: TextModelEntry;
  tokenizer: PreTrainedTokenizer;
  model: PreTrainedModel;
  labels: string[];
  /** id -> token string */
  vocab: string[];
  /** What the classifier head reads (config.json glassbox.pooling; hub models: [CLS]). */
  pooling: 'cls' | 'mean';
}

export interface ProgressInfo { file: string; loaded: number; total: number }

export async function loadTextModel(entry: TextModelEntry, options: { device?: 'webgpu' | 'wasm' | 'cpu'; onProgress?(p: ProgressInfo): void } = {}): Promise<LoadedTextModel> {
  const progress_callback = (p: { status: string; file?: string; loaded?: number; total?: number }) => {
    if (p.status === 'progress' && p.file) options.onProgress?.({ file: p.file, loaded: p.loaded ?? 0, total: p.total ?? 0 });
  };
  // Built-in models never fall back to a remote host, even in a worker that allows hub downloads.
  const local_files_only = entry.source === 'builtin';
  const tokenizer = await AutoTokenizer.from_pretrained(entry.id, { progress_callback, local_files_only });
  const model = await AutoModel.from_pretrained(entry.id, { dtype: entry.dtype, device: options.device, progress_callback, local_files_only });
  const config = model.config as unknown as { id2label?: Record<string, string>; glassbox?: { pooling?: string } };
  const labels = config.id2label ? Object.keys(config.id2label).sort((a, b) => Number(a) - Number(b)).map((k) => config.id2label![k]) : [...entry.labels];
  const vocab: string[] = [];
  for (const [token, id] of tokenizer.get_vocab() as Map<string, number>) vocab[id] = token;
  return { entry, tokenizer, model, labels, vocab, pooling: config.glassbox?.pooling === 'mean' ? 'mean' : 'cls' };
}

export interface TextAnalysis {
  tokens: string[];
  ids: number[];
  /** true for [CLS], [SEP] and other special tokens. */
  special: boolean[];
  probabilities: number[];
  labels: string[];
  /** One entry per layer ([heads, seq, seq]), or null when the model exports no attention. */
  attentions: LayerAttention[] | null;
  /** The text had more tokens than the model's window and was cut. */
  truncated: boolean;
}

export { softmax };

function idsTensor(batch: number[][], pad: number, types?: number[][]): { input_ids: Tensor; attention_mask: Tensor; token_type_ids: Tensor } {
  const len = Math.max(...batch.map((b) => b.length));
  const ids = new BigInt64Array(batch.length * len);
  const mask = new BigInt64Array(batch.length * len);
  const typeIds = new BigInt64Array(batch.length * len);
  batch.forEach((seq, r) => {
    for (let i = 0; i < len; i++) {
      ids[r * len + i] = BigInt(i < seq.length ? seq[i] : pad);
      mask[r * len + i] = i < seq.length ? 1n : 0n;
      typeIds[r * len + i] = BigInt(i < seq.length ? (types?.[r]?.[i] ?? 0) : 0);
    }
  });
  const dims = [batch.length, len];
  return { input_ids: new Tensor('int64', ids, dims), attention_mask: new Tensor('int64', mask, dims), token_type_ids: new Tensor('int64', typeIds, dims) };
}

/** One padded batch through the model; `types` are token type (segment) ids, zeros when absent. */
export async function forward(loaded: LoadedTextModel, batch: number[][], types?: number[][]): Promise<Record<string, Tensor>> {
  const inputs = idsTensor(batch, loaded.tokenizer.pad_token_id ?? 0, types);
  const names = (loaded.model as unknown as { sessions?: Record<string, { inputNames: string[] }> }).sessions?.model?.inputNames;
  const feed: Record<string, Tensor> = { input_ids: inputs.input_ids, attention_mask: inputs.attention_mask };
  if (!names || names.includes('token_type_ids')) feed.token_type_ids = inputs.token_type_ids;
  return (await loaded.model(feed)) as Record<string, Tensor>;
}

/** Token ids of `text` with special tokens, cut to the model window. */
export function encode(loaded: LoadedTextModel, text: string): { ids: number[]; truncated: boolean } {
  const full = loaded.tokenizer.encode(text) as number[];
  const max = maxLength(loaded);
  if (full.length <= max) return { ids: full, truncated: false };
  return { ids: [...full.slice(0, max - 1), full[full.length - 1]], truncated: true };
}

/** The `attentions.<layer>` outputs of a batch of one, as plain arrays (null when the graph has none). */
export function attentionsOf(out: Record<string, Tensor>): LayerAttention[] | null {
  const layers = Object.keys(out).filter((k) => /^attentions\.\d+$/.test(k)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  return layers.length
    ? layers.map((k) => {
        const t = out[k]; // [1, heads, seq, seq]
        return { heads: t.dims[1], seq: t.dims[2], data: Float32Array.from(t.data as Float32Array) };
      })
    : null;
}

export function specialIds(loaded: LoadedTextModel): Set<number> {
  return new Set<number>((loaded.tokenizer as unknown as { all_special_ids: number[] }).all_special_ids);
}

/** The model window in tokens (ours: 128; never more than TEXT_MAX_LENGTH). */
export function maxLength(loaded: LoadedTextModel): number {
  return Math.min(TEXT_MAX_LENGTH, (loaded.tokenizer as unknown as { model_max_length?: number }).model_max_length ?? TEXT_MAX_LENGTH);
}

export async function analyzeText(loaded: LoadedTextModel, text: string): Promise<TextAnalysis> {
  const { ids, truncated } = encode(loaded, text);
  const out = await forward(loaded, [ids]);
  if (!out.logits) throw new Error(`model ${loaded.entry.id} has no "logits" output`);
  const attentions = attentionsOf(out);
  const special = specialIds(loaded);
  return {
    tokens: ids.map((id) => loaded.vocab[id] ?? `#${id}`),
    ids,
    special: ids.map((id) => special.has(id)),
    probabilities: softmax(out.logits.data as Float32Array),
    labels: loaded.labels,
    attentions,
    truncated,
  };
}

/** Class probabilities for a batch of id sequences (for occlusion). */
export async function scoreIds(loaded: LoadedTextModel, batch: number[][]): Promise<number[][]> {
  const out = await forward(loaded, batch);
  const logits = out.logits.data as Float32Array;
  const k = out.logits.dims[1];
  return batch.map((_, r) => softmax(logits.subarray(r * k, (r + 1) * k)));
}
