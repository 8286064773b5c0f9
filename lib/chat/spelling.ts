// Typos in English words of a question ("what is a nueral network", "convolutinal", "hyperparamters"):
// a word the knowledge base never uses and that is not everyday English is read as the knowledge
// base's word one edit away (two for long words), a swap of neighbouring letters counting as one
// edit, with the same first letter (people rarely mistype the first one; "leaner" is not a typo of
// "cleaner"). Real English words are left alone: a word that only adds a prefix ("inconsistently",
// "covariance") is not a typo, and typo-guard.json lists the other English words (SUBTLEX-US) that
// would otherwise be "corrected" ("sided" → "sides"; built by models/chat/build-typo-guard.ts).
// Capitalised words inside a sentence are names ("Turing"). In Chinese, a run of four or more
// characters that is a glossary name with one character wrong, not the first ("卷基神经网络",
// "反向传波": the input method's homophones), and that the knowledge base never writes, is read as
// that name. The retriever works on the corrected question, and the answer says how it was read.
// correctGlossaryWords reads, before retrieval, a glossary name's word whose typo stems as a known
// word does ("overfiting").
// Framework-free.
import type { KnowledgeBase } from './knowledge';
import typoGuardData from './typo-guard.json';
import { terms } from './terms';

/** Shorter words are too often another word one letter away ("grid" / "guid"). */
const MIN_LENGTH = 5;
/** From this length on, two edits. */
const TWO_EDITS_FROM = 8;

/** A word that is the candidate behind one of these is a different word, not a typo. */
const PREFIXES = ['un', 'in', 'im', 'ir', 'il', 'non', 'dis', 'co', 're', 'pre', 'sub', 'over', 'under'];

const guard = new Set<string>(typoGuardData.words);

export interface Correction {
  from: string;
  to: string;
}

/** Lower-case Latin words of the knowledge base's text, with how often each occurs. */
const surfaceWords = new WeakMap<KnowledgeBase, Map<string, number>>();

