// What a reader says about themselves before asking: "I'm teaching this to high schoolers next
// week. What are the six training steps the article lists, in order?", "我在准备组会。文章里的反向传播
// 是怎么推导的？". The opening sentences ask nothing and name no knowledge-base concept; searching
// with them pulled the question below the refusal threshold (tour 2 of session 19), so the engine
// asks the question without them, and without a closing clause about what the reader will do with
// the answer ("… I could put on the whiteboard"), nor with an aside after the question: that the
// reader does not understand ("softmax是个啥 看不懂"), wants an everyday example or an analogy
// ("学习率是什么意思？能举个生活中的例子吗", "Is there a simple analogy I can use?") or whom it is for
// ("to 16-year-olds"): those pulled definition questions below the refusal threshold (tour 4 of
// session 20). A correction before the question ("不对，我是说随机梯度下降", "no, I meant SGD") is
// not searched with either: what follows it is the question. Framework-free.

// about the reader: first person, in either language
const ABOUT_READER = /\b(?:i|i'm|im|i've|i'd|i'll|my|me|we|we're|our|us)\b|我|我们|本人|咱/i;
// a sentence that asks something
const ASKS = /[?？]|\b(?:what|how|why|when|where|which|who|whom|whose|can|could|should|would|is|are|does|do|did|explain|tell me|give me)\b|什么|啥|怎么|如何|为什么|为啥|哪|吗|呢|多少|几|是否|能否|有没有|请|讲讲|说说|介绍/i;

// a question that refers to the sentences before it
const POINTS_BACK = /\b(?:that|this|it|these|those|they|them|such)\b|它|这个|那个|这些|那些|这样|这种|那种/i;

// "… a worked example of backpropagation I could put on the whiteboard?": what the reader will do
// with the answer, at the end of the question
// (a relative clause after a noun: not "do I have to …", "or do I …", "what tools do i need to …")
const READER_CLAUSE = /(?<!\b(?:do|does|did|or|and|if|when|should|can|could|would|will|must|shall|may|might))\s+(?:that\s+|which\s+)?(?:I|we)\s+(?:could|can|might|would)\s+[^?？.,;]*?(?=[?？.]?$)/i;

/** The question without a closing clause about what the reader will do with the answer; `text`
 *  itself when it has none or the clause names a concept. */
export function withoutReaderClause(text: string, namesConcept: (sentence: string) => boolean): string {
  const m = READER_CLAUSE.exec(text);
  if (!m || m.index === 0 || namesConcept(m[0])) return text;
  const rest = `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`.trim();
  return ASKS.test(rest) && rest.split(/\s+/).length >= 3 ? rest : text;
}

/** The question without its opening sentences about the reader; `text` itself when it has none,
 *  when they name a concept (`namesConcept`: they may be part of what is asked), when what remains
 *  points back at them or asks nothing. */
export function withoutPreamble(text: string, namesConcept: (sentence: string) => boolean): string {
  // sentences, and a clause before a dash or colon ("I'm a radiologist – does …", "As a skeptic: …")
  const parts = text.split(/(?<=[.!。！])\s*|\s+[–—-]\s+|(?<=^[^:：]{3,40})[:：]\s*/u).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return text;
  let k = 0;
  while (k < parts.length - 1 && (ABOUT_READER.test(parts[k]) || AS_ROLE.test(parts[k])) && !ASKS.test(parts[k]) && !namesConcept(parts[k])) k++;
  if (k === 0) return text;
  const rest = parts.slice(k).join(' ');
  // "I run a support desk and want an agent that talks to customers. Is that something deep
  // learning is used for?": the question points back at what was said (not "it" after "the
  // article": "Does the article admit to any downsides, or is it all praise?")
  if (POINTS_BACK.test(ARTICLE_NAMED.test(rest) ? rest.replace(/\bit\b|它/giu, ' ') : rest)) return text;
  return ASKS.test(rest) ? rest : text;
}

// "As a skeptic", "as a teacher": who the reader is
const AS_ROLE = /^as an? [a-z-]+(?: [a-z-]+)?$|^作为一?[名个位]?[\p{Script=Han}]{1,6}$/iu;
// the article, which a later "it" may stand for
const ARTICLE_NAMED = /\b(?:the|this) article\b|\bhere\b|文章|这篇/i;

// A sentence or clause after the question about why the reader asks or what they will do with the
// answer: "whats a transformer in plain english? need to explain it to my boss tmrw", "transformer和
// RNN区别是啥，老板问我我也说不清" (tour 5 of session 21: declined, or answered with FAQ 9.5 for 说不清).
// It asks nothing (no question word at its start, no question mark), is about the reader, and names
// no concept, number, section or code, which could be part of what is asked.
const TAIL_ASKS = /[?？]|^(?:what|how|why|when|where|which|who|can|could|should|would|is|are|does|do|did|explain|tell me|give me|and|or|also|plus)\b|什么|啥|怎么|如何|为什么|为啥|哪|吗|呢|多少|几|是否|能否|有没有|讲讲|说说|介绍/i;
// the question before it: a question mark, a closing question word, or an opening one
const HEAD_ASKS = /[?？][，,;；]?$|(?:吗|呢|啥|什么|么|嘛|如何|怎么样|多少|几个)[，,;；。.!！]*$|^(?:what|whats|what's|how|why|when|where|which|who|can|could|should|would|is|are|does|do|did|explain|tell me|give me)\b/i;
// where to look (the code, a section, the article, a paper, the example): part of what is asked
const NAMES_PLACE = /\b(?:code|section|chapter|article|paper|example)s?\b|代码|章|节|文章|例子|论文/i;
const NAMES_FIGURE = /\d|\bformulas?\b|公式/i;

/** The question without such a closing sentence or clause; `text` itself when there is none, or
 *  when `keeps` says the tail matters (a doubt: "…？？我不信"). */
export function withoutPostamble(text: string, namesConcept: (sentence: string) => boolean, keeps: (tail: string) => boolean): string {
  const parts = text.split(/(?<=[?？!！。.，,;；])\s*/u).filter(Boolean);
  for (let k = 1; k < parts.length; k++) {
    const head = parts.slice(0, k).join(' ').trim();
    if (!HEAD_ASKS.test(head)) continue;
    const tail = parts.slice(k).join(' ').trim();
    const clauses = tail.split(/[?？!！。.，,;；]+/u).map((c) => c.trim()).filter(Boolean);
    const aside = clauses.length > 0 && ABOUT_READER.test(tail) && clauses.every((c) => !TAIL_ASKS.test(c)) && !NAMES_PLACE.test(tail) && !NAMES_FIGURE.test(tail) && !namesConcept(tail) && !keeps(tail);
    return aside ? head.replace(/[，,;；]+$/u, '').trim() : text;
  }
  return text;
}

// A setting put before a comparison: "For classification, is MSE or cross-entropy the better loss?",
// "做分类的话，MSE和交叉熵哪个好". Searched with, it kept the comparison from being read as one (4.3's
// MSE sentence was the answer). Dropped when it names no concept and what follows compares.
const LEADING_SETTING_EN = /^(?:for|in|with|when (?:doing|training|building|using))\s+[^,?]{1,40},\s*(?=(?:is|are|which|what|should|does|do|would)\b)/i;
const LEADING_SETTING_ZH = /^(?:做|对于|在|对|如果是)[^，,？?]{1,12}(?:的话|时|时候|中|里|来说|而言)[，,]\s*/u;
const COMPARES = /\b(?:or|vs\.?|versus|better|worse|differ\w*|difference)\b|哪个|哪种|区别|不同|还是|更好/i;

/** The comparison without a setting put before it (see above); `text` itself otherwise. */
export function withoutLeadingSetting(text: string, namesConcept: (sentence: string) => boolean): string {
  const m = LEADING_SETTING_EN.exec(text) ?? LEADING_SETTING_ZH.exec(text);
  // (not where to look: "In the code, is dropout or batch norm used?")
  if (!m || namesConcept(m[0]) || NAMES_PLACE.test(m[0])) return text;
  const rest = text.slice(m[0].length).trim();
  return COMPARES.test(rest) && namesConcept(rest) ? rest : text;
}

// after the question: the reader does not understand, or wants it plainer
const NOT_UNDERSTOOD_ZH = /[，,。.\s]*(?:完全|实在|还是|有点|真的)?(?:看不懂|没看懂|看不太懂|不太懂|听不懂|不懂|不明白|求解释|求科普|说人话|通俗(?:一点|点)?(?:讲|说)(?:一下|讲)?)[啊呀了呢吧]*[?？！!。.]*$/u;
// …or an everyday example or analogy, which the article never gives
const ANALOGY_ZH = /[，,。.\s]*(?:能|可以)?(?:不能)?(?:举|打)(?:个|一个)(?:生活中的|生活里的|日常的|简单的|通俗的|形象的)?(?:例子|比方)(?:吗|么|嘛|呢)?[?？！!。.]*$|[，,。.\s]*有没有(?:简单的|通俗的|生活中的|形象的)?(?:比喻|类比|例子)[?？！!。.]*$|[，,。.\s]*打个比方[?？！!。.]*$/u;
const ANALOGY_EN = /[?.!,;]\s*(?:(?:is there|do you have|got|any|maybe)\s+)?(?:an?\s+)?(?:simple |good |easy |everyday |real-life |real-world )?(?:analogy|analogies|metaphor)(?:\s+(?:i|we)\s+(?:can|could)\s+use)?[?.!]*$/i;
const ONE_SENTENCE = /[，,\s]*(?:用|能不能|能|可以)?一句话(?:说清楚|说明白|讲清楚|讲明白|概括|总结|说|讲|解释)?(?:一下)?(?:吗|呢)?[?？！!。.]*$|[,;]?\s+in (?:one|a single|1) sentence[?.!]*$/iu;
// whom it is for, after "explain …": "to 16-year-olds", "to my students"
const AUDIENCE_EN = /\s+to\s+(?:\d+[- ]year[- ]olds?|(?:my |the |a |some )?(?:students|kids|children|child|beginners|high ?schoolers|teenagers|teens|non-experts|laypeople|layman|(?:mom|dad|parents|grandma|grandpa)))\b/i;

/** The question without an aside after it about the reader (see the header), and whether the aside
 *  asked for an everyday example or an analogy; `text` itself when nothing that asks is left. */
export function withoutAside(text: string): { text: string; analogy: boolean } {
  let t = text.trim();
  let analogy = false;
  for (let i = 0; i < 3; i++) {
    const before = t;
    const a = ANALOGY_ZH.exec(t) ?? ANALOGY_EN.exec(t);
    if (a && a.index > 0) {
      t = t.slice(0, a.index).trim();
      analogy = true;
    }
    const n = NOT_UNDERSTOOD_ZH.exec(t);
    if (n && n.index > 0) t = t.slice(0, n.index).trim();
    // "两者区别一句话说清楚", "…, in one sentence": how short, not what (it led to FAQ 9.7)
    const o = ONE_SENTENCE.exec(t);
    if (o && o.index > 0) t = t.slice(0, o.index).trim();
    if (/^(?:how (?:would|do|can|should) (?:i|you|we) )?explain\b|解释/i.test(t)) t = t.replace(AUDIENCE_EN, '');
    if (t === before) break;
  }
  t = t.replace(/[，,;；]+$/u, '').trim();
  // ("两者区别" asks for a difference without a question word)
  return t && (ASKS.test(t) || COMPARES.test(t)) && t !== text.trim() ? { text: t, analogy } : { text, analogy: false };
}

// "不对，我是说…", "no, I meant …": the reader corrects what the last answer took them to ask
const CORRECTION = /^(?:不对|不是|错了|搞错了|理解错了|no|nope|not that|wrong)[，,。.!！\s]+(?:(?:我|俺)(?:是|其实是)?(?:说|问|想问|指|要问)的?(?:是)?|i (?:meant|mean|was asking about|am asking about|asked about)|i'm asking about)[：:，,\s]*/iu;

/** What the reader meant after a correction ("不对，我是说随机梯度下降" → "随机梯度下降"); `text` itself
 *  when it starts with none or nothing follows it. */
export function withoutCorrection(text: string): string {
  const m = CORRECTION.exec(text.trim());
  const rest = m ? text.trim().slice(m[0].length).trim() : '';
  return rest || text;
}

// An example the reader gives at the end of the question: "is deep learning used in recommender
// systems, like netflix suggestions?", "…，比如抖音推荐那种？". A brand or product named only there
// counted as an unknown word and declined the question (set C, session 25).
const EXAMPLE_TAIL = /\s*(?:[,，;；(（]\s*(?:like|such as|e\.g\.?|for example|for instance|say)\s+|[,，;；(（]\s*(?:比如|例如|像|譬如)(?:说)?)[^,，;；?？。.!！]+?[)）]?\s*(?:那样|那种|之类的?|等)?\s*(?:[?？。.!！]+)?\s*$/iu;

/** The question without an example at its end that names no concept (`namesConcept`), keeping the
 *  question mark; `text` itself when there is none or nothing that asks is left. */
export function withoutExample(text: string, namesConcept: (sentence: string) => boolean): string {
  const m = EXAMPLE_TAIL.exec(text);
  if (!m || m.index === 0 || namesConcept(m[0])) return text;
  const rest = text.slice(0, m.index).trim();
  const mark = /[?？]/.test(m[0]) ? (/[\u4e00-\u9fff]/u.test(rest) ? '？' : '?') : '';
  return ASKS.test(rest) && rest.split(/\s+/).length + (rest.match(/\p{Script=Han}/gu) ?? []).length / 2 >= 4 ? `${rest}${mark}` : text;
}

// the whole message asks for an everyday example or analogy ("能举个生活中的例子吗", "is there a simple
// analogy?", "any real-life example?"): of the conversation's last topic (set D, session 25: 4.3's
// worked example and FAQ 9.4 answered it)
const ONLY_ANALOGY_ZH = /^(?:那|那么)?(?:能|可以)?(?:不能)?(?:再)?(?:举|打)(?:个|一个)(?:生活中的|生活里的|日常的|简单的|通俗的|形象的)(?:例子|比方)(?:吗|么|嘛|呢)?[?？！!。.]*$|^(?:有没有|有)(?:简单的|通俗的|生活中的|形象的)?(?:比喻|类比)(?:吗|么)?[?？！!。.]*$|^打个比方(?:呢|吧)?[?？！!。.]*$/u;
const ONLY_ANALOGY_EN = /^(?:(?:and|so|ok(?:ay)?),?\s+)?(?:(?:is there|do you have|got|any|maybe|can you give(?: me)?|could you give(?: me)?|give me)\s+)?(?:an?\s+)?(?:simple |good |easy |everyday |real-life |real life |plain )?(?:analogy|analogies|metaphor|everyday example|real-life example|real life example)(?:\s+(?:i|we)\s+(?:can|could)\s+use)?(?:\s+(?:for it|for that|please|pls))?[?.!]*$/i;

/** Whether the whole message asks for an everyday example or an analogy. */
export function asksOnlyAnalogy(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return ONLY_ANALOGY_ZH.test(t) || ONLY_ANALOGY_EN.test(t);
}
