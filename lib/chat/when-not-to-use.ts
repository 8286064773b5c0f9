// "Does the article say anything about when NOT to use deep learning?", "什么情况下不适合用深度学习",
// "should we use deep learning for 5k rows or is that overkill": the article never says when not to
// use it; what it does say against it is the list of weaknesses in section 3.3. The question got FAQ
// 9.3 (where deep learning IS applied) in tour 5 of session 21. Framework-free.

const WHO = String.raw`(?:i|we|you|one|people)`;
const PICK = String.raw`(?:use|pick|choose)`;
// "when should I not use deep learning?", "when shouldn't we use it?" (the negation before the verb),
// "when should I use it and when not?" (after it), "when not to use it", "is it overkill" …
const EN = new RegExp([
  String.raw`\bwhen (?:should|would|do|can) ${WHO} not ${PICK}\b`,
  String.raw`\bwhen (?:shouldn'?t|wouldn'?t|don'?t) ${WHO} ${PICK}\b`,
  String.raw`\bwhen (?:not to|(?:should|shouldn'?t|would|wouldn'?t|do|don'?t) ${WHO} (?:not )?${PICK})\b[^?]*?(?:\bnot\b|n't\b)`,
  String.raw`\bwhen not to ${PICK}\b`,
  String.raw`\bwhen (?:is|isn'?t) (?:deep learning|a neural network|it) (?:a bad (?:idea|choice|fit)|not (?:a good (?:idea|choice|fit)|the right (?:tool|choice)|worth it|appropriate|suitable))\b`,
  String.raw`\b(?:is (?:that|it|deep learning) )?overkill\b`,
  String.raw`\bnot (?:a good fit|suitable|appropriate) for\b`,
  String.raw`\bshouldn'?t (?:i|we|you) use deep learning\b`,
].join('|'), 'i');
// (and "几千条表格数据 上深度学习合适吗": whether it is worth it at all)
const ZH = /(?:用|上|使用)深度学习(?:合适|合不合适|值得|值不值得|有必要|有没有必要)|(?:适不适合|适合|值得)(?:用|上)深度学习(?:吗)?|不(?:适合|应该|该|宜|适宜)(?:用|使用|上)|(?:什么|哪些)(?:情况|时候|场景|问题)(?:下)?不(?:适合|该|要|应该|需要)|不适用|大材小用|杀鸡用牛刀|没必要用深度学习/u;
// …about deep learning, a neural network or "it" (not "when not to use dropout")
const ABOUT = /deep learning|neural net|\bdl\b|\bit\b|\bthat\b|深度学习|神经网络|它/i;

/** Whether the question asks when (or whether) deep learning is the wrong choice. */
export function asksWhenNotToUse(question: string): boolean {
  const q = question.normalize('NFKC');
  return (EN.test(q) || ZH.test(q)) && ABOUT.test(q);
}

/** What the weaknesses are asked as, in each language. */
export const WEAKNESSES_QUESTION = { en: 'What are the weaknesses of deep learning?', zh: '深度学习有哪些缺点？' } as const;
