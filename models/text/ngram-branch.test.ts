// The n-gram branch: its scores by hand, that training uses word order through the bigrams, the
// probability mixing, and that the ONNX graph computes the same mixed logits on a padded batch.
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { initWasmBackend } from '../../lib/digits/node-backend';
import { mulberry32 } from '../../lib/util/rng';
import { batchTensors, forward, initWeights, type EncoderConfig } from './model';
import { buildOnnx, weightsFromOnnx } from './export-onnx';
import { softmax } from '../../lib/util/softmax';
import { bigramBucket, mixLogits, ngramLogits, ngramShapes, trainNgram } from './ngram-branch';

const TINY: EncoderConfig = { vocabSize: 10, hidden: 8, layers: 1, heads: 2, ffn: 16, maxLen: 16, numLabels: 2, dropout: 0, pooling: 'mean', ngram: { buckets: 7, weight: 0.5 } };

describe('n-gram branch scores', () => {
  it('add the bias, one unigram row per token and one hashed bigram row per adjacent pair', () => {
    const t = {
      'ngram.unigram': Float32Array.from({ length: 20 }, (_, i) => i), // row r = [2r, 2r+1]
      'ngram.bigram': Float32Array.from({ length: 14 }, (_, i) => 100 * i),
      'ngram.bias': Float32Array.from([0.5, -0.5]),
    };
    // ids 2 3 4: unigram rows 2, 3, 4; bigram buckets (2·10+3) mod 7 = 2 and (3·10+4) mod 7 = 6
    expect(bigramBucket(2, 3, 10, 7)).toBe(2);
    expect(bigramBucket(3, 4, 10, 7)).toBe(6);
    const z = ngramLogits(t, TINY, [2, 3, 4]);
    expect(Array.from(z)).toEqual([0.5 + (4 + 6 + 8) + (400 + 1200), -0.5 + (5 + 7 + 9) + (500 + 1300)]);
  });

  it('mix class probabilities: softmax of the mixed logits is the weighted average', () => {
    const enc = [2, -1, 0.5];
    const ng = [-3, 1, 0];
    const p = softmax(mixLogits(enc, ng, 0.25));
    const pe = softmax(enc);
    const pn = softmax(ng);
    p.forEach((v, k) => expect(v).toBeCloseTo(0.75 * pe[k] + 0.25 * pn[k], 6));
    expect(Array.from(softmax(mixLogits(enc, ng, 0)))).toEqual(Array.from(pe).map((v) => expect.closeTo(v, 6)));
  });
});

describe('trainNgram', () => {
  it('learns a label that only word order decides (same tokens, different bigrams)', () => {
    // label 1: ... 5 6 ...; label 0: ... 6 5 ... — identical unigram counts
    const rng = mulberry32(3);
    const examples = Array.from({ length: 200 }, (_, i) => {
      const filler = 7 + Math.floor(rng() * 3);
      const label = i % 2;
      return { ids: label ? [2, filler, 5, 6, 3] : [2, filler, 6, 5, 3], label };
    });
    const c: EncoderConfig = { ...TINY, ngram: { buckets: 97, weight: 0.5 } };
    const tables = trainNgram(examples, c, { epochs: 5, lr: 0.1, l2: 0, seed: 1 });
    expect(Object.keys(tables).sort()).toEqual(ngramShapes(c).map(([n]) => n).sort());
    const correct = examples.filter((e) => {
      const z = ngramLogits(tables, c, e.ids);
      return (z[1] > z[0] ? 1 : 0) === e.label;
    }).length;
    expect(correct).toBe(examples.length);
  });

  it('refuses a config without n-gram settings', () => {
    const plain: EncoderConfig = { ...TINY, ngram: undefined };
    expect(() => trainNgram([], plain, { epochs: 1, lr: 0.1, l2: 0, seed: 1 })).toThrow(/no ngram settings/);
  });
});

describe('ONNX export of the n-gram branch', () => {
  it('computes the mixed logits of model.ts + ngram-branch.ts on a padded batch, within 1e-5', async () => {
    await initWasmBackend();
    const w = initWeights(TINY, 5);
    const rng = mulberry32(9);
    const arrays: Record<string, Float32Array> = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v.dataSync() as Float32Array]));
    for (const [name, shape] of ngramShapes(TINY)) arrays[name] = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng() * 2 - 1);
    const bytes = buildOnnx(TINY, arrays);
    expect(Object.keys(weightsFromOnnx(bytes))).toEqual(expect.arrayContaining(['ngram.unigram', 'ngram.bigram', 'ngram.bias']));
    const seqs = [[2, 7, 9, 4, 3], [2, 8, 3]]; // the second row is padded: its (3, PAD) and (PAD, PAD) pairs must not count
    const run = async (model: Uint8Array) => {
      const session = await ort.InferenceSession.create(model);
      const T = 5;
      const ids = new BigInt64Array(seqs.length * T);
      const mask = new BigInt64Array(seqs.length * T);
      seqs.forEach((s, i) => s.forEach((v, j) => { ids[i * T + j] = BigInt(v); mask[i * T + j] = 1n; }));
      const out = await session.run({
        input_ids: new ort.Tensor('int64', ids, [2, T]),
        attention_mask: new ort.Tensor('int64', mask, [2, T]),
        token_type_ids: new ort.Tensor('int64', new BigInt64Array(2 * T), [2, T]),
      });
      return out.logits.data as Float32Array;
    };
    const { ids, mask } = batchTensors(seqs);
    const enc = forward(w, TINY, ids, mask).logits!.arraySync();
    const ref = seqs.flatMap((s, r) => [...mixLogits(enc[r], ngramLogits(arrays, TINY, s), TINY.ngram!.weight)]);
    const got = await run(bytes);
    got.forEach((v, i) => expect(Math.abs(v - ref[i])).toBeLessThan(1e-5));
    // the branch is really in the graph: other bigram weights give other logits
    const changed = await run(buildOnnx(TINY, { ...arrays, 'ngram.bigram': new Float32Array(arrays['ngram.bigram'].length) }));
    expect(Math.max(...Array.from(changed, (v, i) => Math.abs(v - got[i])))).toBeGreaterThan(1e-3);
    // the int8 file keeps the labels
    const q = await run(buildOnnx(TINY, arrays, true));
    for (let r = 0; r < 2; r++) expect(q[2 * r + 1] > q[2 * r]).toBe(got[2 * r + 1] > got[2 * r]);
  });
});
