import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fetchSubjectivityModel, fnv1a, subjectivityLoader, isOpinion, opinionProbability, parseSubjectivityModel, subjectivityBuckets, subjectivityFeatures, subjectivityTokens, toSubjectivityFile,
  type SubjectivityModel,
} from './subjectivity';

describe('subjectivity features', () => {
  it('tokenises Latin words, single Han characters, ? ! and emoji, in lower case', () => {
    expect(subjectivityTokens('Isn’t it GREAT?!')).toEqual(["isn't", 'it', 'great', '?', '!']);
    expect(subjectivityTokens('这个CNN讲得太清楚了')).toEqual(['这', '个', 'cnn', '讲', '得', '太', '清', '楚', '了']);
    expect(subjectivityTokens('love it 😍')).toEqual(['love', 'it', '😍']);
    expect(subjectivityTokens('，。 ... ---')).toEqual([]);
    // full-width question mark folds to "?" (NFKC)
    expect(subjectivityTokens('什么是卷积？')).toEqual(['什', '么', '是', '卷', '积', '?']);
  });

  it('builds unigrams and bigrams with sentence boundaries, each once', () => {
    const f = subjectivityFeatures('What what');
    expect(f.sort()).toEqual(['<s> what', 'what', 'what </s>', 'what what'].sort());
  });

  it('hashes with 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

function handModel(): SubjectivityModel {
  const buckets = 1024;
  const weights = new Float32Array(buckets);
  weights[fnv1a('great') % buckets] = 4;
  return { buckets, bias: -2, threshold: 0.5, weights };
}

describe('opinionProbability', () => {
  it('is the sigmoid of bias plus the weights of the distinct buckets', () => {
    const m = handModel();
    expect(opinionProbability(m, 'great')).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(opinionProbability(m, 'great great')).toBeCloseTo(1 / (1 + Math.exp(-2)), 6); // counted once
    expect(opinionProbability(m, 'fine')).toBeCloseTo(1 / (1 + Math.exp(2)), 6);
    expect(isOpinion(m, 'great')).toBe(true);
    expect(isOpinion(m, 'fine')).toBe(false);
  });

  it('gives text without any token no opinion', () => {
    expect(opinionProbability(handModel(), '  …  ')).toBe(0);
  });
});

describe('model file', () => {
  it('round-trips through the int8 file within one quantisation step', () => {
    const w = Float32Array.from({ length: 300 }, (_, i) => Math.sin(i) * 3);
    const file = toSubjectivityFile(w, 0.25, 0.5, 'test');
    const m = parseSubjectivityModel(JSON.parse(JSON.stringify(file)));
    expect(m.buckets).toBe(300);
    expect(m.bias).toBe(0.25);
    const step = 3 / 127;
    for (let i = 0; i < w.length; i++) expect(Math.abs(m.weights[i] - w[i])).toBeLessThanOrEqual(step / 2 + 1e-6);
  });

  it('rejects files that are not a subjectivity model, with a specific message', () => {
    const good = toSubjectivityFile(new Float32Array(8).fill(1), 0, 0.5, 'test');
    expect(() => parseSubjectivityModel(null)).toThrow(/not a glassbox-subjectivity model file/);
    expect(() => parseSubjectivityModel({ ...good, format: 'other' })).toThrow(/not a glassbox-subjectivity/);
    expect(() => parseSubjectivityModel({ ...good, version: 2 })).toThrow(/unsupported .* version 2/);
    expect(() => parseSubjectivityModel({ ...good, bias: 'x' })).toThrow(/invalid/);
    expect(() => parseSubjectivityModel({ ...good, buckets: 9 })).toThrow(/8 weights for 9 buckets/);
  });
});

describe('the shipped subjectivity check', () => {
  const file = path.join(__dirname, '..', '..', 'public', 'models', 'glassbox-subjectivity', 'model.json');
  const m = parseSubjectivityModel(JSON.parse(fs.readFileSync(file, 'utf8')));
  const buckets = (t: string) => subjectivityBuckets(t, m.buckets).length;

  it('reads questions about deep learning as neutral in both languages', () => {
    for (const q of ['What is backpropagation?', 'How does attention work in a Transformer?', '什么是卷积神经网络？', '反向传播是怎么工作的']) {
      expect(isOpinion(m, q), q).toBe(false);
    }
  });

  it('does not lean towards "opinion" for text it knows nothing about (its bias is not positive)', () => {
    expect(m.bias).toBeLessThanOrEqual(0);
    for (const q of ['hi', 'ok', 'next question']) expect(isOpinion(m, q), q).toBe(false);
  });

  it('reads opinions as opinions in both languages', () => {
    for (const q of ['I love this article, it is so clear!', 'The movie was a total waste of time.', '这篇文章写得真好', '服务态度太差了']) {
      expect(isOpinion(m, q), q).toBe(true);
    }
    expect(buckets('I love it')).toBeGreaterThan(0);
  });
});

describe('loading the check in a worker', () => {
  afterEach(() => vi.unstubAllGlobals());
  const file = JSON.stringify(toSubjectivityFile(new Float32Array(16), 0, 0.5, 'test'));

  it('says which file is wrong: missing, or not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('gone', { status: 404 })));
    await expect(fetchSubjectivityModel('/models/')).rejects.toThrow('/models/glassbox-subjectivity/model.json: HTTP 404');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"format":', { status: 200 })));
    await expect(fetchSubjectivityModel('/models/')).rejects.toThrow(/is not JSON/);
  });

  it('shares one load, resolves to null when the file cannot be read, and tries again next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.fn(async () => new Response('gone', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    const load = subjectivityLoader('/models/');
    expect(await load()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 404'));
    fetch.mockImplementation(async () => new Response(file, { status: 200 }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a?.buckets).toBe(16);
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
