// "Does the article mention reinforcement learning?", "Is dropout mentioned in the article?",
// "文章提到强化学习了吗": yes/no questions about what the article covers. Finds what is asked about,
// and the article's sentences that use those words. The composer (compose.ts) answers a glossary
// concept with what the article says about it (or that it never names it), and anything else with
// the sentences that use the words, or by saying that no section does.
// Framework-free, pure string rules.
import type { Lang } from '../content/types';
import { sectionWhere, type ArticleLines } from './compare-in-article';
import { escapeRegExp } from '../util/escape-regexp';

/** At most this many sentences are quoted. */
const MAX_QUOTED = 3;

const ARTICLE_EN = String.raw`(?:the|this) (?:article|text|survey|paper|author)`;
const VERB_EN = String.raw`(?:mention|talk about|discuss|cover|explain|describe|say anything about|say something about|say much about|include|touch on|bring up|address|go into|get into|deal with|refer to)`;
const PASSIVE_EN = String.raw`(?:mentioned|discussed|covered|talked about|included|addressed|touched on|referred to)`;
const SUBJECT_EN: RegExp[] = [
  // "does the article (ever) mention X (at all)?"
  new RegExp(String.raw`^(?:does|did|do|will|can) ${ARTICLE_EN} (?:ever |also |even |actually )?${VERB_EN} (.+)$`, 'i'),
  // "is X mentioned in the article?", "are GANs covered anywhere in the text?"
  new RegExp(String.raw`^(?:is|are|was|were) (.+?) (?:ever |also |even |actually )?${PASSIVE_EN}(?: anywhere)?(?: (?:in|by) ${ARTICLE_EN})?$`, 'i'),
  // "is there anything about X in the article?"
  new RegExp(String.raw`^is there (?:anything|something) (?:in ${ARTICLE_EN} )?(?:about|on) (.+?)(?: in ${ARTICLE_EN})?$`, 'i'),
];
const VERB_ZH = '(?:提到|提及|讲到|讲过|讲了|说到|谈到|涉及|介绍了|介绍过|讨论了|讨论过|写到|包括|包含)';
const SUBJECT_ZH: RegExp[] = [
  // "文章（里）有没有提到X", "本文提到X了吗", "文章讲了迁移学习吗", "文章有没有讲BERT"
  // (not "文章里提到的Karpathy是谁": "提到的X" is the X the article mentions)
  new RegExp(`^(?:这篇)?(?:文章|本文|原文|作者)(?:里|中|里面)?(?:(?:有没有|是否|有|也|还)?${VERB_ZH}|(?:有没有|是否)(?:讲|聊)(?!为什么|为啥|怎么|如何|哪))(?:过)?(?!的)(.+?)(?:了)?(?:吗|么|嘛|没有|没)?$`),
  // "X在文章里有提到吗", "文章里有X吗"
  new RegExp(`^(.+?)(?:在)?(?:这篇)?(?:文章|本文)(?:里|中|里面)?(?:有|被|有没有|是否)?${VERB_ZH}(?:过)?(?:了)?(?:吗|么|嘛|没有|没)?$`),
  /^(?:这篇)?(?:文章|本文)(?:里|中|里面)(?:有没有|有)(?:讲|说|写)?(?:关于)?(.+?)(?:的内容|的部分)?(?:吗|么|嘛)?$/,
];
// Words around the subject that are not part of it ("at all", "anywhere", "the topic of", "相关的内容").
const TRIM_EN = /^(?:the (?:topic|idea|concept|subject) of |anything about |something about |about )|\b(?:at all|anywhere|in it|in there|somewhere)$/gi;
const TRIM_ZH = /^(?:关于)|(?:相关的?内容|这个话题|这个概念|的内容|方面的内容|相关|是什么意思|是什么|是啥|什么)[，,\s]*$/g;

/** What a yes/no question about the article's coverage asks about, as written ("reinforcement
 *  learning", "强化学习"); null for any other question. */
