// The chat's knowledge base: the article's sections in both languages, split into passages with
// LangChain's RecursiveCharacterTextSplitter (each passage keeps its section id), plus one
// passage per glossary entry and language; and the BM25 index over all of them.
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { article } from '../content/article';
import { glossary, type GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import { agentNames } from './asked-fact';
import type { FocusIndex } from './asked-focus';
import { Bm25Index } from './bm25';
import { codeBlocks, plainText } from './plain-text';
import { SectionClassifier, type SectionClassifierData } from './section-classifier';
import classifierData from './section-classifier.json';
import commonWordsData from './common-words.json';
import { SECTION_KEYWORDS } from './section-keywords';
import { contentHanChars, terms } from './terms';
import type { PassageMeta } from './types';
import { escapeRegExp } from '../util/escape-regexp';

export interface KnowledgeBase {
  docs: Document<PassageMeta>[];
  terms: string[][];
  bm25: Bm25Index;
  glossaryById: Map<string, GlossaryEntry>;
  /** Content Han characters of each section's passages (for the refusal's character coverage). */
  sectionChars: Map<string, Set<string>>;
  /** Lower-cased names (terms and aliases) -> glossary ids, longest first. */
  glossaryNames: { name: string; id: string; lang: Lang }[];
  /** P(section | question) from the section classifier (naive Bayes, section-classifier.ts). */
  classifier: SectionClassifier;
  /** Names of people and organisations in the passages (asked-fact.ts, for the answer-type gate). */
  agentNames: Set<string>;
  /** Index terms of everyday English words (common-words.json): never an "unknown word". */
  commonWords: Set<string>;
  /** The passages' index terms and lower-cased texts without spaces (asked-focus.ts). */
  focusIndex: FocusIndex;
}

const SPLIT = {
  en: { chunkSize: 480, chunkOverlap: 80, separators: ['\n\n', '\n', '. ', '; ', ', ', ' ', ''] },
  zh: { chunkSize: 200, chunkOverlap: 30, separators: ['\n\n', '\n', '。', '；', '，', ''] },
} as const;

/** Splits every non-empty section in both languages; the section title leads each passage. */
export async function sectionPassages(): Promise<Document<Omit<PassageMeta, 'index'>>[]> {
  const out: Document<Omit<PassageMeta, 'index'>>[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const splitter = new RecursiveCharacterTextSplitter({ ...SPLIT[lang], separators: [...SPLIT[lang].separators] });
    for (const s of article.sections) {
      const body = plainText(s.body[lang]);
      if (!body) {
        // A chapter heading without text of its own ("3", "5"): its parts' titles stand for it.
        const parts = article.sections.filter((c) => c.parent === s.id).map((c) => c.title[lang]);
        if (parts.length) out.push(new Document({ pageContent: `${s.title[lang]}\n${parts.join('\n')}`, metadata: { kind: 'section', section: s.id, lang } }));
        continue;
      }
      for (const chunk of await splitter.splitText(body)) {
        out.push(new Document({ pageContent: `${s.title[lang]}\n${chunk}`, metadata: { kind: 'section', section: s.id, lang } }));
      }
      // Code is indexed too (identifiers, arguments), one passage per block.
      for (const code of codeBlocks(s.body[lang])) {
        out.push(new Document({ pageContent: `${s.title[lang]}\n${code}`, metadata: { kind: 'section', section: s.id, lang, code: true } }));
      }
      const keywords = SECTION_KEYWORDS[s.id]?.[lang];
      if (keywords) out.push(new Document({ pageContent: `${s.title[lang]}\n${keywords}`, metadata: { kind: 'section', section: s.id, lang } }));
    }
  }
  return out;
}

export function glossaryPassages(): Document<Omit<PassageMeta, 'index'>>[] {
  return glossary.flatMap((g) =>
    (['en', 'zh'] as const).map(
      (lang) =>
        new Document({
          pageContent: `${g.term[lang]} (${[g.term[lang === 'en' ? 'zh' : 'en'], ...g.aliases[lang]].join(', ')})\n${g.definition[lang]}`,
          metadata: { kind: 'glossary' as const, section: g.section, lang, glossaryId: g.id },
        }),
    ),
  );
}

export async function buildKnowledgeBase(): Promise<KnowledgeBase> {
  const raw = [...(await sectionPassages()), ...glossaryPassages()];
  const docs = raw.map((d, index) => new Document<PassageMeta>({ pageContent: d.pageContent, metadata: { ...d.metadata, index } }));
  const docTerms = docs.map((d) => terms(d.pageContent));
  const glossaryNames = glossary
    .flatMap((g) => [
      { name: g.term.en.toLowerCase(), id: g.id, lang: 'en' as const },
      { name: g.term.zh.toLowerCase(), id: g.id, lang: 'zh' as const },
      ...g.aliases.en.map((a) => ({ name: a.toLowerCase(), id: g.id, lang: 'en' as const })),
      ...g.aliases.zh.map((a) => ({ name: a.toLowerCase(), id: g.id, lang: 'zh' as const })),
    ])
    .filter((n) => n.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  const sectionChars = new Map<string, Set<string>>();
  for (const d of docs) {
    const set = sectionChars.get(d.metadata.section) ?? new Set<string>();
    for (const ch of contentHanChars(d.pageContent)) set.add(ch);
    sectionChars.set(d.metadata.section, set);
  }
  return {
    docs, terms: docTerms, bm25: new Bm25Index(docTerms), sectionChars, glossaryById: new Map(glossary.map((g) => [g.id, g])), glossaryNames,
    classifier: new SectionClassifier(classifierData as SectionClassifierData),
    agentNames: agentNames(docs.map((d) => d.pageContent)),
    commonWords: new Set(commonWordsData.words),
    focusIndex: {
      vocabulary: new Set(docTerms.flat()), texts: docs.map((d) => d.pageContent.normalize('NFKC').toLowerCase().replace(/\s+/g, '')),
      articleVocabulary: new Set(docTerms.filter((_, i) => docs[i].metadata.kind === 'section').flat()),
      articleTexts: docs.filter((d) => d.metadata.kind === 'section').map((d) => d.pageContent.normalize('NFKC').toLowerCase().replace(/\s+/g, '')),
    },
  };
}

/** A lower-cased glossary name and, for a two-word Latin name, the same words in the other order. */
export function nameVariants(name: string): string[] {
  const words = name.split(' ');
  return words.length === 2 && words.every((w) => /^[a-z][a-z0-9-]*$/.test(w)) ? [name, `${words[1]} ${words[0]}`] : [name];
}

/** Each glossary name's matcher, compiled once per knowledge base. */
const nameMatchers = new WeakMap<KnowledgeBase, { id: string; re: RegExp }[]>();

function matchersOf(kb: KnowledgeBase): { id: string; re: RegExp }[] {
  let matchers = nameMatchers.get(kb);
  if (!matchers) {
    // Latin names need word boundaries against Latin letters and digits only ("webgpu是什么"); a
    // two-word Latin name also counts in the other order, as learners translating from Chinese
    // write it ("gradient vanishing" for 梯度消失, "gradient exploding").
    matchers = kb.glossaryNames.map((n) => {
      const latin = `(?:${nameVariants(n.name).map(escapeRegExp).join('|')})`;
      return { id: n.id, re: /\p{Script=Han}/u.test(n.name) ? new RegExp(escapeRegExp(n.name), 'u') : new RegExp(`(?<![a-z0-9])${latin}(?![a-z0-9])`, 'u') };
    });
    nameMatchers.set(kb, matchers);
  }
  return matchers;
}

/** Glossary entries named in `question` (whole words for Latin names, substrings for Chinese),
 *  longest names first, each with the text that named it (of the NFKC, lower-cased question); a
 *  name inside a longer matched name does not count again. */
export function glossaryNamesIn(kb: KnowledgeBase, question: string): { id: string; name: string }[] {
  let text = question.normalize('NFKC').toLowerCase();
  const hits: { id: string; name: string }[] = [];
  for (const { id, re } of matchersOf(kb)) {
    const m = re.exec(text);
    if (!m) continue;
    if (!hits.some((h) => h.id === id)) hits.push({ id, name: m[0] });
    text = text.replace(re, ' ');
  }
  return hits;
}

/** The ids of the glossary entries named in `question` (glossaryNamesIn). */
export function findGlossaryNames(kb: KnowledgeBase, question: string): string[] {
  return glossaryNamesIn(kb, question).map((h) => h.id);
}
