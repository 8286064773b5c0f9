// Unit tests of the chat's building blocks: language detection, index terms, BM25, small talk,
// section references, glossary name matching and passage splitting.
import { describe, expect, it } from 'vitest';
import { article } from '../content/article';
import { Bm25Index } from './bm25';
import { buildKnowledgeBase, findGlossaryNames } from './knowledge';
import { detectLanguage } from './language';
import { isBareLabel, quotableText, sentences } from './plain-text';
import commonWordsData from './common-words.json';
import { commonWordTerms } from '../../models/chat/build-common-words';
import { asksAboutThing, asksArticleView, asksRelation, comparedTriple } from './concept-question';
import { asksAboutArticle, comparedConcepts, defaultCalibration, fuse, isDefinitional, prepareQuery, refusalLogit, sectionReferences } from './retriever';
import { smallTalk } from './small-talk';
import { stem, terms } from './terms';

describe('detectLanguage', () => {
  it.each([
    ['How do I prevent overfitting?', 'en'],
    ['怎么防止过拟合？', 'zh'],
    ['CNN的pooling层有什么用', 'zh'],
    ['What does 过拟合 mean in practice?', 'en'],
    ['12345 ???', 'en'],
    ['深度学习', 'zh'],
    // code quoted in a question does not make it English
    ["model.add(Dense(10, activation='softmax')) 这行是什么意思", 'zh'],
    ['x_train / 255.0 这是在干嘛', 'zh'],
    ['model.fit里的epochs=5是什么意思', 'zh'],
    ['what does Conv2D(32, (3,3)) mean', 'en'],
    ['What is the learning rate (学习率)?', 'en'],
    // Chinese grammar words carry the sentence; Chinese terms do not
    ['那batch size呢', 'zh'],
    ['batch size设多少', 'zh'],
    ['early stopping 怎么用来防 overfit', 'zh'],
    ['what is 多头注意力 in a transformer?', 'en'],
  ])('%s -> %s', (q, lang) => expect(detectLanguage(q)).toBe(lang));
});

describe('terms', () => {
  it('drops English stop words and stems lightly', () => {
    expect(terms('What are the layers of the networks?')).toEqual(['layer', 'network']);
    expect(stem('studies')).toBe('study');
    // accents folded, so a reader's "cramer-rao" finds the article's "Cramér-Rao"
    expect(terms('Cramér-Rao')).toEqual(terms('cramer-rao'));
    // "how accurate was the model" asks for its accuracy
    expect(terms('accurate')).toEqual(terms('accuracy'));
  });
  it('splits Chinese runs into bigrams at function characters and drops question frames', () => {
    expect(terms('什么是过拟合')).toEqual(['过拟', '拟合']);
    expect(terms('卷积层的作用')).toEqual(['卷积', '积层', '作用']);
  });
  it('keeps Latin words inside Chinese and splits camelCase identifiers', () => {
    expect(terms('CNN的pooling层')).toEqual(['cnn', 'pool', '层']);
    expect(terms('MaxPooling2D')).toEqual(expect.arrayContaining(['maxpooling2d', 'max']));
  });
  it('handles empty and symbol-only text', () => {
    expect(terms('')).toEqual([]);
    expect(terms('?!… 🙂')).toEqual([]);
  });
});

describe('Bm25Index', () => {
  const idx = new Bm25Index([['cat', 'sat'], ['dog', 'sat', 'sat'], ['bird']]);
  it('ranks documents containing rarer query terms higher', () => {
    const s = idx.scores(['cat', 'sat']);
    expect(s[0]).toBeGreaterThan(s[1]);
    expect(s[2]).toBe(0);
  });
  it('reports coverage and out-of-vocabulary share by idf weight', () => {
    expect(idx.coverage(['cat'], [0])).toBe(1);
    expect(idx.coverage(['cat', 'unicorn'], [0])).toBeGreaterThan(0);
    expect(idx.coverage(['cat', 'unicorn'], [0])).toBeLessThan(1);
    expect(idx.outOfVocabulary(['unicorn'])).toBe(1);
    expect(idx.outOfVocabulary([])).toBe(0);
  });
});

