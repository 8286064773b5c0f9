// Answer-type check for the chat: which kind of fact a question asks for (a person or maker, a
// date, a formula, a link, a specific number) and whether a text holds any fact of that kind.
// A question such as "Who invented dropout?" names something the article discusses, so every
// word-statistics feature says "answerable"; but no sentence about dropout names a person, so
// the article cannot answer it (classic answer-type checking in question answering).
// Pure string rules, no model: usable in the browser, the worker and the Node CLI.
import { countedThing, holdsCount } from './counted-thing';
import { escapeRegExp } from '../util/escape-regexp';

export type FactKind = 'agent' | 'date' | 'paper' | 'formula' | 'link' | 'params' | 'duration' | 'hardware' | 'batch' | 'trainAccuracy' | 'valAccuracy' | 'number' | 'setting' | 'default' | 'ethics' | 'jobs' | 'law' | 'employer' | 'rigor' | 'record' | 'replace' | 'verdict' | 'count' | 'troubleshoot' | 'procedure' | 'support' | 'purchase' | 'dataset' | 'calculation';

interface Rule {
  kind: FactKind;
  en: RegExp;
  zh: RegExp;
}

// Actions on files and tools that a how-to question may ask for, by class: a sentence that answers
// writes a word of the same class (procedureAsked).
const PROCEDURE_CLASSES: { en: string; zh: string }[] = [
  { en: 'save|saves|saving|saved|persist', zh: '保存|存下|存成|存盘' },
  { en: 'load|loads|loading|loaded|reload|reloading', zh: '加载|载入|读取|读入' },
  { en: 'convert|converts|converting|converted|conversion', zh: '转换|转成|转为|转化为|转到' },
  { en: 'export|exports|exporting|exported', zh: '(?<!推)导出' },
  { en: 'deploy|deploys|deploying|deployed|deployment|serve|serving|host|hosting', zh: '部署|上线' },
  { en: 'install|installs|installing|installed|installation', zh: '安装' },
  { en: 'download|downloads|downloading|downloaded', zh: '下载' },
  { en: 'upload|uploads|uploading|uploaded', zh: '上传' },
  { en: 'quantize|quantizes|quantizing|quantise|quantising|quantization|quantisation', zh: '量化' },
];
const PROCEDURE_VERBS_EN = PROCEDURE_CLASSES.map((c) => c.en).join('|');
const PROCEDURE_VERBS_ZH = PROCEDURE_CLASSES.map((c) => c.zh).join('|');

// A written math expression: a power, a function applied, a fraction with a variable, a root or an integral sign
const MATH_EXPRESSION = String.raw`(?:[a-z]\s*\^\s*\d|\b(?:sin|cos|tan|ln|log|exp)\b\s*\(?\s*-?\s*[a-z0-9]|\d\s*/\s*(?:[a-z]\b|\()|\b[a-z]\s*/\s*\d|√|∫)`;
const MATH_EXPRESSION_RE = new RegExp(MATH_EXPRESSION, 'i');

