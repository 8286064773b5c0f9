// Names a glossary entry only lists (listed-names.ts): found for WordPiece and Adagrad, not for a name
// explained in a clause of its own (GRU, L1) nor an entry's own name; and the chat's replies built on it.
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from './knowledge';
import { onlyListedName } from './listed-names';
import { createNodeChatEngine } from './node-engine';

const kb = await buildKnowledgeBase();
const listed = (name: string) => onlyListedName(kb.glossaryNames, kb.glossaryById, name);

describe('names a glossary entry only lists', () => {
  it('are the ones no clause writes apart from the entry\'s other such names', () => {
    // "Modern tokenizers such as WordPiece and byte pair encoding keep …"; "adagrad" is never written
    for (const n of ['wordpiece', 'bpe', 'WordPiece', 'adagrad']) expect(listed(n), n).toBe(true);
    // "the gated recurrent unit (GRU) is a simpler variant" (its bracketed other form aside), "while L1
    // penalizes …", the LSTM's own name, and a word that is no glossary name
    for (const n of ['gru', 'l1', 'lstm', 'long short-term memory', 'dropout', 'guided backpropagation']) expect(listed(n), n).toBe(false);
  });

  it('make "how does X decide …" a question the chat declines', async () => {
    const engine = await createNodeChatEngine();
    for (const q of ['How does WordPiece decide which subword pieces end up in its vocabulary?', 'How does byte pair encoding decide which pairs to merge?']) {
      const a = await engine.ask(q);
      expect(a.refused, q).toBe(true);
      expect(a.answer, q).toMatch(/the article doesn't explain “(?:wordpiece|byte pair encoding)”/i);
    }
    // a name explained in a clause of its own is still answered
    expect((await engine.ask('How does the GRU work?')).refused).toBe(false);
  });
});
