// Types of the article as structured data: bilingual sections, FAQ and editor's notes.
// Section ids are the article's own numbering as strings ("3", "3.1", "9.6").

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A string in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface Section {
  /** The article's own number: "1", "3.2", "9.6". */
  id: string;
  /** 2 for "## 1. ...", 3 for "### 3.1 ..." (markdown heading level). */
  level: 2 | 3;
  /** Id of the enclosing top-level section, or null for a top-level one. */
  parent: string | null;
  title: Bilingual;
  /** Markdown between this heading and the next one; `zh` is the seed's text verbatim. */
  body: Bilingual;
}

export interface FaqEntry {
  /** Section id of the question, "9.1" ... "9.8". */
  id: string;
  question: Bilingual;
  /** The answer as markdown (the section body). */
  answer: Bilingual;
}

export interface Article {
  /** The seed has no title: this one is the editors' (see editor's notes). */
  title: Bilingual;
  keywords: { zh: string[]; en: string[] };
  abstract: Bilingual;
  sections: Section[];
}
