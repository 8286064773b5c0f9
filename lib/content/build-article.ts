// Builds the structured bilingual article from the two markdown sources (Node and tests only:
// the app imports the generated JSON through ./article.ts, never the markdown files).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pairArticle, parseArticleMarkdown } from './parse-article';
import type { Article, Bilingual } from './types';

export const SOURCE_DIR = path.join(__dirname, 'source');
export const GENERATED_PATH = path.join(__dirname, 'article.generated.json');

/** The seed has no title line; this one is supplied by the editors and marked as such. */
export const EDITORS_TITLE: Bilingual = {
  zh: '深度学习：神经网络、CNN、Transformer 与可解释性',
  en: 'Deep Learning: Neural Networks, CNNs, Transformers and Interpretability',
};

export function readSource(lang: 'zh' | 'en'): string {
  return readFileSync(path.join(SOURCE_DIR, `article.${lang}.md`), 'utf8');
}

export function buildArticle(): Article {
  return pairArticle(
    { zh: parseArticleMarkdown(readSource('zh')), en: parseArticleMarkdown(readSource('en')) },
    EDITORS_TITLE,
  );
}
