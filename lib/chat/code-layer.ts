// "What does the Flatten layer do?": a layer class of the example code (`layers.Flatten()`) that no
// glossary entry is named after, but one entry's definition explains (fully connected layers: "the
// feature maps are first flattened (Flatten) into a vector"). The answer is that definition, with the
// code line and a lead saying that the article's text never explains the layer; it got the model's
// code or 5.3's walkthrough (tour 4 of session 20). Layers named after an entry (Conv2D, Dense) are
// answered as the concept. Only source text and fixed phrases (phrases.ts). Framework-free.
import { getSection } from '../content/article';
import { asCertain } from './calibration';
import { exampleCodeSection } from './code-uses';
import { linesWriting } from './code-token';
import { glossaryAnswer } from './glossary-answers';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { PHRASES } from './phrases';
import { codeBlocks } from './plain-text';
import type { ChatAnswer, Retrieval } from './types';

const LAYER_CALL = /\blayers\.([A-Z]\w+)\(/g;

/** The answer about the one layer class of the example code that the question names, when no
 *  glossary entry is named after it and exactly one definition writes its name; null otherwise. */
export function layerAnswer(kb: KnowledgeBase, r: Retrieval): ChatAnswer | null {
  const lang = r.lang;
  const id = exampleCodeSection(lang);
  const s = id ? getSection(id) : undefined;
  if (!s) return null;
  const code = codeBlocks(s.body[lang]).join('\n');
  const layers = [...new Set([...code.matchAll(LAYER_CALL)].map((m) => m[1]))];
  const asked = layers.filter((name) => new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'i').test(r.question.normalize('NFKC')));
  if (asked.length !== 1 || findGlossaryNames(kb, asked[0]).length) return null;
  const name = asked[0];
  const writes = new RegExp(`\\b${name}\\b`);
  const entries = [...kb.glossaryById.values()].filter((g) => writes.test(g.definition.en) || writes.test(g.definition.zh));
  if (entries.length !== 1) return null;
  const p = PHRASES[lang];
  const lines = linesWriting(code, `layers.${name}`).map((l) => l.trim()).filter((l) => !l.startsWith('#'));
  const tail = `${p.codeUses(s.id, s.title[lang])}\n\n\`\`\`python\n${lines.join('\n')}\n\`\`\``;
  const answer = glossaryAnswer(kb, entries[0], r, lang, tail);
  return { ...answer, answer: `${p.layerExplainedBy(name, entries[0].term[lang])}\n\n${answer.answer}`, confidence: asCertain(r.inScope) };
}
