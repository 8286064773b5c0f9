// A count of something the article never writes needs a number next to that thing.
import { describe, expect, it } from 'vitest';
import { countedThing, holdsCount } from './counted-thing';
import { createNodeChatEngine } from './node-engine';

describe('countedThing', () => {
  it('is the thing counted, when the article never writes it', () => {
    expect(countedThing('how many gates does a GRU have')).toEqual({ en: 'gate' });
    expect(countedThing('how many attention heads and what model dimension did the original transformer use')).toEqual({ en: 'head' });
    // the article writes neurons, classes, images: retrieval decides
    expect(countedThing('how many neurons does the hidden layer have')).toBeNull();
    expect(countedThing('how many classes does the example output have')).toBeNull();
    expect(countedThing('what is a GRU')).toBeNull();
  });
  it('needs a number beside it', () => {
    expect(holdsCount({ en: 'gate' }, ['An LSTM has three gates; 4 layers are common.'])).toBe(false);
    expect(holdsCount({ en: 'gate' }, ['A GRU has 2 gates.'])).toBe(true);
  });
  it('declines such a count that the sources do not give', async () => {
    const engine = await createNodeChatEngine();
    expect((await engine.ask('how many gates does a GRU have and how is each of them calculated')).refused).toBe(true);
    expect((await engine.ask('how many clients does the server pick each round in federated learning?')).refused).toBe(true);
    expect((await engine.ask('how many neurons does the hidden layer of the 4.3 example have?')).refused).toBe(false);
  });
});