describe('smallTalk', () => {
  it.each([
    ['hi', 'greeting'], ['Hello!', 'greeting'], ['你好', 'greeting'], ['thanks a lot!', 'thanks'], ['谢谢！', 'thanks'],
    ['cool, that makes sense. bye', 'goodbye'], ['好的，明白了', 'ack'],
    ['What is this site for?', 'about'], ['what can you do?', 'about'], ['Hi! What is Glassbox?', 'about'], ['how does this app work', 'about'],
    ['你好，这个网站能做什么？', 'about'], ['这是什么网站', 'about'], ['你是谁', 'about'], ['help', 'about'],
    ['Can I run this offline?', 'about'], ['Do you store my questions?', 'about'], ['能离线用吗', 'about'], ['Can I use this model on my phone?', 'about'], ['手机上能用吗', 'about'], ['这个网站能在手机上运行吗', 'about'], ['会上传我的数据吗', 'about'],
    ['how are you', 'greeting'], ['你好吗', 'greeting'], ["what's your name?", 'about'], ['are you ChatGPT?', 'about'], ['你叫什么名字', 'about'],
    ['How does the digit recognition on this site work?', 'demos'], ['what model does the text lab here use', 'demos'], ['这个网站的数字识别是怎么做的', 'demos'], ['这里的情感分析用的什么模型', 'demos'],
    ["that's not what I asked", 'complaint'], ['this answer is wrong', 'complaint'], ['答非所问', 'complaint'], ['不对', 'complaint'], ['thanks, but that is wrong', 'complaint'],
    ['this is great', 'praise'], ['I love how clear the attention section is!', 'praise'], ['写得真好', 'praise'], ['讲得很清楚', 'praise'], ['great explanation, thanks', 'thanks'],
    ['where can I try the digit classifier', 'demos'], ['is there a demo?', 'demos'], ['哪里可以体验手写数字识别', 'demos'], ['有演示吗', 'demos'], ['what does the digits demo show me', 'demos'], ['how does the text lab work', 'demos'], ['文本实验室能看到什么', 'demos'], ['数字识别页面怎么用', 'demos'],
    ['这回答也太烂了吧，完全没用', 'complaint'], ['你这回答真差劲', 'complaint'], ['你好，你是谁？背后用的是什么大模型？', 'about'], ['what model are you using?', 'about'], ['are you based on GPT?', 'about'],
    // asking the chat to use a demo, even in a longer message
    ['please draw a 7 in the digit demo for me and tell me what it predicts', 'demos'], ['帮我在数字页面画个3', 'demos'],
    // set C (session 25)
    ['thanks, that really helped!', 'thanks'], ['ok bye, have a good one', 'goodbye'], ['that was really helpful', 'praise'], ['晚安', 'goodbye'],
  ])('%s -> %s', (text, kind) => expect(smallTalk(text)).toBe(kind));
  it.each(['hi, what is dropout?', 'thanks, but how does pooling work', '你好，什么是卷积？', '', 'what can you do about overfitting?', 'what is this article about?', 'help me understand dropout', '这个网络能做什么',
    'can a model run offline', 'is federated learning private', 'how are transformers trained', 'what is your opinion on dropout', 'how does digit recognition work', '数字识别是怎么做的', 'what is sentiment analysis',
    'where can I find the digits of pi', 'how do I use the sentiment model in my own app', '情感分析在哪些行业用得多',
    'is it wrong to use sigmoid?', 'can a model run on a phone', 'how do I run a CNN on my phone', 'I like CNNs, how do they work?', 'why is my answer wrong', '为什么不对', '这个模型好用吗',
    'draw a cnn diagram', 'write code for a cnn', 'what model is used for machine translation', '这个模型太差了怎么办', 'the answer is in the text lab but what does attention rollout actually compute for each layer',
    // a long question about what a demo shows asks about its concepts
    'How is token attribution in the text lab different from the attention heatmap?'])('is not small talk: %s', (text) => {
    expect(smallTalk(text)).toBeNull();
  });
});

