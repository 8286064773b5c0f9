// Questions in traditional Chinese characters ("訓練前為什麼要先對資料做歸一化？") read as simplified,
// as the article and the glossary are written: every retrieval signal (index terms, the section
// classifier, the refusal model's character coverage) found unknown characters and declined them
// (development set D, session 25). Characters by OpenCC's tables, and, in a question that has any
// traditional character, Taiwan's words for what the mainland calls otherwise ("網路" → "网络",
// "資料" → "数据"); built by models/chat/build-traditional-chars.ts. Simplified text is unchanged.
// Framework-free.
import data from './traditional-chars.json';

const CHARS: Map<string, string> = (() => {
  const all = [...data.pairs];
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < all.length; i += 2) m.set(all[i], all[i + 1]);
  return m;
})();

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
