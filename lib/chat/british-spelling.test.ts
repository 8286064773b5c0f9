// British spellings are read as the American ones the article and glossary write.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge';
import { americanForm, americanSpelling } from './british-spelling';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await buildKnowledgeBase();
});

describe('americanSpelling', () => {
  it('reads British endings as the American words the sources write', () => {
    expect(americanSpelling(kb, 'backprop is trying to minimise what exactly?')).toBe('backprop is trying to minimize what exactly?');
    expect(americanSpelling(kb, 'Visualise the saliency')).toMatch(/^Visualize /);
  });
  it('leaves words alone that the sources write, or whose American form they do not', () => {
    // "otherwise", "exercise": no "otherwize" in any source
    expect(americanSpelling(kb, 'otherwise do the exercise')).toBe('otherwise do the exercise');
    expect(americanForm(kb, 'minimize')).toBeNull();
    expect(americanForm(kb, 'colour')).toBeNull();
  });
  it('leaves identifiers with inner capitals alone', () => {
    expect(americanSpelling(kb, 'MiniMise')).toBe('MiniMise');
  });
});
