// "Is the code in the article correct?", "Are there mistakes in the article?", "文章里的代码能直接运行吗":
// questions about the article's own errors; a reader doubting one claim ("The article says PyTorch
// was open-sourced by Microsoft — is that correct?", "1000/1000 这个步数是不是写错了"); and questions
// about the reader's own broken code. Answered from the editors' notes that /article shows
// beside the text (lib/content/editor-notes.ts), not from the article, which cannot say where it is
// wrong. Framework-free, pure string rules.
import { editorNotes, type EditorNote } from '../content/editor-notes';
import { terms } from './terms';

/** Which notes a question asks for: those on the code (sections 5.x) or all. */
export type ErrorScope = 'code' | 'all';

const THING_EN = String.raw`(?:the|this|its|your) (?:article|text|survey|tutorial|example|code|article'?s (?:code|example|math|formulas?))(?: (?:in|of) (?:the|this) (?:article|text|tutorial)| (?:in|of|from) (?:section|chapter|part) \d+(?:\.\d+)?)?`;
const FAULT_EN = String.raw`(?:errors?|mistakes?|bugs?|typos?|problems?|issues?|inaccurac(?:y|ies)|flaws?|errata)`;
const ERRORS_EN: RegExp[] = [
  // "is the code in the article correct?", "is this article accurate"
  new RegExp(String.raw`^(?:is|are) ${THING_EN} (?:really |actually |even |all )?(?:correct|right|accurate|reliable|trustworthy|error[- ]free|bug[- ]free|ok|okay|wrong|buggy|broken)$`),
  // "are there any mistakes in the article?"
  new RegExp(String.raw`^(?:are|is) there (?:any |some )?${FAULT_EN} in ${THING_EN}$`),
  // "what's wrong with the article's code", "anything wrong in the article?"
  new RegExp(String.raw`^(?:what(?:'s| is| are)|is (?:there )?anything|anything) wrong (?:with|in) ${THING_EN}$`),
  // "does the code in the article run?", "will the example code actually work as written", "does the
  // article's code actually run on MNIST?", "does the code in section 5 run?"
  new RegExp(String.raw`^(?:does|will|can|would|could) ${THING_EN} (?:code )?(?:actually |really )?(?:run|work|compile|execute)(?: as (?:printed|written|is|shown)| (?:on|with) (?:mnist|the data|the dataset|tensorflow|keras)| at all| correctly| properly)?$`),
  // "what errors does the article have", "which mistakes are in the article"
  new RegExp(String.raw`^(?:what|which) ${FAULT_EN} (?:does|do|are (?:there )?in|are|in) ${THING_EN}(?: (?:have|make|contain))?$`),
  // "what does the article get wrong?", "where is the article wrong", "what did the code get wrong"
  new RegExp(String.raw`^(?:what|where|which parts?|which things?) (?:does|do|did) ${THING_EN} (?:get|have) wrong$`),
  new RegExp(String.raw`^(?:where|what parts? of ${THING_EN}) (?:is|are) (?:${THING_EN} )?(?:wrong|incorrect|inaccurate|mistaken)$`),
  new RegExp(String.raw`^where (?:does|did) ${THING_EN} go wrong$`),
];
const ERRORS_ZH: RegExp[] = [
  // "文章有错误吗", "文章里的代码有没有bug", "这篇文章有哪些错误"
  /^(?:这篇)?(?:文章|本文|原文|代码|示例|例子)(?:里|中)?(?:的)?(?:代码|公式|示例)?(?:里|中)?(?:有没有|有|是否有|存在|还有)?(?:哪些|什么|啥)?(?:错误|错|问题|bug|不对的地方|错的地方|错误的地方)(?:吗|么|嘛|没有)?$/iu,
  // "代码能直接运行吗", "文章里的代码能跑吗", "第5节的代码能直接运行吗"
  /^(?:这篇)?(?:文章|本文|原文)?(?:第?\d+(?:\.\d+)?(?:节|章))?(?:里|中)?(?:的)?(?:代码|示例代码|例子)(?:能|可以|能不能|可不可以)(?:直接)?(?:运行|跑|跑通|用)(?:起来)?(?:吗|么|嘛)?$/u,
  // "文章靠谱吗", "代码对吗", "文章写得对不对"
  /^(?:这篇)?(?:(?:文章|本文|原文)(?:里|中)?(?:的)?(?:代码|示例代码|示例|例子|公式)?|代码|示例代码)(?:写得|说得)?(?:靠谱|可信|可靠|准确|正确|对)(?:吗|么|嘛|不对|不)?$/u,
  // "这篇文章哪里写错了", "文章有哪些地方不对", "代码哪儿错了"
  /^(?:这篇)?(?:文章|本文|原文|代码|示例代码)(?:里|中)?(?:的)?(?:代码|公式)?(?:有)?(?:哪里|哪儿|哪些地方|什么地方|哪个地方)(?:写|说|讲)?(?:错了|有错|不对|错|有问题)(?:吗|呢)?$/u,
];

