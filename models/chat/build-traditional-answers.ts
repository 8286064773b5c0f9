// Builds lib/chat/traditional-answers.json: how the chat writes an answer in traditional characters
// (Taiwan's usage) for a question asked in them. The answers are made only of the sources' text and
// the chat's fixed phrases, so the table holds OpenCC's phrase conversions (STPhrases, TWPhrases) of
// the words those texts use, OpenCC's single characters (STCharacters, first candidate) and Taiwan's
// variants (TWVariants): the phrases decide the characters with several readings ("干扰" → 干擾,
// "发表" → 發表). From the opencc-js dev dependency (Apache-2.0; see the JSON's licence field).
// Run: npm run chars:chat (with build-traditional-chars.ts; the shipped file must equal a fresh build, tested).
import fs from 'node:fs';
import path from 'node:path';
import { characterTable, openccEntries } from './build-traditional-chars';

const ROOT = path.join(__dirname, '..', '..');
/** The files whose Chinese text an answer can hold: the article, the glossary, the editors' notes, and
 *  the chat's fixed phrases and replies (comments in them with example questions count too; they only
 *  add phrases). */
const ANSWER_FILES = ['lib/content/source/article.zh.md', 'lib/content/glossary.ts', 'lib/content/editor-notes.ts', 'lib/chat/phrases.ts',
  'lib/chat/engine.ts', 'lib/chat/small-talk.ts', 'lib/chat/demo-links.ts', 'lib/chat/how-it-learns.ts', 'lib/chat/when-not-to-use.ts'];

function answerTexts(): string {
  return ANSWER_FILES.map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
}

export function traditionalAnswerTables(): { chars: string; phrases: [string, string][] } {
  const text = answerTexts();
  const variants = new Map(openccEntries('TWVariants'));
  const tw = (x: string) => [...x].map((c) => variants.get(c) ?? c).join('');
  const chars = new Map<string, string>();
  for (const [s, t] of characterTable('STCharacters')) chars.set(s, tw(t));
  // characters both scripts write that Taiwan writes otherwise ("着" → 著)
  for (const [v, t] of variants) if (!chars.has(v)) chars.set(v, t);
  const phrases = new Map<string, string>();
  // Taiwan's words after the general phrases, so that they win ("程序" → 程式)
  for (const name of ['STPhrases', 'TWPhrases']) {
    for (const [s, t] of openccEntries(name)) if ([...s].length >= 2 && text.includes(s)) phrases.set(s, tw(t));
  }
  // all of them, also those the characters convert the same way: they segment the text as OpenCC
  // does ("较小范围" is 较小 + 范围 → 範圍, not 小范, a name)
  const needed = [...phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { chars: [...chars].filter(([s, t]) => s !== t).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([s, t]) => s + t).join(''), phrases: needed };
}

if (process.argv[1]?.endsWith('build-traditional-answers.ts')) {
  const out = path.join(ROOT, 'lib', 'chat', 'traditional-answers.json');
  const tables = traditionalAnswerTables();
  const json = {
    builtBy: 'models/chat/build-traditional-answers.ts',
    source: 'opencc-js 1.4.2 (OpenCC dictionaries STCharacters, STPhrases, TWPhrases, TWVariants; phrases the chat\'s texts use)',
    licence: 'Apache-2.0 (OpenCC, https://github.com/BYVoid/OpenCC)',
    ...tables,
  };
  fs.writeFileSync(out, `${JSON.stringify(json)}\n`);
  console.log(`${[...tables.chars].length / 2} characters, ${tables.phrases.length} phrases -> ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
}
