// Unit tests for chat shorthand (textspeak.ts).
import { describe, expect, it } from 'vitest';
import { expandShorthand } from './textspeak';

describe('expandShorthand', () => {
  it('spells out whole shorthand words only', () => {
    expect(expandShorthand('can u tell me abt transformers')).toBe('can you tell me about transformers');
    expect(expandShorthand('Whats the diffrence between SGD and Adam, cuz ur answer was short')).toBe('Whats the difference between SGD and Adam, because your answer was short');
    expect(expandShorthand('wat is backprop')).toBe('what is backprop');
    expect(expandShorthand('wats a neuron in simple words')).toBe('whats a neuron in simple words');
    expect(expandShorthand('wut does dropout do')).toBe('what does dropout do');
    expect(expandShorthand('diffrence btwn cnn and rnn')).toBe('difference between cnn and rnn');
    // not inside words, identifiers or other scripts
    for (const t of ['U-Net and ReLU units', 'x_u.mean()', 'What is up?', '什么是u', 'the u-shaped curve', 'When should I use a Mann-Whitney U test?']) expect(expandShorthand(t), t).toBe(t);
  });
});