/** Whether the question asks where the article (or its code) is wrong; which notes answer it. */
export function asksAboutErrors(question: string): ErrorScope | null {
  const q = question.normalize('NFKC').trim().replace(/[?？!！。.]+$/u, '').trim();
  const han = /\p{Script=Han}/u.test(q);
  const t = han ? q.replace(/\s+/g, '') : q.toLowerCase().replace(/\s+/g, ' ');
  if (!(han ? ERRORS_ZH : ERRORS_EN).some((re) => re.test(t))) return null;
  return /code|example|代码|示例|例子/i.test(t) ? 'code' : 'all';
}

// A reader doubting what they read: "is that correct?", "isn't MNIST single-channel?", "won't that
// fail?", "does this paper actually exist?", "why 1000 steps if the test set has 10,000 images?",
// "这个对吗", "是不是写错了", "MNIST不是灰度图吗", "可是MNIST是灰度图，为什么是3个通道？".
const DOUBT_EN = /\b(?:is (?:that|this|it|this claim|that claim) (?:really )?(?:right|correct|true|accurate|realistic|possible)|(?:is|was) (?:the article|the author|it|the code|the formula|the index|that|this) (?:wrong|right|correct|mistaken)|(?:is|are|was|were) (?:[\w-]+ ){0,4}(?:wrong|a mistake|an error|a typo|incorrect|inaccurate)|(?:mistakes?|typos?|errors?) (?:in|there)|(?:does|do) (?:that|this|it|these) (?:make sense|add up|match)|won'?t (?:that|this|it) (?:fail|break|crash|work)|(?:actually|really) exist|are you sure|(?:isn'?t|aren'?t|doesn'?t|don'?t|wasn'?t|shouldn'?t) [^?]*\?|why\b[^?]*\b(?:when|if|though|although|while|even though)\b|\bbut\b[^?]*\bwhy\b)/i;
const DOUBT_ZH = /(?:可是|但是|但|不过|明明).{0,30}(?:为什么|为啥|怎么)|对吗|对不对|是不是(?:写)?错|写错|错了|有错|正确吗|准确吗|真的吗|是真的吗|对得上吗|说得通吗|合理吗|靠谱吗|不是.{1,12}吗|有问题吗|存在吗/;

// "I don't believe it", "真的假的", "我不信": doubt said without a question about the claim
// "is the dL/db_i formula in 4.3 correct?": whether something named is right
const IS_IT_RIGHT_EN = /^(?:so |and |but )?(?:is|are) (?:the |this |that |these |those )[^?]{1,60}? (?:correct|right|accurate|true)\s*\??$/i;
const DISBELIEF_EN = /\b(?:i (?:don'?t|do not|can'?t|cannot) believe|i doubt|no way|can'?t be (?:right|true)|(?:sounds|seems) (?:wrong|off|fishy|dubious)|(?:really|seriously)\s*\?)/i;
const DISBELIEF_ZH = /我?不信|不太信|不相信|真的假的|怎么可能|不可能吧|存疑|表示怀疑|我怀疑|有点怀疑|确定吗|扯吧|离谱/u;

// What TensorFlow prints when the article's code (section 5.2) runs as printed: the labels are
// integers while the loss wants one-hot vectors, and the images have one channel while the model
// declares three. A reader pasting one of these asks about the code note.
const RAISED_BY_CODE: RegExp[] = [
  /shapes?\s*\(none,\s*1\)\s*and\s*\(none,\s*10\)|\(none,\s*10\)\s*and\s*\(none,\s*1\)|logits and labels must have the same (?:first dimension|shape)/i,
  /expected axis -1 of input shape to have value 3|expected (?:shape=)?\(none,\s*28,\s*28,\s*3\)|found shape=?\s*\(none,\s*28,\s*28,\s*1\)|incompatible with the layer[^]*?\b(?:28,\s*28,\s*3|28,\s*28,\s*1)\b/i,
];

/** Whether `text` doubts or disbelieves something ("is that right?", "我不信"). */
export function doubts(text: string): boolean {
  return [DOUBT_EN, DOUBT_ZH, DISBELIEF_EN, DISBELIEF_ZH, IS_IT_RIGHT_EN].some((re) => re.test(text.trim()));
}

/** The notes on the code when the question quotes an error the printed code raises. */
export function raisedErrorNotes(question: string): EditorNote[] {
  const q = question.normalize('NFKC');
  return RAISED_BY_CODE.some((re) => re.test(q)) ? editorNotes.filter((n) => n.id === 'keras-code') : [];
}

/** How strongly a doubting question must match a note (summed idf of the terms it shares with the
 *  note's title and corrected claim, half weight for the rest of the note). Among the doubting
 *  questions of session 16's three tours, those about claims no note corrects ("section 2 says every
 *  neuron is connected to all others, is that true?") scored at most 5.5, those about corrected
 *  claims 7.7 ("the log says 1000/1000 steps, does that make sense?") or more. */
export const DOUBT_MATCH = 7;

/** Each note with a corrected claim, with the terms of its title and claim (`keys`) and of the rest
 *  of its text (`body`): computed once, the notes are fixed. */
let claimTermsCache: { n: EditorNote; keys: Set<string>; body: Set<string> }[] | null = null;

function claimTerms(): { n: EditorNote; keys: Set<string>; body: Set<string> }[] {
  claimTermsCache ??= editorNotes.filter((n) => n.claim).map((n) => {
    const keys = new Set(terms([n.title.en, n.title.zh, ...n.claim!.en, ...n.claim!.zh].join(' ')));
    return { n, keys, body: new Set(terms(`${n.body.en} ${n.body.zh}`).filter((t) => !keys.has(t))) };
  });
  return claimTermsCache;
}

/** The notes (at most two, best first) that correct the claim a doubting question is about;
 *  empty when it doubts nothing or nothing the editors corrected. `idf` weighs the shared terms. */
export function doubtedNotes(question: string, idf: (term: string) => number, sections: string[] = []): EditorNote[] {
  if (!doubts(question)) return [];
  // "is the dL/db_i formula in 4.3 correct?": a doubt about a named section with one corrected claim
  // is about that claim, however the reader writes it
  const inSection = claimTerms().filter(({ n }) => sections.includes(n.sectionId));
  const asked = new Set(terms(question));
  const weight = (words: Set<string>) => [...words].filter((t) => asked.has(t)).reduce((a, t) => a + idf(t), 0);
  const matched = claimTerms()
    .map(({ n, keys, body }) => ({ n, score: weight(keys) + 0.5 * weight(body) }))
    .filter((x) => x.score >= DOUBT_MATCH)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((x) => x.n);
  return matched.length || inSection.length !== 1 ? matched : [inSection[0].n];
}

/** The editors' notes that answer it: errors and unverifiable claims, in article order; for the
 *  code, those on section 5's code and its output. */
export function errorNotes(scope: ErrorScope): EditorNote[] {
  return editorNotes.filter((n) => n.kind !== 'addition' && (scope === 'all' || n.sectionId.startsWith('5')));
}

// The reader's own code ("what's wrong with my python code", "我的代码报错了"): nothing the article can
// answer, and nothing Glassbox can see.
const OWN_CODE_EN = /\bmy (?:own )?(?:python |keras |tensorflow |pytorch |training )?(?:code|program|script|notebook|implementation)\b/;
const OWN_CODE_ZH = /我(?:自己)?(?:写)?的(?:python|keras|tensorflow|pytorch)?(?:代码|程序|脚本|训练代码)/;
const TROUBLE = /\b(?:errors?|wrong|bugs?|buggy|fix|help|debug|crash\w*|fails?|failing|broken|exceptions?|traceback|(?:does ?n[o']t|won'?t|doesn't) (?:run|work|compile))\b|报错|错误|出错|错了|有错|bug|不能运行|运行不了|跑不起来|跑不通|有问题|怎么改|帮我/i;

/** Whether the question asks for help with the reader's own code, which the chat cannot see. */
export function asksAboutOwnCode(question: string): boolean {
  const q = question.normalize('NFKC').toLowerCase();
  return (OWN_CODE_EN.test(q) || OWN_CODE_ZH.test(q)) && TROUBLE.test(q);
}
