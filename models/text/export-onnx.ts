// Writes a trained encoder (model.ts) as ONNX, in the Hugging Face hub layout
// that Transformers.js loads: config.json, tokenizer.json, tokenizer_config.json,
// onnx/model.onnx (fp32) and onnx/model_quantized.onnx (int8 weights).
//
// Graph inputs:  input_ids, attention_mask, token_type_ids   int64 [batch, seq]
//   (token_type_ids is accepted for BERT compatibility and not used: one segment)
// Graph outputs: logits [batch, labels] (classifiers) or last_hidden_state
//   [batch, seq, hidden] (embedding model), then attentions.0 ... attentions.{N-1},
//   the softmax attention probabilities [batch, heads, seq, seq] of every layer.
// The graph computes exactly model.ts' forward(): post-LN blocks, tanh-GELU,
// additive -1e4 padding bias. A classifier with an n-gram branch (ngram-branch.ts) outputs
// log((1 - w)·softmax(encoder logits) + w·softmax(n-gram scores)) as `logits`. Quantization: symmetric int8 per output column
// (per row for the token embedding) + DequantizeLinear, opset 17.

import fs from 'node:fs';
import path from 'node:path';
import { onnx } from 'onnx-proto';
import { factorised, LN_EPS, MASK_BIAS, weightShapes, type EncoderConfig } from './model';
import { ngramShapes } from './ngram-branch';
import { tokenizerConfigJson, tokenizerJson } from './tokenizer';

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT8 = onnx.TensorProto.DataType.INT8;
const INT64 = onnx.TensorProto.DataType.INT64;
const A = onnx.AttributeProto.AttributeType;

export const OPSET = 17;

export function outputNames(c: EncoderConfig): string[] {
  return [c.numLabels > 0 ? 'logits' : 'last_hidden_state', ...Array.from({ length: c.layers }, (_, l) => `attentions.${l}`)];
}

type Attr = { name: string; i?: number; f?: number; ints?: number[] };

class GraphBuilder {
  nodes: onnx.INodeProto[] = [];
  inits: onnx.ITensorProto[] = [];
  private n = 0;

  node(op: string, inputs: string[], attrs: Attr[] = [], output?: string): string {
    const out = output ?? `${op.toLowerCase()}_${this.n++}`;
    this.nodes.push({
      opType: op,
      input: inputs,
      output: [out],
      name: `${op}_${this.n++}`,
      attribute: attrs.map((a) => ({
        name: a.name,
        ...(a.ints ? { type: A.INTS, ints: a.ints } : a.f !== undefined ? { type: A.FLOAT, f: a.f } : { type: A.INT, i: a.i }),
      })),
    });
    return out;
  }

  floatInit(name: string, data: Float32Array | number[], dims: number[]): string {
    const f = Float32Array.from(data);
    this.inits.push({ name, dims, dataType: FLOAT, rawData: new Uint8Array(f.buffer, f.byteOffset, f.byteLength) });
    return name;
  }

  int64Init(name: string, data: number[], dims: number[]): string {
    const b = BigInt64Array.from(data.map(BigInt));
    this.inits.push({ name, dims, dataType: INT64, rawData: new Uint8Array(b.buffer) });
    return name;
  }

  /** A weight matrix: fp32, or int8 + per-axis scale through DequantizeLinear. */
  weight(name: string, data: Float32Array, dims: [number, number], quantize: boolean, axis: 0 | 1): string {
    if (!quantize) return this.floatInit(name, data, dims);
    const [r, c] = dims;
    const n = axis === 1 ? c : r;
    const scale = new Float32Array(n);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) {
      const k = axis === 1 ? j : i;
      scale[k] = Math.max(scale[k], Math.abs(data[i * c + j]) / 127);
    }
    for (let k = 0; k < n; k++) if (scale[k] === 0) scale[k] = 1;
    const q = new Int8Array(r * c);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) q[i * c + j] = Math.round(data[i * c + j] / scale[axis === 1 ? j : i]);
    this.inits.push({ name: name + '_quantized', dims, dataType: INT8, rawData: new Uint8Array(q.buffer) });
    this.floatInit(name + '_scale', scale, [n]);
    this.inits.push({ name: name + '_zero_point', dims: [n], dataType: INT8, rawData: new Uint8Array(n) });
    return this.node('DequantizeLinear', [name + '_quantized', name + '_scale', name + '_zero_point'], [{ name: 'axis', i: axis }], name);
  }
}

