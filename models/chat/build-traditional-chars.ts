// Builds lib/chat/traditional-chars.json: single traditional Chinese characters and the simplified
// character each is read as, from OpenCC's dictionaries as the npm package opencc-js ships them
// (TSCharacters, with the Taiwan and Hong Kong variant tables applied first: 裡 → 裏 → 里; Apache-2.0,
// see the JSON's licence field). The chat reads a question in traditional characters ("訓練前為什麼要
// 先對資料做歸一化") as simplified, as the article and the glossary are written; it declined such
// questions for their unknown characters (development set D, session 25). A character that the
// simplified sources themselves write (才, 么, 干) is never mapped, so simplified text is unchanged.
// Also Taiwan's words for what the mainland calls otherwise ("網路" → "网络", "資料" → "数据").
// Run: npm run chars:chat (seconds; the shipped file must equal a fresh build, tested).
import fs from 'node:fs';
import path from 'node:path';
import { glossary } from '../../lib/content/glossary';

const DICT = path.join(__dirname, '..', '..', 'node_modules', 'opencc-js', 'dist', 'esm-lib', 'dict');

/** The entries of one OpenCC table ("A B C|D E" → [A, B], [D, E]: the first candidate), read from
 *  the ES module opencc-js ships it as. */
export function openccEntries(name: string): [string, string][] {
  const text = fs.readFileSync(path.join(DICT, `${name}.js`), 'utf8');
  const body = /export default "([^"]*)"/.exec(text)?.[1];
  if (body === undefined) throw new Error(`unexpected format of opencc-js's ${name}.js`);
  return body.split('|').map((e) => e.split(' ')).filter((p) => p.length >= 2 && p[0] && p[1]).map((p) => [p[0], p[1]]);
}

/** One OpenCC table of single characters (the first entry of each character), as a map. */
export function characterTable(name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [from, to] of openccEntries(name)) if ([...from].length === 1 && [...to].length === 1 && !out.has(from)) out.set(from, to);
  return out;
}

/** The characters the simplified sources write: the Chinese article and the glossary. */
function simplifiedInUse(): Set<string> {
  const zh = fs.readFileSync(path.join(__dirname, '..', '..', 'lib', 'content', 'source', 'article.zh.md'), 'utf8');
  const text = zh + glossary.map((g) => `${g.term.zh}${g.aliases.zh.join('')}${g.definition.zh}`).join('');
  return new Set([...text].filter((c) => /\p{Script=Han}/u.test(c)));
}

export function traditionalPairs(): [string, string][] {
  const ts = characterTable('TSCharacters');
  const variants = [characterTable('TWVariantsRev'), characterTable('HKVariantsRev')];
  const keep = simplifiedInUse();
  const out = new Map<string, string>();
  const keys = new Set([...ts.keys(), ...variants.flatMap((v) => [...v.keys()])]);
  for (const c of keys) {
    if (keep.has(c)) continue;
    const standard = variants.reduce((x, v) => v.get(x) ?? x, c);
    const simplified = ts.get(standard) ?? ts.get(c) ?? standard;
    if (simplified !== c) out.set(c, simplified);
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Taiwan's words for what the mainland, and so the article, calls otherwise ("網路" → "网络",
 *  "資料" → "数据", "演算法" → "算法"), both sides in simplified characters, for words whose
 *  character-by-character reading differs from the mainland word (OpenCC's TWPhrasesRev). */
export function taiwanPhrases(pairs: [string, string][]): [string, string][] {
  const chars = new Map(pairs);
  const simplified = (x: string) => [...x].map((c) => chars.get(c) ?? c).join('');
  const out: [string, string][] = [];
  for (const [from, to] of openccEntries('TWPhrasesRev')) {
    const [a, b] = [simplified(from), simplified(to)];
    // words, not names of people and places ("阿利安卓·岗札雷·伊纳利图")
    if (a !== b && [...a].length <= 4 && !/[·・]/.test(a)) out.push([a, b]);
  }
  return out.sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

if (process.argv[1]?.endsWith('build-traditional-chars.ts')) {
  const out = path.join(__dirname, '..', '..', 'lib', 'chat', 'traditional-chars.json');
  const pairs = traditionalPairs();
  const json = {
    builtBy: 'models/chat/build-traditional-chars.ts',
    source: 'opencc-js 1.4.2 (OpenCC dictionaries TSCharacters, TWVariantsRev, HKVariantsRev, TWPhrasesRev)',
    licence: 'Apache-2.0 (OpenCC, https://github.com/BYVoid/OpenCC)',
    // "AB": traditional A read as simplified B, one pair after another
    pairs: pairs.map(([a, b]) => a + b).join(''),
    // Taiwan's word → the mainland's, both simplified, longest first
    phrases: taiwanPhrases(pairs),
  };
  fs.writeFileSync(out, `${JSON.stringify(json)}\n`);
  console.log(`${pairs.length} characters -> ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
}