describe('sectionReferences', () => {
  it.each([
    ['What does section 5.2 show?', ['5.2']],
    ['summarise chapter 3', ['3']],
    ['第三章讲了什么', ['3']],
    ['第5.2节的代码', ['5.2']],
    ['4.2节的公式', ['4.2']],
    ['section 12', []],
    ['what is 3.14 times 2', []],
    // chapters named by their subject, only together with a word such as "chapter"
    ["What's in the math chapter of the article?", ['4']],
    ['Give me the tl;dr of the conclusion chapter.', ['8']],
    ['Is there an FAQ section?', ['9']],
    // or asked about as a whole, beside the article or "the FAQ" and nothing else
    ['so what does the article conclude?', ['8']],
    ['give me 3 key points from the FAQ', ['9']],
    ["what's in the FAQ?", ['9']],
    ['FAQ里有什么', ['9']],
    ['does the FAQ say anything about overfitting', []],
    ['what does the article conclude about interpretability', []],
    ['项目实践那一章包括哪些部分？', ['5']],
    ['文章里的公式都在哪一章？', ['4']],
    ['the code in chapter 4', ['4']],
    ['What is a formula for the loss?', []],
    ['Which chapter has the code and the math?', []],
    ['cramer-rao paper in sec 7', ['7']],
    ['what does sec. 4.3 assume?', ['4.3']],
    ['is the dL/db_i formula in 4.3 correct?', ['4.3']],
    ['is a learning rate of 0.1 too big?', []],
    ['accuracy went up in 9.7 percent of runs', []],
    // a part's whole title beside a word such as "section" names that part, before its chapter (session 27)
    ['研究展望部分作者期待些什么', ['8.4']],
    ['what does the Research Outlook section say?', ['8.4']],
    ['研究展望是什么', []],
    ['what does the Results section show', []],
  ])('%s -> %j', (q, ids) => expect(sectionReferences(q)).toEqual(ids));
});

describe('asksAboutArticle', () => {
  it.each([
    ["hey, what's this article about?", true],
    ['What does this article cover?', true],
    ['这篇文章讲了什么', true],
    ['本文的主要内容是什么', true],
    ['这篇文章到底做了啥', true],
    ['can you summarize the article in 3 sentences', true],
    ['TL;DR of the article?', true],
    ['give me a summary of the article', true],
    ['这篇文章讲了哪些内容', true],
    ['文章包括哪几个部分', true],
    ['这篇文章有几章', true],
    ['文章的目录', true],
    ['what sections does the article have', true],
    ['give me the table of contents', true],
    ["How is the article structured?", true],
    ['how long is the article', true],
    ["How many layers does the article's CNN have?", false],
    ['文章里有哪些激活函数', false],
    ['What does the article say about overfitting?', false],
    ['这篇文章里怎么防止过拟合', false],
    ['What is deep learning about?', false],
    ['summarize what the article says about dropout', false],
  ])('%s -> %s', (q, about) => expect(asksAboutArticle(q)).toBe(about));
});

