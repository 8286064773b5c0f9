// Follow-up questions: detection of topic-less follow-ups and elliptical ones, the rewriting of an
// elliptical question, and the engine's answers to a conversation (lib/chat/continuation.ts).
import { describe, expect, it } from 'vitest';
import { getSection } from '../content/article';
import { glossary } from '../content/glossary';
import { createChatEngine } from './engine';
import { ellipticalSubject, followUpKind, inTopicSection, resolveElliptical, resolveFrame, sharedHeadQuestion, translationTarget } from './follow-up';
import { buildKnowledgeBase } from './knowledge';
import { askConversation } from './conversation';
import { createNodeChatEngine } from './node-engine';
import type { ChatContext } from './types';

describe('followUpKind', () => {
  it('recognises follow-ups without a topic of their own, in both languages, with politeness and punctuation', () => {
    for (const q of ['tell me more', 'Tell me more!', 'more please', 'go on', 'what about that?', '继续', '还有呢？', '详细点', '能详细说说吗']) expect(followUpKind(q), q).toBe('more');
    for (const q of ['Why?', 'why is that needed?', 'why does that help?', 'how come', '为什么呢', '为啥', '这是为什么？']) expect(followUpKind(q), q).toBe('why');
    for (const q of ['give me an example', 'ok, can you give me an example?', 'Example?', '举个例子', '能举个例子吗']) expect(followUpKind(q), q).toBe('example');
    for (const q of ['are you sure?', 'Is that right?', 'really?', '你确定吗', '文章里真是这么说的吗', '真的吗？', '出处呢']) expect(followUpKind(q), q).toBe('check');
    for (const q of ["I don't understand", 'i dont get it', "I still don't understand", "i'm still confused", "I'm confused", '没看懂。', '什么意思？', '说简单点', '我不太懂，能再简单点吗', "i don't get it, explain more simply", '还是不明白', '给我一个更简单的解释', '换个说法', 'can you give me a simpler explanation?', 'explain it simpler, like for kids', 'simpler, like for a beginner']) expect(followUpKind(q), q).toBe('confused');
  });
  it('leaves questions with a topic alone', () => {
    for (const q of ['more about dropout', 'What is more important, data or models?', 'Why do we need activation functions?', '为什么要用ReLU', '举例说明卷积', 'What does dropout do?', '懂了', '不懂，什么是池化', 'I understand, thanks']) expect(followUpKind(q), q).toBeNull();
  });
});

describe('ellipticalSubject', () => {
  it('finds the new subject of "what about X" / "and X?" / "那X呢"', () => {
    expect(ellipticalSubject('what about RNNs?')).toBe('RNNs');
    expect(ellipticalSubject('And LSTMs?')).toBe('LSTMs');
    expect(ellipticalSubject('how about batch norm')).toBe('batch norm');
    expect(ellipticalSubject('那LSTM呢？')).toBe('LSTM');
    expect(ellipticalSubject('卷积层呢')).toBe('卷积层');
  });
  it('is not fooled by whole questions that start or end the same way', () => {
    expect(ellipticalSubject('and what about the learning rate, does it need changing for bigger datasets?')).toBeNull();
    expect(ellipticalSubject('那层归一化和批归一化又有啥区别呢？')).toBeNull();
    expect(ellipticalSubject('深度学习能做推荐吗？还有别的领域呢')).toBeNull();
    expect(ellipticalSubject('What is dropout?')).toBeNull();
  });
});