function valueInfo(name: string, elemType: number, dims: (string | number)[]): onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  };
}

/** The n-gram branch's class scores [B, L]: masked sums of unigram rows and of hashed bigram rows
 *  (ngram-branch.ts computes the same for one sequence). */
function ngramScores(g: GraphBuilder, c: EncoderConfig, W: (name: string, axis?: 0 | 1) => string, maskF: string): string {
  const axis1 = g.int64Init('const_ngram_axis_1', [1], [1]);
  const axis2 = g.int64Init('const_ngram_axis_2', [2], [1]);
  const zero = g.int64Init('const_ngram_start_0', [0], [1]);
  const one = g.int64Init('const_ngram_start_1', [1], [1]);
  const minusOne = g.int64Init('const_ngram_end_minus_1', [-1], [1]);
  const end = g.int64Init('const_ngram_end_max', [Number.MAX_SAFE_INTEGER], [1]);
  const maskedSum = (rows: string, mask: string) =>
    g.node('ReduceSum', [g.node('Mul', [rows, g.node('Unsqueeze', [mask, axis2])]), axis1], [{ name: 'keepdims', i: 0 }]);
  const unigrams = maskedSum(g.node('Gather', [W('ngram.unigram'), 'input_ids'], [{ name: 'axis', i: 0 }]), maskF); // [B, L]
  const left = g.node('Slice', ['input_ids', zero, minusOne, axis1]); // [B, T-1]
  const right = g.node('Slice', ['input_ids', one, end, axis1]); // [B, T-1]
  const bucket = g.node('Mod', [g.node('Add', [g.node('Mul', [left, g.int64Init('const_ngram_vocab', [c.vocabSize], [])]), right]), g.int64Init('const_ngram_buckets', [c.ngram!.buckets], [])]); // [B, T-1]
  const pairMask = g.node('Mul', [g.node('Slice', [maskF, zero, minusOne, axis1]), g.node('Slice', [maskF, one, end, axis1])]); // [B, T-1]
  const bigrams = maskedSum(g.node('Gather', [W('ngram.bigram'), bucket], [{ name: 'axis', i: 0 }]), pairMask); // [B, L]
  return g.node('Add', [g.node('Add', [unigrams, bigrams]), W('ngram.bias')]);
}

