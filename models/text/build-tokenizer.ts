// The shared WordPiece vocabulary of the three text models, built from the
// training corpora only (never from the held-out sets). Deterministic.
//
// The shipped vocabulary is frozen in vocab.txt (one token per line, id = line
// number), built by buildSharedTokenizer() from the first version of the
// corpora; later data changes (neutral context, more topic cue words) must not
// change the ids the other models were trained with. Rebuild it with
//   npx tsx models/text/build-tokenizer.ts --write
// and then retrain all three models.
import fs from 'node:fs';
import path from 'node:path';

import { englishLexicon, sentimentExamples, sentimentVocabularyTexts } from './data/sentiment-data';
import { topicExamples, topicVocabularyTexts } from './data/topic-data';
import { embedVocabularyTexts } from './data/embed-data';
import { COMMON_HANZI } from './data/common-hanzi';
import { buildVocab, WordPieceTokenizer } from './tokenizer';
import { mulberry32 } from '../../lib/util/rng';

/** At most this many whole English words (beyond characters and suffix pieces). */
export const MAX_WORDS = 4500;

export function buildSharedTokenizer(): WordPieceTokenizer {
  const texts = [
    ...sentimentVocabularyTexts(),
    ...topicVocabularyTexts(),
    ...embedVocabularyTexts(),
    ...sentimentExamples(mulberry32(99), 4000).map((e) => e.text),
    // (vocab.txt was built when these generators had no neutral-context clauses)
    ...topicExamples(mulberry32(98), 2000, { framed: false }).map((e) => e.text),
  ];
  const lex = englishLexicon();
  const vocab = buildVocab(texts, { maxWords: MAX_WORDS, minCount: 2, extraWords: [...lex.pos, ...lex.neg], extraChars: COMMON_HANZI });
  return new WordPieceTokenizer(vocab);
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
