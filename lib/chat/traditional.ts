// Questions in traditional Chinese characters ("訓練前為什麼要先對資料做歸一化？") read as simplified,
// as the article and the glossary are written: every retrieval signal (index terms, the section
// classifier, the refusal model's character coverage) found unknown characters and declined them
// (development set D, session 25). Characters by OpenCC's tables, and, in a question that has any
// traditional character, Taiwan's words for what the mainland calls otherwise ("網路" → "网络",
// "資料" → "数据"); built by models/chat/build-traditional-chars.ts. Simplified text is unchanged.
// Framework-free.
import data from './traditional-chars.json';
import answerData from './traditional-answers.json';

/** A table written as one string of character pairs ("AB": A is read as B), as a map. */
function pairMap(pairs: string): Map<string, string> {
  const all = [...pairs];
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < all.length; i += 2) m.set(all[i], all[i + 1]);
  return m;
}

const CHARS = pairMap(data.pairs);

/** Whether `text` has a character written only in traditional Chinese. */
export function hasTraditional(text: string): boolean {
  for (const c of text) if (CHARS.has(c)) return true;
  return false;
}

/** `text` in simplified characters (and mainland words); `text` itself when it has no traditional
 *  character. */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = [...text].map((c) => CHARS.get(c) ?? c).join('');
  for (const [taiwan, mainland] of data.phrases as [string, string][]) if (out.includes(taiwan)) out = out.split(taiwan).join(mainland);
  return out;
}

// Answers to a question asked in traditional characters are written in them too (Taiwan's usage):
// phrases first, where a character has several readings ("干净" → 乾淨), then single characters;
// built by models/chat/build-traditional-answers.ts from OpenCC's tables for the texts an answer holds.

// (built when a question first has a traditional character: most conversations never do)
let toTraditionalTables: { chars: Map<string, string>; phrases: Map<string, string>; longest: number } | null = null;
function answerTables() {
  if (!toTraditionalTables) {
    const phrases = new Map(answerData.phrases as [string, string][]);
    toTraditionalTables = { chars: pairMap(answerData.chars), phrases, longest: Math.max(1, ...[...phrases.keys()].map((k) => [...k].length)) };
  }
  return toTraditionalTables;
}

/** `text` in traditional characters: at each place the longest phrase of the table, else the
 *  character's traditional form. */
export function toTraditional(text: string): string {
  const { chars: toTrad, phrases, longest } = answerTables();
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; ) {
    let matched = false;
    for (let n = Math.min(longest, chars.length - i); n >= 2; n--) {
      const piece = chars.slice(i, i + n).join('');
      const t = phrases.get(piece);
      if (t !== undefined) {
        out += t;
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += toTrad.get(chars[i]) ?? chars[i];
      i++;
    }
  }
  return out;
}

/** Whether `text` is written in traditional characters: more characters only traditional Chinese
 *  writes than only simplified does ("华为昇腾910B和A100比性能怎么样" names 昇腾 but is simplified). */
export function writesTraditional(text: string): boolean {
  if (!hasTraditional(text)) return false;
  const simplifiedOnly = answerTables().chars;
  let traditional = 0;
  let simplified = 0;
  for (const c of text) {
    if (CHARS.has(c)) traditional++;
    else if (simplifiedOnly.has(c)) simplified++;
  }
  return traditional > simplified;
}