export function mentionSubject(question: string): string | null {
  const q = question.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/[?？!！。.]+$/u, '').trim();
  // (a name in brackets does not make the question Chinese: "does the article mention diffusion (扩散模型)?")
  const zh = /\p{Script=Han}/u.test(q.replace(/[(（][^()（）]*[)）]/gu, ''));
  for (const re of zh ? SUBJECT_ZH : SUBJECT_EN) {
    const m = re.exec(q);
    if (!m) continue;
    let subject = m[1].trim();
    for (let i = 0; i < 2; i++) subject = subject.replace(zh ? TRIM_ZH : TRIM_EN, '').trim();
    // "does the article mention how dropout works?": a question inside, not a thing to look up
    if (!zh && /^(?:how|why|what|when|where|which|who|whether|if)\b/i.test(subject)) return null;
    // ("文章提到深度学习未来有哪些挑战？" asks which challenges, not whether it mentions them: set D)
    if (zh && /哪些|哪个|哪种|什么|多少|几[个种条点]|怎么|如何|为什么|为啥/u.test(subject)) return null;
    // (in Chinese, a Latin word counts as two characters: "early stopping" is a short subject)
    const size = zh ? subject.replace(/[^\p{Script=Han}]/gu, '').length + 2 * (subject.match(/[a-z0-9]+/gi) ?? []).length : subject.split(/\s+/).length;
    if (subject && (zh ? size >= 2 && size <= 12 : size <= 5)) return subject;
  }
  return null;
}

/** A subject written with its name in the other language in brackets ("扩散模型(diffusion)",
 *  "池化（pooling）"): the two names; null for any other subject. */
export function glossedSubject(subject: string): { name: string; gloss: string } | null {
  const m = /^(.+?)\s*[(（]\s*([^()（）]{1,30}?)\s*[)）]$/u.exec(subject.normalize('NFKC').trim());
  return m && m[1].trim() ? { name: m[1].trim(), gloss: m[2].trim() } : null;
}

/** The things a coverage question asks about together ("dropout 和 early stopping", "GANs and
 *  transformers"): two or three, each a name; the subject alone otherwise. */
export function mentionSubjects(subject: string): string[] {
  const parts = subject.split(/\s*(?:以及|还有|或者|和|与|跟|及|或|、|,|，|\band\b|\bor\b)\s*/i).map((x) => x.trim()).filter(Boolean);
  return parts.length >= 2 && parts.length <= 3 && parts.every(isNameLike) ? parts : [subject];
}

/** Whether the subject reads as a name ("reinforcement learning", "强化学习"), not a description
 *  ("可以直接跑的代码", "a way to make training faster"): only a name's absence means the article
 *  does not mention it. */
export function isNameLike(subject: string): boolean {
  if (/\p{Script=Han}/u.test(subject)) return !/[的地得]|可以|能|怎么|如何|什么|哪/.test(subject) && subject.replace(/\s/g, '').length <= 8;
  const words = subject.toLowerCase().split(/\s+/);
  return words.length <= 3 && !words.some((w) => /^(?:a|an|the|that|which|who|to|of|for|with|in|on|can|could|be|is|are|any|some|way|ways|my|your|how)$/.test(w));
}

/** Written forms to look for: the subject, and in English its singular ("LSTMs" → "lstm"). */
function forms(subject: string): string[] {
  const s = subject.toLowerCase();
  const out = [s];
  if (/[a-z]{3,}s$/.test(s)) out.push(s.replace(/es$/, '').replace(/s$/, ''), s.replace(/s$/, ''));
  return [...new Set(out)];
}

/** The article's sentences (in `lang`) that use the words of `subject`, from the section that uses
 *  them most often; null when no section does. English matches whole words, Chinese any run. */
export function articleOnWords(subject: string, lang: Lang): ArticleLines | null {
  const patterns = forms(subject).map((f) => {
    const body = escapeRegExp(f).replace(/\s+/g, '\\s+');
    return /\p{Script=Han}/u.test(f) ? new RegExp(body, 'iu') : new RegExp(`\\b${body}\\b`, 'iu');
  });
  return sectionWhere(lang, (x) => patterns.some((re) => re.test(x.normalize('NFKC'))), MAX_QUOTED);
}
