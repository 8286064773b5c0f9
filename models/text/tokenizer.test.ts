// The WordPiece tokenizer: mixed Chinese/English splitting, round trips, and
// agreement with Transformers.js reading the tokenizer.json we write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { buildVocab, CLS_ID, normalize, preTokenize, SEP_ID, tokenizerConfigJson, tokenizerJson, WordPieceTokenizer } from './tokenizer';

const CORPUS = ['The model was not bad at all.', 'Deep learning models are trained with gradient descent.', '这部电影非常好看，但是有点长。', 'Café crème is nice', 'training trained trains'];
const tok = new WordPieceTokenizer(buildVocab(CORPUS, { maxWords: 100, extraChars: '我喜欢深度学习' }));

describe('normalize / preTokenize', () => {
  it('lowercases, strips accents and isolates CJK characters and punctuation', () => {
    expect(preTokenize(normalize('Café CRÈME, 深度学习 with BERT!'))).toEqual(['cafe', 'creme', ',', '深', '度', '学', '习', 'with', 'bert', '!']);
  });
  it('splits mixed Chinese/English text without spaces', () => {
    expect(preTokenize(normalize('用BERT做NLP很好'))).toEqual(['用', 'bert', '做', 'nlp', '很', '好']);
  });
});

describe('WordPieceTokenizer', () => {
  it('uses whole words when known and ## pieces otherwise', () => {
    expect(tok.tokenize('The model trains')).toEqual(['the', 'model', 'trains']);
    expect(tok.tokenize('modelling')).toEqual(['model', '##l', '##ing']);
    expect(tok.tokenize('我喜欢深度学习')).toEqual(['我', '喜', '欢', '深', '度', '学', '习']);
  });
  it('maps unknown characters to [UNK] and wraps with [CLS] ... [SEP]', () => {
    const ids = tok.encode('hello 龘');
    expect(ids[0]).toBe(CLS_ID);
    expect(ids.at(-1)).toBe(SEP_ID);
    expect(tok.vocab[ids[ids.length - 2]]).toBe('[UNK]');
  });
  it('round-trips normalized text through encode/decode', () => {
    for (const s of ['the model was not bad at all.', '这部电影非常好看，但是有点长。', 'deep learning 深度学习 models']) {
      expect(tok.decode(tok.encode(s))).toBe(s);
    }
  });
  it('truncates to the maximum length, keeping [SEP]', () => {
    const ids = tok.encode('好'.repeat(300), 128);
    expect(ids.length).toBe(128);
    expect(ids.at(-1)).toBe(SEP_ID);
  });
  it('agrees with Transformers.js loading the tokenizer.json we write', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-tok-'));
    fs.mkdirSync(path.join(root, 'tok'));
    fs.writeFileSync(path.join(root, 'tok', 'tokenizer.json'), JSON.stringify(tokenizerJson(tok.vocab)));
    fs.writeFileSync(path.join(root, 'tok', 'tokenizer_config.json'), JSON.stringify(tokenizerConfigJson()));
    env.allowRemoteModels = false;
    env.localModelPath = root + path.sep;
    const hf = await AutoTokenizer.from_pretrained('tok');
    const ids = (t: string) => (hf(t, { truncation: true, max_length: 128 }).input_ids as { tolist(): bigint[][] }).tolist()[0].map(Number);
    const texts = [...CORPUS, 'MODELLING Crème brûlée?! 用BERT做NLP', '  spaces\tand\nnewlines  ', '深度学习 deep-learning, 3.14 (ok)', '龘 unknownword'];
    for (const t of texts) expect(ids(t)).toEqual(tok.encode(t, 128));
    // Over-long input: Transformers.js cuts the sequence *after* adding [CLS]/[SEP],
    // so the final [SEP] is dropped; the first 127 ids agree with ours.
    const long = ids('好'.repeat(200));
    expect(long.length).toBe(128);
    expect(long.slice(0, 127)).toEqual(tok.encode('好'.repeat(200), 128).slice(0, 127));
    // Sentence pairs (zero-shot NLI): [CLS] a [SEP] b [SEP], the tokenizer.json pair template.
    const pair = (a: string, b: string) => (hf(a, { text_pair: b }).input_ids as { tolist(): bigint[][] }).tolist()[0].map(Number);
    for (const [a, b] of [['The model was not bad.', 'This example is deep learning.'], ['这部电影非常好看', '这段话是关于学习的。'], ['用BERT做NLP', 'This text is about 深度学习.']]) {
      expect(pair(a, b)).toEqual(tok.encodePair(a, b, 128));
    }
  });
  it('cuts the first text of an over-long pair and keeps the second whole', () => {
    const ids = tok.encodePair('好'.repeat(200), 'deep learning', 64);
    expect(ids).toHaveLength(64);
    expect(ids.filter((i) => i === SEP_ID)).toHaveLength(2);
    expect(tok.decode(ids.slice(ids.indexOf(SEP_ID) + 1))).toBe('deep learning');
  });
});