describe('refusal features', async () => {
  const kb = await buildKnowledgeBase();
  const f = (q: string) => fuse(kb, prepareQuery(kb, q), new Float64Array(kb.docs.length), null, defaultCalibration).features;
  it('flag a Latin-script word the knowledge base never uses, unless it is everyday English', () => {
    expect(f('How do I schedule jobs with Slurm?').unknownWord).toBe(1);
    expect(f('What LoRA rank should I use?').unknownWord).toBe(1);
    expect(f('how do i deploy it on kubernetes').unknownWord).toBe(1);
    // everyday words that no passage uses ("roadblock", "artwork" are among SUBTLEX-US's 20,000 most frequent)
    expect(f('What roadblocks does deep learning still face?').unknownWord).toBe(0);
    expect(f('can a network make artwork on its own').unknownWord).toBe(0);
    expect(f('How does backpropagation compute gradients?').unknownWord).toBe(0);
    expect(f('卷积神经网络是什么？').unknownWord).toBe(0);
    // chat shorthand and slang (CHAT_SHORTHAND in models/chat/build-common-words.ts, session 24)
    expect(f('why do ppl say these models are a black box').unknownWord).toBe(0);
    expect(f('梯度下降 求通俗解释 orz').unknownWord).toBe(0);
    expect(f('how do i install deps for the example code').unknownWord).toBe(0);
    // typos of the commonest small words, too short for the spelling corrector (session 28)
    expect(f('what weaknesses of deep learning algorithms does teh article list?').unknownWord).toBe(0);
    expect(f('waht is the diffrence btw a cnn adn an rnn').unknownWord).toBe(0);
  });
  it('lower the in-scope probability of an otherwise identical question', () => {
    const known = fuse(kb, prepareQuery(kb, 'How does a convolution model generate images?'), new Float64Array(kb.docs.length), null, defaultCalibration);
    const unknown = fuse(kb, prepareQuery(kb, 'How does a LoRA model generate images?'), new Float64Array(kb.docs.length), null, defaultCalibration);
    expect(unknown.inScope).toBeLessThan(known.inScope);
  });
  it('carry the section classifier\'s out-of-scope probability, which the shipped refusal model counts against answering', () => {
    expect(f('Which laptop should I buy for video editing?').outOfScope).toBeGreaterThan(f('How does backpropagation compute gradients?').outOfScope);
    const base = f('How does backpropagation compute gradients?');
    expect(refusalLogit(defaultCalibration, { ...base, outOfScope: 0.9 })).toBeLessThan(refusalLogit(defaultCalibration, { ...base, outOfScope: 0.1 }));
  });
});

describe('the query terms of "what … does the article list?"', async () => {
  const kb = await buildKnowledgeBase();
  it('drop "list" when it frames the question, not when a list is asked for', () => {
    // (FAQ 9.2's list of algorithms came before 3.3's strengths; sets E and G, session 28)
    expect(prepareQuery(kb, 'What strengths of deep learning algorithms does the author list?').terms).not.toContain('list');
    expect(prepareQuery(kb, 'what weaknesses does teh article list?').terms).not.toContain('list');
    expect(prepareQuery(kb, 'give me a short list of the common algorithms').terms).toContain('list');
  });
});