describe('resolveFrame', async () => {
  const kb = await buildKnowledgeBase();
  it('puts the previous concept into a follow-up that names none, or only a broad concept as context', () => {
    expect(resolveFrame(kb, '什么是过拟合', '怎么避免', 'zh')).toBe('过拟合怎么避免');
    expect(resolveFrame(kb, 'what is overfitting?', 'how do I avoid it?', 'en')).toBe('how do I avoid overfitting?');
    expect(resolveFrame(kb, 'what is pooling', 'why is it used in CNNs?', 'en')).toBe('why is pooling used in CNNs?');
    // "跟adam比哪个好" after SGD: the previous concept is the other party of the comparison
    expect(resolveFrame(kb, 'SGD是什么', '跟adam比哪个好', 'zh')).toBe('随机梯度下降跟adam比哪个好');
    expect(resolveFrame(kb, 'what is the learning rate', "what happens if it's too big", 'en')).toBe('what happens if learning rate is too big');
    // a pronoun beside another concept is the previous concept
    expect(resolveFrame(kb, 'what is pooling', 'is it the same as dropout?', 'en')).toBe('is pooling the same as dropout?');
    expect(resolveFrame(kb, '卷积神经网络是什么', '它和循环神经网络有什么区别', 'zh')).toBe('卷积神经网络和循环神经网络有什么区别');
    // the first party left out of a comparison (NFKC turns "？" into "?")
    expect(resolveFrame(kb, '注意力机制是啥', '跟attention rollout有啥关系', 'zh')).toBe('注意力机制跟attention rollout有啥关系');
    expect(resolveFrame(kb, '什么是dropout', '文章里的代码用了吗', 'zh')).toBe('文章里的代码用了随机失活吗');
    // "is it in the code?" without a verb of use
    expect(resolveFrame(kb, 'cnn是什么', '代码里有吗', 'zh')).toBe('文章里的代码用了卷积神经网络吗');
    expect(resolveFrame(kb, '什么是dropout', '代码里有没有', 'zh')).toBe('文章里的代码用了随机失活吗');
    expect(resolveFrame(kb, 'what is pooling', 'is it in the code?', 'en')).toBe("does the article's code use pooling?");
    expect(resolveFrame(kb, 'adam是什么', '文章里哪用了', 'zh')).toBe('代码里哪里用了adam 优化器');
    // "that one" is the concept, with its "that" kept
    expect(resolveFrame(kb, 'What loss function does the code use?', 'why that one?', 'en')).toBe('why that loss function?');
    // a model's performance: "it" is the trained model, not the loss function the conversation was about
    expect(resolveFrame(kb, 'What loss function does the code use?', 'what accuracy does it reach?', 'en')).toBeNull();
    expect(resolveFrame(kb, '什么是损失函数', '它的准确率能达到多少', 'zh')).toBeNull();
    expect(resolveFrame(kb, 'What is a CNN?', 'what accuracy does it reach?', 'en')).toBe('what accuracy does convolutional neural network reach?');
    // "what loss function does it use?" after the optimizer: "it" is the code that uses both (tour 7)
    expect(resolveFrame(kb, 'what optimizer does the example code use', 'what loss function does it use?', 'en')).toBe('what loss function does the example code use?');
    expect(resolveFrame(kb, '示例代码用的什么优化器', '它用的什么损失函数', 'zh')).toBe('示例代码用的什么损失函数');
    expect(resolveFrame(kb, 'what is an optimizer', 'what loss function does it use?', 'en')).toBeNull();
    // a model does use the concept named: "it" is the model
    expect(resolveFrame(kb, 'What is a CNN?', 'what activation function does it use?', 'en')).toBe('what activation function does convolutional neural network use?');
    // an attribute of the previous concept asked without naming it (tour 7: "公式能解释一下吗" got FAQ 9.5)
    expect(resolveFrame(kb, '反向传播是什么', '公式能解释一下吗', 'zh')).toBe('反向传播的公式能解释一下吗');
    expect(resolveFrame(kb, 'what is backpropagation', 'can you explain the formula?', 'en')).toBe('can you explain the formula of backpropagation?');
    expect(resolveFrame(kb, 'what is backpropagation', 'can you explain the formula of gradient descent?', 'en') ?? '').not.toContain('of backpropagation');
    expect(resolveFrame(kb, '反向传播是什么', '公式里的α是什么', 'zh')).toBe('反向传播的公式里的α是什么');
    // the value of the previous concept (tour 8: "what value does the article use" got FAQ 9.5)
    expect(resolveFrame(kb, "what's the learning rate", 'what value does the article use?', 'en')).toBe('what learning rate does the article use?');
    // a value at an extreme
    expect(resolveFrame(kb, '学习率是什么', '那太大了会怎样', 'zh')).toBe('学习率太大了会怎样');
    expect(resolveFrame(kb, '什么是卷积神经网络', '那和循环神经网络有什么区别？', 'zh')).toBe('卷积神经网络和循环神经网络有什么区别?');
    expect(resolveFrame(kb, '什么是卷积神经网络', '和循环神经网络一起用效果好吗', 'zh')).toBeNull();
    expect(resolveFrame(kb, '什么是注意力机制', 'Transformer为什么用它', 'zh')).toBe('Transformer为什么用注意力机制');
    expect(resolveFrame(kb, 'Does the article mention GANs?', 'how do they work?', 'en')).toBe('how do generative adversarial networks work?');
    // "was it mentioned?" without a pronoun in Chinese
    expect(resolveFrame(kb, '那池化呢', '文章里提到了吗', 'zh')).toBe('文章里提到池化了吗');
    expect(resolveFrame(kb, '什么是池化', '本文有没有讲到？', 'zh')).toBe('文章里提到池化了吗');
    // "which one" the article uses, of the previous concept
    expect(resolveFrame(kb, '什么是激活函数？', '文章里用的是哪个', 'zh')).toBe('文章里用的是哪个激活函数');
    expect(resolveFrame(kb, 'what is an optimizer', 'which one does the code use?', 'en')).toBe('which optimizer does the code use?');
    // … and which ones there are, and which one the article recommends
    expect(resolveFrame(kb, 'what is an optimizer?', 'which ones are there?', 'en')).toBe('which optimizers are there?');
    expect(resolveFrame(kb, '优化器有哪些', '文章里推荐用哪个', 'zh')).toBe('文章里推荐用哪个优化器');
    // a follow-up that names a concept of its own and no pronoun is a new question
    expect(resolveFrame(kb, 'what is pooling', 'what is dropout?', 'en')).toBeNull();
    expect(resolveFrame(kb, '什么是池化', '其它层呢', 'zh')).toBeNull();
  });
});

