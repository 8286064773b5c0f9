// Precomputed passage vectors: encoding round trip, rejection of anything that does not match the
// passages, and the committed file of the built-in model being current (same passages, same model).
import { describe, expect, it } from 'vitest';
import { TransformersEmbeddings } from './embeddings';
import { buildKnowledgeBase } from './knowledge';
import { loadNodeExtractor, readPassageVectors } from './node-engine';
import { decodePassageVectors, encodePassageVectors, passagesFingerprint } from './passage-vectors';
import { createChatEngine } from './engine';

const texts = ['first passage', '第二段', 'third one'];
const vectors = [
  [0.6, 0.8, 0],
  [0, 1, 0],
  [0.1, 0.2, -0.97467943],
];

describe('passage vector files', () => {
  it('round-trip float32 vectors', () => {
    const file = encodePassageVectors('m', texts, vectors);
    expect(file.count).toBe(3);
    expect(file.dim).toBe(3);
    const back = decodePassageVectors(JSON.parse(JSON.stringify(file)), texts)!;
    back.flat().forEach((v, i) => expect(v).toBeCloseTo(vectors.flat()[i], 6));
  });

  it('fingerprint the passages: any change, reordering or count change gives another one', () => {
    const f = passagesFingerprint(texts);
    expect(passagesFingerprint([...texts])).toBe(f);
    expect(passagesFingerprint(['first passage.', '第二段', 'third one'])).not.toBe(f);
    expect(passagesFingerprint([texts[1], texts[0], texts[2]])).not.toBe(f);
    expect(passagesFingerprint(texts.slice(0, 2))).not.toBe(f);
  });

  it('are ignored when stale, truncated, corrupt or not a vectors file', () => {
    const file = encodePassageVectors('m', texts, vectors);
    expect(decodePassageVectors(file, ['first passage', '第二段', 'changed'])).toBeNull();
    expect(decodePassageVectors(file, texts.slice(0, 2))).toBeNull();
    expect(decodePassageVectors({ ...file, float32Base64: file.float32Base64.slice(0, 20) }, texts)).toBeNull();
    expect(decodePassageVectors({ ...file, float32Base64: '%%%not base64%%%' }, texts)).toBeNull();
    expect(decodePassageVectors(encodePassageVectors('m', texts, [[NaN, 0, 0], [0, 1, 0], [1, 0, 0]]), texts)).toBeNull();
    expect(decodePassageVectors(null, texts)).toBeNull();
    expect(decodePassageVectors('<html>404</html>', texts)).toBeNull();
    expect(() => encodePassageVectors('m', texts, vectors.slice(0, 2))).toThrow();
  });
});

describe('the built-in model passage vectors (public/models/glassbox-embed/passage-vectors.json)', () => {
  it('match the current passages and the current model (else: npm run vectors:chat)', async () => {
    const kb = await buildKnowledgeBase();
    const docs = kb.docs.map((d) => d.pageContent);
    const stored = decodePassageVectors(readPassageVectors(), docs);
    expect(stored, 'passage-vectors.json is missing or was computed from other passages: run npm run vectors:chat').not.toBeNull();
    const sample = docs.map((_, i) => i).filter((i) => i % 25 === 0);
    const fresh = await new TransformersEmbeddings(await loadNodeExtractor()).embedDocuments(sample.map((i) => docs[i]));
    sample.forEach((i, k) => {
      const cos = fresh[k].reduce((s, x, j) => s + x * stored![i][j], 0);
      expect(cos, `passage ${i} was embedded by another model version: run npm run vectors:chat`).toBeGreaterThan(0.9999);
    });
  }, 120_000);

  it('give the same retrieval as embedding the passages at load time', async () => {
    const extract = await loadNodeExtractor();
    const pre = await createChatEngine({ extract, passageVectors: readPassageVectors() });
    expect(pre.precomputedVectors).toBe(true);
    const live = await createChatEngine({ extract, passageVectors: { stale: true } });
    expect(live.precomputedVectors).toBe(false);
    for (const q of ['How do I stop my model from overfitting?', '卷积神经网络的代码在哪里？', 'What is a saliency map?']) {
      const [a, b] = await Promise.all([pre.retrieve(q), live.retrieve(q)]);
      expect(a.ranked.slice(0, 3).map((x) => x.section)).toEqual(b.ranked.slice(0, 3).map((x) => x.section));
      expect(a.inScope).toBeCloseTo(b.inScope, 4);
    }
  }, 120_000);
});
