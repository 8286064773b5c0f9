// Chat shorthand read as the words it stands for ("can u tell me abt transformers", "wat is backprop"), so that question
// frames and small talk recognise it. Only whole words that have no other reading in questions about
// deep learning; "pls" and "whats" are left alone (spelling them out changed which check questions
// were declined). Chinese 咋 is read as 怎么, 啥玩意 as 什么, and 几轮 ("how many rounds") as 几个轮次 (epochs). What the
// author recommends or says is what the article does ("作者推荐了哪些书", "what does the author
// suggest"). The people the article names in Latin letters are read from their Chinese transliterations
// ("卡帕西" → Andrej Karpathy, session 24). The text is otherwise unchanged. Framework-free.

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
  wich: 'which',
  btwn: 'between',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  // "how is that diff from the transformer", "diff between CNN and RNN"
  diff: 'difference',
  betwen: 'between',
  // shortened technical words ("pros of deep learning algos?": set D, session 25)
  algo: 'algorithm',
  algos: 'algorithms',
  hyperparams: 'hyperparameters',
  hyperparam: 'hyperparameter',
  params: 'parameters',
  param: 'parameter',
  arch: 'architecture',
  archs: 'architectures',
  nns: 'neural networks',
  // the glossary's name for it ("how can i make a neural network more explainable": set C; an alias
  // would change the classifier's training text, which leaves out questions naming a concept)
  explainable: 'interpretable',
  upsides: 'strengths',
  upside: 'strength',
  downsides: 'weaknesses',
  downside: 'weakness',
};

// Colloquial Chinese 咋 ("how") and 怎么整: "训练太慢了咋办" is asked as "训练太慢了怎么办" (咋 is a character
// the text models rarely saw, and the FAQ's titles say 怎么办).
const ZA: [RegExp, string][] = [
  [/咋(?:办|整|弄|搞)|怎么整/gu, '怎么办'],
  [/咋样/gu, '怎么样'],
  // "过拟合是啥玩意": slang for 是什么
  [/是?啥玩意儿?/gu, '是什么'],
  [/咋回事/gu, '怎么回事'],
  [/咋/gu, '怎么'],
  // "训练了几轮": 轮 counts epochs, written 轮次 / 轮数 in the glossary
  [/(几|多少)轮(?!次|数)/gu, '$1个轮次'],
  // what the article's author recommends or thinks is what the article does ("作者推荐了哪些书" scored
  // as out of scope: 作者 is no word of the article); not the author of anything else ("《深度学习》的作者是谁")
  [/(?:(?:这篇)?文章的?|本文的?)?(?<!》的?)作者(?=(?:都|又|还|也|主要|具体)?(?:推荐|建议|认为|觉得|提到|强调|主张|介绍|说|讲|列|列举|引用))/gu, '文章'],
  // the people the article names in Latin letters, as Chinese readers transliterate them ("卡帕西是谁啊")
  [/(?:安德烈|安德雷)?[·・]?卡帕(?:西|斯|蒂)/gu, 'Andrej Karpathy'],
  [/古德费洛|古德菲洛/gu, 'Goodfellow'],
  [/本吉奥|本希奥/gu, 'Bengio'],
  [/库维尔/gu, 'Courville'],
];

// The same in English: "what does the author recommend", "which books the author suggests".
const AUTHOR_EN = /\b(?:the (?:article's |article’s )?)?authors?(?= (?:(?:also|mainly|actually|really|even) )?(?:recommends?|suggests?|thinks?|says?|mentions?|believes?|argues?|claims?|proposes?|cites?|lists?|recommended|suggested|mentioned|cited|listed)\b)/gi;

/** `text` with chat shorthand spelled out ("can u tell me abt X" → "can you tell me about X",
 *  "咋办" → "怎么办", "训练了几轮" → "训练了几个轮次"). */
export function expandShorthand(text: string): string {
  return ZA.reduce((t, [from, to]) => t.replace(from, to), text).replace(AUTHOR_EN, 'the article').replace(/\bdiff(?= from\b)/gi, 'different').replace(/(?<![\w.'\-\p{Script=Han}])[A-Za-z]+(?![\w'\-\p{Script=Han}])/gu, (w) => {
    // a capital single letter is a name ("the Mann-Whitney U test")
    const full = w.length === 1 && w !== w.toLowerCase() ? undefined : SHORTHAND[w.toLowerCase()];
    if (!full) return w;
    return w[0] === w[0].toUpperCase() && w.length > 1 ? full[0].toUpperCase() + full.slice(1) : full;
  });
}