describe('resolveElliptical', async () => {
  const kb = await buildKnowledgeBase();
  it('puts the new concept into the previous question, or asks the subject alone', () => {
    expect(resolveElliptical(kb, 'What is dropout?', 'batch norm')).toBe('What is batch norm?');
    expect(resolveElliptical(kb, '为什么要用ReLU', 'sigmoid')).toBe('为什么要用sigmoid');
    expect(resolveElliptical(kb, 'what are the weaknesses of deep learning?', 'strengths')).toBe('strengths');
    expect(resolveElliptical(kb, null, 'RNNs')).toBe('RNNs');
    expect(resolveElliptical(kb, 'what is a neural network', 'CNNs')).toBe('what is CNNs'); // no "a" before a plural
    expect(resolveElliptical(kb, 'what is a neural network', 'transformer')).toBe('what is a transformer');
    // a concept used as a modifier after "what" takes no article
    expect(resolveElliptical(kb, 'what dropout rate should I use', 'the learning rate')).toBe('what learning rate should I use');
    expect(resolveElliptical(kb, 'what is dropout', 'the transformer')).toBe('what is the transformer');
  });
});

describe('inTopicSection', () => {
  it('asks a continuing follow-up of the one section the previous question named', () => {
    expect(inTopicSection('how many layers does the example in section 4.3 have?', 'and how many neurons in each?', 'en')).toBe('and how many neurons in each? (section 4.3)');
    expect(inTopicSection('第4.3节的例子有几层', '那每层有几个神经元', 'zh')).toBe('那每层有几个神经元（第 4.3 节）');
  });
  it('leaves a follow-up that names its own section, starts a new question, or follows no section', () => {
    expect(inTopicSection('how many layers does the example in section 4.3 have?', 'and in section 4.1?', 'en')).toBeNull();
    expect(inTopicSection('how many layers does the example in section 4.3 have?', 'what is dropout?', 'en')).toBeNull();
    expect(inTopicSection('what is a neural network?', 'and how many neurons in each?', 'en')).toBeNull();
    expect(inTopicSection(null, 'and how many neurons in each?', 'en')).toBeNull();
    // a chapter named by its subject ("文章代码" → 5) is no section the follow-up is asked of
    expect(inTopicSection('文章代码的测试准确率是多少？', '那训练了几轮？', 'zh')).toBeNull();
  });
});

describe('sharedHeadQuestion', () => {
  it('puts a subject that shares the previous phrase\'s head word in its place', () => {
    expect(sharedHeadQuestion('测试准确率是多少？', '训练准确率')).toBe('训练准确率是多少？');
    expect(sharedHeadQuestion('What is the test accuracy?', 'the training accuracy')).toBe('What is the training accuracy?');
    expect(sharedHeadQuestion('How many filters does the first conv layer have?', 'the second conv layer')).toBe('How many filters does the second conv layer have?');
    // nothing before the head: the modifier goes in front of it
    expect(sharedHeadQuestion('卷积层有多少个卷积核', '第二个卷积层')).toBe('第二个卷积层有多少个卷积核');
  });
  it('does nothing without a shared head, a modifier, or a change', () => {
    expect(sharedHeadQuestion('what are the weaknesses of deep learning?', 'strengths')).toBeNull();
    expect(sharedHeadQuestion('What is dropout?', 'dropout rate')).toBeNull();
    expect(sharedHeadQuestion('What is the test loss?', 'the test accuracy')).toBeNull();
    expect(sharedHeadQuestion('测试准确率是多少', '测试准确率')).toBeNull();
    expect(sharedHeadQuestion(null, '训练准确率')).toBeNull();
  });
});

