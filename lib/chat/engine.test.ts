// The chat engine end to end in Node, with the built-in embedding model: language, citations,
// grounding (quoted text comes from the cited source), refusal, small talk and bad input.
import { describe, expect, it } from 'vitest';
import { SMALL_TALK_REPLY } from './small-talk';
import { asksForJoke } from './joke-request';
import { article, getSection } from '../content/article';
import { glossary } from '../content/glossary';
import { createChatEngine, EmptyQuestionError, MAX_QUESTION_CHARS } from './engine';
import { createNodeChatEngine } from './node-engine';
import { readableMath } from './inline-math';
import { quotableText, sentences } from './plain-text';
import { defaultCalibration } from './retriever';
import { alignedSentences } from './sentence-pick';

const engine = await createNodeChatEngine();

/** The quoted lines (Markdown "> ...") of an answer. */
const quoted = (md: string) => md.split('\n').filter((l) => l.startsWith('> ') && l.length > 3).map((l) => l.slice(2));

describe('chat engine', () => {
  it('answers an English FAQ question in English with the FAQ section first', async () => {
    const a = await engine.ask('How can I stop my network from overfitting?');
    expect(a.refused).toBe(false);
    expect(a.language).toBe('en');
    expect(a.sources[0].section).toBe('9.7');
    expect(a.sources[0].href).toBe('/article#sec-9.7');
    expect(a.answer).toContain(getSection('9.7')!.body.en.split('\n')[0]);
  });

  it('asked for several things, quotes the bullets beside a matching one under the same head', async () => {
    const a = await engine.ask('which frameworks does the article recommend');
    expect(a.answer).toContain('- TensorFlow:');
    expect(a.answer).toContain('- PyTorch:');
  });

  it('quotes a formula with the sentence that says what its symbols are', async () => {
    const alpha = await engine.ask('In the weight update formula, what is alpha?');
    expect(alpha.answer).toMatch(/wᵢⱼ ← wᵢⱼ - α · ∂L\/∂wᵢⱼ[^\n]*\n>\n> Here, α is the learning rate\./);
    const forward = await engine.ask('备课用：文章里前向传播的公式是哪个？每个符号什么意思？');
    expect(forward.answer).toContain('> 其中，zᵢ 是神经元 i 的输入');
  });

  it('answers a Chinese question in Chinese, from the Chinese text', async () => {
    const a = await engine.ask('训练太慢了有什么办法加速？');
    expect(a.language).toBe('zh');
    expect(a.sources[0].section).toBe('9.6');
    expect(a.answer).toMatch(/\p{Script=Han}/u);
    expect(a.answer).toContain(getSection('9.6')!.body.zh.split('\n')[0]);
  });

  it('answers what the article is about from its background section, and never quotes a bare list label', async () => {
    for (const q of ["What's this article about?", '这篇文章讲了什么？']) {
      const a = await engine.ask(q);
      expect(a.refused, q).toBe(false);
      expect(a.sources[0].section, q).toBe('1');
      expect(quoted(a.answer)[0], q).toMatch(/this article|本文/);
      expect(a.answer, q).toContain('/article#sec-9)');
    }
    const tools = await engine.ask('Which framework should a beginner pick, TensorFlow or PyTorch?');
    for (const line of quoted(tools.answer)) expect(line).not.toMatch(/^- \w+:$/);
  });

  it('quotes inline math as readable text, not TeX', async () => {
    const a = await engine.ask('What does w_ij mean in the formulas?');
    expect(a.sources[0].section).toMatch(/^4\./);
    expect(a.answer).not.toContain('\\(');
    expect(a.answer).toMatch(/[ᵢⱼ]/u);
  });

  it('quotes only sentences of the cited section (nothing that is in no source)', async () => {
    for (const q of ['What are the weaknesses of deep learning?', '反向传播的公式是怎么推导的？', 'Which real-world applications use CNNs?']) {
      const a = await engine.ask(q);
      expect(a.kind, q).toBe('section');
      const source = readableMath(quotableText(getSection(a.sources[0].section)!.body[a.language]));
      for (const line of quoted(a.answer)) expect(source, q).toContain(line);
    }
  });

  it('answers "what is X" from the glossary, citing the linked section and offering the demo', async () => {
    const a = await engine.ask('What is a saliency map?');
    const g = glossary.find((e) => e.id === 'saliency-map')!;
    expect(a.kind).toBe('glossary');
    expect(a.sources[0].glossary?.id).toBe('saliency-map');
    expect(a.sources[0].section).toBe(g.section);
    expect(a.answer).toContain(g.definition.en);
    expect(a.demo?.href).toMatch(/^\/digits/);
    const zh = await engine.ask('什么是过拟合？');
    expect(zh.language).toBe('zh');
    expect(zh.answer).toContain(glossary.find((e) => e.id === 'overfitting')!.definition.zh);
    // the adjective alone names convolution (tour 7: FAQ 9.2's list of algorithms)
    const adjective = await engine.ask('what does "convolutional" even mean');
    expect(adjective.sources[0].glossary?.id).toBe('convolution');
  });

  it('answers a FAQ title\'s question asked of another concept from that concept\'s entry, not the FAQ (tour 8)', async () => {
    for (const q of ['how to avoid underfitting', '欠拟合怎么避免']) {
      const a = await engine.ask(q);
      expect(a.sources[0].glossary?.id, q).toBe('underfitting');
    }
    // the FAQ's own concept, or a question in other words, keeps the FAQ
    for (const q of ['how to avoid overfitting', 'how to make my model generalize better']) {
      const a = await engine.ask(q);
      expect(a.kind, q).toBe('faq');
      expect(a.sources[0].section, q).toBe('9.7');
    }
  });

  it('defines artificial intelligence and compares it with deep learning; naming AI alone does not count as naming a glossary concept for refusal', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    for (const [q, lang] of [['what is AI', 'en'], ['人工智能是什么', 'zh']] as const) {
      const a = await engine.ask(q);
      expect(a.kind, q).toBe('glossary');
      expect(a.answer).toContain(def('artificial-intelligence').definition[lang]);
    }
    const same = await engine.ask('is deep learning the same as AI?');
    expect(same.answer).toContain(def('deep-learning').definition.en);
    expect(same.answer).toContain(def('artificial-intelligence').definition.en);
    const r = await engine.retrieve('will AI take my job');
    expect(r.glossaryHits).toEqual(['artificial-intelligence']);
    expect(r.features.glossary).toBe(0);
    expect((await engine.retrieve('will dropout take my job')).features.glossary).toBe(1);
  });

  it('compares two named concepts with both glossary definitions, citing each one\'s section once', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    const zh = await engine.ask('过拟合和欠拟合有什么区别？');
    expect(zh.kind).toBe('glossary');
    expect(zh.language).toBe('zh');
    expect(zh.answer).toContain(def('overfitting').definition.zh);
    expect(zh.answer).toContain(def('underfitting').definition.zh);
    expect(zh.answer.indexOf(def('overfitting').definition.zh)).toBeLessThan(zh.answer.indexOf(def('underfitting').definition.zh));
    const sections = zh.sources.map((s) => s.section);
    expect(new Set(sections).size).toBe(sections.length);
    const en = await engine.ask('SGD vs Adam?');
    expect(en.answer).toContain(def('stochastic-gradient-descent').definition.en);
    expect(en.answer).toContain(def('adam').definition.en);
    expect(en.sources.map((s) => s.glossary?.id)).toEqual(['stochastic-gradient-descent', 'adam']);
    // a third thing asked about is not a plain comparison
    const other = await engine.ask('dropout vs batch normalization in the section 5.2 code');
    expect(other.answer).not.toContain(def('dropout').definition.en);
  });

  it('says the article discusses a glossary concept only when the article names it', async () => {
    // CNN's entry links 5.2's code; 3.4 and 9.2 name it
    expect((await engine.ask('什么是卷积神经网络？')).answer).toMatch(/文章在第 5\.2 节「源代码详细实现」中讨论了它。$/);
    // whole words: "IG" is not in "weights", SHAP not in `input_shape`
    expect((await engine.ask('what is integrated gradients')).answer).toMatch(/The article never names it/);
    expect((await engine.ask('what is SHAP')).answer).toMatch(/The article never names it/);
    // the longest name first: 9.8's "batch normalization" / "批量归一化" names no batch
    expect((await engine.ask('批次是什么？')).answer).toMatch(/文章没有直接提到它，最相关的是第 5\.3 节/);
    expect((await engine.ask('what is overfitting')).answer).toMatch(/The article discusses it in section 9\.7, .*\.$/);
    // the entry links the closest section, which never says "WebGPU"
    const webgpu = await engine.ask('what is WebGPU');
    expect(webgpu.answer).toMatch(/The article never names it; the closest section is 9\.6, .*\.$/);
    expect(webgpu.answer).not.toContain('discusses');
    expect((await engine.ask('什么是dropout')).answer).toMatch(/文章没有直接提到它，最相关的是第 9\.7 节/);
    expect((await engine.ask('dropout vs batch norm')).answer).toMatch(/Related sections of the article: section 9\.7/);
  });

  it('compares one concept with what its entry says of the other side, or declines a side nothing names', async () => {
    // the LSTM entry defines the GRU; the regularization entry tells L1 from L2
    expect((await engine.ask('LSTM vs GRU')).sources[0]).toMatchObject({ glossary: { id: 'lstm' } });
    expect((await engine.ask('L1 vs L2 regularization?')).answer).toContain('L1 penalizes the sum of absolute weights');
    const unknown = await engine.ask('LSTM vs xLSTM');
    expect(unknown.refused).toBe(true);
    expect(unknown.answer).toContain("the article doesn't explain “xLSTM”");
    // a side that is a Chinese term or a name of several words the article never uses
    for (const [q, side] of [
      ['神经网络和线性回归是什么关系', '文章没有讲到“线性回归”'],
      ['What is the relationship between neural networks and linear regression?', "the article doesn't explain “linear regression”"],
    ] as const) {
      const a = await engine.ask(q);
      expect(a.refused, q).toBe(true);
      expect(a.answer, q).toContain(side);
    }
    // both sides known, or a known name with a modifier: answered
    for (const q of ['CNN和RNN是什么关系', 'How is stochastic gradient descent different from plain gradient descent?', 'transfer learning vs fine tuning']) {
      expect((await engine.ask(q)).refused, q).toBe(false);
    }
    // the sides of "X 和 Y 具体区别在哪" and "how does X differ from Y" are read too, and of a
    // comparison that names no concept; two names of one entry that the sources never tell apart
    // ("RMSprop" is listed in the optimizer entry, "Adagrad" only an alias) are declined (session 28)
    for (const [q, lead] of [
      ['语义分割和实例分割有什么区别', '文章没有讲到“语义分割”'],
      ['神经网络和线性回归具体区别在哪', '文章没有讲到“线性回归”'],
      ['How does layer-wise relevance propagation differ from saliency maps?', "the article doesn't explain “layer-wise relevance propagation”"],
      ['RMSprop 和 Adagrad 具体区别在哪？', '文章和 Glassbox 术语表都没有讲“RMSprop”和“Adagrad”有什么区别'],
      ['WordPiece 和 BPE 具体区别在哪里', '文章和 Glassbox 术语表都没有讲“WordPiece”和“BPE”有什么区别'],
      ["what's the difference between He initialization and Xavier initialization?", 'neither the article nor the Glassbox glossary says how “He initialization” and “Xavier initialization” differ'],
    ] as const) {
      const a = await engine.ask(q);
      expect(a.refused, q).toBe(true);
      expect(a.answer, q).toContain(lead);
    }
    // the GRU's clause of the LSTM entry compares it ("a simpler variant"), L1 and L2 have a clause each
    expect((await engine.ask('GRU 和 LSTM 是什么关系？')).sources[0]).toMatchObject({ glossary: { id: 'lstm' } });
    expect((await engine.ask('diff between l1 and l2 regularization?')).refused).toBe(false);
  });

  it('reads skewed or biased data as the dataset-bias entry, not the training set (session 28)', async () => {
    // (8.3's "data distribution bias"; the training set's entry answered before)
    for (const q of ['why is skewed training data a worry', 'why is skewed or biased training data a problem for deep learning models']) {
      expect((await engine.ask(q)).sources[0]?.section, q).toBe('8.3');
    }
  });

  it('compares two concepts said to share something when the last clause asks how they differ', async () => {
    const en = await engine.ask("CNNs and RNNs are both neural nets, so what's the actual difference?");
    expect(en.kind).toBe('glossary');
    expect(en.answer).toMatch(/^\*\*Convolutional neural network\*\* and \*\*Recurrent neural network\*\*/);
    const zh = await engine.ask('联邦学习和差分隐私都是保护隐私的 区别在哪');
    expect(zh.answer).toMatch(/^\*\*联邦学习\*\*与\*\*差分隐私\*\*/);
    // the last clause names another concept: not a comparison of the first two
    expect((await engine.ask('dropout and batch norm both help training, but how does dropout work?')).answer).not.toMatch(/^\*\*Dropout\*\* and/);
  });

  it('answers why the code uses a concept with its definition, then the code lines that use it; questions about the example itself keep the code', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    for (const [q, lang] of [['why is softmax used in the last layer?', 'en'], ['最后一层为什么用softmax', 'zh']] as const) {
      const a = await engine.ask(q);
      expect(a.kind, q).toBe('glossary');
      expect(a.sources[0].section).toBe('5.2');
      expect(a.answer.indexOf(def('softmax').definition[lang])).toBeGreaterThan(0);
      expect(a.answer.indexOf("activation='softmax'")).toBeGreaterThan(a.answer.indexOf(def('softmax').definition[lang]));
      expect(a.answer).not.toContain('Conv2D'); // only the lines that use it
    }
    const example = await engine.ask('what is the role of relu in the code');
    expect(example.kind).toBe('section');
    expect(example.answer).not.toContain(def('relu').definition.en);
    expect(example.answer).toContain("activation='relu'");
  });

  it('answers what the article says about one concept with its sentences, then the definition; how a concept works not from a list of resources', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    const pytorch = await engine.ask('what does the article say about pytorch');
    expect(pytorch.kind).toBe('section');
    expect(pytorch.sources[0].section).toBe('7');
    expect(pytorch.answer).toMatch(/^What the article says about \*\*PyTorch\*\*, in section 7/);
    expect(pytorch.answer.indexOf("Microsoft's open-source")).toBeLessThan(pytorch.answer.indexOf(def('pytorch').definition.en));
    const silent = await engine.ask('what does the article say about federated learning?');
    expect(silent.answer).toMatch(/^The article does not mention \*\*Federated learning\*\* by name/);
    expect(silent.answer).toContain(def('federated-learning').definition.en);
    // section 7 lists papers and frameworks: its line on PyTorch's "wide attention" explains nothing
    for (const [q, lang] of [['how is attention computed', 'en'], ['注意力是怎么计算的', 'zh']] as const) {
      const a = await engine.ask(q);
      expect(a.kind, q).toBe('glossary');
      expect(a.answer).toContain(def('attention').definition[lang]);
      expect(a.answer).not.toMatch(/PyTorch/);
    }
  });

  it('answers what the article says about two concepts from the article first, or says that it does not discuss them together', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    // section 7 lists TensorFlow and PyTorch one after the other
    const zh = await engine.ask('文章怎么比较TensorFlow和PyTorch的');
    expect(zh.kind).toBe('section');
    expect(zh.sources[0].section).toBe('7');
    const s7 = getSection('7')!.body.zh;
    // the article's lines come before the editors' note on its "Microsoft" (corrected-claims.ts)
    const [article, note] = zh.answer.split('**Glassbox 编辑注：');
    expect(note).toMatch(/^PyTorch 来自 Facebook/);
    const quoted = article.split('\n').filter((l) => l.startsWith('> ') && !l.includes('**')).map((l) => l.slice(2));
    expect(quoted.length).toBe(2);
    for (const line of quoted) expect(s7).toContain(line);
    expect(zh.answer).toContain(def('pytorch').definition.zh); // the glossary corrects the article's "Microsoft"
    expect(zh.answer.indexOf('PyTorch：微软')).toBeLessThan(zh.answer.indexOf(def('pytorch').definition.zh));
    const en = await engine.ask('what does the article say about CNN vs RNN?');
    expect(en.sources[0].section).toBe('9.2');
    expect(en.answer).toMatch(/^What the article says about \*\*Convolutional neural network\*\* and \*\*Recurrent neural network\*\*, in section 9\.2/);
    // no section names both: it says so, then the definitions
    const apart = await engine.ask("what's the difference between overfitting and underfitting according to the article?");
    expect(apart.kind).toBe('glossary');
    expect(apart.answer).toMatch(/^The article does not discuss \*\*Overfitting\*\* and \*\*Underfitting\*\* together/);
    expect(apart.answer).toContain(def('underfitting').definition.en);
    // without the article in the question: the definitions only, as before
    expect((await engine.ask('overfitting vs underfitting')).answer).toMatch(/^\*\*Overfitting\*\* and \*\*Underfitting\*\* \(Glassbox glossary\)/);
  });

  it('aligns every section\'s sentences across the two languages, so an answer in the other language quotes the same ones', () => {
    for (const s of article.sections) {
      const en = sentences(quotableText(s.body.en));
      const zh = alignedSentences(s.id, en, 'en', 'zh');
      expect(zh, s.id).not.toBeNull();
      expect(alignedSentences(s.id, zh!, 'zh', 'en'), s.id).not.toBeNull();
    }
  });

  it('answers which instance of a concept the article uses from the sentences that say so and the code', async () => {
    const act = await engine.ask('What activation function does the article use?');
    expect(act.answer).toMatch(/^Where the article uses \*\*Activation function\*\*:\n\nFrom section 4\.3, .*\n\n> We use the sigmoid function as the activation function/);
    expect(act.answer).toContain("layers.Dense(10, activation='softmax')");
    expect(act.sources.slice(0, 2).map((x) => x.section)).toEqual(['4.3', '5.2']);
    // no sentence says it uses an optimizer: the code alone
    const opt = await engine.ask('Which optimizer does the article use?');
    expect(opt.answer).toMatch(/^Where the article uses \*\*Optimizer\*\*:\n\nThe article's example code in section 5\.2/);
    // what the article says about it, when the question does not ask which one it uses
    expect((await engine.ask('what does the article say about activation functions?')).answer).toMatch(/^What the article says about \*\*Activation function\*\*/);
  });

  it('says the article gives no verdict when asked which of two concepts it never discusses together is better', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    const en = await engine.ask('Is dropout better than L2?');
    expect(en.answer).toMatch(/^The article does not discuss \*\*Dropout\*\* and \*\*Regularization\*\* together, so it does not say which is better/);
    expect(en.answer).toContain(def('dropout').definition.en);
    const zh = await engine.ask('Adam和SGD哪个好');
    expect(zh.answer).toMatch(/^文章没有把\*\*Adam 优化器\*\*和\*\*随机梯度下降\*\*放在一起讨论，也就没有说哪个更好/);
    expect(zh.answer).toContain(def('adam').definition.zh);
    // named together without a ranking: said so
    expect((await engine.ask('Is CNN better than RNN?')).answer).toMatch(/^The article names \*\*Convolutional neural network\*\* and \*\*Recurrent neural network\*\* together in section 9\.2, .*, but does not say which is better:/);
    expect((await engine.ask('TensorFlow和PyTorch哪个好？')).answer).toMatch(/^文章在第 7 节「工具和资源推荐」中同时提到\*\*TensorFlow\*\*和\*\*PyTorch\*\*，但没有说哪个更好：/);
    // a plain difference question keeps the bare definitions
    expect((await engine.ask('dropout vs L2')).answer).toMatch(/^\*\*Dropout\*\* and \*\*Regularization\*\* \(Glassbox glossary\)/);
  });

  it('answers how a named concept works, or how to fix it, from its glossary entry when the cited section never names it; FAQ remedies stay', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    // FAQ 9.5 leads (Grad-CAM's linked section) but never names Grad-CAM
    const gradCam = await engine.ask('how does Grad-CAM highlight important regions?');
    expect(gradCam.kind).toBe('glossary');
    expect(gradCam.answer).toContain(def('grad-cam').definition.en);
    expect(gradCam.sources[0].section).toBe(def('grad-cam').section);
    const zh = await engine.ask('梯度消失是怎么产生的？');
    expect(zh.kind).toBe('glossary');
    expect(zh.answer).toContain(def('vanishing-gradient').definition.zh);
    // a FAQ that never names the concept cannot say what it is or shows, whatever the classifier
    // ("what exactly is" asks what it is; "the text lab" is not "the text" of the article)
    const saliency = await engine.ask('In the digit demo, what exactly is the saliency map showing me — is red "important" pixels?');
    expect(saliency.answer).toContain(def('saliency-map').definition.en);
    const rollout = await engine.ask("In the text lab, what does attention rollout do differently from just showing one layer's attention weights?");
    expect(rollout.answer).toContain(def('attention-rollout').definition.en);
    expect(rollout.answer).not.toMatch(/^What the article says/);
    // an architecture is a concept of its own ("why do CNNs work well on images" quoted 5.4's 97.20 %)
    const cnn = await engine.ask('why do CNNs work well on images');
    expect(cnn.answer).toContain(def('convolutional-neural-network').definition.en);
    // asking for remedies is answered by the FAQ's remedies, not by a definition
    const howTo = await engine.ask('how to make my model generalize better');
    expect(howTo.kind).toBe('faq');
    expect(howTo.answer).not.toContain(def('generalization').definition.en);
    // any cited section that never names the concept (5.4 led for LSTM), and how-to questions
    // about a named problem whose cited section never names it (4.3's formulas for 梯度消失)
    const lstm = await engine.ask('How does an LSTM remember things?');
    expect(lstm.kind).toBe('glossary');
    expect(lstm.answer).toContain(def('lstm').definition.en);
    for (const q of ['梯度消失怎么解决', 'how do I fix vanishing gradients']) {
      const fix = await engine.ask(q);
      expect(fix.kind, q).toBe('glossary');
      expect(fix.answer, q).toContain(def('vanishing-gradient').definition[q.startsWith('how') ? 'en' : 'zh']);
    }
    // "为什么" asks about the thing too; a resource list's own item on the concept is still quoted
    expect((await engine.ask('均方误差公式前面为什么有个1/2？')).answer).toContain(def('mean-squared-error').definition.zh);
    const pytorch = await engine.ask('PyTorch 为啥这么受关注');
    expect(pytorch.kind).toBe('section');
    expect(pytorch.answer).toContain('动态计算图而受到广泛关注');
    // the formula of a concept whose cited section never names it: its formulas are another thing's
    expect((await engine.ask('softmax formula')).answer).toContain(def('softmax').definition.en);
    expect((await engine.ask('交叉熵的公式是什么')).answer).toContain(def('cross-entropy').definition.zh);
    expect((await engine.ask('apply the backprop formulas to one specific small network')).sources[0].section).toBe('4.3');
    // and no sentence that uses the concept's name in an everyday sense
    expect((await engine.ask('attention formula')).answer).not.toMatch(/wide attention/);
    // two concepts named: the first is the subject ("privacy" is what federated learning protects)
    for (const [q, lang] of [['How does federated learning protect privacy?', 'en'], ['联邦学习是怎么保护隐私的', 'zh']] as const) {
      expect((await engine.ask(q)).answer, q).toContain(def('federated-learning').definition[lang]);
    }
    // a FAQ that answers the question keeps it though it never names the concept ("epoch")
    expect((await engine.ask('waiting forever for each epoch, any way to make it quicker')).sources[0].section).toBe('9.6');
  });

  it('answers why about one concept from its definition when that says more of what is asked than the cited section', async () => {
    const why = await engine.ask('激活函数为啥非得是非线性的');
    expect(why.kind).toBe('glossary');
    expect(why.answer).toContain('如果没有激活函数，多层网络叠加起来仍然只是一个线性变换');
    // a FAQ that matched the question keeps it (not the definition; "why tweak the step size when the
    // amount of data changes" did this with 9.8 until session 24's classifier data, which declines it)
    const faq = await engine.ask('why does the learning rate need adjusting for datasets of different sizes?');
    expect(faq.sources[0].section).toBe('9.8');
    expect(faq.kind).not.toBe('glossary');
  });

  it('answers what a too large or too small value does from the definition that says it', async () => {
    const zh = await engine.ask('学习率设太大会咋样');
    expect(zh.kind).toBe('glossary');
    expect(zh.sources[0]).toMatchObject({ glossary: { id: 'learning-rate' } });
    expect(zh.answer).toContain('太大时损失会来回震荡甚至发散');
    const en = await engine.ask('what happens if I train for too many epochs');
    expect(en.sources[0]).toMatchObject({ glossary: { id: 'epoch' } });
  });

  it('answers "does the article mention X?" from the article text: its sentences, "not by name" for a concept, or no mention', async () => {
    const none = await engine.ask('Does the article mention reinforcement learning?');
    expect(none.refused).toBe(true);
    expect(none.answer).toMatch(/no mention of “reinforcement learning”/);
    const noneZh = await engine.ask('文章提到强化学习了吗');
    expect(noneZh.refused).toBe(true);
    expect(noneZh.answer).toContain('没有找到“强化学习”');
    const named = await engine.ask('does the article mention Karpathy?');
    expect(named.refused).toBe(false);
    expect(named.sources[0].section).toBe('1');
    expect(named.answer).toMatch(/^Yes: the article mentions “Karpathy”[\s\S]*> .*Karpathy/);
    // a glossary concept the article never names: said so, then the definition
    const dropout = await engine.ask('Is dropout mentioned in the article?');
    expect(dropout.answer).toMatch(/^The article does not mention \*\*Dropout\*\* by name/);
    // one it names: its sentences first
    const gan = await engine.ask('does the article cover GANs?');
    expect(gan.sources[0].section).toBe('6');
    expect(gan.answer).toMatch(/^What the article says about \*\*Generative adversarial network\*\*/);
    // another name of an entry the article discusses, which the article itself never writes
    const gpt = await engine.ask('文章有没有提到GPT？');
    expect(gpt.answer).toMatch(/^文章里没有出现“GPT”本身。Glassbox 术语表把它归在\*\*Transformer 模型\*\*下，文章谈到了后者。\n\n文章在第 7 节/);
    expect((await engine.ask('Does the article mention the Transformer?')).answer).toMatch(/^What the article says about \*\*Transformer\*\*/);
    expect((await engine.ask('文章有没有讲BERT模型？')).answer).toMatch(/^文章没有直接提到\*\*BERT 模型\*\*/);
    // one that only the example code names: said so, with the code's lines
    const relu = await engine.ask('Does the article mention ReLU?');
    expect(relu.answer).toMatch(/^The article's text does not mention \*\*ReLU\*\* by name, but its example code does\.\n\nThe article's example code in section 5\.2, .* uses \*\*ReLU\*\* in 3 places:/);
    expect(relu.sources[0].section).toBe('5.2');
    expect((await engine.ask('文章提到softmax了吗')).answer).toMatch(/^文章正文没有直接提到\*\*Softmax 函数\*\*，但示例代码用到了。/);
  });

  it('answers what a quoted Keras layer does with the definition that explains it and the lines that use it', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    const pool = await engine.ask('what does MaxPooling2D((2, 2)) do');
    expect(pool.kind).toBe('glossary');
    expect(pool.answer).toContain(def('pooling').definition.en);
    expect(pool.answer).toMatch(/```python\n\s*layers\.MaxPooling2D\(\(2, 2\)\),/);
    const conv = await engine.ask('what does Conv2D(32, (3,3)) mean');
    expect(conv.answer).toContain(def('convolution').definition.en);
    expect(conv.answer).toContain("layers.Conv2D(32, (3, 3), activation='relu')");
  });

  it('answers how three concepts relate with their definitions, and how two relate with the article line that names both', async () => {
    const def = (id: string) => glossary.find((e) => e.id === id)!;
    const three = await engine.ask('How are AI, machine learning and deep learning related?');
    expect(three.kind).toBe('glossary');
    for (const id of ['artificial-intelligence', 'machine-learning', 'deep-learning']) expect(three.answer).toContain(def(id).definition.en);
    expect(three.sources.map((s) => s.section)).toEqual([...new Set(['artificial-intelligence', 'machine-learning', 'deep-learning'].map((id) => def(id).section))]);
    const two = await engine.ask('为啥反向传播跟梯度下降有关系');
    expect(two.answer).toMatch(/^文章在第 4\.2 节「[^」]+」中这样谈到\*\*反向传播\*\*和\*\*梯度下降\*\*：\n\n> 深度学习中的反向传播算法是基于梯度下降法的。/);
    expect(two.answer).toContain(def('gradient-descent').definition.zh);
  });

  it('answers questions about the article\'s errors with the editors\' notes, in the question language', async () => {
    const code = await engine.ask('is the code in the article correct?');
    expect(code.refused).toBe(false);
    expect(code.answer).toMatch(/^Glassbox's editors checked the article's code/);
    expect(code.answer).toContain('This code does not run as printed');
    expect(code.sources.map((s) => s.section)).toEqual(['5.2', '5.4']);
    const zh = await engine.ask('这篇文章有哪些错误？');
    expect(zh.answer).toMatch(/^Glassbox 的编辑核对了文章/);
    expect(zh.answer).toContain('PyTorch 来自 Facebook');
  });

  it('answers questions about the code with the matching code lines', async () => {
    const a = await engine.ask('How many filters does the second Conv2D layer have?');
    expect(a.sources[0].section).toBe('5.2');
    expect(a.answer).toContain('layers.Conv2D(64');
    // 5.2 is code but for one introducing sentence: a question in words gets the code, not that sentence alone
    for (const q of ['how many layers does the CNN in section 5.2 have?', '卷积核的大小怎么选？']) {
      const c = await engine.ask(q);
      expect(c.sources[0].section, q).toBe('5.2');
      expect(c.answer, q).toMatch(/```python[\s\S]*layers\.Conv2D\(32/);
    }
  });

  it('answers a question about the article\'s own instance of a concept from the article, not the glossary', async () => {
    const a = await engine.ask('what is the accuracy of the model in the article');
    expect(a.kind).toBe('section');
    expect(a.sources[0].section).toBe('5.4');
    expect(a.answer).toContain('97.20%');
    // the quantity asked for, without naming the article
    const zh = await engine.ask('测试准确率多少');
    expect(zh.sources[0].section).toBe('5.4');
    expect(zh.answer).toContain('97.20%');
  });

  it('finds the code lines of a concept by its one-word aliases, as code writes them', async () => {
    const a = await engine.ask('那代码里为什么又换成交叉熵了');
    expect(a.sources[0].section).toBe('5.2');
    expect(a.answer).toContain("loss='categorical_crossentropy'");
    expect(a.answer).not.toContain('import tensorflow');
    const pool = await engine.ask('池化窗口是多大');
    expect(pool.answer).toMatch(/```python\n\s*layers\.MaxPooling2D\(\(2, 2\)\),\n# …\n\s*layers\.MaxPooling2D\(\(2, 2\)\),\n```/);
  });

  it('follows explicit section references', async () => {
    const a = await engine.ask('第三章讲了什么？');
    expect(a.sources[0].section).toBe('3');
    expect(a.answer).toContain('/article#sec-3.1');
  });

  it('answers what a question asks of a chapter from the part that holds it; the chapter as a whole gets its parts', async () => {
    const whole = await engine.ask('What does chapter 4 cover?');
    expect(whole.answer).toMatch(/^Chapter 4, .* has these parts:/);
    const loss = await engine.ask('What loss function is used in the math derivation section?');
    expect(loss.sources[0].section).toBe('4.2');
    expect(loss.answer).not.toMatch(/has these parts/);
    const install = await engine.ask('before the code section: install steps');
    expect(install.sources[0].section).toBe('5.1');
    expect(install.answer).toContain('TensorFlow');
    // two parts match alike; retrieval ranked 4.2 first
    const zh = await engine.ask('第四章的损失函数是什么');
    expect(zh.sources[0].section).toBe('4.2');
    expect(zh.answer).toContain('L = 1/2');
  });

  it.each([
    'What is the weather in Paris tomorrow?',
    'How do I make a pivot table in Excel?',
    '明天北京天气怎么样？',
    '怎么做红烧肉？',
  ])('says it does not know: %s', async (q) => {
    const a = await engine.ask(q);
    expect(a.refused).toBe(true);
    expect(a.sources).toEqual([]);
    expect(a.answer).toMatch(/I don't know|我不知道/);
  });

  it('greets and thanks briefly, in the question language', async () => {
    expect((await engine.ask('hello!')).kind).toBe('small-talk');
    const zh = await engine.ask('谢谢！');
    expect(zh.kind).toBe('small-talk');
    expect(zh.language).toBe('zh');
    // emoji alone: approval is acknowledged, anything else greeted; with a question mark, a question
    expect((await engine.ask('👍')).answer).toBe(SMALL_TALK_REPLY.ack.en);
    expect((await engine.ask('🤔')).answer).toBe(SMALL_TALK_REPLY.greeting.en);
    expect((await engine.ask('🤖🤖🤖?')).refused).toBe(true);
  });

  it('declines jokes as such, with no topics offered', async () => {
    for (const q of ['tell me a joke 😂', '讲个笑话吧']) {
      const a = await engine.ask(q);
      expect(a).toMatchObject({ refused: true, sources: [], suggestions: [] });
      expect(a.answer, q).toMatch(/jokes|笑话/);
    }
    expect(asksForJoke('what is a joke detector?')).toBe(false);
  });

  it('says what Glassbox is when asked about the site itself, with links to the demos, in the question language', async () => {
    const en = await engine.ask('What is this site for?');
    expect(en).toMatchObject({ kind: 'small-talk', refused: false, language: 'en' });
    for (const href of ['(/article)', '(/digits)', '(/text)']) expect(en.answer).toContain(href);
    const zh = await engine.ask('你好，这个网站能做什么？');
    expect(zh).toMatchObject({ kind: 'small-talk', language: 'zh' });
    expect(zh.answer).toContain('(/digits)');
    expect(zh.answer).toMatch(/设备上运行/);
  });

  it('quotes a list introduction with its items, and a formula step with its formula, never a bare label', async () => {
    const list = await engine.ask('What are the strengths of deep learning algorithms?');
    expect(list.sources[0].section).toBe('3.3');
    expect(list.answer).toContain('The strengths of deep learning algorithms include:\n>\n> 1. Powerful feature extraction');
    const formula = await engine.ask('How are the gradients computed in the worked example?');
    expect(formula.sources[0].section).toBe('4.3');
    expect(formula.answer).toContain('Computing the gradients: ∂L/∂wᵢⱼ = (yⱼ - tⱼ) · yⱼ · (1 - yⱼ) · aᵢ');
    for (const a of [list, formula]) expect(a.answer.split('\n').filter((l) => /^> (?:\d+\. )?[^:：]{1,40}[:：]$/.test(l) && !/include:$/.test(l))).toEqual([]);
  });

  it('quotes a whole list when the question asks for one, three of its items otherwise', async () => {
    const listed = await engine.ask('What are the challenges listed in section 8.3?');
    expect(listed.answer).toContain('4. Data distribution bias');
    expect((await engine.ask('深度学习面临哪些挑战？')).answer).toContain('4. 数据分布偏差');
    expect((await engine.ask('is data privacy a challenge for deep learning')).answer).not.toContain('4. Data distribution bias');
    // a list without an introducing sentence (3.2's steps): the whole list once two of its items are picked
    const steps = await engine.ask('what are the steps to train a neural network');
    for (const item of ['1. Data preprocessing', '2. Building the neural network', '3. Forward propagation', '4. Computing the loss function', '5. Backpropagation', '6. Iterative training']) expect(steps.answer).toContain(item);
    expect((await engine.ask('训练神经网络有哪些步骤')).answer).toContain('1. 数据预处理');
    // one picked item of a list asked for is enough, and the whole list is up to 8 items
    expect((await engine.ask('What challenges does deep learning still face?')).answer).toContain('4. Data distribution bias');
    const zhSteps = (await engine.ask('算法的具体步骤是什么？')).answer;
    for (const item of ['1. 数据预处理', '4. 计算损失函数', '5. 反向传播', '6. 迭代训练']) expect(zhSteps).toContain(item);
    // something each item has, or things in general, is no list of items
    expect((await engine.ask('what does every link between two neurons get assigned')).answer).not.toContain('1. Input layer');
    expect((await engine.ask('compile这一步配置了哪些东西？')).answer).not.toContain('1. 模型构建');
  });

  it('quotes the weaknesses for "limitations", the strengths for "advantages", both for "pros and cons"', async () => {
    // (3.3's weaknesses, or since session 24's classifier data 8.3's challenges: both list them)
    const weak = await engine.ask('What are the limitations of deep learning?');
    expect(['3.3', '8.3']).toContain(weak.sources[0].section);
    expect(weak.answer).toMatch(/weaknesses|challenges/);
    expect(weak.answer).not.toContain('strengths of deep learning');
    const strong = await engine.ask('What are the advantages of deep learning algorithms?');
    expect(strong.answer).toContain('strengths');
    expect(strong.answer).not.toContain('weaknesses');
    // "disadvantages" / "drawbacks" find section 3.3's weaknesses, not FAQ 9.1 "What is deep learning?"
    for (const q of ['What are the disadvantages of deep learning?', 'deep learning drawbacks']) {
      const a = await engine.ask(q);
      expect(a.sources[0].section, q).toBe('3.3');
      expect(a.answer, q).toContain('weaknesses');
    }
    const both = await engine.ask('深度学习的优缺点');
    expect(both.answer).toContain('优点包括');
    expect(both.answer).toContain('缺点：');
  });

  it('rejects empty questions and cuts huge ones', async () => {
    await expect(engine.ask(' \u200b\n ')).rejects.toBeInstanceOf(EmptyQuestionError);
    const long = await engine.ask(`How do I prevent overfitting? ${'x'.repeat(100_000)}`);
    expect(long.truncated).toBe(true);
    expect(MAX_QUESTION_CHARS).toBe(1000);
  });

  it('treats HTML in a question as text and never echoes it', async () => {
    const a = await engine.ask('<script>alert(1)</script> what is dropout?');
    expect(a.answer).not.toContain('<script>');
    // pasted markup is not part of the question
    const b = await engine.ask('<b>what is dropout</b>');
    expect(b.kind).toBe('glossary');
    expect(b.sources[0].glossary?.id).toBe('dropout');
  });

  it('obeys the threshold: 0 never refuses, above 1 always refuses', async () => {
    const open = await createChatEngine({ extract: null, calibration: { ...defaultCalibration, threshold: 0 } });
    const closed = await createChatEngine({ extract: null, calibration: { ...defaultCalibration, threshold: 1.01 } });
    expect((await open.ask('How do I bake sourdough bread?')).refused).toBe(false);
    expect((await closed.ask('How can deep learning models avoid overfitting?')).refused).toBe(true);
  });

  it('hands the cited passages to the generative mode as context', async () => {
    const a = await engine.ask('How do I prevent overfitting?');
    expect(a.context?.[0].section).toBe('9.7');
    expect(a.context?.[0].text).toContain('regularization');
    expect((await engine.ask('怎么做红烧肉？')).context).toEqual([]);
  });
});