// Order matters: the first rule that matches names the kind ("who … and when" asks for a person
// first). Each pattern asks for the fact itself, not about it: "when should I use dropout" is
// advice, "when was dropout introduced" a date.
const RULES: Rule[] = [
  {
    kind: 'agent',
    en: /\bwho (?:first |originally |actually |really )?(?:invented|created|proposed|introduced|developed|develops|coined|wrote|writes|founded|discovered|designed|made|makes|built|published|supervised|maintains|owns|runs|leads|translated|came up with|come up with|identified|named|popularized|popularised|trained|released)\b|\bwho(?:'s| is| are| was| were) (?:the )?(?:first |original |main |lead |senior |last )?(?:inventors?|authors?|founders?|creators?|developers?|translators?|publishers?)\b|\b(?:inventors?|founders?|creators?|authors?|translators?|publishers?) of\b|\bwhich (?:company|companies|researchers?|scientists?|lab|labs|team|university|universities|professor|organi[sz]ation|journal|conference)\b|\bwhose (?:idea|work|paper|lab)\b|\binventor\?|\bwhere (?:does|did|do) (?:\w+ ){1,3}(?:work|study|teach|do (?:his|her|their) phd)\b/i,
    zh: /谁[\u4e00-\u9fff]{1,4}的|谁(?:发明|提出|创造|创建|写|开发|设计|首先|最早|发现|命名|维护|领导|指导|翻译|出版)|是谁(?:提出|发明|写|开发|做|翻译|出版)|(?:提出|发明|开发|创造|翻译|出版|写)(?:的|者|人)?是谁|(?:提出|发明|开发|创造|翻译|写)的人|哪位(?:学者|研究者|科学家|作者|教授)|哪家公司|哪个公司|哪个团队|哪个实验室|哪所大学|哪个大学|哪个期刊|哪个会议|发明者|发明人|提出者|创始人|作者是谁|作者有哪些|作者叫|作者都?(?:有|是)谁|作者都有哪些|在哪(?:家公司|个公司|里)?(?:工作|任职|读博|上班)/,
  },
  {
    kind: 'date',
    en: /\b(?:what|which|in what|in which) year\b|\bwhen did\b|\bwhen (?:was|were|is|will)\b[^?.]*\b(?:invent|introduc|propos|publish|releas|come out|came out|creat|develop|first|found|start|launch|announc|born|die|appear|written|coined|win|won)\w*|\brelease date\b|\bhow long ago\b|\bwhat (?:date|decade|century)\b|\bhow old (?:is|was|are|were)\b|\b(?:his|her|their) age\b/i,
    zh: /哪一年|哪年|哪个年代|什么年代|几几年|何年|(?:什么时候|何时|啥时候)[^？?。]*(?:提出|发明|发布|出版|发表|问世|推出|出现|诞生|开始|成立|获奖|发行)|(?:提出|发明|发布|出版|发表|问世|推出|诞生|成立)(?:于|在)?(?:什么时候|何时|哪一年|哪年)|年份|日期|多大(?:年纪|岁数)|几岁|年龄/,
  },
  {
    kind: 'paper',
    en: /\b(?:which|what|in which|in what|name of the|title of the) (?:paper|papers|article|publication|journal|conference)\b|\bwhich of (?:his|her|their|its) (?:papers|publications)\b|\b(?:paper|papers) (?:title|titles|name)\b|\bcite (?:the|a) paper\b|\boriginal paper\b/i,
    zh: /哪篇(?:论文|文章)|什么论文|论文(?:叫什么|题目|标题|名字|名称)|原始论文|原论文|出自哪/,
  },
  {
    kind: 'formula',
    en: /\b(?:formulas?|formulae|equations?|update rule) (?:for|of)\b|\b(?:write|give|show|derive|derivation of|what is|what's|whats)(?: me)?(?: out)?(?: down)? (?:the )?(?:exact |full |mathematical |actual )?(?:formulas?|formulae|equations?|update rule|math)\b|\b(?:exact|full|actual) (?:\w+ ){0,3}(?:formulas?|equations?|update rule)\b|\w+ (?:formula|equations?) (?:pls|please)\b/i,
    zh: /的(?:计算)?公式(?:具体|到底|究竟)?(?:是什么|是啥|怎么写|给我|写出来)|公式(?:分别|具体|到底)?(?:是什么|是啥|怎么写|怎么算|写一下|写出来)|(?:给|写)(?:一下|下|个)?[^，。？?]{0,15}公式|推导(?:一下|下)|(?:写出|给出|列出|推导出?)[^，。？?]{0,12}(?:公式|表达式|方程)|数学表达式是/,
  },
  {
    kind: 'link',
    en: /\b(?:the|a|any|direct|download) (?:link|url)s?\b(?! between)|\b(?:link|url)s? (?:for|of)\b|\bwhat(?:'s| is) the (?:link|url|website|homepage)\b|\b(?:link|url|website|homepage)\s*\??$|\bdownload link\b|\bofficial (?:website|site|homepage)\b/i,
    zh: /链接|网址|官网|下载地址|仓库地址/,
  },
  // Numbers about the example model that a demanding reader asks for and the article never gives
  // (the tours of sessions 17 and 18): any other number in the example code is no answer to them.
  {
    kind: 'params',
    en: /\bhow many (?:trainable )?(?:parameters|params|weights)\b|\b(?:number|count) of (?:trainable )?(?:parameters|params|weights)\b|\bparameter count\b/i,
    zh: /多少(?:个)?(?:可训练)?(?:参数|权重)|参数(?:量|数|个数|总数|数量)(?:是|有)?(?:多少|多大|几)/,
  },
  {
    kind: 'duration',
    en: /\bhow long (?:does|did|do|will|would) (?:it|the (?:\w+ ){0,2}(?:model|network|example|code)|training|the training)(?: (?:this|the|that) (?:\w+ ){0,2}(?:model|network))? (?:take|run|need)\b|\bhow long (?:does|did) (?:it|the (?:\w+ ){0,2}(?:model|network|example)) (?:take to )?train\b|\bhow (?:much|long) time (?:does|did) (?:the )?training\b/i,
    zh: /训练(?:了|要|需要|花了|用了|得)?(?:多久|多长时间|多少时间)|(?:多久|多长时间)(?:才)?(?:能)?训练(?:完|好)|训练时间是多少|(?:跑|训)了多久/,
  },
  {
    kind: 'hardware',
    en: /\b(?:what|which) (?:kind of |type of )?(?:gpus?|graphics cards?|hardware|cpus?|machines?|computers?|accelerators?) (?:was|were|did)\b[^?.]*\b(?:use|used|train|trained|run|ran)\b|\btrained on (?:what|which) (?:gpu|hardware|machine)\b/i,
    zh: /用的(?:是)?(?:什么|哪)(?:个|种|款)?(?:型号的?)?(?:显卡|GPU|硬件|机器)|在(?:什么|哪)(?:种|个|款)?(?:显卡|GPU|硬件|机器)上(?:训练|跑)的|(?:显卡|GPU)(?:是)?(?:什么|哪个)型号/i,
  },
  {
    kind: 'batch',
    en: /\b(?:what|which) batch[ _-]?size\b|\bbatch[ _-]?size (?:does|did|is|was) (?:used|set|it use|fit use|(?:the )?(?:code|example|model) use)\b|\bbatch[ _-]?size (?:of|in|for) (?:the )?(?:example|code|fit|training)\b|\bhow (?:big|large) (?:is|are|was|were) the batch(?:es)?\b/i,
    zh: /(?:batch[ _-]?size|批大小|批量大小|批次大小)(?:是|设为|设成|设置为|设置成|用的是|用了)?(?:多少|多大|几)/i,
  },
  {
    kind: 'trainAccuracy',
    en: /\bwhat(?:'s| is| was) the (?:final )?(?:training|train) (?:set )?accuracy\b|\bhow (?:high|good) (?:is|was) the training accuracy\b|\baccuracy on the training (?:set|data) (?:is|was)\b/i,
    zh: /训练(?:集)?(?:上的?)?(?:准确率|精度|正确率)(?:是|有|达到|能达到|达到了)?(?:多少|多高|几)/,
  },
  {
    // the 5.4 output gives the test accuracy only: fit's per-epoch validation numbers are not printed
    kind: 'valAccuracy',
    en: /\b(?:what|how (?:high|good))\b[^?.]{0,20}\bvalidation (?:set )?(?:accuracy|acc|loss)\b|\bval(?:idation)?_(?:accuracy|acc|loss)\b|\b(?:accuracy|loss) on the validation (?:set|data)\b/i,
    zh: /验证(?:集)?(?:上的?)?(?:准确率|精度|正确率|损失)(?:是|有|达到|能达到|达到了)?(?:多少|多高|几)/,
  },
  {
    kind: 'number',
    en: /\bdefault (?:value|values|setting|settings|rate|learning rate|momentum|epsilon|beta|patience)s?\b|\b(?:what|which) (?:are|is) the defaults?\b|\bdefaults? (?:for|of)\b|\bhow many (?:parameters|params|gpus|tokens|layers|heads|neurons|images|examples|samples|papers|citations|people|stars|downloads|users|hours|days|years|dollars)\b|\bhow much (?:does|did|do|would|will|memory|vram|money)\b|\bhow much (?:data|time) (?:does|did|do|is|was|will|would|should|can)\b|\b(?:what|which) (?:accuracy|score|bleu|percentage|price|cost|size|value) (?:did|does|do|is|was|were|are)\b|\bexact (?:value|number|figure|numbers|values|figures)\b|\bhow (?:big|large) (?:is|was)\b|\bhow many (?:epochs|steps|iterations|warm-?up steps)\b|\bwhat (?:percentage|percent|share|fraction|proportion) of\b|\bwhat (?:value|values|range|number) (?:do|does|is|are|did)\b|\bwhat range\b|\b(?:i want|give me|tell me|just) the (?:actual |exact )?(?:number|value|figure)\b|\bwhat (?:learning rate|lr|dropout rate|momentum|stride|padding|negative slope|slope|epsilon|weight decay) (?:does|did|do|is|was|are|were)\b|\b(?:which|what) [\w -]{1,40}? (?:does|do|did|is|are) [\w. -]{1,40}? (?:use|used|set|initiali[sz]ed) (?:by default|as (?:the|its) default)\b/i,
    zh: /默认值|默认(?:参数|设置|是多少)|默认(?:用|使用|采用)(?:的)?(?:是)?(?:哪种|哪个|什么)|默认[^，。？?]{0,18}多少|多少(?:个)?(?:参数|层|头|张|条|篇|人|美元|钱|小时|天|年|显存|内存|块)|(?:准确率|得分|分数|价格|成本|参数量|大小|规模)是多少|具体数值|确切(?:数值|数字)|有多大|花了多少|需要多少钱|多大(?:的)?(?:显存|内存)|(?:多少|多大)比例|百分之多少|多高的?(?:精度|准确率|正确率)|(?:错误率|准确率|精度|正确率)[^，。？?]{0,4}多少|几层/,
  },
  // The value a reader should give a setting ("知识蒸馏里的温度 T 一般设成多少", "what's a good value for
  // momentum?"): the article states hardly any (its prose holds almost no numbers), and a number
  // elsewhere in the section (the example's 28×28, a list's 3.) is no answer (set E, session 26).
  // Advice only: "what range …", "what value does …" ask for a fact, a number (above)
  {
    kind: 'setting',
    en: /\b(?:typical|usual|common|recommended|good|reasonable|sensible|optimal|standard|best) (?:value|values|range|setting|settings|number|numbers) (?:for|of|is|are|to)\b|\bwhat (?:value|values|range|number) (?:should|would)\b|\bhow (?:many|much|high|low|big|large) should (?:i|we|you|one) (?:set|use|make|pick|choose)\b|\bwhat should (?:i|we|you|one) set (?:it|\w+(?: \w+)?) to\b|\bwhat (?:[\w-]+ ){1,3}(?:value|values|range|setting) (?:should|would|do people|do you|(?:is|are) (?:typical|usual|common|good|recommended|normal))\b/i,
    zh: /(?:取|设|设成|设为|设置成|设置为|定为|调到|调成)(?:多少|多大|几)|多少[^，。？?]{0,10}(?:比较|最|才)?(?:合适|合理)|多少[^，。？?]{0,10}(?:比较|最)好/,
  },
  // An error the reader hit ("pip install tensorflow 报错 No matching distribution found", "tensorflow
  // says no GPU found"): the sources quote no error message and troubleshoot nothing (set F, session 27)
  {
    kind: 'troubleshoot',
    en: /\berror (?:message|msg|code)s?\b|\b(?:get|gets|getting|got|throws?|throwing|threw|raises?|raising|raised|shows?|showing|gives?|giving) (?:me )?(?:an? |this |the |that |some )?(?:weird |strange |odd |\w+ )?(?:error|exception)s?\b|\bexceptions?\b(?! handling)|\btraceback\b|\bsays? ["'“]?no [\w ]{1,20}found\b|\b(?:module|package|file|gpu|device|command|distribution)s? not found\b|\bno matching distribution\b/i,
    zh: /报错|错误提示|错误信息|提示错误|异常信息|提示(?:说)?(?:找不到|没有找到)/,
  },
  // How to do something to a file or a tool ("how do I save the trained model to disk", "TensorFlow.js
  // 怎么加载 h5 模型", "convert my keras model to TensorFlow Lite"): answered only where a sentence or code
  // line writes that action and what it is done to (procedureAsked; set F, session 27)
  {
    kind: 'procedure',
    en: new RegExp(String.raw`\bhow (?:do|can|should|would|could|might|does) (?:i|we|you|one|people|someone)\b[^?.!]{0,30}?\b(?:${PROCEDURE_VERBS_EN})\b|\bhow to\b[^?.!]{0,20}?\b(?:${PROCEDURE_VERBS_EN})\b|\b(?:steps?|way) (?:to|for) (?:${PROCEDURE_VERBS_EN})\b`, 'i'),
    zh: new RegExp(String.raw`(?:怎么|如何|怎样|咋|怎么样)(?:才能|才可以|能|可以|去)?(?:把[^，。？?！!]{1,20})?(?:${PROCEDURE_VERBS_ZH})`),
  },
  // Matters the article never discusses though a question about them names what it does ("is it
  // ethical for police to use deep learning face recognition?" quoted section 6's face recognition;
  // "深度学习会导致大规模失业吗" quoted 8.3's challenges): tour 5 of session 21
  // "where does Karpathy work now?": a person's employer or place, which the article never gives
  {
    kind: 'employer',
    en: /\b[Ww]here (?:does|did|do|is|was) (?:he|she|they|[A-Z]\w+(?: [A-Z]\w+)?) (?:work|working|employed|teach|teaching|now)\b|\b[Ww]ho (?:does|did) (?:he|she|[A-Z]\w+(?: [A-Z]\w+)?) work for\b|\b(?:[Ww]hich|[Ww]hat) (?:company|lab|university|employer|institution) (?:does|did|is) (?:he|she|[A-Z]\w+(?: [A-Z]\w+)?)\b/,
    zh: /在哪(?:里|儿)?(?:工作|任职|就职|上班|高就|读书|教书)|(?:现在|目前)在哪(?:里|儿)?(?:工作|任职|高就)?|(?:哪家|什么)公司(?:工作|任职|上班)|在(?:哪家|什么)公司/,
  },
  {
    kind: 'ethics',
    en: /\b(?:ethic(?:s|al|ally)?|unethical|moral(?:ly|ity)?|immoral)\b/i,
    zh: /伦理|道德/,
  },
  {
    kind: 'jobs',
    en: /\b(?:unemployment|job (?:market|losses?|loss)|(?:lose|losing|lost|take|taking|steal|stealing|replace|replacing|kill|killing) (?:\w+ )?jobs?|jobs? (?:will|be|are|is) (?:lost|replaced|automated)|mass layoffs?)\b|\breplace (?:humans|people|programmers|workers|doctors|radiologists|us)\b/i,
    zh: /失业|就业|饭碗|取代(?:人类|人工|程序员|工人|医生)|工作岗位/,
  },
  // "Does the article report baselines, error bars or multiple seeds?" (tour 6 of session 21: it
  // quoted 4.2's loss): checks of an experiment's results, which the article never reports
  {
    kind: 'rigor',
    // asked of the article's results (not "what is a baseline?", a definition it does not give, nor a
    // statistics exercise: "the p-value of a t-test", "样本均值的置信区间怎么算")
    en: /^(?=.*\b(?:article|paper|authors?|they|results?|experiments?|reports?|reported|compare[sd]?|comparisons?|against|evaluat\w*|runs?|rerun)\b).*\b(?:random seeds?|(?<!\bwhat(?:'s|s| is| are) (?:an? |the )?)baselines?|error bars?|confidence intervals?|standard deviations?|(?:multiple|several|different|many|repeated|more) (?:random )?seeds|(?:repeated|multiple|several) (?:runs|trials)|statistical(?:ly)? significan\w*|p-values?|ablations?(?: stud(?:y|ies))?)\b/i,
    zh: /^(?=.*(?:文章|作者|实验|结果|报告|比较|对比|评估|评测)).*(?:(?<!什么是|啥是)基线(?!是什么|是啥|指什么|什么意思)|误差棒|误差线|置信区间|标准差|多个(?:随机)?种子|多次(?:运行|实验|重复)|重复实验|显著性|消融)/,
  },
  // The best result anyone has reported ("what's the best accuracy anyone has ever gotten on mnist"
  // quoted 5.4's 97.20 %): the article reports its own example's result and no records (set E, session 26)
  {
    kind: 'record',
    en: /\b(?:best|highest|lowest|top|record)\b[^?.!]{0,40}\b(?:ever|anyone|anybody|in the world|to date|of all time)\b|\bstate[- ]of[- ]the[- ]art\b|\bsota\b|\bworld record\b|\bleaderboards?\b/i,
    zh: /世界纪录|最高纪录|历史最(?:好|高|低)|目前最(?:好|高|低)的?(?:准确率|精度|成绩|结果|错误率)|SOTA|排行榜|有史以来/i,
  },
  // Whether one thing will replace another ("Will transformers completely replace CNNs in computer
  // vision by 2030?" quoted 3.4): a prediction the article makes only where a source says so (the RNN
  // entry: "largely replaced by Transformers"; set E, session 26)
  {
    kind: 'replace',
    en: /\b(?:will|would|could|going to|gonna)\b[^?.!]{0,60}\b(?:replace|overtake|supersede|make \w+ obsolete|kill off|take over from)\b/i,
    zh: /(?:会|能|将|要)(?:不会)?[^，。？?]{0,30}(?:取代|替代|淘汰)/,
  },
  // Which of two is more accurate, trustworthy or important, or better for a purpose ("grad-cam vs
  // integrated gradients, which one gives more accurate heatmaps?", "honestly who's the more important
  // researcher, karpathy or hinton", "LSTM vs GRU for time series forecasting, which one is better?"):
  // a verdict, which a source gives only in a sentence that compares the two (set E, session 26). A
  // bare "SGD和Adam哪个好" / "is Adam better than SGD?" still gets both definitions (concept-question.ts),
  // and a choice between options ("选TensorFlow还是PyTorch比较好") section 7's list of both
  {
    kind: 'verdict',
    en: /\b(?:which|who)\b[^?.!]{0,40}\b(?:more|less|most|least) (?:accurate|trustworthy|reliable|important|influential|robust|faithful|precise|powerful|efficient|interpretable|correct)\b|\b(?:is|are) [\w-]+(?: [\w-]+)? (?:more|less) (?:accurate|trustworthy|reliable|important|influential|robust|faithful|precise|powerful|efficient|interpretable) than\b|\b(?:vs\.?|versus|or) [\w-]+(?: [\w-]+)? (?:for|in|on) [^?.!]{2,40}(?:,|\?)?\s*which(?: one)?(?:'s| is)? (?:better|best)\b|\b(?:is|are) [\w-]+ (?:better|worse) than [\w-]+ (?:in|for|at|on) \w|\bwhich(?: one)?(?: gives| has| yields| achieves| gets)? (?:better|higher|lower) (?:final )?(?:accuracy|performance|results|generali[sz]ation)\b/i,
    zh: /哪个(?:更|比较)?(?:准|准确|可靠|可信|重要|厉害|稳定)|哪个[^，。？?]{1,10}更(?:好|准|快|小|大|稳定|可靠)|还是[^，。？?]{1,15}(?:效果)?更(?:好|准|快)|谁更(?:重要|厉害|强|有影响|快|好|准|稳定|高效)|(?:做|用于|用在|用来)[^，。？?]{1,15}(?:的话|时)?[，,]?[^，。？?]{0,24}哪个(?:更|比较)?好/,
  },
  // Which browsers, systems or devices run a thing, or whether it runs on one ("Which browsers support
  // WebGPU today?", "TensorFlow 在 Mac M1 上能用 GPU 加速吗"): the sources name no browser or platform
  // (development sets E and F, session 28)
  {
    kind: 'support',
    en: /\bwhich (?:web )?(?:browsers?|devices?|platforms?|operating systems?|oses|phones?|versions of (?:chrome|firefox|safari|windows|macos|android|ios)) (?:already |currently |now |today )?(?:support|supports|run|runs|can|have|has|are|is|does|do)\b|\b(?:does|do|can|will|would|is|are) [\w .-]{1,40}\b(?:run|work|supported|available|be used)\b[\w ]{0,20}\bon (?:an? |my |the )?(?:mac|macbook|macs|m1|m2|m3|apple silicon|raspberry pi|windows|linux|android|iphones?|ios|safari|firefox|chromebooks?)\b/i,
    zh: /哪些(?:浏览器|设备|平台|系统|操作系统|手机)(?:已经|现在|目前)?(?:都)?(?:支持|能用|可以用|能跑)|(?:mac|m1|m2|m3|苹果|windows|linux|树莓派|安卓|iphone|safari|firefox)\s*(?:电脑|芯片|系统)?\s*上(?:面)?[^，。？?]{0,12}(?:能|可以|支持)/i,
  },
  // Which hardware to buy ("which NVIDIA graphics card would you recommend for training at home?",
  // "入门深度学习买什么显卡"): the sources name no product (the field check, session 28)
  {
    kind: 'purchase',
    en: /\b(?:which|what) (?:[\w-]+ ){0,2}(?:gpus?|graphics cards?|laptops?|computers?|pcs?|machines?|hardware|cpus?|workstations?) (?:would|should|do|can|could) (?:you|i|we) (?:recommend|buy|get|pick|choose|suggest)\b|\b(?:recommend|suggest) (?:me )?(?:an? |some )?(?:[\w-]+ ){0,2}(?:gpus?|graphics cards?|laptops?|computers?)\b/i,
    zh: /(?:推荐|买|选|入手)(?:一?(?:款|个|台|块))?(?:什么|哪)(?:款|种|个|台|块)?(?:型号的?)?(?:显卡|GPU|电脑|笔记本|机器|主机)|(?:显卡|GPU|电脑|笔记本)(?:该|应该)?(?:买|选|推荐)(?:什么|哪)/i,
  },
  // Which datasets there are for a task ("中文情感分析有哪些公开数据集可以用", "any public datasets for
  // crop yield prediction?"): only a sentence that names a dataset answers (mentioned check, session 28)
  {
    kind: 'dataset',
    en: /\b(?:which|what|any) (?:good |public |open |free |standard |benchmark |common |popular |existing |labell?ed )*datasets? (?:are there|exist|can i use|should i use|could i use|would you recommend|do people use|for)\b|\b(?:public|open|benchmark) datasets? (?:for|of|on|in)\b/i,
    // (not the article's own: "文章的例子用的是什么数据集")
    zh: /(?:有哪些|有没有|有无|推荐(?:一些|几个|一下)?)(?:现成|公开|开源|常用|好用|标准|免费)?的?[^，。？?]{0,8}数据集|(?:什么|哪些)(?:现成|公开|开源|常用|好用|标准|免费)的?[^，。？?]{0,8}数据集/,
  },
  // A calculation on an expression the reader writes ("What is the derivative of x^3 sin x?", "1/x 的不定
  // 积分是什么？"): answered only where a source writes that expression (development set A, session 28)
  {
    kind: 'calculation',
    en: new RegExp(String.raw`^(?=.*${MATH_EXPRESSION}).*(?:\b(?:derivative|antiderivative|integral|limit|roots?) of\b|\b(?:differentiate|integrate|solve|simplify|factori[sz]e)\b)`, 'i'),
    zh: new RegExp(String.raw`^(?=.*${MATH_EXPRESSION}).*(?:求导|导数|积分|解方程|化简|因式分解)`, 'i'),
  },
  {
    kind: 'law',
    en: /\b(?:legal(?:ly)?|illegal|regulations?|regulated|gdpr|copyright(?:ed)?)\b/i,
    zh: /合法|违法|法律|法规|监管|版权|侵权/,
  },
];

/** The kinds of fact `question` asks for (empty when it asks for none of them: an explanation,
 *  advice, a comparison …). "Who proposed GELU and when?" asks for two. A number asked as a
 *  default ("Adam优化器的beta1默认是多少") is also a default: any number in the example code is no
 *  answer to it. */
// "which papers does the article cite?", "what papers are listed in section 7": the article's own
// list of papers is asked for, not the paper a fact comes from (section 7 lists two)
const ARTICLE_PAPERS = /\bpapers\b.*\b(?:the (?:article|author|text)|section \d|chapter \d)\b.*\b(?:cite|cites|cited|list|lists|listed|mention|mentions|mentioned|recommend|recommends|recommended|reference|references|referenced|include|includes|included)\b|\bpapers (?:are |does |do |did )?(?:cited|listed|mentioned|recommended|referenced|included) (?:in|by)\b|\b(?:does|did) the (?:article|author|text) (?:cite|list|mention|recommend|reference|include)\b.*\bpapers\b/i;

/** Kinds that ask for a number of their own. */
const NUMBER_KINDS: ReadonlySet<FactKind> = new Set(['params', 'number', 'setting', 'batch', 'duration', 'hardware', 'trainAccuracy', 'valAccuracy', 'default']);

export function askedFacts(question: string): FactKind[] {
  const matched = RULES.filter((r) => (r.en.test(question) || r.zh.test(question)) && !(r.kind === 'paper' && ARTICLE_PAPERS.test(question))).map((r) => r.kind);
  // "how many gates does a GRU have": a count, checked against the thing counted (counted-thing.ts)
  // (not beside a kind that already asks for a number: "how many parameters")
  if (countedThing(question) && !matched.some((k) => NUMBER_KINDS.has(k))) matched.push('count');
  // "where does he work now?" asks where, not who: the person is known (named, or "he")
  // "will AI replace programmers?" is about jobs, which says more than "whether one replaces the other"
  const kinds = matched.filter((k) => !(k === 'agent' && matched.includes('employer')) && !(k === 'replace' && matched.includes('jobs')));
  return kinds.includes('number') && /\bdefaults?\b|默认/i.test(question) ? [...kinds, 'default'] : kinds;
}

/** Names of people and organisations in `corpus`: capitalised Latin words (no inner capitals)
 *  that occur at least once inside a sentence (after a lower-case word, a comma, a Han character
 *  or another such name, not at the start of a line or heading) and whose lower-case form never
 *  occurs: "Karpathy", "Goodfellow", "Google"; not "Transformer", "Dropout" or "Keras", which
 *  also occur in lower case, nor "Centered", which only starts a sentence, nor NOT_AGENTS. */
export function agentNames(corpus: string[]): Set<string> {
  const lower = new Set<string>();
  const inner = new Set<string>();
  for (const t of corpus) {
    for (const w of t.match(/\b[a-z]+\b/g) ?? []) lower.add(w);
    for (const m of t.matchAll(/(?<=[a-z,;、，（(]\s*|[\u4e00-\u9fff]\s*|\b[A-Z][a-z]+ )[A-Z][a-z]{2,}\b/g)) inner.add(m[0]);
  }
  // (nor "Glassbox", this app, which the glossary names where it runs a concept: "who invented
  // convolutional neural networks" found its person in "Glassbox runs a corrected version of it")
  return new Set([...inner].filter((w) => !lower.has(w.toLowerCase()) && !NOT_AGENTS.has(w)));
}

/** Capitalised words that never answer "who": the app itself, and the words of the sources that the
 *  rule above takes for names but are a language, a tool, a title's word or a heading's ("who wrote
 *  Dive into Deep Learning?" found its person in "the original is in Chinese": set E, session 25). */
const NOT_AGENTS = new Set(['Glassbox', 'Asked', 'Bound', 'Centered', 'Chinese', 'English', 'Cram', 'Detailed', 'Flatten', 'Linux', 'Lower',
  'Mermaid', 'Node', 'Pretraining', 'Pythonic', 'Questions', 'Rust', 'Script', 'Suppose', 'Underfitting']);

const EVIDENCE: Record<Exclude<FactKind, 'agent' | 'count'>, (text: string) => boolean> = {
  paper: (t) => /"[A-Z][^"]{8,}"|“[A-Z][^”]{8,}”|《[^》]{2,}》|\([A-Z][a-z]+[^()]{0,60}(?:1[89]|20)\d\d\)|（[A-Z][a-z]+[^（）]{0,60}(?:1[89]|20)\d\d）|et al\./.test(t),
  date: (t) => /\b(?:1[89]|20)\d\d\b|(?:1[89]|20)\d\d\s*年/.test(t),
  formula: (t) => /\$[^$]+\$|\\frac|\\sum|[a-zA-Z]_\{?\w+\}?\s*=/.test(t),
  link: (t) => /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|org|io|ai|net|edu)\b/i.test(t),
  // a list item's number ("3. Data loading") and a section number ("section 4.2", "4.2 节") are no answer
  // a default with its value ("Keras uses 32 by default", "Keras 默认为 32"), not "常被当作默认选择"
  employer: (t) => /\b(?:works? (?:at|for)|worked (?:at|for)|joined|employed by|professor|director|co-?founder|founded)\b|\bat (?:OpenAI|Tesla|Google|Stanford|Meta|DeepMind)\b|任职|就职|加入了?|创办|创立|教授|所长|总监/.test(t),
  ethics: (t) => /ethic|moral|伦理|道德/i.test(t),
  jobs: (t) => /\bjobs?\b|employment|失业|就业/i.test(t),
  rigor: (t) => /baseline|error bar|confidence interval|standard deviation|\bseeds?\b|ablation|significan|基线|误差棒|置信区间|标准差|种子|消融|显著性/i.test(t),
  law: (t) => /\blegal|\bregulat(?!iz)|copyright|法律|法规|监管|版权/i.test(t),
  troubleshoot: (t) => /报错|错误信息|错误提示|异常信息|error message|exception|traceback|troubleshoot|排查|not found/i.test(t),
  // (held per question: hasFact reads the action and its object)
  procedure: () => false,
  // a sentence that compares: "simpler", "faster than", "更稳定", "优于" (not 比如, 比较 "rather")
  verdict: (t) => /\b(?:better|worse|more|less|faster|slower|simpler|easier|harder|cheaper|outperform\w*|superior|inferior|advantages?|drawbacks?)\b|\w+er than\b|更|优于|不如|胜过|强于|好于|(?<![对相])比(?![如较例赛特])/i.test(t),
  support: (t) => /\b(?:Chrome|Chromium|Firefox|Safari|Edge|Opera|macOS|Mac|Windows|Linux|Android|iOS|iPhone|Apple|M[1-4]|Raspberry)\b|苹果|安卓|树莓派/.test(t),
  purchase: (t) => /\b(?:RTX|GTX|Titan|[AHV]100|Radeon|GeForce|MacBook|ThinkPad|Core i\d|Ryzen)\b/.test(t),
  dataset: (t) => /\b(?:MNIST|ImageNet|CIFAR|COCO|IMDB|SST|GLUE|SQuAD|WikiText|LAION|Common Crawl|THUCNews|ChnSentiCorp)\b|数据集[“《「]/.test(t),
  // (held per question: hasFact looks for the expression)
  calculation: () => false,
  record: (t) => /state[- ]of[- ]the[- ]art|\brecords?\b|best (?:reported|published|known)|最高纪录|世界纪录|最先进/i.test(t),
  replace: (t) => /replac|supersed|obsolete|取代|替代|淘汰/i.test(t),
  default: (t) => /\bdefaults?\b[^.。;；]{0,20}\d|\d[^.。;；]{0,15}\bby default\b|默认[^，。；]{0,8}\d/i.test(t),
  params: (t) => /\d[\d,.]*\s*(?:k|m|thousand|million|billion)?\s*(?:trainable\s+)?(?:parameters|params)\b|(?:parameters|params)\s*[:=：]\s*\d|参数(?:量|数|个数|总数)?\D{0,6}\d|\d[\d,.]*\s*(?:万|亿|千)?\s*(?:个)?参数/i.test(t),
  duration: (t) => /\b\d+(?:\.\d+)?\s*(?:seconds?|minutes?|hours?|days?|weeks?)\b|\d+(?:\.\d+)?\s*(?:秒|分钟|小时|天|周)/i.test(t),
  hardware: (t) => /\b(?:RTX|GTX|Tesla|Titan|[AHV]100|TPU ?v\d|Core i\d|Ryzen|Xeon|Apple M\d)\b/.test(t),
  // "batch_size=32", the glossary's "the batch size is how many examples it holds (Keras uses 32 by default)"
  batch: (t) => /batch[ _-]?size[^.。;；]{0,50}\d|批(?:次|量)?大小[^。；]{0,20}\d/i.test(t),
  trainAccuracy: (t) => /training accuracy[^.。;；]{0,20}\d|训练(?:集)?(?:上的?)?(?:准确率|精度)[^，。；]{0,10}\d/i.test(t),
  valAccuracy: (t) => /validation (?:set )?(?:accuracy|loss)[^.。;；]{0,20}\d|val_(?:accuracy|acc|loss)\W{0,5}\d|验证(?:集)?(?:上的?)?(?:准确率|精度|损失)[^，。；]{0,10}\d/i.test(t),
  number: (t) => holdsNumber(t),
  setting: (t) => holdsNumber(t),
};

/** The expression a calculation question writes, without spaces ("x^3sinx", "1/x",
 *  "1/(1+exp(-x))"): the longest run of words that are math (a digit, an operator or bracket, one
 *  letter, a function name), in which an expression is; null when there is none. */
export function askedExpression(question: string): string | null {
  const words = question.normalize('NFKC').toLowerCase().split(/\s+|(?=\p{Script=Han})|(?<=\p{Script=Han})/u).map((w) => w.replace(/[?？,，.。!！]+$/, ''));
  const mathy = (w: string) => w !== '' && (/^[a-z]$|^(?:sin|cos|tan|ln|log|exp)$/.test(w) || (/[\d^()+\-*/√∫=]/.test(w) && /^[a-z0-9^()+\-*/√∫=.]+$/.test(w)));
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of [...words, '']) {
    if (mathy(w)) run.push(w);
    else if (run.length) (runs.push(run), (run = []));
  }
  const expressions = runs.filter((r) => MATH_EXPRESSION_RE.test(r.join(' '))).map((r) => r.join(''));
  return expressions.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Whether a sentence compares ("simpler", "faster than", "更稳定", "优于"): the verdict's evidence. */
export function comparesInText(sentence: string): boolean {
  return EVIDENCE.verdict(sentence);
}

/** The two things a verdict question compares, lower-cased ("grad-cam vs integrated gradients" →
 *  grad-cam, integrated gradients; "is GELU better than ReLU" → gelu, relu; "karpathy or hinton"),
 *  or none when it names them otherwise. */
export function comparedItems(question: string): string[] {
  const q = question.normalize('NFKC').toLowerCase();
  const name = String.raw`([a-z][\w-]*(?: [a-z][\w-]*)?)`;
  const en = new RegExp(String.raw`${name}\s+(?:vs\.?|versus|or)\s+${name}`).exec(q) ?? new RegExp(String.raw`\b(?:is|are) ([\w-]+) (?:better|worse|more [\w-]+|less [\w-]+) than ([\w-]+)`).exec(q);
  const zh = /([a-z0-9][a-z0-9-]*|\p{Script=Han}{2,8})\s*(?:和|与|跟|还是|vs)\s*([a-z0-9][a-z0-9-]*|\p{Script=Han}{2,8}?)\s*[，,]?\s*(?:哪个|谁|相比|比|效果|更)/u.exec(q);
  const m = en ?? zh;
  if (!m) return [];
  // (the last words of the left side and the first of the right: "should i use lime or shap" → lime, shap)
  const [first, second] = m[2].split(' ');
  const right = second && !/^(?:for|in|on|to|with|when|which|who|at|of|is|are|and)$/.test(second) ? m[2] : first;
  // (as many words on the left as on the right: "layer norm vs batch norm")
  const left = m[1].split(' ').slice(-right.split(' ').length).join(' ');
  return [left, right].filter((x) => x.length >= 2 && !/^(?:which|one|the|a|an|it|this|that)$/.test(x));
}

// what an action is done to ends before these ("save the model to disk", "加载 h5 模型到浏览器里")
const OBJECT_END_EN = /\s(?:to|into|in|on|onto|from|with|after|before|so|and|or|for|using|via|without|as|when|if|then|again|later|properly|correctly|locally|at)\s.*$|[?,.;:!].*$/;
const OBJECT_FILLER_EN = /^(?:the|a|an|my|our|your|their|his|her|this|that|these|those|it|its|them|trained|pretrained|pre-trained|whole|own|new|final|finished)$/;

/** What a how-to question asks to do (a pattern of the action's class, any language) and to what
 *  (the last word of its object: "model" in "save the trained model to disk", "模型" in "加载 Python
 *  这边训练好的 h5 模型", "tensorflow" in "安装 TensorFlow"; null for "it" or nothing), or null when it
 *  asks no such thing. */
export function procedureAsked(question: string): { action: RegExp; object: string | null } | null {
  const q = question.normalize('NFKC').toLowerCase();
  const rule = RULES.find((r) => r.kind === 'procedure')!;
  const en = rule.en.exec(q);
  const asked = en ?? rule.zh.exec(q);
  if (!asked) return null;
  // the action: the class of the first verb in the matched words (the pattern stops at the first)
  const verbs = PROCEDURE_CLASSES.map((c) => ({ c, m: new RegExp(en ? String.raw`\b(?:${c.en})\b` : c.zh, 'i').exec(asked[0]) }));
  const first = verbs.filter((v) => v.m).sort((a, b) => a.m!.index - b.m!.index)[0];
  if (!first) return null;
  const action = new RegExp(String.raw`\b(?:${first.c.en})\b|${first.c.zh}`, 'i');
  const at = asked.index + first.m!.index;
  const after = q.slice(at + first.m![0].length);
  if (en) return { action, object: objectEn(after) };
  const ba = /把([^，。？?！!]{1,20})$/.exec(q.slice(0, at));
  if (ba) return { action, object: objectZh(ba[1], true) };
  // (nothing after the verb: what it is done to is the topic before the how-word, "数据分布偏差要怎么量化")
  const topic = /([^，,。？?！!；;]*?)(?:要|该|应该|应当|到底|究竟|又|能|可以)*(?:怎么|如何|怎样|咋)[^，,。？?！!；;]*$/u.exec(q.slice(0, at))?.[1] ?? '';
  return { action, object: objectZh(after, false) ?? objectZh(topic, true) };
}

function objectEn(rest: string): string | null {
  const words = rest.replace(OBJECT_END_EN, '').split(/\s+/).filter((w) => w && !OBJECT_FILLER_EN.test(w));
  return words.length ? words[words.length - 1] : null;
}

function objectZh(rest: string, before: boolean): string | null {
  let t = (before ? rest : rest.split(/[，,。？?！!；;]/)[0]).trim();
  // (after the verb: what follows a destination marker is where, not what: "部署到安卓 App 里")
  if (!before) t = t.replace(/^(?:进来|下来|起来|出来|一下|好|了)/, '').replace(/^(?:到|成|为|进).*$/, '');
  t = t.replace(/(?:里|上|中|呢|吗|啊|的|了|是|一下|下来|起来|进来|出来)+$/, '').trim();
  const latin = /([a-z][\w.+-]*)$/.exec(t);
  if (latin) return latin[1];
  const han = /(\p{Script=Han}{2})$/u.exec(t);
  return han ? han[1] : null;
}

/** Whether `text` writes `word` (lower case; an English plural as its singular: "weights" in "weight"). */
export function writes(text: string, word: string): boolean {
  return text.toLowerCase().includes(word.replace(/(?<=[a-z]{3})s$/, ''));
}

/** Whether `text` holds a number other than a list item's, a section's, a year ("how many layers
 *  does the original Transformer's encoder have?" found "(2017)") or a name's ("INT8", "L2", "GPT4";
 *  not a code call's, "Conv2D(32"; session 26). */
function holdsNumber(text: string): boolean {
  return /\d/.test(text.replace(/^\s*(?:[-*]\s*)?\d+[.)、]\s/gm, ' ').replace(/\bsections? \d+(?:\.\d+)?|\d+(?:\.\d+)?\s*节|(?<![\d.])(?:19|20)\d\d(?![\d.])|\b[A-Za-z]+\d[A-Za-z]*\b(?!\s*[(=])/g, ' '));
}

/** Whether any of `texts` holds a fact of this kind (`names`: from agentNames(); `question`: for a
 *  count, what is counted). */
export function hasFact(kind: FactKind, texts: string[], names: Set<string>, question = ''): boolean {
  // (a translator is named beside a translation: "《深度学习》的中文版是谁翻译的" is not answered by its authors)
  if (kind === 'agent' && /翻译|译者|translat/i.test(question)) texts = texts.filter((t) => /(?<!机器)翻译|译者|译本|(?<!machine )translat/i.test(t));
  if (kind === 'agent') return texts.some((t) => (t.match(/\b[A-Z][a-z]+\b/g) ?? []).some((w) => names.has(w)) || /et al\./.test(t));
  if (kind === 'verdict') {
    // a sentence that compares and writes both things compared ("the GRU is a simpler variant of the LSTM")
    const items = comparedItems(question);
    return texts.some((t) => t.split(/(?<=[.!?。！？；;])\s*/).some((x) => EVIDENCE.verdict(x) && items.every((i) => x.toLowerCase().includes(i))));
  }
  if (kind === 'procedure') {
    // a sentence or code line that writes the action and what it is done to ("Install TensorFlow",
    // "mnist.load_data()" for "how do I load the MNIST data"), not "# Load the training data" for "load
    // my trained model"
    const asked = procedureAsked(question);
    if (!asked) return true;
    // (a Latin word as a whole word: "model" is not in "Modeling … to convert speech to text")
    const object = asked.object === null ? null : /^[a-z]/.test(asked.object) ? new RegExp(String.raw`(?<![a-z])${escapeRegExp(asked.object.replace(/(?<=[a-z]{3})s$/, ''))}(?:s|es)?(?![a-z])`, 'i') : null;
    // (code's identifiers by their words: "load_data")
    return texts.some((t) => t.split(/\n|(?<=[.!?。！？；;])\s*/).map((x) => x.replace(/_/g, ' ')).some((x) => asked.action.test(x) && (asked.object === null || (object ? object.test(x) : x.includes(asked.object)))));
  }
  // (the expression itself, written by a source: the sigmoid entry's "1 / (1 + exp(-x))")
  if (kind === 'calculation') {
    const expression = askedExpression(question);
    return expression !== null && texts.some((t) => t.normalize('NFKC').toLowerCase().replace(/[\s·*]/g, '').includes(expression));
  }
  if (kind === 'count') {
    const thing = countedThing(question);
    return thing === null || holdsCount(thing, texts);
  }
  return texts.some((t) => EVIDENCE[kind](t));
}
