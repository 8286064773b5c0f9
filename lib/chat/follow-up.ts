// Follow-up questions in a conversation: "tell me more", "举个例子", "I don't understand" (no topic
// of their own: they continue the previous answer) and "what about RNNs?", "那LSTM呢" (a new subject
// in the previous question's frame, or by a shared head word: "训练准确率呢" after "测试准确率是多少"),
// and a continuing follow-up asked of the section the previous question named ("and how many neurons
// in each?" after section 4.3). Detection and the rewriting of an elliptical question only;
// lib/chat/continuation.ts composes the continued answers. Framework-free.
import { definedFocus } from './asked-focus';
import { focusConcept, isFieldConcept, isBroadConcept, namesOf } from './concept-question';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { numberedSectionReferences, sectionReferences } from './retriever';

/** What a topic-less follow-up asks for ('check': "are you sure?", "文章里真是这么说的吗"; 'why':
 *  "why?", "为什么呢"). */
export type FollowUpKind = 'more' | 'example' | 'confused' | 'check' | 'why' | 'brief';

export type { ChatContext } from './types';

const EN_MORE = /^(?:(?:what|how) about (?:it|that|this)|tell me more|tell me more about (?:that|this|it)|say more|more|more please|more details?|in more detail|details?|go on|continue|keep going|elaborate|elaborate on (?:that|this|it)|expand(?: on (?:that|this|it))?|explain more|explain (?:that|this|it) (?:further|more)|explain further|go deeper|anything else|what else|and then|then what|how so|and)$/;
const EN_EXAMPLE = /^(?:(?:give|show) (?:me )?(?:an |some )?examples?|(?:an |any |some )?examples?|for example|for instance|e\.?g\.?|(?:an |any )?examples? of (?:that|this|it))$/;
const EN_CONFUSED = /^(?:i (?:still )?(?:do not|don'?t|didn'?t|dont|didnt) (?:understand|get it|get that|follow)|(?:still )?(?:not|don'?t) (?:getting|get) it|i'?m (?:still )?(?:confused|lost)|(?:that'?s |this is )?(?:confusing|too hard|too complicated)|what do you mean|huh|say (?:it|that) (?:more )?simply|(?:explain (?:it |that )?)?(?:more )?simply|in simpler (?:terms|words)|simpler|(?:give me |i need )?(?:a )?simpler (?:explanation|version|answer)|simplify(?: (?:it|that|this))?|explain (?:it|that|this) (?:more )?simply|explain (?:it|that|this) simpler|(?:explain (?:it |that |this )?)?(?:simpler|more simply),? (?:like|as if) (?:for|to) (?:kids|a kid|a child|children|a beginner|beginners)|eli5|explain (?:it |that )?like i'?m (?:five|5))$/;
const EN_CHECK = /^(?:are you (?:sure|certain)|you sure|(?:is|was) (?:that|this|it) (?:right|correct|true|accurate)|(?:is|was) that really (?:right|correct|true|so)|really|seriously|(?:where|how) do you know (?:that|this)|(?:where|what)(?:'s| is) (?:the|your) source|source|does the article really say (?:that|this|so)|is that what the article (?:says|said)|did the article really say (?:that|this|so))$/;
const EN_WHY = /^(?:why|why is that|why so|how come|why (?:is|was) (?:that|this|it) (?:so|needed|necessary|important|used|done|the case)|why (?:does|would|do) (?:that|this|it) (?:help|work|matter)|why (?:is|are) (?:they|those) (?:needed|used)|what(?:'s| is) the reason)$/;
// "in one sentence", "tl;dr", "shorter please", "give me a one sentence version"
const EN_BRIEF = /^(?:(?:give me |i need |make it |put it |say it |explain it |can i get )?(?:a |the |in )?(?:one|1|a single)[- ]sentence(?: version| answer| summary| explanation)?|(?:give me |i need )?(?:a |the )?(?:short|shorter|brief|quick)(?: version| answer| summary)|tl;? ?dr|too long|in short|in a nutshell|(?:make it |keep it )?(?:short|shorter|brief)|summari[sz]e(?: it| that| this)?|sum (?:it|that|this) up)$/;
const EN_POLITE = /^(?:(?:ok(?:ay)?|so|hmm+|well|thanks|great|cool|nice|interesting),? )*(?:(?:please|can you|could you|would you|can u|pls)\s+)*/;
// "… for my boss", "… please"
const EN_TAIL = /(?:\s+(?:please|pls|thanks|for (?:my|a|the|our) (?:boss|manager|team|students?|class|kids?|mom|dad|parents|friends?|colleagues?|slides?|presentation|notes)))+$/;

const ZH_MORE = /^(?:还有|还有别的|还有其他的|然后|继续|继续说|接着说|详细点|详细一点|详细说说|详细讲讲|详细些|展开说说|展开讲讲|多说一点|多说点|说多点|再说说|再讲讲|再多讲讲|具体点|具体一点|具体说说|更多)$/;
const ZH_EXAMPLE = /^(?:举个例子|举例|举例子|举个栗子|比如|例如|有例子|有没有例子|给个例子|举个例子说明|能举个例子)$/;
const ZH_CONFUSED = /^(?:没看懂|看不懂|不懂|不明白|没明白|没听懂|听不懂|什么意思|啥意思|太难了|好难|说简单点|简单点|通俗点|说通俗点|讲简单点|我?(?:还是|有点|有些)?(?:不太|不大|不是很|不怎么|不|没)(?:太)?(?:懂|明白|理解|看懂|听懂)|(?:说|讲|解释)?(?:得)?(?:更)?(?:简单|通俗|浅显|直白)(?:一)?(?:点|些)|(?:给我)?(?:一个|个)?(?:更)?(?:简单|通俗|浅显|直白)(?:一)?(?:点|些)?的(?:解释|说法|版本|讲法)|换(?:个|一个|一种)(?:说法|方式|讲法)(?:讲|说|解释)?|(?:再)?(?:简单|通俗)(?:地)?(?:解释|说|讲)(?:一下|下)?)$/;
const ZH_CHECK = /^(?:(?:你)?(?:确定|肯定)|真的|是真的|对|没错|准确|靠谱|(?:这)?是(?:这篇)?文章(?:里)?(?:说|写)的|(?:这篇)?文章(?:里)?(?:真的?)?(?:是)?这么(?:说|写)的|(?:这篇)?文章(?:里)?真(?:的)?(?:这么|这样)(?:说|写)(?:的|了)?|有依据|依据|出处(?:是哪|在哪)?|(?:在)?哪里(?:说|写)的|你怎么知道的?)$/;
const ZH_WHY = /^(?:为什么|为啥|为何|怎么会|为什么会这样|为什么这样|这是为什么|为什么要这样|为什么要这么做|为什么有用|为什么需要|为什么要|原因是什么|什么原因|啥原因)$/;
const ZH_BRIEF = /^(?:(?:用|给我)?一句话(?:概括|总结|说|讲|解释|说明|版)?(?:一下)?|(?:说|讲|回答)?(?:得)?(?:简短|简洁|短)(?:一)?(?:点|些)|太长了?(?:不看)?|总结一下|概括一下|简单(?:总结|概括)一下)$/;
const ZH_POLITE = /^(?:(?:嗯|那|那么|好的|好|哦|噢|谢谢|请|你|能不能|能否|可以|可不可以|再|能)\s*)*/;
const ZH_TAIL = /(?:吗|呢|啊|吧|呀|一下|些|嘛)+$/;

function bare(text: string): { en: string; zh: string } {
  const t = text.normalize('NFKC').toLowerCase().replace(/[\s?!.,;:~…"'“”‘’。，！？；：、～]+$/u, '').replace(/^[\s,.，。]+/u, '').replace(/\s+/g, ' ').trim();
  return { en: t.replace(EN_POLITE, '').replace(EN_TAIL, '').trim(), zh: t.replace(ZH_POLITE, '').replace(ZH_TAIL, '').trim() };
}

/** A follow-up with no topic of its own ("tell me more", "为什么呢", "举个例子", "没看懂"), or null;
 *  one of several clauses that are each such a follow-up ("我不太懂，能再简单点吗"). */
export function followUpKind(text: string): FollowUpKind | null {
  const whole = clauseKind(text);
  const clauses = text.split(/[,，;；]\s*/u).filter((c) => c.trim());
  if (whole || clauses.length < 2) return whole;
  const kinds = clauses.map(clauseKind);
  return kinds.every((k) => k !== null) ? kinds.find((k) => k !== 'more') ?? 'more' : null;
}

function clauseKind(text: string): FollowUpKind | null {
  const { en, zh } = bare(text);
  if (EN_EXAMPLE.test(en) || ZH_EXAMPLE.test(zh)) return 'example';
  if (EN_CHECK.test(en) || ZH_CHECK.test(zh)) return 'check';
  if (EN_CONFUSED.test(en) || ZH_CONFUSED.test(zh)) return 'confused';
  if (EN_WHY.test(en) || ZH_WHY.test(zh)) return 'why';
  if (EN_MORE.test(en) || ZH_MORE.test(zh)) return 'more';
  if (EN_BRIEF.test(en) || ZH_BRIEF.test(zh)) return 'brief';
  return null;
}

// "用中文说", "in English please", "translate it into Chinese": the previous answer in the other language
const TO_ZH = /^(?:(?:please|pls|can you|could you|would you)\s+)*(?:(?:say|answer|reply|explain|write|repeat)\s+(?:it|that|this)?\s*|translate\s+(?:it|that|this)?\s*(?:in)?to\s+|answer\s+)?in\s+chinese(?:\s+(?:please|pls|plz|too|instead|thanks|thx))?$|^(?:translate\s+(?:it|that|this)?\s*(?:in)?to|(?:in\s+)?chinese)\s*(?:chinese|please)?$|^(?:请|能不能|能否|可以|可不可以|麻烦)?(?:你)?(?:用|说|讲|换成|换|翻译成|翻成|改成|改用|给我)?(?:中文|汉语|华语|普通话)(?:说|讲|回答|版|版本|解释|再说一遍|再讲一遍|翻译一下|说一遍|讲一遍|说一下|讲一下|怎么说|怎么讲)?(?:呢|吗|吧|一下)?$/i;
const TO_EN = /^(?:(?:please|pls|can you|could you|would you)\s+)*(?:(?:say|answer|reply|explain|write|repeat)\s+(?:it|that|this)?\s*|translate\s+(?:it|that|this)?\s*(?:in)?to\s+|answer\s+)?in\s+english(?:\s+(?:please|pls|plz|too|instead|thanks|thx))?$|^(?:translate\s+(?:it|that|this)?\s*(?:in)?to\s+english|english(?:\s+(?:please|pls|plz))?)$|^(?:请|能不能|能否|可以|可不可以|麻烦)?(?:你)?(?:用|说|讲|换成|换|翻译成|翻成|改成|改用|给我)?(?:英文|英语)(?:说|讲|回答|版|版本|解释|再说一遍|再讲一遍|翻译一下|说一遍|讲一遍|说一下|讲一下|怎么说|怎么讲)?(?:呢|吗|吧|一下)?$/i;

/** The language a follow-up asks the previous answer in ("用中文说" → 'zh', "in English please" →
 *  'en'), or null. */
export function translationTarget(text: string): 'en' | 'zh' | null {
  const t = text.normalize('NFKC').toLowerCase().replace(/[\s?!.,;:~…。，！？；：、～]+$/u, '').replace(/\s+/g, ' ').trim();
  return TO_ZH.test(t) ? 'zh' : TO_EN.test(t) ? 'en' : null;
}

const EN_ABOUT = /^(?:(?:and|so|ok(?:ay)?|hmm+),?\s+)?(?:what|how)\s+about\s+(.+)$|^and\s+(.{1,40})$/i;
const ZH_ABOUT = /^(?:那么|那|还有)?(.{1,20}?)(?:呢|又如何|又怎么样|怎么样呢)$/;

// A subject is a short noun phrase, not a question of its own ("and what about the learning rate,
// does it need changing …" is answered as it is).
const NOT_SUBJECT = /[?？,，;；]|\b(?:what|how|why|when|who|which|does|do|did|is|are|can|should)\b|什么|啥|怎么|如何|为什么|为啥|吗|区别|哪/i;
// "and in the code?", "那代码里呢": a place to ask the previous question of, not a new subject (resolveFrame)
// ("and the code in 5.2?", "what about the 5.2 code?": the example code is section 5.2's)
const EN_IN_CODE = /^(?:(?:and|so|ok(?:ay)?),?\s+)?(?:(?:what|how) about\s+)?(?:in|inside)\s+(?:the\s+|its\s+|your\s+)?(?:article'?s\s+)?(?:example\s+)?code$|^(?:(?:and|so|ok(?:ay)?),?\s+)?(?:(?:what|how) about\s+)?(?:in\s+)?(?:the\s+)?(?:(?:example\s+)?code (?:in|of) (?:section\s+)?5\.2|(?:section\s+)?5\.2(?:'s)? (?:example\s+)?code)$|^(?:(?:and|so),?\s+)?(?:is|are) (?:it|they|there (?:one|any)) (?:used |also )?in (?:the\s+)?(?:article'?s\s+)?(?:example\s+)?code$/i;
const ZH_IN_CODE = /^(?:那|那么)?(?:在)?(?:文章|本文)?(?:的)?(?:示例)?代码(?:里|中|里面)(?:呢|是怎么样的|是怎样的|是什么样的|怎么写的|怎么用的|是哪个)?$|^(?:那|那么)?(?:在)?(?:第?\s*5\.2\s*节?)(?:的)?(?:示例)?代码(?:里|中|里面)?(?:呢|是怎么样的|是哪个)$/u;

/** The new subject of an elliptical follow-up ("what about RNNs?" → "RNNs", "那LSTM呢" → "LSTM"),
 *  or null. */
export function ellipticalSubject(text: string): string | null {
  const t = text.normalize('NFKC').trim().replace(/[\s?!.。？！]+$/u, '');
  const m = EN_ABOUT.exec(t) ?? ZH_ABOUT.exec(t);
  const subject = m ? (m[1] ?? m[2] ?? '').trim() : '';
  const short = /[\u4e00-\u9fff]/.test(subject) ? subject.length <= 12 : subject.split(/\s+/).length <= 6;
  return subject && short && !NOT_SUBJECT.test(subject) && !EN_IN_CODE.test(t) && !ZH_IN_CODE.test(t) ? subject : null;
}

// "what is a GAN?", "什么是GAN", "GAN是什么": a question that asks only for a definition
const DEFINITION_QUESTION = /^(?:what(?:'s| is| are)|whats)\s+(?:an?\s+)?[^\s?]+(?:\s+[^\s?]+){0,2}\s*\??$|^(?:什么是|啥是)[^，,。]{1,12}[?？]?$|^[^，,。]{1,12}(?:是什么|是啥)[?？]?$/iu;

/** The previous question with its one concept replaced by the new subject's ("What is dropout?" +
 *  "batch norm" → "What is batch norm?"); just the subject when either names no single concept
 *  (it is then asked on its own). */
export function resolveElliptical(kb: KnowledgeBase, topic: string | null, subject: string): string {
  const next = focusConcept(findGlossaryNames(kb, subject));
  const prev = topic ? focusConcept(findGlossaryNames(kb, topic)) : null;
  // (a subject that names no concept takes the previous one's place too: "什么是GAN" + "那扩散模型呢"
  // asks "什么是扩散模型", which the chat can then say the article does not explain)
  if (!topic || !prev || next === prev || (!next && !(DEFINITION_QUESTION.test(topic.trim()) && definedFocus(/\p{Script=Han}/u.test(subject) ? `什么是${subject}` : `what is ${subject}`)))) return subject;
  const names = namesOf(kb, prev).sort((a, b) => b.length - a.length);
  const lower = topic.toLowerCase();
  for (const n of names) {
    const at = lower.indexOf(n);
    if (at < 0) continue;
    // "what is a neural network" + "CNNs" → "what is CNNs", not "what is a CNNs"
    const before = /\b(?:a|an)\s+$/i.test(topic.slice(0, at)) && /(?:[^s]s|^(?:a|an|the)\s.*)$/i.test(subject) ? topic.slice(0, at).replace(/\b(?:a|an)\s+$/i, '') : topic.slice(0, at);
    // "what dropout rate should I use" + "the learning rate" → "what learning rate should I use"
    const named = /\b(?:what|which)\s+$/i.test(before) ? subject.replace(/^(?:the|a|an)\s+/i, '') : subject;
    return `${before}${named}${topic.slice(at + n.length)}`;
  }
  return subject;
}

/** The previous question with the phrase that shares the new subject's head word put in its place
 *  ("测试准确率是多少" + "训练准确率" → "训练准确率是多少", "What is the test accuracy?" + "the
 *  training accuracy" → "What is the training accuracy?"); null when they share no head or the
 *  subject is the head alone. For subjects that no single concept separates from the topic. */
export function sharedHeadQuestion(topic: string | null, subject: string): string | null {
  if (!topic) return null;
  const s = subject.normalize('NFKC').trim().replace(/^(?:the|a|an)\s+/i, '').replace(/[?？]+$/, '');
  if (/\p{Script=Han}/u.test(s) && !/[A-Za-z]/.test(s)) {
    // the longest ending of the subject, two characters or more, that the topic also has, with
    // a modifier before it ("训练" + "准确率")
    for (let k = s.length - 1; k >= 2; k--) {
      const head = s.slice(s.length - k);
      const at = topic.indexOf(head);
      const modifier = s.length - k;
      if (at < 0) continue;
      // nothing before the head to replace: the modifier goes in front of it ("卷积层有多少个卷积核" +
      // "第二个卷积层")
      if (at < modifier && (at === 0 || !/\p{Script=Han}/u.test(topic[at - 1]))) return `${topic.slice(0, at)}${s}${topic.slice(at + k)}`;
      if (at < modifier) continue;
      const replaced = topic.slice(at - modifier, at);
      if (replaced === s.slice(0, modifier) || !/^\p{Script=Han}+$/u.test(replaced)) return null;
      return `${topic.slice(0, at - modifier)}${s}${topic.slice(at + k)}`;
    }
    return null;
  }
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 3) return null;
  const head = words[words.length - 1];
  if (head.length < 4) return null;
  const topicWords = topic.split(/(\s+)/);
  const at = topicWords.findIndex((w) => w.toLowerCase().replace(/[?？.,!]+$/, '') === head.toLowerCase());
  // the same number of words before the head, none of them a question word or article
  const span = (words.length - 1) * 2;
  if (at < span) return null;
  const replaced = topicWords.slice(at - span, at).join('');
  if (/\b(?:what|which|how|is|are|the|a|an|of|does|do)\b/i.test(replaced) || replaced.trim().toLowerCase() === words.slice(0, -1).join(' ').toLowerCase()) return null;
  const tail = topicWords[at].slice(head.length);
  return `${topicWords.slice(0, at - span).join('')}${s.replace(/[?？.!]+$/, '')}${tail}${topicWords.slice(at + 1).join('')}`;
}

// ("那太大了会怎样" after "学习率是什么": a value at an extreme)
const ZH_FRAME_ONLY = /^(?:那|那么)?(?:怎么|如何|为什么|为啥|有什么|有哪些|有啥|是不是|能不能|要不要|该怎么|应该怎么|需要|(?:设|调)?(?:得)?(?:太|过)(?:大|小|高|低|多|少))[\p{Script=Han}]{0,6}[?？]?$|^(?:那|那么)?(?:是)?(?:哪一年|哪年|什么时候|啥时候|谁(?:提出|发明|写|开发|做)的?|哪家公司|哪个公司)(?:提出|发表|发布|出的|写的|的)?(?:呢|啊)?[?？]?$/u;
// a bare "which year?", "when?", "who?" after a question about one concept (set D: "哪一年" after
// "Transformer是哪篇论文提出的")
const EN_FACT_ONLY = /^(?:(?:and|so|ok(?:ay)?),?\s+)?(?:(?:in\s+)?(?:which|what) year|when|who (?:made|wrote|proposed|invented|introduced|created|developed) (?:it|them|that))\s*[?.!]*$/i;
const EN_PRONOUN = /\b(?:it|that|this|them|they)\b/i;
// "公式能解释一下吗" after "反向传播是什么", "what are the advantages?": an attribute of the previous
// concept asked without naming it (tour 7: 解释 matched FAQ 9.5 on 可解释性)
const ZH_ATTRIBUTE_ONLY = /^(?:那|那么)?(?:公式|数学公式|推导|推导过程|原理|优点|缺点|优缺点|好处|坏处|局限|局限性|作用|用途|步骤|过程|计算过程|结构|定义)(?![\p{Script=Han}]{12})/u;
const EN_VALUE = /\b(?:what|which) (?:value|values|number|setting)\b/i;
const EN_ATTRIBUTE = /\bthe (?:formulas?|math|maths|equations?|steps|pros and cons|advantages|disadvantages|benefits|drawbacks|downsides?|upsides?|intuition|derivation)\b(?! of\b)/i;
// "文章里提到了吗" after "什么是池化": asks whether the article mentions the concept
const ZH_MENTION_ONLY = /^(?:那|那么)?(?:这篇)?(?:文章|本文|原文)(?:里|中|里面)?(?:有没有|有|是否|也|还)?(?:提到|提及|讲到|讲过|讲了|说到|谈到|涉及|介绍)(?:过)?(?:了)?(?:吗|么|嘛|没有|没)?[?？]?$/u;
const ZH_CODE_USE_ONLY = /^(?:那|那么)?(?:这篇)?(?:文章|本文|原文)?(?:里|中)?(?:的)?(?:示例)?代码(?:里|中|里面)?(?:(?:有没有|也|有)?(?:用|使用|用到)(?:了|过)?(?:吗|么|嘛|没有|没)?|(?:也|还)?有(?:吗|么|嘛|没有)|有没有)[?？]?$/u;
// "文章里哪用了", "代码里哪里用到了": where the code uses the previous concept
const ZH_CODE_WHERE_ONLY = /^(?:那|那么)?(?:这篇)?(?:文章|本文|原文|示例|代码|示例代码)(?:里|中|里面)?(?:的)?(?:代码)?(?:里|中)?(?:在)?(?:哪里|哪儿|哪|什么地方)(?:里)?(?:用|使用|用到)(?:了|过)?(?:它)?[?？]?$/u;
const EN_IT_IS = /\b(?:it|that)['’]s\b/i;
// "文章里用的是哪个", "代码里选了哪种": which one the article uses, of the previous concept
const ZH_WHICH_ONLY = /^(?:那|那么)?(?:这篇)?(?:文章|本文|原文|代码|示例|例子)(?:里|中|里面)?(?:用的是|用了|选的是|选了|用|采用的是|采用了|推荐用|推荐使用|推荐的是|推荐了|推荐|建议用)(?:哪个|哪种|哪一个|哪一种|哪些|什么)[?？]?$/u;
const EN_WHICH_ONE = /\b(?:which|what) ones?\b/i;
// "跟X有啥关系", "和X有什么区别": a comparison whose first party is left out
const ZH_WITH_ONLY = /^(?:那|那么)?(?:跟|和|与|同)[^，,。？?]{1,30}?(?:(?:有)?(?:啥|什么|何)?(?:关系|联系|区别|差别|不同|不一样)|比(?:起来)?(?:哪个|谁)(?:更)?(?:好|强|快|常用|合适)|比(?:起来)?(?:怎么样|如何))(?:吗|呢)?[?？]?$/u;
// "what accuracy does it reach?", "它的准确率能达到多少": the pronoun is the model that was trained,
// not a concept such as the loss function the conversation was about
const EN_PERFORMS = /\b(?:does|did|do|can|could|will) (?:it|they) (?:reach|achieve|get|score|hit|attain|perform)\b|\b(?:it|they) (?:reach(?:es|ed)?|achieve[sd]?|gets|got|score[sd]?|perform(?:s|ed)?)\b|\b(?:its|their) (?:accuracy|score|performance|test accuracy)\b/i;
const ZH_PERFORMS = /它(?:们)?的?(?:测试)?(?:准确率|精度|正确率|效果|表现|得分|性能)|它(?:们)?(?:能|可以)?(?:达到|跑到|跑出|取得)/u;
// "what loss function does it use?", "它用的什么损失函数": the pronoun is what uses the concept the
// follow-up names (the example code, a model), not the previous concept (the optimizer)
const EN_AGENT = /^(?:(?:and|so|ok(?:ay)?),?\s+)?(?:what|which)\s+(?:kind of\s+|type of\s+)?([a-z][\w -]{1,40}?)\s+(?:does|did|do|will|would)\s+(?:it|they)\b/i;
const ZH_AGENT = /^(?:那|那么)?它们?(?:用|使用|选|采用)(?:了|的是|的)?(?:什么|哪个|哪种|哪一种|啥)/u;
const ABOUT_CODE = /\bcode\b|代码|5\.2/i;
const MODELS = new Set(['neural-network', 'multilayer-perceptron', 'convolutional-neural-network', 'recurrent-neural-network', 'lstm', 'transformer', 'bert', 'gan']);

// 它 / 它们, not inside 其它 ("other")
const ZH_PRONOUN = /(?<!其)它们?/u;

/** A short follow-up that asks something new of the previous question's concept without naming it
 *  ("怎么避免" after "什么是过拟合" → "过拟合怎么避免"; "how do I avoid it?" → "how do I avoid
 *  overfitting?"), or that names it by a pronoun beside another concept ("is it the same as
 *  dropout?" → "is pooling the same as dropout?", "它和循环神经网络有什么区别" → "卷积神经网络和循环神经网络有什么区别"),
 *  or leaves it out of a comparison ("跟attention rollout有啥关系" → "注意力机制跟attention rollout有啥关系"),
 *  or asks only whether the article mentions it ("文章里提到了吗" → "文章里提到池化了吗");
 *  null otherwise. */
// an example of where it is used, not an everyday analogy ("能举个生活中的例子吗")
const ZH_APPLICATION_EXAMPLE = /^(?:那|那么)?(?:能|可以)?(?:再)?(?:举|给|说)(?:个|一个|几个|些)?(?:实际)?(?:应用|用途)(?:的|上的|场景的)?(?:例子|实例|场景)(?:吗|呢|吧)?[?？]?$|^(?:那|那么)?(?:有)?(?:什么|哪些|啥)(?:实际)?应用(?:的)?(?:例子|实例|场景)?(?:吗|呢)?[?？]?$/u;
const EN_APPLICATION_EXAMPLE = /^(?:(?:and|so|ok(?:ay)?),?\s+)?(?:(?:can you |could you )?(?:give|show) (?:me )?)?(?:an? |some |any )?(?:real[- ]world |practical )?(?:examples? of (?:an? )?(?:applications?|use cases?|uses?)|applications?|use cases?|uses)(?: please| pls)?[?.!]*$/i;
// a question about the name's letters, not about the thing
const ABBREVIATION = /\b(?:abbreviations?|acronyms?|short for|stands? for|full name)\b|缩写|简称|全称|全名|英文全拼/i;

export function resolveFrame(kb: KnowledgeBase, topic: string, text: string, lang: 'en' | 'zh'): string | null {
  // (or the one concept besides the field's umbrella terms: "which framework does the code example
  // use (TensorFlow)" is about TensorFlow)
  const inTopic = findGlossaryNames(kb, topic);
  const specific = inTopic.filter((id) => !isFieldConcept(id));
  const concept = focusConcept(inTopic) ?? (specific.length === 1 ? specific[0] : null);
  if (!concept) return null;
  // a broad concept named as context does not make it a new question ("why is it used in CNNs?")
  const named = findGlossaryNames(kb, text).filter((id) => !isBroadConcept(id));
  if (named.includes(concept)) return null;
  const name = kb.glossaryById.get(concept)!.term[lang].toLowerCase();
  const t = text.normalize('NFKC').trim();
  if (!MODELS.has(concept) && (lang === 'zh' ? ZH_PERFORMS : EN_PERFORMS).test(t)) return null;
  if (!MODELS.has(concept) && named.length && (lang === 'zh' ? ZH_AGENT.test(t) : EN_AGENT.test(t))) {
    if (!ABOUT_CODE.test(topic)) return null;
    return lang === 'zh' ? t.replace(/^(?:那么|那)?它们?/u, '示例代码') : t.replace(/\b(?:it|they)\b/i, 'the example code');
  }
  if (!named.length && EN_FACT_ONLY.test(t) && lang === 'en') return /^(?:(?:and|so|ok(?:ay)?),?\s+)?(?:in\s+)?(?:which|what) year/i.test(t) ? `in which year was ${name} introduced?` : /\bwhen\b/i.test(t) ? `when was ${name} introduced?` : t.replace(/\b(?:it|them|that)\b/i, name);
  // "举个应用的例子" after "图像生成用的是什么模型": where the concept is used (it got 4.3's worked example)
  if (!named.length && (lang === 'zh' ? ZH_APPLICATION_EXAMPLE : EN_APPLICATION_EXAMPLE).test(t)) return lang === 'zh' ? `${name}用在哪些应用上` : `what is ${name} used for`;
  // "what does the abbreviation stand for?" after "what are GANs used for": its definition, which
  // spells the name out (set D, session 25)
  if (!named.length && ABBREVIATION.test(t)) return lang === 'zh' ? `什么是${name}` : `what is ${name}`;
  // "and in the code?" after "What is the loss function?" → whether (and where) the code uses it
  const q = t.replace(/[\s?？!！.。]+$/u, '');
  if (!named.length && (EN_IN_CODE.test(q) || ZH_IN_CODE.test(q))) return lang === 'zh' ? `文章里的代码用了${name}吗` : `does the article's code use ${name}?`;
  if (lang === 'zh') {
    if (!named.length && ZH_FRAME_ONLY.test(t)) return `${name}${t.replace(/^(?:那么|那)/, '')}`;
    if (!named.length && !ZH_PRONOUN.test(t) && ZH_ATTRIBUTE_ONLY.test(t)) return `${name}的${t.replace(/^(?:那么|那)/, '')}`;
    if (!named.length && ZH_MENTION_ONLY.test(t)) return `文章里提到${name}了吗`;
    // "文章里的代码用了吗" after "什么是dropout"
    if (!named.length && ZH_CODE_USE_ONLY.test(t)) return `文章里的代码用了${name}吗`;
    if (!named.length && ZH_CODE_WHERE_ONLY.test(t)) return `代码里哪里用了${name}`;
    // "文章里用的是哪个" after "什么是激活函数" → "文章里用的是哪个激活函数"
    if (!named.length && ZH_WHICH_ONLY.test(t)) return t.replace(/(哪个|哪种|哪一个|哪一种|哪些|什么)([?？]?)$/u, `$1${name}$2`);
    // "跟attention rollout有啥关系" after "注意力机制是啥": the previous concept is the other party
    const others = findGlossaryNames(kb, t);
    if (others.length === 1 && others[0] !== concept && ZH_WITH_ONLY.test(t)) return `${name}${t.replace(/^(?:那么|那)/, '')}`;
    return ZH_PRONOUN.test(t) ? t.replace(ZH_PRONOUN, name) : null;
  }
  // "which one does the article use?" after "what is an activation function"
  // ("which ones are there?" → "which optimizers are there?")
  if (!named.length && EN_WHICH_ONE.test(t) && t.split(/\s+/).length <= 8) return t.replace(EN_WHICH_ONE, (w) => (/ones$/i.test(w) ? `${w.slice(0, -4)}${/s$/.test(name) ? name : `${name}s`}` : `${w.slice(0, -3)}${name}`));
  if (!named.length && !EN_PRONOUN.test(t) && t.split(/\s+/).length <= 8 && EN_ATTRIBUTE.test(t)) return t.replace(EN_ATTRIBUTE, (w) => `${w} of ${name}`);
  // "what value does the article use?" after "what's the learning rate" → "what learning rate …" (tour 8: FAQ 9.5)
  if (!named.length && !EN_PRONOUN.test(t) && t.split(/\s+/).length <= 10 && EN_VALUE.test(t)) return t.replace(EN_VALUE, (w) => `${w.slice(0, -w.split(' ').at(-1)!.length)}${name}`);
  if (t.split(/\s+/).length > (named.length ? 12 : 8) || !EN_PRONOUN.test(t)) return null;
  // "what happens if it's too big" → "… if learning rate is too big", not "learning rate's"
  if (EN_IT_IS.test(t)) return t.replace(EN_IT_IS, `${name} is`);
  // "why that one?" after "What loss function does the code use?" → "why that loss function?"
  if (/\b(?:that|this) one\b/i.test(t)) return t.replace(/\b(that|this) one\b/i, `$1 ${name}`);
  // "how do they work?" after GANs → "how do generative adversarial networks work?"
  return t.replace(EN_PRONOUN, (p) => (/^they$/i.test(p) && !/s$/.test(name) ? `${name}s` : name));
}

// "and how many neurons in each?", "那输出层呢": a follow-up that continues the previous question
const CONTINUES = /^(?:and|so|also|then|ok(?:ay)?,?\s+and)\s+\S|^(?:那|那么|还有|另外|然后)\S/i;

/** A short follow-up that continues a question about one named section, asked of that section
 *  ("how many layers does the example in section 4.3 have?" + "and how many neurons in each?" →
 *  "and how many neurons in each? (section 4.3)"; it was answered from 4.1's other example); null
 *  when the topic names no single section, the follow-up names its own or is a question of its own. */
export function inTopicSection(topic: string | null, text: string, lang: 'en' | 'zh'): string | null {
  if (!topic) return null;
  // a section named by its number ("section 4.3", "第4.3节"), not a chapter named by its subject
  const refs = numberedSectionReferences(topic);
  const t = text.normalize('NFKC').trim();
  if (refs.length !== 1 || sectionReferences(t).length || !CONTINUES.test(t)) return null;
  if ((lang === 'zh' ? t.replace(/\s/g, '').length > 20 : t.split(/\s+/).length > 10)) return null;
  return lang === 'zh' ? `${t}（第 ${refs[0]} 节）` : `${t} (section ${refs[0]})`;
}
