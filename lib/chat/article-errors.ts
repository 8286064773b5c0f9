// "Is the code in the article correct?", "Are there mistakes in the article?", "文章里的代码能直接运行吗":
// questions about the article's own errors, and questions about the reader's own broken code. Answered from the editors' notes that /article shows
// beside the text (lib/content/editor-notes.ts), not from the article, which cannot say where it is
// wrong. Framework-free, pure string rules.
import { editorNotes, type EditorNote } from '../content/editor-notes';

/** Which notes a question asks for: those on the code (sections 5.x) or all. */
export type ErrorScope = 'code' | 'all';

const THING_EN = String.raw`(?:the|this|its|your) (?:article|text|survey|tutorial|example|code|article'?s (?:code|example|math|formulas?))(?: (?:in|of) (?:the|this) (?:article|text|tutorial))?`;
const FAULT_EN = String.raw`(?:errors?|mistakes?|bugs?|typos?|problems?|issues?|inaccurac(?:y|ies)|flaws?|errata)`;
const ERRORS_EN: RegExp[] = [
  // "is the code in the article correct?", "is this article accurate"
  new RegExp(String.raw`^(?:is|are) ${THING_EN} (?:really |actually |even |all )?(?:correct|right|accurate|reliable|trustworthy|error[- ]free|bug[- ]free|ok|okay|wrong|buggy|broken)$`),
  // "are there any mistakes in the article?"
  new RegExp(String.raw`^(?:are|is) there (?:any |some )?${FAULT_EN} in ${THING_EN}$`),
  // "what's wrong with the article's code", "anything wrong in the article?"
  new RegExp(String.raw`^(?:what(?:'s| is| are)|is (?:there )?anything|anything) wrong (?:with|in) ${THING_EN}$`),
  // "does the code in the article run?", "will the example code actually work as written"
  new RegExp(String.raw`^(?:does|will|can|would|could) ${THING_EN} (?:code )?(?:actually |really )?(?:run|work|compile|execute)(?: as (?:printed|written|is|shown))?$`),
  // "what errors does the article have", "which mistakes are in the article"
  new RegExp(String.raw`^(?:what|which) ${FAULT_EN} (?:does|do|are (?:there )?in|are|in) ${THING_EN}(?: (?:have|make|contain))?$`),
];
const ERRORS_ZH: RegExp[] = [
  // "文章有错误吗", "文章里的代码有没有bug", "这篇文章有哪些错误"
  /^(?:这篇)?(?:文章|本文|原文|代码|示例|例子)(?:里|中)?(?:的)?(?:代码|公式|示例)?(?:里|中)?(?:有没有|有|是否有|存在|还有)?(?:哪些|什么|啥)?(?:错误|错|问题|bug|不对的地方|错的地方|错误的地方)(?:吗|么|嘛|没有)?$/iu,
  // "代码能直接运行吗", "文章里的代码能跑吗"
  /^(?:这篇)?(?:文章|本文|原文)?(?:里|中)?(?:的)?(?:代码|示例代码|例子)(?:能|可以|能不能|可不可以)(?:直接)?(?:运行|跑|跑通|用)(?:起来)?(?:吗|么|嘛)?$/u,
  // "文章靠谱吗", "代码对吗", "文章写得对不对"
  /^(?:这篇)?(?:(?:文章|本文|原文)(?:里|中)?(?:的)?(?:代码|示例代码|示例|例子|公式)?|代码|示例代码)(?:写得|说得)?(?:靠谱|可信|可靠|准确|正确|对)(?:吗|么|嘛|不对|不)?$/u,
];

/** Whether the question asks where the article (or its code) is wrong; which notes answer it. */
export function asksAboutErrors(question: string): ErrorScope | null {
  const q = question.normalize('NFKC').trim().replace(/[?？!！。.]+$/u, '').trim();
  const han = /\p{Script=Han}/u.test(q);
  const t = han ? q.replace(/\s+/g, '') : q.toLowerCase().replace(/\s+/g, ' ');
  if (!(han ? ERRORS_ZH : ERRORS_EN).some((re) => re.test(t))) return null;
  return /code|example|代码|示例|例子/i.test(t) ? 'code' : 'all';
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