describe('knowledge base', async () => {
  const kb = await buildKnowledgeBase();

  it('splits every non-empty section in both languages into passages that keep the section id', () => {
    for (const s of article.sections) {
      for (const lang of ['en', 'zh'] as const) {
        const ps = kb.docs.filter((d) => d.metadata.kind === 'section' && d.metadata.section === s.id && d.metadata.lang === lang);
        expect(ps.length, `${s.id} ${lang}`).toBeGreaterThan(0);
        for (const p of ps) expect(p.pageContent.startsWith(s.title[lang])).toBe(true);
      }
    }
  });

  it('keeps passages short enough for the embedding model window', () => {
    for (const d of kb.docs.filter((x) => !x.metadata.code && x.metadata.kind === 'section')) {
      expect(d.pageContent.length).toBeLessThan(d.metadata.lang === 'zh' ? 320 : 700);
    }
  });

  it('finds glossary concepts by name and alias in either language, whole words only for Latin names', () => {
    expect(findGlossaryNames(kb, 'what is batchnorm?')).toContain('batch-normalization');
    expect(findGlossaryNames(kb, 'WebGPU是什么')).toContain('webgpu');
    expect(findGlossaryNames(kb, '什么是过拟合')).toContain('overfitting');
    expect(findGlossaryNames(kb, 'the cnnx library')).not.toContain('convolutional-neural-network');
  });

  it('finds a two-word Latin name in the other order too, as learners translating from Chinese write it', () => {
    expect(findGlossaryNames(kb, 'what does gradient vanishing mean')).toEqual(['vanishing-gradient']);
    expect(isDefinitional('gradient vanishing 是什么意思', findGlossaryNames(kb, 'gradient vanishing 是什么意思'), kb)).toBe(true);
    expect(findGlossaryNames(kb, 'rate of learning')).not.toContain('learning-rate'); // only the two words, adjacent
  });

  it('recognises definitional questions about one concept', () => {
    const def = (q: string) => isDefinitional(q, findGlossaryNames(kb, q), kb);
    expect(def('What is dropout?')).toBe(true);
    expect(def('批归一化是什么？')).toBe(true);
    expect(def('dropout')).toBe(true);
    expect(def('whats dropout')).toBe(true); // without the apostrophe
    // colloquial Chinese frames
    for (const q of ['激活函数是个啥玩意', '学习率这个东西通俗点说是什么意思', '能不能用大白话讲讲梯度下降', '损失函数是拿来干嘛的，打个比方呗']) expect(def(q), q).toBe(true);
    // where the concept sits does not make it a different question
    expect(def('CNN里的pooling是干嘛的')).toBe(true);
    // "干啥" as well as "干嘛": "池化层是干啥的" was answered from a section, not the definition
    for (const q of ['池化层是干啥的', 'softmax干嘛用的', '神经网络里的权重和偏置都是干啥用的']) expect(def(q), q).toBe(true);
    expect(def('在Transformer中，自注意力是什么')).toBe(true);
    expect(def('What dropout rate should I use for a small convolutional network on images?')).toBe(false);
    // the article's own instance of the concept is asked about, not the concept
    for (const q of ['what is the accuracy of the model in the article', "what is the article's learning rate", '文章里的学习率是多少', '示例中的优化器是什么']) expect(def(q), q).toBe(false);
    // nor is a quantity asked for
    for (const q of ['测试准确率多少', 'what accuracy does the model get', 'how many neurons', 'What is the test accuracy?']) expect(def(q), q).toBe(false);
  });

  it('reads a definition question after sentences about the reader, not after ones that ask or name something', () => {
    const concept = (q: string) => prepareQuery(kb, q).concept;
    expect(concept("ok so I'm new to this. what even is a neural network?")).toBe('neural-network');
    expect(concept('我是新手。什么是卷积？')).toBe('convolution');
    expect(concept('Dropout is used in many models. But what is batch norm?')).toBeNull();
    expect(concept('Why do we normalize inputs? What is normalization?')).toBeNull();
  });

  it('also in everyday frames: the point of, why we need, explain like I am five, in plain words', () => {
    const def = (q: string) => isDefinitional(q, findGlossaryNames(kb, q), kb);
    for (const q of ["what's the point of a pooling layer", 'why do we need activation functions at all', "Explain backprop like I'm five", "What's a transformer in plain English?", 'tell me about GANs', '用大白话讲讲什么是反向传播', '通俗地解释一下注意力机制', '简单说说过拟合', 'dropout是用来干嘛的',
      'what is a transformer, simply', 'what is overfitting, explain with an example', 'why use dropout', '为什么要用ReLU', '怎么看懂显著性图', '为什么要归一化', 'Adam优化器是什么', '什么是神经网络？用简单的话说', 'why do CNNs use pooling', 'what does dropout actually do']) {
      expect(def(q), q).toBe(true);
    }
    for (const q of ['explain the formula for dropout', 'why do we need dropout in the section 5.2 code', '过拟合和欠拟合有什么区别']) expect(def(q), q).toBe(false);
  });
  it('and when the question names its audience: a child, a beginner, a parent', () => {
    const def = (q: string) => isDefinitional(q, findGlossaryNames(kb, q), kb);
    for (const q of ["explain attention like I'm 10", "explain dropout like I'm a five year old", 'explain backpropagation to a 12 year old', 'explain convolution to a beginner', 'why does a CNN need pooling',
      '给小学生讲讲什么是注意力机制', '用外行能听懂的话解释一下反向传播', '像给五岁小孩解释一样说说卷积', '给我妈解释一下什么是过拟合']) {
      expect(def(q), q).toBe(true);
    }
    for (const q of ['explain convolution to a beginner using the section 5.2 code', '给小学生讲讲卷积和池化的区别']) expect(def(q), q).toBe(false);
  });
  it('and when it asks which problem the concept solves', () => {
    const def = (q: string) => isDefinitional(q, findGlossaryNames(kb, q), kb);
    for (const q of ['what problem does batch normalization solve', 'what problems is dropout meant to fix?', '批归一化解决了什么问题', '注意力机制是为了解决什么问题']) expect(def(q), q).toBe(true);
    expect(def('what problem does batch normalization solve in the section 5.2 code')).toBe(false);
  });
});

