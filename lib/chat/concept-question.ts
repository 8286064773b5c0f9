// Questions about glossary concepts themselves: "what is dropout?" (one concept named and nothing
// else but question words: answered with its definition) and "what is the difference between
// overfitting and underfitting?" (two concepts and a comparison frame: both definitions), whether
// a question asks what the article or its author says about them, and
// the one concept a question is about with whether it asks how that thing works (the composer
// then prefers the concept's definition over a cited section that never names it).
// Framework-free; used by the retriever (retriever.ts) when it prepares a question.
import { findGlossaryNames, nameVariants, type KnowledgeBase } from './knowledge';
import { terms } from './terms';

// Question frames of "what is / what is it for" in Chinese (removed before counting other words).
const DEFINE_ZH = /(是个啥玩意|是啥玩意|是个啥|是什么玩意|是什么东西|这个东西|这东西|这玩意|是什么意思|通俗点说|通俗地说|是拿来干嘛的|拿来干嘛|打个比方|给小白讲讲|给我讲讲|(?:用)?(?:人话|大白话|白话|通俗的话)(?:讲讲|说说|解释一下|解释下|讲一下|说一下)?|能不能|能否|可不可以|[呗吧呀啊嘛哈]+(?=$|[，。？！?!,.\s])|(?:是|能|可以)?(?:为了)?解决(?:了)?(?:什么|哪些|啥)(?:样的)?问题|(?:像|就像)?(?:给|对|跟|向)(?:一个)?(?:小学生|中学生|小孩子?|孩子|外行人?|门外汉|新手|初学者|小白|[五三六七八九十5-9]岁(?:的)?(?:小孩子?|孩子)|我(?:妈|爸|奶奶|爷爷)|老人|普通人)(?:一样|那样)?(?:听)?|(?:解释|说明)(?:一样|那样|一下)?|(?:用)?(?:外行|门外汉|小白|新手|普通人|小学生|小孩)(?:也)?(?:能|可以)?(?:听|看)(?:得)?懂的(?:话|方式|语言)?|是什么|是啥|什么是|什么叫|的定义|指的是什么|什么意思|解释一下|介绍一下|有什么用|有啥用|有什么作用|的作用是什么|是干什么的|是干嘛的|干什么用的|(?:都)?(?:是)?干啥用的|(?:都)?是干啥的|干嘛用的|起什么作用|是用来干嘛的|用来干嘛|用来做什么|用大白话|大白话|通俗地|通俗点|通俗|简单地|简单说说|简单讲讲|说说|讲讲|科普一下|一句话|用简单的话说|用简单的话讲|用简单的话|简单来说|简单点说|通俗来说|通俗来讲|通俗讲|为什么要用|为什么用|为啥要用|为啥用|为什么需要|为什么要|怎么理解|如何理解|怎么看懂|如何看懂|举个例子|举例说明|举例)/g;

// The same in English, for frames whose words are not all stop words ("what's the point of
// pooling", "explain backprop like I'm five", "a transformer in plain English"; session 9).
const DEFINE_EN = /\b(?:explain (?:\w+ )*?like i'?m (?:five|5)|like i'?m (?:(?:a|an) )?(?:\d{1,2}|five|six|seven|eight|nine|ten|twelve|kid|child|beginner|layman|noob|newbie)(?:[- ](?:years?|yrs?)[- ]old)?|(?:explain(?:ed)? (?:\w+ )*?)?(?:to|for) (?:(?:a|an|my|someone|people) )?(?:(?:\d{1,2}|five|six|seven|eight|nine|ten|twelve)[- ](?:years?|yrs?)[- ]olds?|kids?|child(?:ren)?|beginners?|novices?|newbies?|non-?experts?|laype(?:rson|ople)|layman|grandm\w*|grandp\w*|mom|mum|dad|parents?|non-?technical (?:person|people|readers?))|why (?:do|does|would)\s+(?:(?:we|i|you|people|one|a|an|the|they)\s+)*need|eli5|in (?:plain|simple|simpler|everyday) (?:english|terms|words|language)|in layman'?s terms|simply put|in a nutshell|in short|briefly|what'?s the point of|what is the point of|what (?:problems?|issues?) (?:does|do|did|is|are)\s+(?:(?:meant|supposed|trying|designed) to )?(?:solv\w*|fix\w*|address\w*)|what is the purpose of|what'?s the purpose of|(?:what'?s|what is) the intuition (?:behind|of)|the intuition behind|simply|in simple words|in (?:one|a) sentence|for (?:a )?beginners?|for dummies|with an example|give (?:me )?an example(?: of)?|an example of|why (?:do (?:we|i|you|people) )?use|why would (?:i|you|we|anyone) use|describe|tell me about|explain|please|pls|plz)\b/g;

