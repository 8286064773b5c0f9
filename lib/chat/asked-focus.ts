// "How does X work?" when the article never names X. A question about how one named thing works
// ("How does guided backpropagation work?", "LSTM的遗忘门是怎么工作的", "how is the BLEU score
// calculated") shares words with the article ("backpropagation", "LSTM", "score"), so the
// retrieval scores say "answerable" and the chat quotes a section about something else. If the
// thing itself appears nowhere in the knowledge base (article passages, glossary terms, aliases and
// definitions), the article cannot explain it, and the chat says so.
//
// Only term-like names are checked: a few words or a short Chinese term, no relative clause or
// particle ("the layer that shrinks the image", "把图片变小的那一层" are descriptions, not names,
// and are left to retrieval). Pure string rules; no model.
import { typoDistance } from './spelling';
import { terms } from './terms';
import { escapeRegExp } from '../util/escape-regexp';
import type { GlossaryEntry } from '../content/glossary';

export interface AskedFocus {
  /** The thing the question asks about, as the user wrote it (trimmed). */
  text: string;
  script: 'latin' | 'han';
  /** Read after a 的 ("JavaScript 的闭包"): the name of a part or property of another thing. */
  part?: boolean;
}

const DETERMINER = /^(?:a|an|the|this|that|these|those|my|our|your|its|their)\s+/;
const ADVERB = String.raw`(?:actually |really |exactly |even |internally |in practice )?`;
const EN_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\bhow (?:does|do|did|would|can|could) (.+?) ${ADVERB}(?:work|works|function|operate)\b`),
  new RegExp(String.raw`\bhow (?:is|are|was|were) (.+?) ${ADVERB}(?:computed|calculated|implemented|trained|derived|measured|estimated|updated)\b`),
  new RegExp(String.raw`\bhow (.+?) works\b`),
  /\b(?:what(?:'s| is)|explain) the (?:idea|principle|mechanism|intuition|maths?|logic) (?:behind|of) (.+?)\s*\??$/,
  // "how do diffusion models generate images"
  new RegExp(String.raw`\bhow (?:does|do|did|can|could) (.+?) ${ADVERB}(?:generate|produce|create|learn|predict|classify|recogni[sz]e|detect|translate|decide|choose|pick|select|merge|approximate|estimate|split|build|assign|compute|calculate)\b`),
];
// "X (具体/到底)是怎么工作的", "X如何实现", "扩散模型是怎么生成图片的", "X的原理是什么"
const ZH_PATTERNS: RegExp[] = [
  /^(?:请问|请|麻烦问下|麻烦|那么?|想问一?下)?[，,\s]*(.+?)(?:到底|具体|究竟)?(?:是)?(?:怎么|如何|怎样)(?:工作|运作|运行|实现|计算|训练|算|生成|预测|识别|分类|学习)(?:的|出来的)?/,
  /^(?:请问|请|麻烦问下|麻烦|那么?|想问一?下)?[，,\s]*(.+?)的(?:工作)?(?:原理|机制)/,
];

/** Words that make a phrase a description rather than a name. */
const EN_DESCRIPTIVE = /\b(?:that|which|who|whom|where|when|why|how|what|with|without|for|to|from|by|it|they|them|this|these|those|you|we|i|thing|stuff|one|ones|part|whole)\b/;
/** Characters that make a Chinese phrase a description rather than a term. */
const ZH_DESCRIPTIVE = /[了把被那这些么吗呢吧啊它他她们你我又还也都就才再该每中用里]|多少|分别|怎么|如何|什么/;
/** The longest Chinese term checked, in units (a Han character or a Latin word each): longer
 *  phrases ("新闻自动分类", "入门级神经网络") are descriptions as often as names. */
const ZH_MAX_UNITS = 5;
/** " of / in " split a name from its context: "the forget gate of an LSTM" -> "forget gate". */
const EN_CONTEXT = /\s+(?:of|in|inside|on)\s+.*$/;

/** A name, not a description: up to three words of letters (and hyphens), no determiner, possessive
 *  or clause inside. */
function isLatinName(x: string): boolean {
  return x !== '' && x.split(' ').length <= 3 && /^[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z])*$/.test(x) && !EN_DESCRIPTIVE.test(x) && !/\b(?:a|an|the|my|our|your)\b/.test(x);
}

/** A short Chinese term (Han characters and Latin words, at most ZH_MAX_UNITS units, two or more
 *  unless a Latin word), not a description. */
function isHanTerm(x: string): boolean {
  const units = (x.match(/\p{Script=Han}|[a-z0-9][a-z0-9-]*/gu) ?? []).length;
  return x !== '' && /^[\p{Script=Han}a-z0-9 -]+$/u.test(x) && !(units < 2 && !/[a-z]{3,}/.test(x)) && units <= ZH_MAX_UNITS && !ZH_DESCRIPTIVE.test(x);
}

/** The term-like thing a "how does X work" question asks about, or null. */
export function askedFocus(question: string): AskedFocus | null {
  const q = question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const re of EN_PATTERNS) {
    const m = re.exec(q);
    if (!m) continue;
    let x = m[1].replace(DETERMINER, '').replace(EN_CONTEXT, '').replace(/[?.!,;:]+$/, '').trim();
    x = x.replace(DETERMINER, '');
    // a name: up to three words of letters (and hyphens), no determiner, possessive or clause inside
    if (!isLatinName(x)) return null;
    return { text: x, script: 'latin' };
  }
  for (const re of ZH_PATTERNS) {
    const m = re.exec(q);
    if (!m) continue;
    // "LSTM的遗忘门": the part after the last 的 is the thing asked about
    const x = m[1].replace(/[，,。？?！!、]+$/, '').split('的').pop()!.trim();
    if (!isHanTerm(x)) return null;
    return { text: x, script: /\p{Script=Han}/u.test(x) ? 'han' : 'latin' };
  }
  return null;
}

// "how to fix mode collapse when training a GAN", "GAN训练的时候模式崩溃咋解决": a remedy asked for
// a named problem. When the knowledge base never names the problem, the sections the question's
// other words find are about something else (9.7 on overfitting; set C, session 25).
const REMEDY_VERB = String.raw`(?:fix|solve|prevent|avoid|deal with|handle|stop|overcome|mitigate|get rid of|debug)`;
const REMEDY_EN: RegExp[] = [
  new RegExp(String.raw`\bhow (?:do|can|should|could|would) (?:i|we|you|one|people) ${REMEDY_VERB} (.+?)(?:\s+(?:when|while|during|in|for|on|with|if|after)\b.*)?\s*\??$`),
  new RegExp(String.raw`\bhow to ${REMEDY_VERB} (.+?)(?:\s+(?:when|while|during|in|for|on|with|if|after)\b.*)?\s*\??$`),
  /\b(?:fix|fixes|solutions?|remed(?:y|ies)) (?:for|to) (.+?)(?:\s+(?:when|while|during|in|on|with|if|after)\b.*)?\s*\??$/,
];
const REMEDY_ZH = /^(?:请问|想问一?下)?[，,\s]*(.+?)(?:了|的话)?(?:该|要|应该)?(?:咋|怎么|如何|怎样)(?:解决|处理|避免|缓解|修复|克服|应对)/;
// a problem described rather than named ("数据不够", "训练太慢", "准确率很低"), or a plan ("隐私问题以后打算怎么解决")
const ZH_STATE = /[不没太很好越更挺较想要会能]|过[大小高低多少慢快]|打算|准备|计划|以后|之后|将来|未来/;

/** The named problem a "how do I fix X" question asks a remedy for, or null (descriptions are left
 *  to retrieval, as in askedFocus). */
export function remedyFocus(question: string): AskedFocus | null {
  const q = question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const re of REMEDY_EN) {
    const m = re.exec(q);
    if (!m) continue;
    const x = m[1].replace(DETERMINER, '').replace(/[?.!,;:]+$/, '').trim();
    return isLatinName(x) ? { text: x, script: 'latin' } : null;
  }
  const m = REMEDY_ZH.exec(q);
  if (!m) return null;
  // "GAN训练的时候模式崩溃": the problem follows the time it happens
  const x = m[1].replace(/[，,。？?！!、]+$/, '').replace(/^.*(?:的时候|时候|过程中)/, '').split('的').pop()!.trim();
  return isHanTerm(x) && !ZH_STATE.test(x) ? { text: x, script: /\p{Script=Han}/u.test(x) ? 'han' : 'latin' } : null;
}

// "扩散模型是什么", "什么是扩散模型", "what is a diffusion model?": a definition asked of a name. The
// glossary's definitions mention things it does not define (the GAN entry says diffusion models have
// overtaken GANs), so for these the name must be in the article or be a glossary name.
const EN_DEFINE = /^(?:so |and |ok,? |okay,? |hmm,? )?(?:what(?:'s| is| are)|whats|define|what does (.+?) mean)\s*(.*?)\s*\??$/;
const ZH_DEFINE: RegExp[] = [
  /^(?:那|那么|请问|想问一?下)?[，,\s]*(?:什么是|啥是|何为)(.+?)(?:啊|呀|呢)?[?？]?$/u,
  /^(?:那|那么|请问|想问一?下)?[，,\s]*(.+?)(?:是什么|是啥|指什么|是指什么|是什么意思|是什么东西|是个啥)(?:啊|呀|呢)?[?？]?$/u,
];

/** The name a "what is X" question asks to define, or null (descriptions and long phrases are
 *  left to retrieval, as in askedFocus). */
export function definedFocus(question: string): AskedFocus | null {
  const q = question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  // ("what's a random forest, and when would it beat a neural network?": the first clause; set G, session 27)
  const first = /^(.+?),\s*(?:and|but|or)\s+(?:when|why|how|where|which|what|who|is|are|does|do|can|should|would|will)\b/.exec(q)?.[1];
  const en = EN_DEFINE.exec(first ?? q);
  if (en) {
    // ("what are the main research results?" asks what the article says, not for a definition)
    const named = (en[1] ?? en[2] ?? '').replace(/[?.!,;:]+$/, '').trim();
    if (/^(?:the|this|that|these|those|my|our|your|its|their)\s/.test(named)) return null;
    const x = named.replace(DETERMINER, '').trim();
    if (!isLatinName(x) || /\b(?:article|section|chapter|author|paper|code|example|difference|differences|between|and|or|vs)\b/.test(x)) return null;
    return { text: x, script: 'latin' };
  }
  for (const re of ZH_DEFINE) {
    const m = re.exec(q);
    if (!m) continue;
    const whole = m[1].replace(/[，,。？?！!、]+$/, '').trim();
    // ("JavaScript 的闭包是什么": what follows the last 的 is the thing defined; set G, session 27)
    // (of a thing named: not "「多层感知机」在英文版里对应的术语")
    const x = whole.split('的').pop()!.trim();
    const owner = whole.slice(0, whole.lastIndexOf('的')).trim();
    if (x !== whole && !isHanTerm(owner) && !isLatinName(owner)) return null;
    if (!isHanTerm(x) || /文章|本文|作者|章|节|代码|例子|示例|区别|和|与|跟/u.test(whole)) return null;
    return { text: x, script: /\p{Script=Han}/u.test(x) ? 'han' : 'latin', ...(x !== whole ? { part: true } : {}) };
  }
  return null;
}

/** Whether the knowledge base writes no two neighbouring characters of a part's name ("闭包"): a part
 *  or property is often a common word joined to another ("具体步骤", "更新公式", "两个原理"), which the
 *  article writes apart; only a wholly foreign one counts as unexplained. */
export function foreignPart(index: FocusIndex, focus: AskedFocus): boolean {
  const x = focus.text.toLowerCase();
  for (let i = 0; i + 2 <= x.length; i++) if (index.texts.some((t) => t.includes(x.slice(i, i + 2)))) return false;
  return true;
}

/** The knowledge base as the check needs it: the passages' index terms and their lower-cased
 *  texts without spaces. */
export interface FocusIndex {
  /** Every index term of the passages. */
  vocabulary: Set<string>;
  texts: string[];
  /** The same of the article's passages only, and the glossary's names (definitionNamed). */
  articleVocabulary: Set<string>;
  articleTexts: string[];
}

/** Whether the knowledge base names the focus. Each part of a Chinese term (a run of Han
 *  characters, a Latin word) must appear in some passage's text. A Latin name counts as unnamed only when one of its
 *  words is in no passage at all ("guided backpropagation": the article never says "guided"):
 *  everyday words the article happens not to put together ("mnist script") are not evidence. */
export function focusNamed(index: FocusIndex, focus: AskedFocus): boolean {
  if (focus.script === 'han') {
    // each run of Han characters, and each Latin word, on its own: "Grad-CAM热力图" is named when
    // the article has "Grad-CAM" and "热力图", even if never side by side
    const runs = focus.text.toLowerCase().match(/\p{Script=Han}+|[a-z0-9][a-z0-9-]*/gu) ?? [];
    return runs.every((run) => index.texts.some((t) => t.includes(run) || (run.length >= 4 && /\p{Script=Han}/u.test(run) && hasNearRun(t, run))));
  }
  return terms(focus.text).every((t) => index.vocabulary.has(t) || (t.length >= TYPO_MIN && hasNearWord(index.vocabulary, t)));
}

/** Whether the article names the focus of a definition question, or the glossary has it as a
 *  name (a term or alias); `names` are the glossary's lower-cased names. */
export function definitionNamed(index: FocusIndex, focus: AskedFocus, names: string[]): boolean {
  const x = focus.text.toLowerCase();
  if (names.some((n) => n === x || n.includes(x) || (focus.script === 'latin' && x.endsWith('s') && n === x.slice(0, -1)))) return true;
  return focusNamed({ ...index, vocabulary: index.articleVocabulary, texts: index.articleTexts }, focus);
}

/** Whether the knowledge base can say how the focus of a "how does X work" question works: the
 *  article names it, or it is or holds a glossary name ("Grad-CAM热力图", "single neuron"), or the
 *  definition of a concept the question names writes it ("LSTM的门控机制"). A thing
 *  that only a definition of something else names ("secure aggregation" in the federated-learning
 *  entry, "scale 和 zero point") is named but not explained (set E, session 26). */
export function explainedFocus(index: FocusIndex, focus: AskedFocus, names: string[], named: GlossaryEntry[] = []): boolean {
  // (or the definition of a concept the question names writes it: "LSTM的门控机制" — the LSTM entry's gates;
  // built only when the cheaper checks fail)
  const inNamed = () => named.some((g) => focusNamed({ vocabulary: new Set(terms(`${g.definition.en} ${g.definition.zh}`)), texts: [g.definition.en.toLowerCase(), g.definition.zh.toLowerCase()], articleVocabulary: new Set(), articleTexts: [] }, focus));
  // (a name inside counts only when every word is the knowledge base's: not "guided backpropagation")
  return definitionNamed(index, focus, names) || (holdsGlossaryName(focus, names) && focusNamed(index, focus)) || inNamed();
}

/** Whether the focus holds a glossary name (lower-cased `names`): as a word in Latin script
 *  ("grad-cam heatmap"), anywhere in Chinese ("Grad-CAM热力图"). */
function holdsGlossaryName(focus: AskedFocus, names: string[]): boolean {
  const x = focus.text.toLowerCase();
  return names.some((n) => n.length >= 2 && (focus.script === 'han' ? x.includes(n) : new RegExp(`(?<![a-z0-9])${escapeRegExp(n)}s?(?![a-z0-9])`).test(x)));
}

/** Whether neither the article nor a glossary name (nor the definition of a concept the question
 *  names, `named`) writes what a "what is X" question asks to define. A name of several words is one
 *  name ("random forest" is not named by an article that writes "random" and "forward"), unless it
 *  holds a glossary name ("backpropagation based on", a follow-up read in context); a part named after
 *  a 的 counts only when wholly foreign ("JavaScript 的闭包", not "梯度下降的更新公式"; set G, session 27). */
export function definedUnexplained(index: FocusIndex, defined: AskedFocus, names: string[], named: GlossaryEntry[]): boolean {
  const known = named.length ? explainedFocus(index, defined, names, named) : definitionNamed(index, defined, names);
  const phrase = defined.script === 'latin' && defined.text.includes(' ') && !holdsGlossaryName(defined, names) && unexplainedName(index, defined.text, names)
    && !named.some((g) => g.definition.en.toLowerCase().includes(defined.text.replace(/s$/, '')));
  return (!known || phrase) && (!defined.part || foreignPart(index, defined));
}

/** A name (`isLatinName`) or a short Chinese term (`isHanTerm`) that neither the article nor a
 *  glossary name has: one side of "神经网络和线性回归是什么关系". Descriptions are never unexplained. */
export function unexplainedName(index: FocusIndex, text: string, names: string[]): boolean {
  const x = text.normalize('NFKC').toLowerCase().replace(DETERMINER, '').replace(/\s+/g, ' ').trim();
  const script = /\p{Script=Han}/u.test(x) ? 'han' : 'latin';
  if (script === 'han' ? x.includes('的') || !isHanTerm(x) : !isLatinName(x)) return false;
  if (!definitionNamed(index, { text: x, script }, names)) return true;
  // a name of several words is one name: "linear regression" is not named by an article that says
  // "linear" and "regression" apart (a single word keeps definitionNamed's typo tolerance)
  if (script === 'latin' && x.includes(' ')) {
    const forms = [x, x.replace(/s$/, '')];
    return !forms.some((f) => names.some((n) => n.includes(f)) || index.articleTexts.some((t) => t.includes(f) || t.includes(f.replace(/ /g, ''))));
  }
  return false;
}

/** Whether some word of `vocabulary` is within two edits of `word` (a typo of it; the chat's one
 *  edit distance, spelling.ts, where swapping two neighbours counts as one edit). */
function hasNearWord(vocabulary: Set<string>, word: string): boolean {
  for (const v of vocabulary) if (typoDistance(v, word, 2) <= 2) return true;
  return false;
}

/** Words at least this long may be typos of a knowledge-base word ("transfomer", "distilation");
 *  shorter ones are too often a different word one letter away ("guid[ed]" / "grid"). */
const TYPO_MIN = 6;

/** Whether `text` holds `run` with one Han character replaced by another ("反向传波" for 反向传播). */
function hasNearRun(text: string, run: string): boolean {
  const n = run.length;
  for (let i = 0; i + n <= text.length; i++) {
    let diff = 0;
    for (let k = 0; k < n && diff <= 1; k++) {
      if (text[i + k] === run[k]) continue;
      diff += /\p{Script=Han}/u.test(text[i + k]) ? 1 : 2; // "梯度)积" is not "梯度累积"
    }
    if (diff <= 1) return true;
  }
  return false;
}
