// A message that asks two or three things at once ("what is dropout and what is batch norm?",
// "什么是卷积？池化又是什么？"): where to split it into questions. Only the split; the engine
// (engine.ts) answers each part and keeps the split only when the parts are answered from
// different sources (otherwise the message is answered as one question). Framework-free.

const MAX_PARTS = 3;

// English question words and auxiliaries that start a question.
const EN_QUESTION_WORDS = "what|what's|whats|how|why|when|where|which|who|is|are|does|do|did|can|could|should|would|will";
// A part starts with one of them or a request ("… and what is …", "…? How does …", "Explain …").
const EN_QUESTION_START = new RegExp(`^(?:${EN_QUESTION_WORDS}|explain|describe|define|tell me)\\b`, 'i');
// Separators before a new English question: "?" (anything may follow), or ",", ";", "and" (a
// question word must follow).
const EN_AFTER_QUESTION_MARK = /(?<=[?？])\s+/i;
// "What is dropout? And batch norm?": a short part that only names a new subject, read in the
// earlier part's frame (follow-up.ts)
const EN_ELLIPTICAL = /^(?:and|(?:and\s+)?(?:what|how)\s+about)\s+(?!(?:what|how|why|when|where|who|which|is|are|does|do|did|can|could|should|would|will|in|inside|it|that|this)\b)(?:the\s+)?[^?？,;]{1,40}[?？]?$/i;
const EN_JOIN = new RegExp(`(?:\\s*[,;]\\s*(?:and\\s+|also\\s+|plus\\s+)?|\\s+and\\s+(?:also\\s+)?)(?=(?:${EN_QUESTION_WORDS})\\b)`, 'i');
// "How many GPUs, and which ones, did …": an aside inside one question, not a second one (set F, session 26)
const EN_ASIDE = /,\s*(?:and\s+)?(?:which|what) ones?\s*,/gi;

// Chinese: question markers, and the separators that may join two questions.
const ZH_QUESTION = /什么|啥|谁|怎么|怎样|如何|为什么|为啥|吗|呢|哪|多少|几(?!乎|何|率)|是否|能否|有没有|是不是/;
const ZH_SPLIT = /(?<=[?？])\s*|[，,；;]\s*/;
const LEADING_CONNECTOR = /^(?:还有|另外|以及|并且|而且|同时|然后|and\s+|also\s+|plus\s+|so\s+)/i;

const isHan = (s: string) => /\p{Script=Han}/u.test(s);
const asksZh = (clause: string) => ZH_QUESTION.test(clause) || /[?？]$/.test(clause);

/** Pieces of `text` split at `re`, trimmed, empty ones dropped. */
function pieces(text: string, re: RegExp): string[] {
  return text.split(re).map((p) => p.trim()).filter(Boolean);
}

function englishParts(text: string): string[] {
  const out: string[] = [];
  for (const sentence of pieces(text, EN_AFTER_QUESTION_MARK)) {
    const [first, ...rest] = pieces(sentence, EN_JOIN);
    out.push(first, ...rest);
  }
  return out;
}

function chineseParts(text: string): string[] {
  // commas join clauses as often as questions: a comma splits only between two question clauses
  const clauses = pieces(text, ZH_SPLIT);
  const out: string[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !(asksZh(c) && asksZh(prev))) out[out.length - 1] = `${prev}，${c}`;
    else out.push(c);
  }
  return out;
}

/**
 * The separate questions of a message, each at least two words (two characters in Chinese), with
 * leading connectors ("and", "还有") removed; null when it asks one thing or more than three.
 * Whether each part is a question about the article is left to the engine.
 */
export function splitQuestions(text: string): string[] | null {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const raw = isHan(t) ? chineseParts(t) : englishParts(t.replace(EN_ASIDE, ' '));
  // "池化又是什么": 又 ("and … again") only links the question to the one before
  // (an elliptical English part keeps its "and": "and batch norm?" is read as a follow-up)
  const parts = raw.map((p, i) => (i > 0 && !isHan(t) && EN_ELLIPTICAL.test(p) && p.split(/\s+/).length <= 6 ? p : p.replace(LEADING_CONNECTOR, '').replace(/^[,，;；]\s*/, '').replace(/又(?=是|有|怎么|如何|为什么|为啥|能|会)/u, '').trim()));
  if (parts.length < 2 || parts.length > MAX_PARTS) return null;
  const long = (p: string) => (isHan(p) ? p.replace(/[\s?？,，。.!！]/g, '').length >= 2 : p.split(/\s+/).length >= 2);
  if (!parts.every(long)) return null;
  // every English part starts like a question: "tf1 vs tf2, what changed?" and "X has Y, right?
  // Which one …" stay whole
  if (!isHan(t) && !parts.every((p, i) => EN_QUESTION_START.test(p) || (i > 0 && EN_ELLIPTICAL.test(p) && p.split(/\s+/).length <= 6))) return null;
  return parts;
}