describe('a conversation with the engine', async () => {
  const engine = await createChatEngine({ extract: null });
  const def = (id: string) => glossary.find((e) => e.id === id)!;
  const talk = async (questions: string[]) => {
    let context: ChatContext | null = null;
    const answers = [];
    for (const q of questions) {
      const a = await engine.ask(q, context);
      if (a.followUp !== undefined) context = a.followUp;
      answers.push(a);
    }
    return answers;
  };

  it('continues the topic with sentences not quoted yet, then says when there is no more', async () => {
    const [first, ...more] = await talk(['how does backpropagation work?', 'tell me more', 'more', 'more', 'more', 'more', 'more']);
    expect(first.followUp).toEqual({ topic: 'how does backpropagation work?', shown: [] });
    const continued = more.filter((a) => a.kind === 'section');
    expect(continued.length).toBeGreaterThan(0);
    const quotedLines = continued.flatMap((a) => a.answer.split('\n').filter((l) => l.startsWith('> ') && l.length > 3));
    expect(new Set(quotedLines).size).toBe(quotedLines.length); // never the same sentence twice
    for (const a of continued) {
      expect(a.answer).toMatch(/^More on “how does backpropagation work\?”, from section /);
      expect(a.sources).toHaveLength(1);
    }
    expect(more.at(-1)!.answer).toMatch(/^That is all the article says about/);
  });

  it('does not continue a concept with its name in an everyday sense ("attracted wide attention")', async () => {
    const answers = await talk(['what is attention', 'tell me more', 'more', 'more']);
    for (const a of answers) expect(a.answer).not.toMatch(/wide attention/);
    expect(answers.some((a) => /Attention Is All You Need/.test(a.answer))).toBe(true);
  });

  it('gives the glossary definition when the reader does not understand an article answer, in the follow-up\'s language', async () => {
    const [first, confused] = await talk(['过拟合怎么办', 'I don\'t understand']);
    expect(first.kind).toBe('faq');
    expect(confused.kind).toBe('glossary');
    expect(confused.language).toBe('en');
    expect(confused.answer).toContain(def('overfitting').definition.en);
  });

  it('gives the article\'s own explanation under the concept\'s name after the definition, once', async () => {
    const [, own, still] = await talk(['What is backpropagation?', "I don't understand", "I still don't understand"]);
    expect(own.answer).toMatch(/^The article explains \*\*Backpropagation\*\* in its own words in section 3\.1, .*:\n\n> 2\. Backpropagation: Based on the difference between the predicted and actual results/);
    expect(own.sources[0].section).toBe('3.1');
    expect(still.answer).toMatch(/^I have no other explanation of “What is backpropagation\?”/);
    const [, zh] = await talk(['什么是损失函数？', '我不懂']);
    expect(zh.answer).toMatch(/^文章第 3\.2 节「算法步骤详解」用自己的话这样解释\*\*损失函数\*\*：\n\n> 4\. 计算损失函数：/);
  });

  it('has no simpler explanation than the definition once it is shown, and nothing to check after a refusal', async () => {
    const [, simpler] = await talk(['什么是激活函数？', '给我一个更简单的解释']);
    expect(simpler.answer).toMatch(/^关于“什么是激活函数？”，除了已经引用的内容，我没有别的解释了。/);
    const [refused, check] = await talk(['文章的作者是谁？', '文章里真是这么说的吗？']);
    expect(refused.refused).toBe(true);
    expect(check.answer).toBe('目前还没有可以核对的回答。文章没有涉及的问题我会直说，给出的每个回答都注明了出处。');
  });

  it('gives the worked example beside the cited section when the sentences hold none, once', async () => {
    // (with the embedding model, as the chat runs: lexical retrieval alone cites 3.1 for the first
    // question since session 24's classifier data, and 3.1 has no example beside it)
    const full = await createNodeChatEngine();
    const [first, example, again] = await askConversation(full, ['反向传播是怎么工作的', '能举个例子吗', '举个例子']);
    expect(first.sources[0].section).toBe('4.2');
    expect(example.sources[0].section).toBe('4.3');
    expect(example.answer).toMatch(/^第 4\.3 节「案例分析与讲解」中的例子：\n\n> 假设我们有一个简单的多层神经网络/);
    expect(again.sources[0].section).not.toBe('4.3');
    expect(again.answer).not.toContain('文章没有举例');
    // a FAQ answer has no worked example beside it
    const [, faq] = await talk(['什么是过拟合', '举个例子']);
    expect(faq.sources.map((x) => x.section)).not.toContain('4.3');
  });

  it('gives the worked example when the first answer cited it for one sentence only', async () => {
    // "which loss function does the article use?" quotes 4.3's "…the mean squared error (MSE) as the
    // loss function": "give an example" said the article gives none
    const [, , example] = await talk(['What is a loss function?', 'which one does the article use?', 'give an example']);
    expect(example.sources[0].section).toBe('4.3');
    expect(example.answer).toMatch(/^An example, from section 4\.3, “Case Analysis and Explanation”:\n\n> Suppose we have a simple multilayer neural network/);
    expect(example.answer).not.toContain('gives no example');
  });

  it('answers "are you sure?" with where the answer comes from and the answer again, in the follow-up\'s language', async () => {
    const [first, check] = await talk(['PyTorch是谁开发的', 'are you sure?']);
    expect(check.language).toBe('en');
    expect(check.answer).toMatch(/^I only quote my sources, so you can check it yourself: the answer to “PyTorch是谁开发的” comes from \[7 Recommended Tools and Resources\]\(\/article#sec-7\)\./);
    // the quote again, with the editors' note on the claim it corrects
    expect(check.answer).toContain("Microsoft's open-source deep learning framework");
    expect(check.answer).toContain('PyTorch came from Facebook');
    expect(check.sources).toEqual(first.sources.map((s) => ({ ...s, title: getSection(s.section)!.title.en })));
    const [, zh] = await talk(['what is dropout', '你确定吗']);
    expect(zh.answer).toMatch(/^我只引用来源原文，你可以自己核对：关于“what is dropout”的回答出自 Glassbox 术语表（随机失活）。/);
  });

  it('reads "what about X" in the frame of the previous question and says so', async () => {
    const [, about] = await talk(['What is dropout?', 'what about batch norm?']);
    expect(about.answer).toMatch(/^\(Reading this as “What is batch norm\?”\.\)/);
    expect(about.answer).toContain(def('batch-normalization').definition.en);
    expect(about.followUp?.topic).toBe('What is batch norm?');
    // the topic is the question as read, typos corrected
    const [typo, rnn] = await talk(['卷基神经网络是什么', '那RNN呢']);
    expect(typo.followUp?.topic).toBe('卷积神经网络是什么');
    expect(rnn.answer).toContain(def('recurrent-neural-network').definition.zh);
    const [, zh] = await talk(['什么是循环神经网络', '那LSTM呢？']);
    expect(zh.language).toBe('zh');
    expect(zh.answer).toContain(def('lstm').definition.zh);
  });

  it('reads a follow-up that asks something new without naming the concept as being about the previous one', async () => {
    const [, avoid] = await talk(['什么是过拟合', '怎么避免']);
    expect(avoid.answer).toMatch(/^（按“过拟合怎么避免”来理解。）/);
    expect(avoid.sources[0].section).toBe('9.7');
    const [, en] = await talk(['What is overfitting?', 'how do I avoid it?']);
    expect(en.answer).toMatch(/^\(Reading this as “how do I avoid overfitting\?”\.\)/);
    expect(en.sources[0].section).toBe('9.7');
    // without a topic, or naming a concept of its own, it is asked as it is
    const [alone] = await talk(['怎么避免']);
    expect(alone.answer).not.toMatch(/来理解/);
  });

  it('reads "第二个" / "the third one" as the item of the list the conversation showed last, and says so', async () => {
    const [list, second, third] = await talk(['深度学习有哪些挑战', '那怎么解决第二个', '第三个呢']);
    expect(list.followUp?.items?.map((i) => i.name)).toEqual(['可解释性', '计算资源消耗', '数据隐私']);
    expect(second.answer).toMatch(/^（按“那怎么解决计算资源消耗”来理解。）/);
    expect(second.answer).toContain('计算资源消耗：深度学习模型需要大量的计算资源');
    // the answer to an item keeps counting in the same list; asked on its own, the item is quoted as
    // its section words it, with the definition when the glossary has one
    expect(third.answer).toMatch(/^（按“数据隐私”来理解。）\n\n第 8 节「总结：未来发展趋势与挑战」列表的第 3 项：\n\n> 3\. 数据隐私：/);
    expect(third.sources.map((x) => x.glossary?.id ?? x.section)).toEqual(['8', 'data-privacy']);
    const [, weak] = await talk(['深度学习有哪些缺点', '第二个是什么意思']);
    // then the definition of the concept the item names (解释性差 → interpretability)
    expect(weak.answer).toMatch(/^（按“解释性差”来理解。）\n\n第 3\.3 节「算法优缺点」列表的第 2 项：\n\n> 2\. 解释性差：深度学习模型的工作原理较为复杂，难以解释每个神经元的贡献。\n\n\*\*可解释性\*\*（Glassbox 术语表）：/);
    // "具体是什么意思" with the list's noun, and "what does the second one mean?", point at the item too
    const [, , detail] = await talk(['深度学习有哪些优点？', '那缺点呢', '第二个缺点具体是什么意思']);
    expect(detail.answer).toMatch(/^（按“解释性差”来理解。）\n\n第 3\.3 节/);
    // "give an example" does not fall back on a definition that gives none (it repeated turn one's)
    const [, , example] = await talk(['过拟合是啥', '咋防', '举个例子']);
    expect(example.answer).toMatch(/^关于“过拟合怎么防”，文章里没有我还没引用的例子。/);
    expect(example.answer).not.toContain(def('overfitting').definition.zh);
    // of two lists in one answer, "the second weakness" counts in the weaknesses, and "it" is then that item
    const [, weakness, fix] = await talk(['What are the strengths and weaknesses of deep learning according to the article?', 'Why is the second weakness a problem?', 'How does the article suggest fixing it?']);
    expect(weakness.answer).toMatch(/^\(Reading this as “Why is Poor interpretability a problem\?”\.\)/);
    expect(fix.sources[0].section).toBe('9.5');
    // "where in the code" carries to the next subject, and the code never mentions SGD
    const [, , sgd] = await talk(['adam 是啥', '文章里哪用了', '那 sgd 呢']);
    expect(sgd.answer).toMatch(/^（按“代码里哪里用了sgd”来理解。）\n\n文章第 5\.2 节「源代码详细实现」的示例代码里没有写到\*\*随机梯度下降\*\*。/);
    // a continuing follow-up stays in the section the conversation named (4.3's 10/5/3, not 4.1's 64/128)
    const [, , each] = await talk(['what is a neural network?', 'how many layers does the example in section 4.3 have?', 'and how many neurons in each?']);
    expect(each.sources[0].section).toBe('4.3');
    expect(each.answer).toContain('The input layer has 10 neurons, the hidden layer has 5 neurons and the output layer has 3 neurons.');
    const [, meaning] = await talk(['How can I avoid overfitting?', 'what does the second one mean?']);
    expect(meaning.answer).toMatch(/^\(Reading this as “Early stopping”\.\)\n\nItem 2 of the list in section 9\.7/);
    // a question about the item that leads back to the FAQ just shown gets the item and its definition
    const [, how] = await talk(['怎么防止过拟合', '第一个方法具体怎么做']);
    expect(how.answer).toMatch(/^（按“使用正则化技术”来理解。）\n\n第 9\.7 节「深度学习模型如何防止过拟合？」列表的第 1 项：/);
    expect(how.sources.map((x) => x.glossary?.id)).toContain('regularization');
    // "用中文说" after such an item quotes the same item again
    const [, , itemZh] = await talk(['What challenges does deep learning face?', 'the second one', '用中文说']);
    expect(itemZh.answer).toMatch(/^（按“Consumption of computing resources”来理解。）\n\n第 8\.3 节「面临的挑战」列表的第 2 项：\n\n> 2\. 计算资源消耗：/);
    // a list written as one sentence (FAQ 9.2) counts too
    const [, sentenceList] = await talk(['深度学习有哪些常见算法', '第三个呢']);
    expect(sentenceList.answer).toMatch(/^（按“Transformer”来理解。）/);
    expect(sentenceList.sources[0].glossary?.id).toBe('transformer');
    const [, method] = await talk(['如何防止过拟合', '第一个方法是什么意思']);
    expect(method.answer).toMatch(/^（按“使用正则化技术”来理解。）\n\n第 9\.7 节/);
    // a nested list: the bullets under the item the question names
    const [, pytorch] = await talk(['文章推荐了哪些开发工具？', '第二个是谁开发的？']);
    expect(pytorch.answer).toMatch(/^（按“PyTorch是谁开发的\?”来理解。）/);
    expect(pytorch.sources[0].section).toBe('7');
    // the FAQ's own list; and a question with an ordinal of its own sense is asked as it is
    const [, early, first] = await talk(['How can I avoid overfitting?', 'what about the second one?', 'What was the first neural network?']);
    expect(early.answer).toMatch(/^\(Reading this as “Early stopping”\.\)\n\nItem 2 of the list in section 9\.7, .*:\n\n> 2\. Early stopping/);
    expect(early.sources.map((x) => x.glossary?.id ?? x.section)).toEqual(['9.7', 'early-stopping']);
    expect(first.answer).not.toMatch(/Reading this as/);
    // nothing to point into: it asks which, instead of searching the article for "the second one"
    const [, none] = await talk(['What is a CNN?', 'what about the second one?']);
    expect(none.kind).toBe('small-talk');
    expect(none.answer).toMatch(/^Which one do you mean\? My last answer showed no numbered list/);
    const [, past] = await talk(['深度学习有哪些挑战', '第五个是什么意思']);
    expect(past.answer).toMatch(/^你指的是哪一个？/);
  });

  it('reads "and in the code?" / "那代码里呢" as asking where the example code uses the previous concept', async () => {
    const [, loss] = await talk(['What is the loss function?', 'what about in the code?']);
    expect(loss.answer).toMatch(/^\(Reading this as “does the article's code use loss function\?”\.\)\n\nYes: the article's example code in section 5\.2/);
    expect(loss.answer).toContain("loss='categorical_crossentropy'");
    const [, pooling] = await talk(['什么是池化', '那代码里呢']);
    expect(pooling.answer).toMatch(/^（按“文章里的代码用了池化吗”来理解。）\n\n用到了：/);
    expect(pooling.answer).toContain('layers.MaxPooling2D((2, 2))');
    // with nothing to go on it is asked as it is
    expect((await talk(['and in the code?']))[0].answer).not.toMatch(/Reading this as/);
    // the example code named by its section: "and the code in 5.2?", "那5.2的代码呢"
    const [, activation] = await talk(['which activation function does 4.3 use?', 'and the code in 5.2?']);
    expect(activation.answer).toMatch(/^\(Reading this as “does the article's code use activation function\?”\.\)/);
    expect(activation.answer).toContain("activation='softmax'");
    const [, zhLoss] = await talk(['4.3用的是什么损失函数', '那5.2的代码呢']);
    expect(zhLoss.answer).toMatch(/^（按“文章里的代码用了损失函数吗”来理解。）/);
  });

  it('answers "why?" with a reason the cited sections give, or says the article gives none', async () => {
    // 3.2's step 4 says what the loss is for ("to measure the model's prediction error")
    const [, , why] = await talk(['What are the steps of training a neural network?', 'the fourth one', 'why is that needed?']);
    expect(why.answer).toMatch(/^The reason the article gives for “Computing the loss function”, in section 3\.2, .*:\n\n> 4\. Computing the loss function: .*to measure the model's prediction error/);
    // the reason inside what was quoted, only the lines about the topic
    const [, , zh] = await talk(['训练神经网络有哪些步骤', '第一步为什么要做', '为什么']);
    expect(zh.answer).toBe('关于“数据预处理为什么要做”，文章给出的原因就在我引用的这句里：\n\n> 1. 数据预处理：对输入数据进行归一化、标准化等预处理，以提高模型的训练效果。');
    // no reason in the cited sections: said so, not the strengths of 3.3 or another section's line
    const [, none] = await talk(['What are the disadvantages of deep learning?', 'why?']);
    expect(none.answer).toMatch(/^The article gives no reason for “What are the disadvantages of deep learning\?” beyond what I quoted\./);
    expect(none.answer).not.toContain('Powerful feature extraction');
    // a quoted glossary definition is not the article's reason, nor is another step's purpose
    const [, , glossaryOnly] = await talk(['What is the loss function?', 'and in the code?', 'why?']);
    expect(glossaryOnly.answer).not.toMatch(/^The reason the article gives/);
    const [, , last] = await talk(['What are the steps of training a neural network?', 'the last one?', 'why?']);
    expect(last.answer).toMatch(/^The article gives no reason for “Iterative training”/);
  });

  it('reads "用中文说" / "in English please" as asking for the previous answer in that language', () => {
    for (const q of ['用中文说', '中文呢？', '请用中文回答', '翻译成中文', 'in Chinese please', 'say it in chinese', 'translate it into Chinese']) expect(translationTarget(q), q).toBe('zh');
    for (const q of ['in English', 'english please', 'Can you answer in English?', '用英文说', '英文呢', 'translate to english']) expect(translationTarget(q), q).toBe('en');
    for (const q of ['what is chinese', 'English is hard', '中文的深度学习教材', 'dropout的中文名是什么', 'Is there a Chinese version of the article?']) expect(translationTarget(q), q).toBeNull();
  });

  it('gives the conversation\'s answer again in the language asked for, and asks for a question first when there is none', async () => {
    const [en, zh, back] = await talk(['What is dropout?', '用中文说', 'in English please']);
    expect(zh.language).toBe('zh');
    expect(zh.answer).toMatch(/^用中文回答“What is dropout\?”：/);
    expect(zh.answer).toContain(def('dropout').definition.zh);
    expect(zh.sources.map((s) => s.section)).toEqual(en.sources.map((s) => s.section));
    expect(back.language).toBe('en');
    expect(back.answer).toContain(def('dropout').definition.en);
    // the same sentences, not those the English words find in the Chinese text (3.3's strengths)
    const [, update] = await talk(['How does backpropagation update the weights?', 'translate it into Chinese']);
    expect(update.answer).toMatch(/^用中文回答“How does backpropagation update the weights\?”：\n\n摘自第 4\.2 节「公式推导过程」：\n\n> 4\. 更新权重和偏置：根据梯度更新权重和偏置。/);
    const [alone] = await talk(['用中文说']);
    expect(alone.kind).toBe('small-talk');
    expect(alone.answer).toMatch(/^想了解哪方面呢/);
  });

  it('asks for a question first when there is nothing to continue, and a refusal leaves nothing to continue', async () => {
    const [alone] = await talk(['tell me more']);
    expect(alone.kind).toBe('small-talk');
    expect(alone.answer).toMatch(/^Tell you more about what\?/);
    const [refused, after] = await talk(['How do I change a flat tire?', '继续']);
    expect(refused.refused).toBe(true);
    expect(refused.followUp).toBeNull();
    expect(after.answer).toMatch(/^想了解哪方面呢/);
  });

  it('keeps the topic through small talk', async () => {
    const [, thanks, more] = await talk(['how does backpropagation work?', 'thanks!', 'tell me more']);
    expect(thanks.kind).toBe('small-talk');
    expect(more.answer).toMatch(/^More on “how does backpropagation work\?”/);
  });
});

describe('follow-ups of development set D (session 25)', async () => {
  const engine = await createNodeChatEngine();
  const last = async (...turns: string[]) => (await askConversation(engine, turns)).at(-1)!;

  it('reads "it" as the one concept a which-question was answered with', async () => {
    const a = await last('which framework does the code example use', 'who makes it?');
    expect(a.refused).toBe(false);
    expect(a.answer).toContain('Google');
  });
  it('reads a bare "which dataset", "what year", "哪一年" and "the abbreviation" against the last topic', async () => {
    expect((await last('what test accuracy did the example model reach', 'on which dataset?')).answer).toContain('mnist.load_data()');
    expect((await last('which paper introduced the transformer', 'what year?')).answer).toContain('2017');
    expect((await last('Transformer是哪篇论文提出的', '哪一年')).answer).toContain('2017');
    expect((await last('what are GANs used for according to this', 'what does the abbreviation stand for')).answer).toContain('generative adversarial network (GAN');
  });
  it('translates with "pls" and reads "第一本书" as the first book of the list shown', async () => {
    expect(translationTarget('say that in chinese pls')).toBe('zh');
    const book = await last('文章推荐了哪些学习资源', '第一本书是谁写的');
    expect(book.refused).toBe(false);
    expect(book.answer).toContain('Goodfellow');
  });
  it('answers what the article recommends against a problem with its remedies, not "no particular overfitting"', async () => {
    const a = await engine.ask('what does the article recommend against overfitting');
    expect(a.sources[0].section).toBe('9.7');
    expect(a.answer).not.toMatch(/does not recommend a particular/);
  });
});

describe('an analogy asked after a question, and application examples', async () => {
  const engine = await createNodeChatEngine();
  const last = async (...turns: string[]) => (await askConversation(engine, turns)).at(-1)!;
  it('answers the last topic again, saying the article gives no analogy', async () => {
    const zh = await last('学习率是什么意思', '能举个生活中的例子吗');
    expect(zh.answer).toContain('文章没有给出生活中的例子或比喻');
    expect(zh.sources[0].section).toBe('4.2');
    const en = await last('what is the learning rate', 'is there a simple analogy?');
    expect(en.answer).toContain('The article gives no everyday example or analogy');
  });
  it('reads "any real-world applications?" as where the concept is used', async () => {
    expect((await last('what is a GAN', 'any real-world applications?')).sources[0].section).toBe('6');
  });
  it('reads "文章提到…有哪些挑战" as which challenges, not whether they are mentioned', async () => {
    expect((await engine.ask('文章提到深度学习未来有哪些挑战？')).sources[0].section).toMatch(/^8/);
  });
});

describe('a comparison followed by "which …"', async () => {
  const engine = await createNodeChatEngine();
  it('gets both definitions (it quoted FAQ 9.5)', async () => {
    const a = await engine.ask('grad-cam vs integrated gradients, what is the difference?');
    expect(a.answer).toContain('**Grad-CAM** and **Integrated gradients**');
  });
  // session 26: which is more accurate is a verdict neither definition gives (asked-fact.ts)
  it('is declined when it asks which is more accurate, with FAQ 9.5 closest', async () => {
    const a = await engine.ask('grad-cam vs integrated gradients, which one gives more accurate heatmaps?');
    expect(a.refused).toBe(true);
    expect(a.answer).toContain("doesn't say which is better");
    expect(a.suggestions[0]?.section).toBe('9.5');
  });
});
