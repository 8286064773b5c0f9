// MLM pretraining: BERT masking, the loss learns on wasm, the checkpoint file round-trips (and a
// damaged one is refused), and the corpus holds no evaluation or validation sentence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initWasmBackend } from '../../lib/digits/node-backend';
import { mulberry32 } from '../../lib/util/rng';
import { initWeights, type EncoderConfig } from './model';
import { FIRST_PLAIN_ID, initMlmHead, loadWeights, maskBatch, mlmAccuracy, mlmCorpus, mlmLoss, saveWeights } from './pretrain-mlm';
import { MASK_ID } from './tokenizer';
import { naturalSentiment, naturalSentimentTest } from './data/sentiment-data';
import { sentimentNegationChecks } from './data/sentiment-negation-checks';
import { naturalTopic } from './data/topic-data';
import { secondSetQuestions, splitQueries } from './data/embed-data';
import { readHeldOut } from './evaluate';

describe('maskBatch', () => {
  const seqs = [[2, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 3], [2, 20, 21, 3], [2, 3]];
  it('picks 15 % of the real tokens (at least one), never a special token, and keeps the originals as targets', () => {
    const m = maskBatch(seqs, 50, mulberry32(1));
    const T = 12;
    expect(m.positions.filter((p) => Math.floor(p / T) === 0)).toHaveLength(2); // round(10 * 0.15)
    expect(m.positions.filter((p) => Math.floor(p / T) === 1)).toHaveLength(1); // at least one
    expect(m.positions.filter((p) => Math.floor(p / T) === 2)).toHaveLength(0); // nothing to mask
    m.positions.forEach((p, i) => {
      const [b, t] = [Math.floor(p / T), p % T];
      expect(seqs[b][t]).toBeGreaterThanOrEqual(FIRST_PLAIN_ID);
      expect(m.targets[i]).toBe(seqs[b][t]);
    });
    m.inputs.forEach((s, b) => s.forEach((id, t) => { if (!m.positions.includes(b * T + t)) expect(id).toBe(seqs[b][t]); }));
  });
  it('replaces about 80 % of the picked tokens with [MASK]', () => {
    const long = [2, ...Array.from({ length: 2000 }, (_, i) => 10 + (i % 30)), 3];
    const m = maskBatch([long], 50, mulberry32(2));
    const masked = m.positions.filter((p) => m.inputs[0][p] === MASK_ID).length / m.positions.length;
    expect(masked).toBeGreaterThan(0.72);
    expect(masked).toBeLessThan(0.88);
  });
});

describe('MLM loss', () => {
  it('learns to fill in a token on wasm (loss and masked-token accuracy improve)', async () => {
    await initWasmBackend();
    await tf.setBackend('wasm');
    const c: EncoderConfig = { vocabSize: 24, hidden: 16, layers: 1, heads: 2, ffn: 32, maxLen: 16, numLabels: 0, dropout: 0 };
    const w = initWeights(c, 3);
    const head = initMlmHead(c, 4);
    // two "sentences" whose tokens determine each other: 5 6 7 8 and 9 10 11 12
    const seqs = Array.from({ length: 16 }, (_, i) => (i % 2 ? [2, 5, 6, 7, 8, 3] : [2, 9, 10, 11, 12, 3]));
    const probe = maskBatch(seqs, c.vocabSize, mulberry32(9), 0.25);
    const opt = tf.train.adam(1e-2);
    const rng = mulberry32(5);
    const first = tf.tidy(() => mlmLoss(w, head, c, probe).dataSync()[0]);
    const before = mlmAccuracy(w, head, c, probe);
    for (let step = 0; step < 60; step++) {
      const batch = maskBatch(seqs, c.vocabSize, rng, 0.25);
      tf.tidy(() => {
        opt.minimize(() => mlmLoss(w, head, c, batch), false);
      });
    }
    const last = tf.tidy(() => mlmLoss(w, head, c, probe).dataSync()[0]);
    expect(last).toBeLessThan(first * 0.5);
    expect(mlmAccuracy(w, head, c, probe)).toBeGreaterThan(Math.max(before, 0.8));
    [...Object.values(w), ...Object.values(head)].forEach((v) => v.dispose());
  });
});

describe('weights file', () => {
  it('round-trips, and a truncated file is refused with a message', async () => {
    await tf.setBackend('cpu');
    const c: EncoderConfig = { vocabSize: 10, hidden: 4, layers: 1, heads: 2, ffn: 8, maxLen: 8, numLabels: 0, dropout: 0 };
    const w = initWeights(c, 7);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mlm-')), 'w.bin');
    saveWeights(file, w);
    const back = loadWeights(file);
    expect(Object.keys(back)).toEqual(Object.keys(w));
    for (const [name, v] of Object.entries(w)) {
      expect(back[name].shape).toEqual(v.shape);
      expect(Array.from(back[name].data)).toEqual(Array.from(v.dataSync()));
    }
    Object.values(w).forEach((v) => v.dispose());
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, -4));
    expect(() => loadWeights(file)).toThrow(/ends inside weight .* \(truncated or corrupt\)/);
  });
});

describe('pretraining corpus', () => {
  it('holds training text only: no held-out, validation, test or check sentence, no held-out question', () => {
    const norm = (s: string) => s.toLowerCase().replace(/[\s\p{P}]/gu, '');
    const corpus = new Set(mlmCorpus(2000).map(norm));
    expect(corpus.size).toBeGreaterThan(10000);
    // a validation sentence that also occurs in its training split (e.g. "terrible" written by two
    // writers) is trained on by the task itself, so it does not count here
    const trainedAnyway = new Set([...naturalSentiment().train, ...naturalTopic().train].map((e) => norm(e.text)));
    const validation = [...naturalSentiment().validation, ...naturalTopic().validation].filter((e) => !trainedAnyway.has(norm(e.text)));
    const kept = [
      ...readHeldOut('sentiment'), ...readHeldOut('topic'), ...validation, ...naturalSentimentTest(),
      ...sentimentNegationChecks(), ...splitQueries().heldout, ...secondSetQuestions(),
    ].map((e) => e.text);
    expect(kept.length).toBeGreaterThan(3000);
    expect(kept.filter((t) => corpus.has(norm(t)))).toEqual([]);
  });
});