describe('asksAboutThing', () => {
  it('tells questions about what a thing is or how it works from how-to questions', () => {
    for (const q of ['How does int8 quantization make a model smaller?', 'What does dropout do during training?', 'LSTM gates explained', '多头注意力是什么原理', '分词器是怎么把一句话切成token的？', '显著图怎么看', 'why were LSTMs needed in the first place?', 'why did they pick Adam?', '梯度消失是咋回事', 'GAN具体咋训练的', 'whats pooling? saw MaxPooling in some code']) expect(asksAboutThing(q), q).toBe(true);
    for (const q of ['How do I evaluate the trained model on the test data?', 'how to make my model generalize better', 'generalization is poor, what are the standard remedies', '过拟合了怎么办', 'evaluate model test set code verbose', '训练准确率很高，测试一塌糊涂，咋回事']) expect(asksAboutThing(q), q).toBe(false);
  });
});

describe('comparedConcepts', async () => {
  const kb = await buildKnowledgeBase();
  const cmp = (q: string) => comparedConcepts(q, findGlossaryNames(kb, q), kb);
  it('finds two concepts and a comparison word, in the order the question names them', () => {
    expect(cmp('过拟合和欠拟合有什么区别')).toEqual(['overfitting', 'underfitting']);
    expect(cmp("What's the difference between an RNN and a CNN?")).toEqual(['recurrent-neural-network', 'convolutional-neural-network']);
    expect(cmp('batch norm or layer norm, which is better?')).toEqual(['batch-normalization', 'layer-normalization']);
    expect(cmp('is attention the same thing as a transformer?')).toEqual(['attention', 'transformer']);
    expect(cmp('SGD和Adam哪个好')).toEqual(['stochastic-gradient-descent', 'adam']);
    expect(cmp("what's the diff between SGD and Adam")).toEqual(['stochastic-gradient-descent', 'adam']);
    // which one to use
    expect(cmp('CNN or RNN — when should I use which?')).toEqual(['convolutional-neural-network', 'recurrent-neural-network']);
    expect(cmp('Grad-CAM or integrated gradients, which one should I use?')).toEqual(['grad-cam', 'integrated-gradients']);
    expect(cmp('CNN和RNN该用哪个')).toEqual(['convolutional-neural-network', 'recurrent-neural-network']);
    expect(cmp('whats the difference between an RNN and an LSTM')).toEqual(['recurrent-neural-network', 'lstm']);
    // an advantage of one over the other, or how to tell them apart (tour 7)
    expect(cmp('Transformer和RNN比有什么优势')).toEqual(['transformer', 'recurrent-neural-network']);
    expect(cmp('Transformer相比RNN有什么优势')).toEqual(['transformer', 'recurrent-neural-network']);
    expect(cmp('what advantages does the transformer have over RNNs')).toEqual(['transformer', 'recurrent-neural-network']);
    expect(cmp('欠拟合和过拟合怎么区分')).toEqual(['underfitting', 'overfitting']);
    expect(cmp('how do I tell overfitting and underfitting apart?')).toEqual(['overfitting', 'underfitting']);
    // "is X a Y", "is X a kind of Y": how the two are related
    expect(cmp('is softmax an activation function')).toEqual(['softmax', 'activation-function']);
    expect(cmp('is a multilayer perceptron just one kind of neural net?')).toEqual(['multilayer-perceptron', 'neural-network']);
    expect(asksRelation('is a multilayer perceptron just one kind of neural net?')).toBe(true);
    expect(cmp('is cnn used in nlp')).toBeNull();
    // Chinese clauses typed with spaces: the first compares, the rest names no other concept
    expect(prepareQuery(kb, '深度学习和机器学习到底啥区别啊 有点懵').compared).toEqual(['deep-learning', 'machine-learning']);
    expect(prepareQuery(kb, 'transformer为啥比rnn强 rnn是不是已经被淘汰了').compared).toEqual(['transformer', 'recurrent-neural-network']);
    expect(prepareQuery(kb, '深度学习和机器学习有啥区别 dropout呢').compared).toBeNull();
    expect(cmp('How are CNNs and RNNs related?')).toEqual(['convolutional-neural-network', 'recurrent-neural-network']);
  });
  it('reads three concepts and a comparison word as a three-way comparison', () => {
    const three = (q: string) => comparedTriple(q, findGlossaryNames(kb, q), kb);
    expect(three('How are AI, machine learning and deep learning related?')).toEqual(['artificial-intelligence', 'machine-learning', 'deep-learning']);
    expect(three('人工智能、机器学习和深度学习是什么关系')).toEqual(['artificial-intelligence', 'machine-learning', 'deep-learning']);
    expect(three("what's the difference between CNN, RNN and transformer")).toEqual(['convolutional-neural-network', 'recurrent-neural-network', 'transformer']);
    expect(three('attention、Transformer 和 BERT 三者是什么关系')).toEqual(['attention', 'transformer', 'bert']);
    expect(three('How are AI, machine learning and deep learning used in hospitals?')).toBeNull();
    expect(cmp('How are AI, machine learning and deep learning related?')).toBeNull();
    expect(cmp("what's the difference between machine learning and deep learning")).toEqual(['machine-learning', 'deep-learning']);
    expect(cmp('深度学习和传统机器学习有什么不一样')).toEqual(['deep-learning', 'machine-learning']);
  });
  it('reads "X vs a plain Y", "why is X faster than Y", "X instead of Y" as comparisons', () => {
    expect(cmp('How is a CNN different from a regular neural network?')).toEqual(['convolutional-neural-network', 'neural-network']);
    expect(cmp('CNN和普通神经网络有什么区别')).toEqual(['convolutional-neural-network', 'neural-network']);
    expect(cmp('why is a transformer faster than an RNN?')).toEqual(['transformer', 'recurrent-neural-network']);
    expect(cmp('Transformer为什么比RNN快')).toEqual(['transformer', 'recurrent-neural-network']);
    expect(cmp('why use Adam instead of SGD')).toEqual(['adam', 'stochastic-gradient-descent']);
    expect(cmp('为什么用ReLU而不是sigmoid')).toEqual(['relu', 'sigmoid']);
    expect(cmp('why is a transformer faster than an RNN on my GPU cluster?')).toBeNull();
  });
  it('reads a comparison that asks what the article or its author says', () => {
    expect(cmp('文章里CNN和RNN有什么区别')).toEqual(['convolutional-neural-network', 'recurrent-neural-network']);
    expect(cmp('文章怎么比较TensorFlow和PyTorch的')).toEqual(['tensorflow', 'pytorch']);
    expect(cmp('according to the author, how do SGD and Adam differ?')).toEqual(['stochastic-gradient-descent', 'adam']);
    expect(asksArticleView('what does the article say about CNN vs RNN?')).toBe(true);
    expect(asksArticleView('作者认为SGD和Adam哪个好')).toBe(true);
    expect(asksArticleView('CNN vs RNN?')).toBe(false);
    expect(asksArticleView('CNN和RNN哪个好')).toBe(false);
  });
  it('needs the comparison word, exactly two concepts and nothing else asked', () => {
    expect(cmp('dropout and batch normalization')).toBeNull(); // no comparison word
    expect(cmp('dropout vs batch normalization vs layer norm')).toBeNull(); // three
    expect(cmp('dropout vs batch normalization on the MNIST example')).toBeNull(); // a third concept (MNIST)
    expect(cmp('how do dropout and batch normalization differ when training on small images')).toBeNull(); // more asked
    expect(cmp('what is overfitting')).toBeNull();
  });
});

