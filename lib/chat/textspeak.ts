// Chat shorthand read as the words it stands for ("can u tell me abt transformers", "wat is backprop"), so that question
// frames and small talk recognise it. Only whole words that have no other reading in questions about
// deep learning; "pls" and "whats" are left alone (spelling them out changed which check questions
// were declined). Chinese 咋 is read as 怎么, and 几轮 ("how many rounds") as 几个轮次 (epochs). The text is otherwise unchanged. Framework-free.

const SHORTHAND: Record<string, string> = {
  u: 'you',
  ur: 'your',
  abt: 'about',
  cuz: 'because',
  thru: 'through',
  diffrence: 'difference',
  wat: 'what',
  wut: 'what',
  // spelled as "whats" is, which the question frames read
  wats: 'whats',
  wht: 'what',
  btwn: 'between',
  betwen: 'between',
};

// Colloquial Chinese 咋 ("how") and 怎么整: "训练太慢了咋办" is asked as "训练太慢了怎么办" (咋 is a character
// the text models rarely saw, and the FAQ's titles say 怎么办).
const ZA: [RegExp, string][] = [
  [/咋(?:办|整|弄|搞)|怎么整/gu, '怎么办'],
  [/咋样/gu, '怎么样'],
  [/咋回事/gu, '怎么回事'],
  [/咋/gu, '怎么'],
  // "训练了几轮": 轮 counts epochs, written 轮次 / 轮数 in the glossary
  [/(几|多少)轮(?!次|数)/gu, '$1个轮次'],
];

/** `text` with chat shorthand spelled out ("can u tell me abt X" → "can you tell me about X",
 *  "咋办" → "怎么办", "训练了几轮" → "训练了几个轮次"). */
export function expandShorthand(text: string): string {
  return ZA.reduce((t, [from, to]) => t.replace(from, to), text).replace(/(?<![\w.'\-\p{Script=Han}])[A-Za-z]+(?![\w'\-\p{Script=Han}])/gu, (w) => {
    // a capital single letter is a name ("the Mann-Whitney U test")
    const full = w.length === 1 && w !== w.toLowerCase() ? undefined : SHORTHAND[w.toLowerCase()];
    if (!full) return w;
    return w[0] === w[0].toUpperCase() && w.length > 1 ? full[0].toUpperCase() + full.slice(1) : full;
  });
}
