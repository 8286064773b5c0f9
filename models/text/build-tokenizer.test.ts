// The sentiment model's vocabulary: the shared one with training words appended, ids unchanged,
// and nothing taken from sentences it is validated or tested on.
import { describe, expect, it } from 'vitest';
import { extendWithTrainingWords, loadSharedTokenizer, sentimentTokenizer, SENTIMENT_EXTRA_WORDS } from './build-tokenizer';
import { WordPieceTokenizer } from './tokenizer';
import { naturalSentiment, naturalSentimentTest } from './data/sentiment-data';
import { readHeldOut } from './evaluate';

describe('extendWithTrainingWords', () => {
  const base = new WordPieceTokenizer(['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', ...'abcdefghijklmnopqrstuvwxyz', ...[...'abcdefghijklmnopqrstuvwxyz'].map((c) => '##' + c), 'good']);
  it('appends the words the base splits into pieces, most frequent first, and keeps every base id', () => {
    const ext = extendWithTrainingWords(base, ['Lukewarm tea, good cake.', 'lukewarm again', 'good good'], 10);
    expect(ext.vocab.slice(0, base.size)).toEqual(base.vocab);
    expect(ext.vocab.slice(base.size)).toEqual(['lukewarm', 'again', 'cake', 'tea']);
    expect(ext.tokenize('lukewarm cake')).toEqual(['lukewarm', 'cake']);
    expect(base.tokenize('lukewarm').length).toBeGreaterThan(1);
  });
  it('stops at the cap', () => {
    expect(extendWithTrainingWords(base, ['one two three four'], 2).size).toBe(base.size + 2);
  });
});

describe('sentimentTokenizer', () => {
  it('extends the shared vocabulary with training words only', () => {
    const shared = loadSharedTokenizer();
    const tok = sentimentTokenizer(shared);
    const added = new Set(tok.vocab.slice(shared.size));
    expect(added.size).toBeGreaterThan(500);
    expect(added.size).toBeLessThanOrEqual(SENTIMENT_EXTRA_WORDS);
    const words = (texts: string[]) => new Set(texts.flatMap((t) => t.toLowerCase().match(/[a-z][a-z']*[a-z]/g) ?? []));
    const trained = words(naturalSentiment().train.map((e) => e.text));
    const unseen = [...words([...naturalSentiment().validation, ...naturalSentimentTest(), ...readHeldOut('sentiment')].map((e) => e.text))]
      .filter((w) => !trained.has(w) && shared.tokenize(w).length > 1);
    expect(unseen.length).toBeGreaterThan(50); // words only the evaluation sentences use, split into pieces
    expect(unseen.filter((w) => added.has(w))).toEqual([]);
  });
});
