// Names a glossary entry only lists. An entry's aliases include things its definition merely
// names beside others ("Modern tokenizers such as WordPiece and byte pair encoding …", "RMSprop"
// among common optimizers) or never writes at all ("adagrad"). Such a name finds the entry, but
// nothing in the sources explains it on its own: how WordPiece picks its pieces, or how RMSprop
// differs from Adagrad, is not there. Pure string rules over the glossary and the article.
import { article } from '../content/article';
import type { GlossaryEntry } from '../content/glossary';
import { sentences } from './plain-text';
import { escapeRegExp } from '../util/escape-regexp';

/** Whether `text` (lower case) writes `name`: a Latin name as a whole word. */
const writesName = (text: string, name: string) => new RegExp(`(?<![a-z0-9])${escapeRegExp(name)}(?![a-z0-9])`).test(text);

/** Whether `name` (lower case) is the entry's own: its term, or a name its definition's first
 *  sentence writes ("lstm" for long short-term memory). */
export function ownName(g: GlossaryEntry, name: string): boolean {
  const first = [g.definition.en, g.definition.zh].map((d) => (sentences(d)[0] ?? '').toLowerCase()).join(' ');
  return [g.term.en, g.term.zh].some((t) => t.toLowerCase() === name) || first.includes(name);
}

let sourceSentences: string[] | null = null;

/** The lower-cased sentences of the entry's definition and of the article, both languages. */
export function sentencesAbout(g: GlossaryEntry): string[] {
  sourceSentences ??= article.sections.flatMap((x) => [x.body.en, x.body.zh]).flatMap((d) => sentences(d)).map((x) => x.toLowerCase());
  return [...[g.definition.en, g.definition.zh].flatMap((d) => sentences(d)).map((x) => x.toLowerCase()), ...sourceSentences];
}

/** Whether `name` shares a word (in Chinese two neighbouring characters) with one of the entry's own
 *  names: another form of the entry itself ("attention scores" of attention, "交叉熵损失" of 交叉熵),
 *  not a different thing it lists ("wordpiece" of tokenization). */
function variantName(g: GlossaryEntry, names: string[], name: string): boolean {
  const own = names.filter((n) => n !== name && ownName(g, n));
  const words = (x: string) => x.match(/[a-z0-9]{2,}/g) ?? [];
  const pairs = (x: string) => (x.match(/\p{Script=Han}+/gu) ?? []).flatMap((run) => [...run].slice(1).map((c, i) => run[i] + c));
  const mine = new Set([...words(name), ...pairs(name)]);
  return own.some((n) => [...words(n), ...pairs(n)].some((w) => mine.has(w)));
}

/** Whether a name of the entry that is not its own (`names`: all its names, lower case) is only
 *  ever written with the entry's other such names: no clause of the definition or the article
 *  writes it without them, its other form in brackets beside it aside ("gated recurrent unit
 *  (GRU)" is one thing). "wordpiece" and "bpe" of the tokenization entry, "adagrad" of the
 *  optimizer's (never written); not "gru", "l1" or the entry's own names. */
export function onlyListed(g: GlossaryEntry, names: string[], name: string): boolean {
  if (ownName(g, name)) return false;
  const texts = sentencesAbout(g);
  const others = names.filter((m) => m !== name && !ownName(g, m) && !m.includes(name) && !name.includes(m));
  const same = (m: string) => texts.some((x) => new RegExp(`${escapeRegExp(name)}\\s*[(（]\\s*${escapeRegExp(m)}|${escapeRegExp(m)}\\s*[(（]\\s*${escapeRegExp(name)}`).test(x));
  return !texts.flatMap((x) => x.split(/[,，;；:：]/)).some((c) => writesName(c, name) && !others.some((m) => writesName(c, m) && !same(m)));
}

/** Whether `text` is a glossary name (`glossaryNames`, as the knowledge base holds them) that every
 *  entry having it only lists, and no variant of the entry's own names: "wordpiece"; not "gru", an
 *  entry's own name, nor "attention scores" (a focus asked of a form of the entry itself; He and
 *  Xavier initialization are still two things when compared). */
export function onlyListedName(glossaryNames: { name: string; id: string }[], byId: Map<string, GlossaryEntry>, text: string): boolean {
  const x = text.normalize('NFKC').toLowerCase().trim();
  const ids = [...new Set(glossaryNames.filter((n) => n.name.toLowerCase() === x).map((n) => n.id))];
  return ids.length > 0 && ids.every((id) => {
    const names = glossaryNames.filter((n) => n.id === id).map((n) => n.name.toLowerCase());
    return !variantName(byId.get(id)!, names, x) && onlyListed(byId.get(id)!, names, x);
  });
}
