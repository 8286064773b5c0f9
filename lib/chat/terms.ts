// Turns English/Chinese text into index terms for lexical retrieval (BM25):
// English words lower-cased, stop words dropped, lightly stemmed; Chinese as character bigrams
// inside runs of Han characters split at function characters (BERT-style tokenisers see single
// characters; bigrams approximate words without a segmenter). Digits and Latin acronyms kept.

const EN_STOP = new Set(
  ('a an the and or but if then else of to in on at by for with from as into about over under is are was were be been being am ' +
    'do does did doing done have has had having can could should would will shall may might must i me my mine we us our you your ' +
    'he she it its they them their this that these those there here what which who whom whose when where why how all any some ' +
    'no not nor so too very just than also s t don doesn isn aren wasn weren get got give gives tell explain explained describe ' +
    'mean means meaning please article paper text say says said talk talks section part know like one ok okay really ' +
    'thing things way ways make makes made let lot lots much many more most other others such only own ' +
    'same both each few out up down off again further once whether while during before after above below between through until ' +
    'hi hey hello thanks thank').split(/\s+/),
);

// Characters that split a Han run (particles, pronouns, question words' glue).
const ZH_SPLIT = new Set('的了是吗呢吧啊呀在和与及或也都就这那我你您他她它们个有把被让给对从向为请问啥嘛哪'.split(''));
// Bigrams that only frame a question.
const ZH_STOP_BIGRAMS = new Set([
  '什么', '怎么', '怎样', '如何', '哪些', '哪里', '为什', '为何', '可以', '一下', '文章', '介绍', '说说', '讲讲', '告诉', '关于', '一些',
  '还有', '应该', '需要', '能够', '时候', '如果', '还是', '已经', '就是', '东西', '问题', '知道', '多少', '哪个', '哪种', '一个',
  '到底', '究竟', '一般', '通常', '主要', '大概', '具体', '怎么样', '有没', '一点', '一样', '比较', '部分', '里面', '内容',
]);

// Characters that only frame a Chinese question (besides ZH_SPLIT).
const ZH_FRAME_CHARS = new Set('什么怎样如何哪些为可以一下文章介绍说讲告诉关于还应该需要能够时候如果已经就东西问题知道多少种到底究竟办呀吗'.split(''));

/** Distinct content Han characters of `text` (no particles or question frames). */
export function contentHanChars(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text.normalize('NFKC')) if (/\p{Script=Han}/u.test(ch) && !ZH_SPLIT.has(ch) && !ZH_FRAME_CHARS.has(ch)) out.add(ch);
  return [...out];
}

/** Very light English stemmer: plural and common verb endings (applied to both query and text). */
export function stem(word: string): string {
  // ("how accurate was the model" asks for the accuracy 5.4 reports)
  if (word === 'accurate' || word === 'accurately') return 'accuracy';
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ation')) w = w.slice(0, -5);
  return w;
}

function hanTerms(run: string, out: string[]): void {
  const parts: string[] = [];
  let cur = '';
  for (const ch of run) {
    if (ZH_SPLIT.has(ch)) {
      if (cur) parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  for (const p of parts) {
    const chars = [...p];
    if (chars.length === 1) {
      out.push(chars[0]);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      const bi = chars[i] + chars[i + 1];
      if (!ZH_STOP_BIGRAMS.has(bi)) out.push(bi);
    }
  }
}

/** Index terms of `text` (repeats kept: BM25 counts them). */
export function terms(text: string): string[] {
  const out: string[] = [];
  // camelCase identifiers also yield their parts: "MaxPooling2D" -> maxpooling2d, max, pooling2d.
  // (accents folded: "cramer-rao" finds section 7's "Cramér-Rao")
  const norm = text.normalize('NFKC').normalize('NFD').replace(/(?<=\p{Script=Latin})\p{M}+/gu, '').normalize('NFC')
    .replace(/\b([A-Z]?[a-z]+)([A-Z][A-Za-z]*\d*[A-Za-z]*)\b/g, '$1$2 $1 $2').toLowerCase();
  for (const m of norm.matchAll(/(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[-'](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*)/gu)) {
    if (m[1]) hanTerms(m[1], out);
    else {
      for (const piece of m[2].split(/[-']/)) {
        if (!piece || EN_STOP.has(piece)) continue;
        if (/^\d+$/.test(piece) && piece.length > 4) continue;
        out.push(stem(piece));
      }
    }
  }
  return out;
}