// A quantity asked for ("测试准确率多少", "how many layers", "what accuracy does it reach").
const QUANTITY = /多少|多高|多大|几(?:个|层|轮|次|张|成|倍)|\bhow (?:many|much|high|big|large|long|well|accurate)\b|\bwhat (?:percentage|percent|number)\b|\b(?:get|gets|got|reach|reaches|reached|achieve|achieves|achieved|score|scores|scored)\b|\bwhat(?:'s| is| was) the (?:test|final|validation|training|model'?s) (?:accuracy|loss|error)\b/;

// The article's own instance of a concept ("the accuracy of the model in the article", "文章里的学习率").
const ABOUT_ARTICLE = /\b(?:in|of|from|by) (?:the|this) (?:article|tutorial|example|code)\b|\bthe article'?s\b|文章里|文章中|本文|示例里|示例中|代码里|代码中|例子里/;

// Asking what the article (or its author) says: "in the article", "what does the article say about",
// "according to the author", "文章里", "文章怎么", "作者认为", "原文中". Removed before counting a
// comparison's other words; the composer then quotes the article where it names both concepts.
const ARTICLE_VIEW_EN = /\b(?:according to (?:the|this) (?:article|author|text(?! lab)|tutorial)|(?:in|from|by) (?:the|this) (?:article|author|text(?! lab)|tutorial)|(?:the|this) (?:article|author|text(?! lab)|tutorial)(?:'s)?(?: (?:say|says|said|think|thinks|compare|compares|describe|describes|explain|explains|put|puts|view|views|take|opinion))?)\b/g;
const ARTICLE_VIEW_ZH = /(?:这篇|本篇)?(?:文章|原文|本文|作者)(?:里|中|内|上)?(?:面)?(?:是)?(?:怎么|如何)?(?:说|讲|写|认为|觉得|看|提到|介绍|描述|解释|比较|对比)?(?:的)?(?:对)?/g;

/** Whether a question asks what the article or its author says ("what does the article say about
 *  CNN vs RNN", "文章里CNN和RNN有什么区别"). */
export function asksArticleView(question: string): boolean {
  const q = question.normalize('NFKC').toLowerCase();
  return q.search(ARTICLE_VIEW_EN) >= 0 || /文章|原文|本文|作者/.test(q);
}

/** Whether a comparison asks which of two things is better ("Is dropout better than L2?", "ReLU or
 *  sigmoid, which one should I use?", "Adam和SGD哪个好"): the composer then says when the article
 *  never compares them, rather than letting two definitions read as a verdict. */
export function asksWhichBetter(question: string): boolean {
  return /\b(?:better|worse|best|superior|preferable|(?:faster|slower|stronger|weaker|more accurate|less accurate|more popular|preferred) (?:than|over)|which (?:one )?(?:should|would|do) (?:i|we|you) (?:use|pick|choose|prefer)|which (?:one )?to (?:use|pick|choose))\b|哪个(?:更)?好|哪个更(?:强|准|快|适合)|更好|更强|比[^，。？?]{0,6}?(?:好|强|差|准)|(?:选|用)哪个/i.test(question.normalize('NFKC'));
}

/** Whether a comparison asks how two things are related ("how are CNNs and RNNs related?",
 *  "神经元和反向传播有什么关系", "is an MLP one kind of neural network?"), not how they differ. */
export function asksRelation(question: string): boolean {
  return /\b(?:related|relationship|relation|connection|connected|(?:kind|type|form) of)\b|关系|联系|一种/i.test(question.normalize('NFKC'));
}

/** Whether a question asks about the article's own instance of something ("in the example", "the
 *  article's learning rate", "代码里"). */
export function asksAboutArticleInstance(question: string): boolean {
  return ABOUT_ARTICLE.test(question.normalize('NFKC').toLowerCase());
}

// A broad concept or a category named beside the asked one ("the Adam optimizer", "the TensorFlow framework").
const CONTEXT_CONCEPTS = new Set(['artificial-intelligence', 'deep-learning', 'neural-network', 'convolutional-neural-network', 'transformer', 'recurrent-neural-network', 'optimizer', 'deep-learning-framework']);

// Words that may accompany a concept's name in a definition question ("the Adam optimizer").
const GENERIC = new Set([
  // "whats" (stemmed "what"): "whats dropout", "whats the difference between an RNN and an LSTM"
  'what', 'model', 'algorithm', 'concept', 'term', 'layer', 'method', 'technique', 'function', 'network', 'idea', 'basic', 'simple', 'word', 'purpose', 'for', 'work', 'role', 'use', 'actual', 'actually', 'realli', 'really', 'exactli', 'exactly', 'basic', 'basically', 'even', 'itself', 'themselv', 'themselves',
  '模型', '算法', '概念', '方法', '技术', '函数', '网络', '层', '作用', '用途', '用处', '优化', '化器', '意思', '含义', '名词', '简单', '通俗',
  // "CNN里的pooling是干嘛的", "在Transformer中，注意力是什么": where the concept sits
  '里', '中', '在', '里面']);

/** Every written form of a concept's names (lower case; two-word names in both orders). */
export function namesOf(kb: KnowledgeBase, id: string): string[] {
  const c = kb.glossaryById.get(id)!;
  return [c.term.en, c.term.zh, ...c.aliases.en, ...c.aliases.zh].flatMap((x) => nameVariants(x.toLowerCase()));
}

/** `text` with every name of the concepts `ids` blanked out, longest names first. */
function withoutNames(text: string, ids: string[], kb: KnowledgeBase): string {
  let rest = text;
  for (const n of ids.flatMap((id) => namesOf(kb, id)).sort((a, b) => b.length - a.length)) rest = rest.split(n).join(' ');
  return rest;
}

/** The words of `rest` that are neither in one of the question frames `frames` nor generic. */
function residualTerms(rest: string, frames: RegExp[]): string[] {
  return terms(frames.reduce((t, re) => t.replace(re, ' '), rest)).filter((t) => !GENERIC.has(t));
}

/** A broad concept or category ("deep learning", "neural network", "optimizer") that questions
 *  name as context more than as what they ask about. */
export function isBroadConcept(id: string): boolean {
  return CONTEXT_CONCEPTS.has(id);
}

// The field itself and its umbrella terms: "how do I learn deep learning" is about the article as a
// whole, while "why is the Transformer important" is about one architecture.
const FIELD_CONCEPTS = new Set(['artificial-intelligence', 'machine-learning', 'deep-learning', 'neural-network', 'deep-learning-framework', 'optimizer']);

/** Whether `id` names the field or an umbrella term rather than one architecture or technique. */
export function isFieldConcept(id: string): boolean {
  return FIELD_CONCEPTS.has(id);
}

/** The one concept a question is about, broad concepts named as context aside ("how does
 *  Grad-CAM work in a CNN" → grad-cam); null when it names none or several. */
export function focusConcept(allHits: string[]): string | null {
  const hits = allHits.length > 1 ? allHits.filter((h) => !CONTEXT_CONCEPTS.has(h)) : allHits;
  return hits.length === 1 ? hits[0] : null;
}

/** Of the concepts `ids`, the one the question names first ("联邦学习是怎么保护隐私的" → federated
 *  learning, not data privacy). */
export function firstNamedConcept(question: string, ids: string[], kb: KnowledgeBase): string | null {
  const q = question.normalize('NFKC').toLowerCase();
  let best: [string, number, number] | null = null;
  for (const id of ids) {
    const at = namedAt(q, id, kb);
    if (!Number.isFinite(at)) continue;
    // at the same place the longer name wins: "attention rollout" names attention rollout, not attention
    const length = Math.max(...namesOf(kb, id).filter((n) => q.startsWith(n, at)).map((n) => n.length));
    if (!best || at < best[1] || (at === best[1] && length > best[2])) best = [id, at, length];
  }
  return best?.[0] ?? null;
}

/** Where the lower-case question `q` first names the concept `id` (Infinity when it does not). */
function namedAt(q: string, id: string, kb: KnowledgeBase): number {
  return Math.min(...namesOf(kb, id).map((n) => q.indexOf(n)).filter((i) => i >= 0));
}

// Frames that ask what a thing is or how it works ("how does Grad-CAM highlight …", "what does
// dropout do …", "梯度消失是怎么产生的", "多头注意力是什么原理"), not how the reader should do
// something ("how do I evaluate …", "how to make my model generalize better").
const ABOUT_THING_EN = /\b(?:how (?:does|do|did|is|are|can|could|would|will)\b(?! (?:i|we|you|one|people|my|our)\b)|what (?:does|do|did)\b.*\b(?:do|mean|stand for)\b|what(?: exactly| actually| really)?(?: is|'s| are)\b|whats\b|explain(?:ed|s)?\b|why (?:does|do|did|is|are|was|were)\b(?! (?:i|we|you|my|our)\b))/;
const ABOUT_THING_ZH = /为什么|为啥|是咋|咋(?:工作|运作|训练|实现|算|理解|看|用)|干啥的|干啥用|是干啥|(?:是)?(?:做|干)(?:什么|啥)(?:的|用的)|是干嘛的|干嘛用|是怎么|是如何|怎么工作|如何工作|怎么运作|如何运作|原理|有什么用|有啥用|有什么作用|起什么作用|是什么|是啥|什么是|怎么看|如何看|怎么读|怎么理解|如何理解|为什么会/;

// Asking for remedies or steps ("what are the standard remedies", "泛化差怎么办") is a how-to
// question even in a "what are" frame.
const HOW_TO = /\b(?:remed\w*|fix\w*|solutions?|solve|ways? to|steps? to|how to|avoid\w*|prevent\w*|improv\w*|reduc\w*|deal with)\b|怎么办|办法|避免|防止|提高|改善|改进|怎样才能|如何才能/;

/** Whether a question asks what something is or how it works (see ABOUT_THING_EN), not how to do
 *  or fix something. */
export function asksAboutThing(question: string): boolean {
  const q = question.normalize('NFKC').toLowerCase();
  return (ABOUT_THING_EN.test(q) || ABOUT_THING_ZH.test(q)) && !HOW_TO.test(q);
}

// Asking how to deal with a named problem ("how do I fix vanishing gradients", "梯度消失怎么解决").
const HOW_TO_ZH = /怎么办|怎么(?:解决|避免|防止|缓解|克服|处理|应对)|如何(?:解决|避免|防止|缓解|克服|处理|应对)|(?:解决|缓解|避免|防止)(?:方法|办法)/;

/** Whether a question asks how to do or fix something ("how to avoid vanishing gradients"). */
export function asksHowTo(question: string): boolean {
  const q = question.normalize('NFKC').toLowerCase();
  return HOW_TO.test(q) || HOW_TO_ZH.test(q);
}

// Everyday senses of a concept's name: section 7's PyTorch "has attracted wide attention" says
// nothing about the attention mechanism.
const OTHER_SENSES = /\b(?:(?:attract\w*|draw\w*|receiv\w*|gain\w*|got|get\w*) (?:(?:wide|widespread|much|great|considerable|public|growing|increasing|a lot of|more|little) )?attention|(?:wide|widespread|much|great|considerable|public|growing|increasing|special|particular|close) attention|pa(?:y|ys|id|ying) (?:more |close |special )?attention)\b/g;

/** Whether a question asks for a concept's formula ("softmax formula", "交叉熵的公式"): when the cited
 *  section never names the concept, its formulas are another thing's, and the definition says in
 *  words how it is computed. */
export function asksFormula(question: string): boolean {
  const q = question.normalize('NFKC').trim();
  return /\b(?:formula|equation)s? (?:for|of|behind)\b|\b(?:formulas?|formulae|equations?)\s*[?？]?$|\bmath behind\b/i.test(q) || /公式(?:是什么|是啥|怎么写|呢)?[?？]?$/.test(q);
}

// A value at an extreme: "what happens if the learning rate is too small", "学习率设太大会咋样".
const EXTREME = /\btoo (?:large|big|high|small|low|many|few|much|little)\b|太大|太小|过大|过小|太高|太低|太多|太少|设大了|设小了/i;

/** Whether `text` speaks of a value that is too large or too small (a question asking what happens
 *  then, or a definition saying it). */
export function speaksOfExtremes(text: string): boolean {
  return EXTREME.test(text.normalize('NFKC'));
}

/** Whether `text` names the concept `id` (any of its names, either language), not counting everyday
 *  senses of its name (OTHER_SENSES). */
export function namesConcept(text: string, id: string, kb: KnowledgeBase): boolean {
  const t = text.normalize('NFKC').toLowerCase().replace(OTHER_SENSES, ' ');
  return namesOf(kb, id).some((n) => t.includes(n));
}

/** Whether `text` uses the concept's name only in an everyday sense ("attracted wide attention"). */
export function namesOnlyInOtherSense(text: string, id: string, kb: KnowledgeBase): boolean {
  const t = text.normalize('NFKC').toLowerCase();
  return namesOf(kb, id).some((n) => t.includes(n)) && !namesConcept(text, id, kb);
}

/** "What is dropout?", "批归一化是什么", "dropout?": one glossary concept named and nothing else
 *  but question words. Answered from the glossary, never refused. */
export function definedConcept(question: string, allHits: string[], kb: KnowledgeBase): string | null {
  // "CNN的pooling层有什么用": a broad concept named as context does not count as a second concept.
  const focus = focusConcept(allHits);
  if (!focus) return null;
  const q = question.normalize('NFKC').toLowerCase().trim();
  // "what is the accuracy of the model in the article": the article's instance, not the concept;
  // nor "测试准确率多少", "what accuracy does the model get": a quantity is not a definition
  if (ABOUT_ARTICLE.test(q) || QUANTITY.test(q)) return null;
  const rest = withoutNames(withoutNames(q, allHits.filter((h) => h !== focus), kb), [focus], kb);
  return residualTerms(rest, [DEFINE_ZH, DEFINE_EN]).length === 0 ? focus : null;
}

export function isDefinitional(question: string, hits: string[], kb: KnowledgeBase): boolean {
  return definedConcept(question, hits, kb) !== null;
}

// Comparison frames ("difference between", "vs", "和…有什么区别"), removed before counting other words.
const COMPARE_EN = /\b(?:when (?:should|do|would|to) (?:i |we |you )?use (?:which|each)(?: one)?|which (?:one )?(?:should (?:i|we) use|to use|to pick|to choose)|how (?:are|is|do|does)|what(?:'s|s| is| are) the differences? between|(?:regular|normal|ordinary|plain|standard|vanilla|traditional|classic(?:al)?|simple|usual)|why (?:is|are|do|does)|(?:faster|slower|better|worse|stronger|weaker|more accurate|less accurate|more popular|preferred) (?:than|over)|instead of|rather than|differences? between|differences?|diff|differ(?:s|ent)?(?: from)?|vs\.?|versus|compared? (?:to|with)|comparison (?:of|between)|compare|(?:the )?same(?: thing)? as|similar to|(?:the )?(?:relationship|relation|connection) between|related to|related|(?:one |a )?(?:kind|type|form) of|which is better|better|(?:what )?(?:advantages?|benefits?|edge)(?: (?:does|do))?|(?:have|has) over|over|(?:how (?:do|can) (?:i|you|we) )?(?:tell (?:them )?apart|distinguish(?: between)?)|apart|and|or|between)(?=\W|$)/g;
const COMPARE_ZH = /((?:什么时候|何时)(?:该|应该)?用哪个|(?:该|应该)用哪个|选哪个|普通的?|一般的?|传统的?|常规的?|(?:为什么|为啥)(?:要|会)?(?:用|选)?|比(?:起)?(?:[^，。？?]{0,6}?)(?:更)?(?:快|慢|好|强|差|准|流行|常用)|而不是|而不用|有什么区别|有什么不同|有什么不一样|有啥区别|有何区别|有何不同|有何异同|的区别|的差别|的差异|的不同|区别|差别|差异|不同|不一样|异同|对比|比较|相比|是一回事吗|一回事|一样吗|有什么关系|的关系|关系|联系|哪个好|哪个更好|还是|以及|和|与|跟|同|三者|两者|二者|多了(?:啥|什么)|少了(?:啥|什么)|(?:有)?(?:什么|啥|哪些)(?:优势|好处)|(?:怎么|如何|怎样)?(?:区分|分辨|辨别)|的?优势(?:在哪里?|是什么)?|强在哪里?|好在哪里?|比(?=\s*[，,。？?！!]|$)|比)/g;
const COMPARE_CUE = /\b(?:when (?:should|do|would|to) (?:i |we |you )?use (?:which|each)|which (?:one )?(?:should (?:i|we) use|to use|to pick|to choose)|differen\w*|differ\w*|diff|vs\.?|versus|compar\w*|same(?: thing)? as|similar to|relationship|relation|connection|related(?: to)?|better|(?:faster|slower|worse|stronger|weaker|more accurate|more popular|preferred) (?:than|over)|instead of|rather than)(?=\W|$)|比(?:起)?[^，。？?]{0,6}?(?:更)?(?:快|慢|好|强|差|准|流行|常用)|而不是|而不用|区别|差别|差异|不同|不一样|异同|对比|比较|相比|一回事|一样吗|关系|联系|哪个好|哪个更好|(?:该|应该)用哪个|选哪个|多了(?:啥|什么)|少了(?:啥|什么)|三者|两者|二者|\b(?:kind|type|form) of\b|\b(?:advantages?|benefits?|edge) (?:\w+ ){0,5}?over\b|(?:和|跟|与|同|相比|比)[^，。？?]{1,20}?(?:优势|强在哪|好在哪)|区分|分辨|辨别|\b(?:tell (?:\w+ ){0,3}?apart|distinguish)\b|^(?:is|are) /i;

/** Whether the question has a comparison word ("vs", "difference", "区别", "哪个好" …); a question
 *  that merely starts with "is" / "are" ("Is BERT bidirectional?") does not count here. */
export function asksComparison(question: string): boolean {
  return COMPARE_CUE.test(question.normalize('NFKC').toLowerCase().trim().replace(/^(?:is|are) /, ''));
}

/** "Overfitting vs underfitting?", "过拟合和欠拟合有什么区别": exactly two glossary concepts named, a
 *  comparison word, and nothing else but question words. Their ids in the order the question
 *  names them; null otherwise. */
export function comparedConcepts(question: string, hits: string[], kb: KnowledgeBase): [string, string] | null {
  if (hits.length !== 2) return null;
  const ids = comparedInOrder(question, hits, kb);
  return ids && [ids[0], ids[1]];
}

// "CNNs and RNNs are both neural nets, so what's the actual difference?", "RNN和Transformer都能做机器
// 翻译，它们有啥不一样": what two concepts share, then a clause that only asks how they differ.
const SHARED = /\bboth\b|都/;
const THEM = /\b(?:so|then|but|they|them|their|these|those|two|the two|actual|actually|really|main|key|exactly|real)\b|它们|他们|这两个|这俩|两个|那么|所以|但是|可是|到底|究竟|主要|具体/g;

/** The two concepts named before "both" / "都" in the earlier clauses when the last clause only
 *  asks how they differ; in the question's order, or null. */
export function sharedThenCompared(question: string, kb: KnowledgeBase): [string, string] | null {
  const q = question.normalize('NFKC').toLowerCase().trim();
  const clauses = q.split(/[，,;；。!！]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return null;
  const last = clauses[clauses.length - 1];
  if (!COMPARE_CUE.test(last) || findGlossaryNames(kb, last).length) return null;
  if (residualTerms(last.replace(THEM, ' '), [COMPARE_ZH, COMPARE_EN, DEFINE_ZH, DEFINE_EN]).length) return null;
  const shared = SHARED.exec(clauses.slice(0, -1).join(' '));
  // the concepts are named before "both" / "都"; what they share comes after ("both neural nets")
  const before = shared ? shared.input.slice(0, shared.index) : '';
  const named = findGlossaryNames(kb, before);
  if (named.length !== 2) return null;
  const [a, b] = [...named].sort((x, y) => namedAt(before, x, kb) - namedAt(before, y, kb));
  return [a, b];
}

/** "How are AI, machine learning and deep learning related?", "人工智能、机器学习和深度学习是什么关系":
 *  three glossary concepts, a comparison word and nothing else but question words; their ids in
 *  the question's order, or null. */
export function comparedTriple(question: string, hits: string[], kb: KnowledgeBase): string[] | null {
  return hits.length === 3 ? comparedInOrder(question, hits, kb) : null;
}

function comparedInOrder(question: string, hits: string[], kb: KnowledgeBase): string[] | null {
  const q = question.normalize('NFKC').toLowerCase().trim();
  if (!COMPARE_CUE.test(q)) return null;
  // "、" and "," list the concepts
  if (residualTerms(withoutNames(q, hits, kb).replace(/[、,]/g, ' '), [ARTICLE_VIEW_ZH, ARTICLE_VIEW_EN, COMPARE_ZH, COMPARE_EN, DEFINE_ZH, DEFINE_EN]).length) return null;
  return [...hits].sort((x, y) => namedAt(q, x, kb) - namedAt(q, y, kb));
}
