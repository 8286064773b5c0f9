// Greetings, thanks, praise, complaints, goodbyes and questions about Glassbox itself ("what can you do?",
// "这个网站能做什么？") in English and Chinese, answered with a short reply instead of a retrieval
// (which would refuse them: the article says nothing about this app).
import type { Lang } from '../content/types';

export type SmallTalk = 'about' | 'demos' | 'complaint' | 'praise' | 'greeting' | 'thanks' | 'goodbye' | 'ack';

const THIS_APP_EN = String.raw`(?:this|the) (?:site|website|web ?site|app|application|page|tool|thing|place|chat|chatbot|bot)|glassbox`;
const THIS_APP_ZH = String.raw`(?:这个|这|本)(?:网站|网页|站|应用|app|工具|平台|页面|聊天|机器人)|glassbox`;

const DEMO_REQUESTS: RegExp[] = [
  /^(?:please |pls |can you |could you |would you |will you )?(?:draw|write|classify|run|try|test|analy[sz]e|use)\b.*\b(?:digits? (?:demo|page|recogni\w*|classifier)|handwriting demo|text lab|demos?)\b.*$/,
  /^(?:请|帮我|你|能不能|可以)?(?:帮我)?(?:在)?(?:数字页面|数字识别|手写数字|文本实验室|演示)(?:里|上|中)?(?:帮我)?(?:画|写|识别|分析|试|跑|运行).*$/,
];