describe('sentences', () => {
  it('splits Chinese and English sentences and list lines', () => {
    expect(sentences('第一句。第二句！\n1. Item one. Next one')).toEqual(['第一句。', '第二句！', '1. Item one.', 'Next one']);
  });
  it('keeps a formula after a Chinese full stop with its sentence (quotableText puts it there)', () => {
    const zh = quotableText('1. **计算损失函数**：计算误差。\n   $$ L = \\frac{1}{2} (y - a)^2 $$\n   其中，y 是实际结果。');
    expect(sentences(zh)).toEqual(['1. 计算损失函数：计算误差。 L = 1/2 (y - a)²', '其中，y 是实际结果。']);
    expect(sentences('第一句。第二句 = 中文。')).toEqual(['第一句。', '第二句 = 中文。']);
    // an update rule ("←") too: 4.2's step 4 was quoted without its formula in Chinese
    const update = quotableText('4. **更新权重**：根据梯度更新权重。\n   $$ w \\leftarrow w - \\alpha $$');
    expect(sentences(update)).toEqual(['4. 更新权重：根据梯度更新权重。 w ← w - α']);
  });
  it('keeps a short label with what follows its colon, and splits after a long clause', () => {
    expect(sentences("- PyTorch: Meta's framework, flexible. Widely used.")).toEqual(["- PyTorch: Meta's framework, flexible.", 'Widely used.']);
    expect(sentences('The derivation of the algorithm goes as follows: Compute the outputs.')).toEqual(['The derivation of the algorithm goes as follows:', 'Compute the outputs.']);
  });
});

describe('quotable text', () => {
  it('keeps a display formula as readable text on the line that introduces it', () => {
    const md = '4. **计算梯度**：\n   $$ \\frac{\\partial L}{\\partial w_{ij}} = a_i $$\n   $$ b_i \\leftarrow b_i $$\n\nNext line.';
    expect(sentences(quotableText(md))).toEqual(['4. 计算梯度： ∂L/∂wᵢⱼ = aᵢ; bᵢ ← bᵢ', 'Next line.']);
  });
  it('knows a bare label, which is never quoted alone', () => {
    for (const s of ['4. 计算梯度：', 'Computing the gradients:', '- PyTorch:', '深度学习算法的优点包括：']) expect(isBareLabel(s), s).toBe(true);
    for (const s of ['4. 计算梯度： ∂L/∂w = a', 'The derivation of the algorithm we use in the example goes as follows:', 'Dropout helps.']) expect(isBareLabel(s), s).toBe(false);
  });
});

describe('the shipped common-words.json', () => {
  it('is the build script output (run `npm run words:chat` after changing it)', () => {
    expect(commonWordsData.words).toEqual(commonWordTerms());
  });
});