export function wordsOf(kb: KnowledgeBase): Map<string, number> {
  let words = surfaceWords.get(kb);
  if (!words) {
    words = new Map();
    for (const d of kb.docs) for (const w of d.pageContent.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
    surfaceWords.set(kb, words);
  }
  return words;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 *  neighbouring letters, each one edit; stops early (returns max + 1) past `max`. */
export function typoDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

/** The knowledge base's word that `word` is a typo of, or null. `useGuard: false` only for
 *  building the guard itself. */
export function correctionFor(kb: KnowledgeBase, word: string, useGuard = true): string | null {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || !/^[a-z]+$/.test(w) || (useGuard && guard.has(w))) return null;
  const [term] = terms(w);
  if (!term || kb.bm25.has(term) || kb.commonWords.has(term)) return null;
  const max = w.length >= TWO_EDITS_FROM ? 2 : 1;
  let best: { word: string; distance: number; count: number } | null = null;
  for (const [candidate, count] of wordsOf(kb)) {
    if (candidate.length < MIN_LENGTH || candidate[0] !== w[0]) continue;
    if (PREFIXES.some((p) => w === p + candidate)) continue;
    const distance = typoDistance(w, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word ?? null;
}

/** Chinese glossary names (terms and aliases) of at least this many characters can be corrected. */
const MIN_HAN_NAME = 4;

/** The glossary's Chinese names: all of them, and those long enough to correct, longest first. */
const hanNames = new WeakMap<KnowledgeBase, { all: Set<string>; correctable: string[] }>();

function hanNamesOf(kb: KnowledgeBase): { all: Set<string>; correctable: string[] } {
  let names = hanNames.get(kb);
  if (!names) {
    const all = [...kb.glossaryById.values()].flatMap((g) => [g.term.zh, ...g.aliases.zh]);
    const correctable = [...new Set(all.filter((n) => n.length >= MIN_HAN_NAME && /^\p{Script=Han}+$/u.test(n)))].sort((a, b) => b.length - a.length);
    names = { all: new Set(all), correctable };
    hanNames.set(kb, names);
  }
  return names;
}

/** Glossary names typed with one wrong character (not the first) in the question's Chinese. */
function hanCorrections(kb: KnowledgeBase, question: string): Correction[] {
  const out: Correction[] = [];
  const written = (text: string) => kb.focusIndex.texts.some((t) => t.includes(text));
  const { all: names, correctable } = hanNamesOf(kb);
  for (const run of question.match(/\p{Script=Han}{4,}/gu) ?? []) {
    for (const name of correctable) {
      if (run.includes(name)) continue;
      for (let i = 0; i + name.length <= run.length; i++) {
        if (run[i] !== name[0]) continue; // the first character is never the wrong one
        let k = -1;
        let wrong = 0;
        for (let j = 1; j < name.length && wrong <= 1; j++) if (run[i + j] !== name[j]) { wrong++; k = j; }
        if (wrong !== 1) continue;
        const window = run.slice(i, i + name.length);
        if (written(window) || out.some((c) => c.from === window)) continue;
        // "深度学习为…" is 深度学习 and a next word, not a mistyped 深度学习库; "模型泛化" is 模型 and 泛化
        if (k === name.length - 1 && names.has(name.slice(0, -1))) continue;
        if ((k > 0 && written(window.slice(k - 1, k + 1))) || (k + 1 < window.length && written(window.slice(k, k + 2)))) continue;
        out.push({ from: window, to: name });
      }
    }
  }
  return out;
}

/** The question with its typos corrected, and what was changed (in the order of the question). */
export function correctSpelling(kb: KnowledgeBase, question: string): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  // whole words only ("MaxPooling2D", "Grad-CAM" pieces are left alone); no identifiers typed
  // with inner capitals, no capitalised word inside a sentence (a name: "the Turing Award")
  const text = question.replace(/(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])/g, (word, at: number) => {
    if (/^.+[A-Z]/.test(word)) return word;
    const before = question.slice(0, at).trimEnd();
    if (/^[A-Z]/.test(word) && before !== '' && !/[.!?。！？:：]$/.test(before)) return word;
    const to = correctionFor(kb, word);
    if (!to) return word;
    corrections.push({ from: word, to });
    return to;
  });
  let out = text;
  for (const c of hanCorrections(kb, text)) {
    if (!out.includes(c.from)) continue; // part of an earlier correction's window
    out = out.split(c.from).join(c.to);
    corrections.push(c);
  }
  return { text: out, corrections };
}

/** Lower-case Latin words of the glossary's names (terms and aliases): "overfitting", "dropout". */
const glossaryWords = new WeakMap<KnowledgeBase, Set<string>>();

function glossaryWordsOf(kb: KnowledgeBase): Set<string> {
  let words = glossaryWords.get(kb);
  if (!words) {
    words = new Set([...kb.glossaryById.values()].flatMap((g) => [g.term.en, ...g.aliases.en].flatMap((n) => n.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? [])));
    glossaryWords.set(kb, words);
  }
  return words;
}

/** Typos of a glossary name's word that correctSpelling leaves alone because their stem is one the
 *  knowledge base knows ("overfiting" stems to "overfit", "overfitting" to "overfitt"): a word the
 *  knowledge base never writes, one edit from a glossary name's word of another stem, with the same
 *  first letter. Read in engine.ask, before retrieval, as chat shorthand is, so the calibration's
 *  inputs stay those of the retriever; another form of the same word ("normalize" / "normalized")
 *  is no typo. */
export function correctGlossaryWords(kb: KnowledgeBase, question: string): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const names = glossaryWordsOf(kb);
  const text = question.replace(/(?<![A-Za-z0-9_])[a-z]+(?![A-Za-z0-9_])/g, (word) => {
    const [term] = terms(word);
    if (word.length < MIN_LENGTH || !term || !kb.bm25.has(term) || wordsOf(kb).has(word) || kb.commonWords.has(term)) return word;
    let best: string | null = null;
    for (const candidate of names) {
      if (candidate[0] !== word[0] || terms(candidate)[0] === term || !wordsOf(kb).has(candidate)) continue;
      if (typoDistance(word, candidate, 1) <= 1 && (!best || (wordsOf(kb).get(candidate) ?? 0) > (wordsOf(kb).get(best) ?? 0))) best = candidate;
    }
    if (!best) return word;
    corrections.push({ from: word, to: best });
    return best;
  });
  return { text, corrections };
}
