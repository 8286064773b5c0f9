// Typo correction of English question words (spelling.ts) and its guard list of real words.
import { describe, expect, it } from 'vitest';
import { typoGuardWords } from '../../models/chat/build-typo-guard';
import { createChatEngine } from './engine';
import { buildKnowledgeBase } from './knowledge';
import { correctSpelling, typoDistance } from './spelling';
import typoGuardData from './typo-guard.json';

describe('typoDistance', () => {
  it('counts a swap of neighbouring letters as one edit and stops past the limit', () => {
    expect(typoDistance('nueral', 'neural')).toBe(1);
    expect(typoDistance('instal', 'install')).toBe(1);
    expect(typoDistance('backpropogation', 'backpropagation')).toBe(1);
    expect(typoDistance('hyperparamters', 'hyperparameters')).toBe(1);
    expect(typoDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('correctSpelling', async () => {
  const kb = await buildKnowledgeBase();
  const fix = (q: string) => correctSpelling(kb, q);
  it('reads typos as the knowledge base\'s words and says which', () => {
    expect(fix('what is a nueral network')).toEqual({ text: 'what is a neural network', corrections: [{ from: 'nueral', to: 'neural' }] });
    expect(fix('what are hyperparamters?').text).toBe('what are hyperparameters?');
    expect(fix('overfiting').corrections).toEqual([]); // its index term (overfit) is the knowledge base's already
    expect(fix('Convolutinal layers').text).toBe('convolutional layers'); // first word of the sentence
  });
  it('leaves alone real words, names, identifiers, short words, Chinese and other first letters', () => {
    for (const q of ['making networks leaner', 'used inconsistently', 'noise covariance', 'a two-sided test', 'Who won the Turing Award?', 'MaxPooling2D with Conv2D', 'teh model', '反向传波是什么', 'kubernetes pods', 'the weather today']) {
      expect(fix(q).corrections, q).toEqual([]);
    }
  });
  it('answers a misspelled question and says how it read it', async () => {
    const engine = await createChatEngine({ extract: null });
    const a = await engine.ask('what is a nueral network');
    expect(a.refused).toBe(false);
    expect(a.answer).toMatch(/^\(Reading “nueral” as “neural”\.\)/);
    expect(a.sources[0].glossary?.id).toBe('neural-network');
  });
});

describe('the shipped typo-guard.json', () => {
  it('equals a fresh build from the word list and the current knowledge base (npm run typos:chat)', async () => {
    expect(typoGuardData.words).toEqual(await typoGuardWords());
  }, 60_000);
});
