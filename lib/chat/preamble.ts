// What a reader says about themselves before asking: "I'm teaching this to high schoolers next
// week. What are the six training steps the article lists, in order?", "我在准备组会。文章里的反向传播
// 是怎么推导的？". The opening sentences ask nothing and name no knowledge-base concept; searching
// with them pulled the question below the refusal threshold (tour 2 of session 19), so the engine
// asks the question without them, and without a closing clause about what the reader will do with
// the answer ("… I could put on the whiteboard"). Framework-free.

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
  const parts = text.split(/(?<=[.!。！])\s*/u).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return text;
  let k = 0;
  while (k < parts.length - 1 && ABOUT_READER.test(parts[k]) && !ASKS.test(parts[k]) && !namesConcept(parts[k])) k++;
  if (k === 0) return text;
  const rest = parts.slice(k).join(' ');
  // "I run a support desk and want an agent that talks to customers. Is that something deep
  // learning is used for?": the question points back at what was said
  if (POINTS_BACK.test(rest)) return text;
  return ASKS.test(rest) ? rest : text;
}