const PATTERNS: [SmallTalk, RegExp][] = [
  // the whole clause asks what this app or this chat is, can do, or how to use it
  ['about', new RegExp(String.raw`^(?:what(?:'s| is) (?:${THIS_APP_EN})(?: for| about)?|what (?:does|can) (?:${THIS_APP_EN}) do|how does (?:${THIS_APP_EN}) work|what (?:can|do) you do|what can i (?:do|ask)(?: here| you)?|what should i ask(?: you)?|who are you|what are you|what(?:'s| is) your name|(?:what|which) (?:ai |language |large language )?(?:model|llm)s? (?:are you|do you use|powers you|is behind (?:you|this)|are you (?:using|running|based on|built on))|are you (?:using|running|based on|built on) (?:a |an )?(?:llm|gpt|chatgpt|language model|large language model)|are you (?:a |an )?(?:bot|robot|ai|human|real person|person|chatgpt|gpt|llm)|how do i use (?:this|${THIS_APP_EN})|help(?: me)?`
    // offline use and privacy
    + String.raw`|(?:does|can|will) (?:it|this|${THIS_APP_EN}) (?:work|run) offline|can i (?:use|run) (?:it|this|${THIS_APP_EN}) offline|is (?:it|this|${THIS_APP_EN}|my data) private`
    // on a phone ("can I use this model on my phone?")
    + String.raw`|(?:can|could) i (?:use|run|try|open) (?:it|this|these|(?:this|the|your|these|glassbox(?:'s)?) (?:models?|demos?|site|website|app|chat)) on (?:my |a )?(?:phone|mobile(?: phone)?|smartphone|iphone|android(?: phone)?|tablet|ipad)|(?:does|do|will) (?:it|this|(?:this|the|your) (?:models?|demos?|site|website|app)) (?:work|run) on (?:my |a )?(?:phone|mobile(?: phone)?|smartphone|iphone|android(?: phone)?|tablet|ipad)`
    + String.raw`|(?:do|does|will) (?:you|it|this|${THIS_APP_EN}) (?:store|save|send|upload|collect|keep) my (?:data|questions|messages|conversations?|chats?)|where (?:is|are) my (?:data|questions|messages|conversations?) (?:stored|kept|saved))$`)],
  ['about', new RegExp(String.raw`^(?:(?:${THIS_APP_ZH})(?:能|可以)?(?:做|干)(?:什么|啥)(?:的|用的)?|(?:${THIS_APP_ZH})是(?:干|做)?(?:什么|啥)(?:的|网站|东西)?|这是(?:什么|啥)(?:网站|应用|工具)|(?:${THIS_APP_ZH})怎么用|你是谁|你是什么|你叫什么(?:名字)?|(?:你|背后|后台|底层)?(?:用的|基于|用了|跑的)(?:是)?(?:什么|哪个|哪种)(?:大)?(?:模型|语言模型|ai)|你是(?:什么|哪个|哪种)(?:大)?(?:模型|语言模型)|你是(?:机器人|真人|人|ai|chatgpt|gpt)(?:吗)?|你(?:能|可以|会)(?:做|干)(?:什么|啥)|我(?:能|可以)问(?:你)?(?:什么|啥)|怎么用|帮助`
    + String.raw`|(?:${THIS_APP_ZH})?(?:能|可以)离线(?:用|使用|运行)(?:吗|么)?|(?:${THIS_APP_ZH}|这个模型|这些模型|模型)?(?:能|可以)?在(?:手机|平板|iphone|安卓手机|安卓)上(?:能|可以)?(?:用|使用|运行|跑|打开)(?:吗|么)?|(?:手机|平板)(?:上)?(?:能|可以)(?:用|使用|运行|打开)(?:吗|么)?|(?:你|${THIS_APP_ZH})?(?:会|是否)(?:上传|保存|收集)我的(?:数据|问题|对话|聊天记录)(?:吗)?|我的(?:数据|问题|对话|聊天记录)(?:存|保存)在哪(?:里|儿)?)$`)],
  // how this app's own demos work ("how does the digit recognition on this site work"): the article
  // says nothing about them
  ['demos', new RegExp(String.raw`^(?=.*\b(?:here|${THIS_APP_EN})\b)(?=.*\b(?:digits?|handwrit\w*|drawing|draw|text lab|sentiment|topic)\b)(?:how|what|which)\b.*$`)],
  ['demos', new RegExp(String.raw`^(?=.*(?:这里|${THIS_APP_ZH}))(?=.*(?:数字识别|手写|识别数字|画的数字|文本实验室|情感分析|主题分类)).*(?:怎么|如何|什么|哪|啥).*$`)],
  // a demo named by its page ("what does the digits demo show me", "how does the text lab work")
  ['demos', /^(?:how|what|which|why)\b.*\b(?:(?:the|your|this) (?:digits?|handwriting|drawing|mnist) (?:demo|page|lab|playground)|(?:the )?text lab)\b.*$/],
  ['demos', /^.*(?:文本实验室|(?:数字识别|手写数字|数字)(?:演示|页面)).*(?:怎么|如何|什么|哪|啥).*$/],
  // where to try the demos ("where can I try the digit classifier", "哪里可以体验手写数字识别")
  ['demos', /^(?:where|how) (?:can|could|do|would) i (?:try|use|play with|test|see|find|get to)\b(?!.*\b(?:my|our) (?:own )?(?:app|code|project|site|data)\b).*\b(?:digits? (?:classifier|recogni\w*|model|demo|page)|handwriting (?:recogni\w*|demo)|text lab|(?:sentiment|topic) (?:model|demo|classifier)|demos?)\b.*$|^(?:is there|are there|do you have) (?:a |any )?(?:demos?|playground|live example)\b.*$/],
  ['demos', /^.*(?:在哪|哪里|哪儿|怎么|如何|能不能|可以)(?:能|可以)?(?:试|玩|用|体验|看到).*(?:数字识别|手写数字|识别数字|文本实验室|情感分析|主题分类|演示).*$|^.*有(?:没有)?(?:演示|在线演示|demo)(?:吗|么)?$/],
  // asking the chat to use a demo for the reader ("please draw a 7 in the digit demo", "帮我在数字页面画个3"):
  // the chat cannot, the demo pages can (DEMO_REQUESTS)
  ...DEMO_REQUESTS.map((re): [SmallTalk, RegExp] => ['demos', re]),
  // feedback on an answer or the article ("that's not what I asked", "答非所问", "this is great", "写得真好"):
  // retrieval would quote a stray section for it
  ['complaint', /^(?:(?:this|that|the|your) (?:answer|reply|response) (?:is|was) (?:wrong|incorrect|useless|unhelpful|irrelevant|not (?:right|correct|helpful|useful|relevant|what i (?:asked|meant|wanted)))|(?:that|this|it)(?:'s| is| was) (?:wrong|incorrect|irrelevant|useless|unhelpful|off[- ]topic|not (?:right|correct|helpful|useful|relevant|an answer|what i (?:asked|meant|wanted)))|(?:you(?:'re| are)|you were) wrong|wrong(?: answer)?|bad answer|not helpful|unhelpful|useless|irrelevant|not what i (?:asked|meant|wanted)|(?:that|this|it) (?:doesn't|does not|didn't|did not) (?:answer|help)(?: (?:my|the) question| me)?|you (?:didn't|did not) answer(?: my question)?)$/],
  ['complaint', /^(?:不对|不是这样|错了|答错了|你错了|你答错了|回答错了|回答不对|答非所问|文不对题|没用|没有用|没什么用|没帮助|没有帮助|不相关|胡说|不是我要问的|不是我问的|这不是我问的|不是我想要的|你没回答我的问题|没回答我的问题|没有回答我的问题)(?:吧|啊|呀|的|了)?$/],
  // "这回答也太烂了吧", "完全没用", "你这回答真差劲"
  ['complaint', /^(?:这个?|你这个?|你的)?(?:回答|答案)?(?:也|真的?|太|好|完全|根本|简直|一点都|一点也)?(?:太)?(?:烂|差劲|很差|太差|垃圾|没用|没有用|不靠谱|离谱)(?:了)?(?:吧|啊|呀|的|了)*$/],
  ['praise', /^(?:(?:this|that|it)(?:'s| is| was) (?:(?:so|really|very|super|pretty|quite) )?(?:great|awesome|helpful|useful|clear|amazing|excellent|brilliant|cool|nice|good|interesting|fantastic|perfect)(?: stuff| explanation| answer| article)?|(?:great|nice|good|awesome|excellent|helpful|clear|amazing|cool|interesting) (?:article|answer|explanation|job|work|site|app|tool|chat)|well (?:written|explained|done)|i (?:really )?(?:love|like|enjoy(?:ed)?|liked|loved|appreciate) (?:this|that|it|the (?:article|site|app|answer|explanation|chat)|glassbox|how\b.*)|love (?:it|this))$/],
  ['praise', /^(?:这篇文章|文章|这个回答|回答|这个网站|这个|你)?(?:写得|讲得|说得|解释得|做得)?(?:真|很|太|非常|挺|特别|超)(?:好|棒|清楚|明白|不错|有用|有帮助|赞|厉害)(?:了)?(?:啊|呀|哦)?$|^(?:写得|讲得|说得|解释得)(?:好|不错|清楚)(?:啊|呀)?$|^(?:赞|厉害|牛|有用|有帮助|不错)(?:了)?(?:啊|呀|哦)?$/],
  ['greeting', /^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|greetings|how are you( doing)?( today)?|how's it going|how is it going|what's up|whats up|你好|您好|嗨|哈喽|哈啰|早上好|下午好|晚上好|大家好|你好吗|最近怎么样|在吗)( there| everyone| all|呀|啊|！)?$/],
  ['thanks', /^(thanks?( you)?( so much| a lot| very much)?|thx|ty|cheers|谢谢(你|您)?|多谢|感谢|非常感谢|谢啦|太感谢了)$/],
  // (set C, session 25: "ok bye, have a good one" was declined as a question)
  ['goodbye', /^((ok(ay)?|alright|well) )?(bye( bye)?|goodbye|see you( later| soon)?|see ya|good ?night|take care|gotta go|got to go|talk (to you )?later|ttyl|catch you later|later|have a (good|nice|great) (one|day|night|evening|weekend)|再见|拜拜|回头见|下次见|晚安|先这样吧?|我先走了|溜了)$/],
  // ("thanks, that really helped!" quoted section 7 for "helped")
  ['ack', /^(ok(ay)?|cool|great|nice|got it|i see|understood|that makes sense|makes sense|that helps|that (really |totally |actually )?help(s|ed)( a lot| me)?|(that was|that's|this was|this is|very|really|super) (really |very )?helpful|perfect|awesome|好的?|好吧|行|明白了?|懂了|知道了|了解了?|原来如此|辛苦(了|啦)|收到|有帮助|很有帮助|帮大忙了)$/],
];

function clauseKind(raw: string): SmallTalk | null {
  // "thanks, but that is wrong": a leading connective is not part of what is said
  const clause = raw.replace(/^(?:but|and|so|well|hmm+|oh|ah|但是|但|不过|可是)\s*/u, '');
  for (const [kind, re] of PATTERNS) if (re.test(clause)) return kind;
  return null;
}

// (with a question mark it asks something: "🤖🤖🤖?" is declined as a question)
const EMOJI_ONLY = /^(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]|\s|[!！.。])+$/u;
const APPROVAL = /^(?:[👍👌🙏👏💯✅❤😊🙂😀😄🥰]|\uFE0F|\s|[!！])+$/u;

/** Longest small talk, in characters; a request to use a demo may be longer. */
const LONGEST = 60;
const LONGEST_DEMO_REQUEST = 100;

/** The kind of small talk `text` is, or null for anything else: short messages whose every
 *  clause is a greeting, thanks, praise, complaint, goodbye or acknowledgement ("cool, that makes
 *  sense. bye"). The most telling clause wins: a question about the app or its demos over a
 *  complaint over goodbye over thanks over praise over greeting over acknowledgement. */
export function smallTalk(text: string): SmallTalk | null {
  const t = text.normalize('NFKC').toLowerCase().trim();
  if (!t || t.length > LONGEST_DEMO_REQUEST) return null;
  // emoji alone ("👍", "🤔"): approval is an acknowledgement, anything else a hello (it was refused
  // as a question the article does not cover, with stray sections)
  if (EMOJI_ONLY.test(t)) return APPROVAL.test(t) ? 'ack' : 'greeting';
  const clauses = t.split(/[\s]*[!！.。,，~～?？;；:：)（）(😊🙂👋🙏]+[\s]*/u).map((c) => c.trim()).filter(Boolean);
  if (!clauses.length) return null;
  const kinds = clauses.map(clauseKind);
  if (kinds.some((k) => k === null)) return null;
  // a long message is small talk only when it asks the chat to use a demo ("please draw a 7 in the
  // digit demo for me and tell me what it predicts"); a long question about what a demo shows asks
  // about its concepts ("How is token attribution in the text lab different from the attention heatmap?")
  if (t.length > LONGEST && !clauses.every((c) => DEMO_REQUESTS.some((re) => re.test(c)))) return null;
  for (const k of ['about', 'demos', 'complaint', 'goodbye', 'thanks', 'praise', 'greeting', 'ack'] as const) if (kinds.includes(k)) return k;
  return null;
}

export const SMALL_TALK_REPLY: Record<SmallTalk, Record<Lang, string>> = {
  about: {
    en: "I'm Glassbox's chat: ask me about the [article](/article) on deep learning, CNNs, Transformers and interpretability, or about the core concepts it touches, in English or Chinese. I answer from the article and its glossary, cite the section each answer comes from, and say so when the article does not cover something.\n\nGlassbox also lets you look inside real models: [draw a digit](/digits) for a CNN and see its saliency maps and feature maps, or [type a sentence](/text) and see a Transformer's sentiment, topic and attention. Everything runs on your device, and after one visit it works offline; this conversation stays in this browser, and in the default mode nothing you ask is sent anywhere.",
    zh: '我是 Glassbox 的问答助手：可以用中文或英文问我关于这篇[文章](/article)的问题——深度学习、卷积网络、Transformer、可解释性，以及文章涉及的核心概念。我只根据文章和术语表回答，注明每个回答出自哪一节，文章没讲到的会直接说明。\n\nGlassbox 还能让你看到真实模型的内部：[手写一个数字](/digits)，看卷积网络的显著性图和特征图；或者[输入一句话](/text)，看 Transformer 的情感、主题判断和注意力。一切都在你的设备上运行，访问过一次之后离线也能用；对话只保存在这个浏览器里，默认模式下你问的内容不会发送到任何地方。',
  },
  demos: {
    en: "Glassbox's demos run real models on your device, all of them trained in Glassbox itself:\n\n- The [digits page](/digits) runs the small convolutional network of the article's [section 5.2](/article#sec-5.2), corrected so that it runs and trained on MNIST handwritten digits. It classifies what you draw as you draw it, and shows where it looked (saliency maps: gradients, SmoothGrad, Integrated Gradients, Grad-CAM, occlusion) and what its layers see (feature maps).\n- The [text lab](/text) runs small Transformer encoders for sentiment and topic, in English and Chinese, and shows their attention for each layer and head, the attention rollout and which words tipped the decision.\n\nAsk me about the ideas behind them, for example “what is a saliency map?” or “what is attention?”.",
    zh: 'Glassbox 的演示在你的设备上运行真实的模型，这些模型都由 Glassbox 自己训练：\n\n- [数字页面](/digits)运行文章 [5.2 节](/article#sec-5.2)中的小型卷积神经网络（修正后可以运行），在 MNIST 手写数字上训练。你一边画它一边识别，并显示它看了哪里（显著性图：梯度、SmoothGrad、积分梯度、Grad-CAM、遮挡）以及各层看到了什么（特征图）。\n- [文本实验室](/text)运行小型 Transformer 编码器，做中英文的情感和主题分类，并显示每一层每个头的注意力、注意力 rollout，以及哪些词左右了判断。\n\n也可以问我它们背后的概念，比如“什么是显著性图？”或“什么是注意力机制？”。',
  },
  greeting: {
    en: 'Hello! Ask me anything about the article — deep learning, CNNs, Transformers, training or interpretability. Every answer cites the section it comes from.',
    zh: '你好！可以问我关于这篇文章的任何问题——深度学习、卷积网络、Transformer、训练或可解释性。每个回答都会注明出自哪一节。',
  },
  complaint: {
    en: "Sorry that missed. I only quote the article and the Glassbox glossary, so when they don't cover a question well, my answer can miss it. Try other words, or name the concept (“what is dropout?”); the cited section also shows the context.",
    zh: '抱歉没答好。我只引用文章和 Glassbox 术语表，它们没讲清楚的问题，我的回答就可能不准。可以换个说法，或直接问某个概念（例如“什么是 dropout？”）；引用的章节里也能看到上下文。',
  },
  praise: {
    en: 'Thank you, glad it helps! What else would you like to know?',
    zh: '谢谢，很高兴对你有帮助！还想了解什么？',
  },
  thanks: {
    en: "You're welcome! Ask another question whenever you like.",
    zh: '不客气！还有问题随时问我。',
  },
  goodbye: {
    en: 'Goodbye! Your conversation stays on this device.',
    zh: '再见！对话只保存在你的设备上。',
  },
  ack: {
    en: 'Glad it helped. What else would you like to know?',
    zh: '很高兴能帮上忙。还想了解什么？',
  },
};
