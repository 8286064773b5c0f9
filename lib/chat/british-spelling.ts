// British spellings in a question ("backprop is trying to minimise what exactly?", "how do I
// visualise the feature maps", "modelling", "behaviour"): the article and the glossary write American
// English, so a British form was a word the knowledge base never uses, and the refusal model's
// "unknown word" feature declined the question (set C, session 25). A word is read as its American
// form when that form, or its index term, is the knowledge base's and the British word is not. Silent, as chat
// shorthand is (engine.ts): a spelling variant is no typo to point out. Framework-free.
import type { KnowledgeBase } from './knowledge';
import { wordsOf } from './spelling';
import { terms } from './terms';

// British ending → American ending, tried in order (longest first)
const ENDINGS: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/ise(s|d|r|rs)?$/, 'ize$1'],
  [/ising$/, 'izing'],
  [/yse(s|d)?$/, 'yze$1'],
  [/ysing$/, 'yzing'],
  [/our(s|ed|ing|al)?$/, 'or$1'],
  [/lled$/, 'led'],
  [/lling$/, 'ling'],
  [/tre(s)?$/, 'ter$1'],
];

/** The American form of `word` (lower case) that the knowledge base writes, or null. */
export function americanForm(kb: KnowledgeBase, word: string): string | null {
  const words = wordsOf(kb);
  if (word.length < 5 || words.has(word)) return null;
  for (const [british, american] of ENDINGS) {
    if (!british.test(word)) continue;
    const form = word.replace(british, american);
    // the word itself, or another form of it ("minimized" for "minimised": the index term "minimiz")
    const [term] = terms(form);
    if (words.has(form) || (term !== undefined && kb.bm25.has(term))) return form;
  }
  return null;
}

/** `text` with each British spelling the knowledge base writes in American English replaced
 *  ("minimise" → "minimize"; the first letter's case kept). */
export function americanSpelling(kb: KnowledgeBase, text: string): string {
  return text.replace(/(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])/g, (w) => {
    const form = americanForm(kb, w.toLowerCase());
    if (!form || /^.+[A-Z]/.test(w)) return w;
    return w[0] === w[0].toUpperCase() ? form[0].toUpperCase() + form.slice(1) : form;
  });
}