/** The encoder as an ONNX ModelProto (bytes). `weights` maps model.ts weight names to fp32 data. */
export function buildOnnx(c: EncoderConfig, weights: Record<string, Float32Array>, quantize = false): Uint8Array {
  const g = new GraphBuilder();
  const dh = c.hidden / c.heads;
  const shapes = new Map([...weightShapes(c), ...ngramShapes(c)]);
  const W = (name: string, axis: 0 | 1 = 1) => {
    const shape = shapes.get(name)!;
    if (shape.length === 2 && name !== 'embeddings.position') return g.weight(name, weights[name], shape as [number, number], quantize, axis);
    return g.floatInit(name, weights[name], shape);
  };
  const one = g.floatInit('const_one', [1], []);
  const half = g.floatInit('const_half', [0.5], []);
  const geluC = g.floatInit('const_gelu_c', [0.044715], []);
  const sqrt2pi = g.floatInit('const_sqrt_2_over_pi', [Math.sqrt(2 / Math.PI)], []);
  const maskBias = g.floatInit('const_mask_bias', [MASK_BIAS], []);
  const scale = g.floatInit('const_attn_scale', [1 / Math.sqrt(dh)], []);
  const zero1 = g.int64Init('const_zero_1d', [0], [1]);
  const idx0 = g.int64Init('const_index_0', [0], []);
  const splitShape = g.int64Init('const_split_heads', [0, 0, c.heads, dh], [4]);
  const mergeShape = g.int64Init('const_merge_heads', [0, 0, c.hidden], [3]);
  const maskAxes = g.int64Init('const_mask_axes', [1, 2], [2]);

  const ln = (x: string, prefix: string, out?: string) =>
    g.node('LayerNormalization', [x, W(prefix + '.gamma'), W(prefix + '.beta')], [{ name: 'axis', i: -1 }, { name: 'epsilon', f: LN_EPS }], out);
  const dense = (x: string, prefix: string) => g.node('Add', [g.node('MatMul', [x, W(prefix + '.w')]), W(prefix + '.b')]);

  // embeddings: [B, T, H]
  const rows = g.node('Gather', [W('embeddings.word', 0), 'input_ids'], [{ name: 'axis', i: 0 }]); // [B, T, E]
  const tok = factorised(c) ? g.node('MatMul', [rows, W('embeddings.project.w')]) : rows; // [B, T, H]
  const seqLen = g.node('Shape', ['input_ids'], [{ name: 'start', i: 1 }, { name: 'end', i: 2 }]); // [1]
  const pos = g.node('Slice', [W('embeddings.position'), zero1, seqLen, zero1]); // [T, H]
  let x = ln(g.node('Add', [tok, pos]), 'embeddings.ln');
  // padding bias [B, 1, 1, T]
  const maskF = g.node('Cast', ['attention_mask'], [{ name: 'to', i: FLOAT }]);
  const bias = g.node('Unsqueeze', [g.node('Mul', [g.node('Sub', [one, maskF]), maskBias]), maskAxes]);

  for (let l = 0; l < c.layers; l++) {
    const p = `layer${l}.`;
    const heads = (t: string, perm: number[]) => g.node('Transpose', [g.node('Reshape', [t, splitShape])], [{ name: 'perm', ints: perm }]);
    const q = heads(dense(x, p + 'q'), [0, 2, 1, 3]); // [B, h, T, dh]
    const kT = heads(dense(x, p + 'k'), [0, 2, 3, 1]); // [B, h, dh, T]
    const v = heads(dense(x, p + 'v'), [0, 2, 1, 3]); // [B, h, T, dh]
    const scores = g.node('Add', [g.node('Mul', [g.node('MatMul', [q, kT]), scale]), bias]); // [B, h, T, T]
    const probs = g.node('Softmax', [scores], [{ name: 'axis', i: -1 }], `attentions.${l}`);
    const ctx = g.node('Transpose', [g.node('MatMul', [probs, v])], [{ name: 'perm', ints: [0, 2, 1, 3] }]); // [B, T, h, dh]
    const attnOut = dense(g.node('Reshape', [ctx, mergeShape]), p + 'o'); // [B, T, H]
    x = ln(g.node('Add', [x, attnOut]), p + 'ln1');
    const h1 = dense(x, p + 'ffn1'); // [B, T, F]
    const cube = g.node('Mul', [h1, g.node('Mul', [h1, h1])]);
    const inner = g.node('Mul', [g.node('Add', [h1, g.node('Mul', [cube, geluC])]), sqrt2pi]);
    const act = g.node('Mul', [g.node('Mul', [h1, half]), g.node('Add', [g.node('Tanh', [inner]), one])]);
    const last = l === c.layers - 1 && c.numLabels === 0;
    x = ln(g.node('Add', [x, dense(act, p + 'ffn2')]), p + 'ln2', last ? 'last_hidden_state' : undefined);
  }
  if (c.numLabels > 0) {
    let pooled: string; // [B, H]
    if (c.pooling === 'mean') {
      const m = g.node('Unsqueeze', [maskF, g.int64Init('const_axis_2', [2], [1])]); // [B, T, 1]
      const axis1 = g.int64Init('const_axis_1', [1], [1]);
      const summed = g.node('ReduceSum', [g.node('Mul', [x, m]), axis1], [{ name: 'keepdims', i: 0 }]); // [B, H]
      const count = g.node('Max', [g.node('ReduceSum', [m, axis1], [{ name: 'keepdims', i: 0 }]), g.floatInit('const_eps', [1e-9], [])]); // [B, 1]
      pooled = g.node('Div', [summed, count]);
    } else pooled = g.node('Gather', [x, idx0], [{ name: 'axis', i: 1 }]);
    const encoderLogits = g.node('Add', [g.node('MatMul', [pooled, W('classifier.w')]), W('classifier.b')], [], c.ngram ? undefined : 'logits'); // [B, L]
    if (c.ngram) {
      const scores = ngramScores(g, c, W, maskF); // [B, L]
      const mixed = g.node('Add', [
        g.node('Mul', [g.node('Softmax', [encoderLogits], [{ name: 'axis', i: -1 }]), g.floatInit('const_encoder_share', [1 - c.ngram.weight], [])]),
        g.node('Mul', [g.node('Softmax', [scores], [{ name: 'axis', i: -1 }]), g.floatInit('const_ngram_share', [c.ngram.weight], [])]),
      ]); // [B, L]
      g.node('Log', [mixed], [], 'logits');
    }
  }

  const outputs = outputNames(c).map((name) =>
    name === 'logits'
      ? valueInfo(name, FLOAT, ['batch_size', c.numLabels])
      : name === 'last_hidden_state'
        ? valueInfo(name, FLOAT, ['batch_size', 'sequence_length', c.hidden])
        : valueInfo(name, FLOAT, ['batch_size', c.heads, 'sequence_length', 'sequence_length']),
  );
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'glassbox models/text/export-onnx.ts',
    opsetImport: [{ domain: '', version: OPSET }],
    graph: {
      name: 'glassbox_encoder',
      node: g.nodes,
      initializer: g.inits,
      input: ['input_ids', 'attention_mask', 'token_type_ids'].map((n) => valueInfo(n, INT64, ['batch_size', 'sequence_length'])),
      output: outputs,
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/** Reads the fp32 weights back out of an exported model.onnx (by model.ts weight name). */
export function weightsFromOnnx(bytes: Uint8Array): Record<string, Float32Array> {
  const m = onnx.ModelProto.decode(bytes);
  const out: Record<string, Float32Array> = {};
  for (const t of m.graph!.initializer!) {
    if (t.dataType !== FLOAT || t.name!.startsWith('const_')) continue;
    const raw = t.rawData!;
    out[t.name!] = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  }
  return out;
}

export function configJson(c: EncoderConfig, labels: string[]): object {
  const cls = labels.length > 0;
  return {
    model_type: 'bert',
    architectures: [cls ? 'BertForSequenceClassification' : 'BertModel'],
    vocab_size: c.vocabSize,
    hidden_size: c.hidden,
    num_hidden_layers: c.layers,
    num_attention_heads: c.heads,
    intermediate_size: c.ffn,
    hidden_act: 'gelu_new',
    max_position_embeddings: c.maxLen,
    type_vocab_size: 1,
    layer_norm_eps: LN_EPS,
    pad_token_id: 0,
    ...(cls
      ? {
          problem_type: 'single_label_classification',
          id2label: Object.fromEntries(labels.map((l, i) => [String(i), l])),
          label2id: Object.fromEntries(labels.map((l, i) => [l, i])),
        }
      : {}),
    glassbox: {
      trained_by: 'models/text/train.ts',
      outputs: outputNames(c),
      attention_output_shape: '[batch_size, num_attention_heads, sequence_length, sequence_length]',
      position: 'post-LN encoder, learned absolute positions, tanh-GELU',
      ...(factorised(c) ? { embedding_size: c.embedding, embedding: 'factorised: [vocab, embedding_size] table, then a [embedding_size, hidden] projection' } : {}),
      pooling: cls ? (c.pooling ?? 'cls') : 'none (use feature-extraction with pooling: mean)',
      ...(c.ngram
        ? {
            ngram_branch: {
              buckets: c.ngram.buckets,
              weight: c.ngram.weight,
              note: 'logits = log((1 - weight) * softmax(encoder logits) + weight * softmax(hashed unigram + bigram scores)); see models/text/ngram-branch.ts',
            },
          }
        : {}),
    },
  };
}

/** Writes public/models/<id>/ and returns the folder. */
export function writeModelFolder(id: string, c: EncoderConfig, weights: Record<string, Float32Array>, vocab: string[], labels: string[], root = path.join(process.cwd(), 'public', 'models')): string {
  const dir = path.join(root, id);
  fs.mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(configJson(c, labels), null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab, c.maxLen)));
  fs.writeFileSync(path.join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfigJson(c.maxLen), null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'onnx', 'model.onnx'), buildOnnx(c, weights, false));
  fs.writeFileSync(path.join(dir, 'onnx', 'model_quantized.onnx'), buildOnnx(c, weights, true));
  return dir;
}
