// The answer-type gate on the real knowledge base: a question asking for a kind of fact the
// article does not hold is refused with a message that says which; one whose fact is in a named
// glossary entry gets that entry; in-scope questions are not refused by it.
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_QUESTIONS_A } from '../../models/chat/data/classifier-questions-a';
import { devQuestions } from '../../models/chat/dev-questions';
import { formulaSubject, madeSubject, numberOwner, sectionFactTexts, titledSubject } from './fact-gate';
import { askedFacts } from './asked-fact';
import { createNodeChatEngine } from './node-engine';

const engine = await createNodeChatEngine();

describe('answer-type gate', () => {
  it('refuses a question about a fact the article does not give, and says which fact', async () => {
    const r = await engine.retrieve('Who invented dropout?');
    expect(r.missingFact).toBe('agent');
    expect(r.inScope).toBe(0);
    const en = await engine.ask('Who invented dropout?');
    expect(en.refused).toBe(true);
    expect(en.answer).toContain("doesn't say who");
    expect(en.suggestions.length).toBeGreaterThan(0);
    const zh = await engine.ask('dropout是谁提出的？');
    expect(zh.refused).toBe(true);
    expect(zh.answer).toContain('没有提到是谁');
    const link = await engine.ask("What's the link to Dive into Deep Learning online?");
    expect(link.refused).toBe(true);
    expect(link.answer).toContain("doesn't give a link");
    // the example code's numbers are no default value (it answered with optimizer='adam')
    const beta = await engine.ask('Adam优化器的beta1默认是多少');
    expect(beta.refused).toBe(true);
    expect(beta.answer).toContain('没有提到这个默认值');
    // the batch entry gives Keras's default
    expect((await engine.ask('batch size默认是多少')).answer).toContain('Keras 默认为 32');
    expect((await engine.ask('What batch size does fit use?')).answer).toContain('Keras uses 32 by default');
    // numbers about the example model that the article never gives: no other number of the code or 5.4 stands in
    for (const [q, says] of [
      ['How many parameters does the model have?', "doesn't give the number of parameters"],
      ['What is the training accuracy?', "doesn't give the training accuracy"],
      ['What GPU was used to train the example model?', "doesn't say which hardware was used"],
      ['How long did the example model take to train?', "doesn't say how long it takes"],
      ['How long does training this model take on a GPU?', "doesn't say how long it takes"],
      ['训练准确率是多少', '没有提到训练准确率'],
    ]) {
      const a = await engine.ask(q);
      expect(a.refused, q).toBe(true);
      expect(a.answer, q).toContain(says);
    }
    // "touches on this" only for what the article discusses: not for GPT-4 or 秦始皇
    expect((await engine.ask('How many parameters does the model have?')).answer).toMatch(/^I don't know — the article touches on this but/);
    expect((await engine.ask('How many parameters does GPT-4 have?')).answer).toMatch(/^I don't know — the article doesn't give the number of parameters,/);
    expect((await engine.ask('秦始皇是哪一年统一六国的？')).answer).toMatch(/^我不知道——文章没有提到具体时间，/);
    // the test accuracy is given
    expect((await engine.ask('What is the test accuracy?')).answer).toContain('97.20%');
  });

  it('declines ethics, jobs and law, which the article never discusses, whatever it names', async () => {
    const ethics = await engine.ask('is it ethical for police to use deep learning face recognition?');
    expect(ethics.refused).toBe(true);
    expect(ethics.answer).toContain("doesn't discuss ethics");
    const jobs = await engine.ask('深度学习会导致大规模失业吗');
    expect(jobs.refused).toBe(true);
    expect(jobs.answer).toContain('就业或失业问题');
    const employer = await engine.ask('Where does Karpathy work now?');
    expect(employer.refused).toBe(true);
    expect(employer.answer).toContain("doesn't say where they work");
    const rigor = await engine.ask('Does the article report baselines, error bars or multiple seeds?');
    expect(rigor.refused).toBe(true);
    expect(rigor.answer).toContain("doesn't report baselines, error bars, repeated runs");
  });

  it('answers from the second-ranked section when only it holds the person asked for', async () => {
    // TensorFlow is named most in 5.1's install steps; section 7 says who released it
    const zh = await engine.ask('TensorFlow 是谁开发的');
    expect(zh.refused).toBe(false);
    expect(zh.sources[0].section).toBe('7');
    expect(zh.answer).toContain('TensorFlow：谷歌开源的深度学习框架');
  });

  it('takes the paper behind a named concept only from a sentence that names it', async () => {
    // section 7 lists "Attention Is All You Need" (2017), which introduced the Transformer, not dropout
    const dropout = await engine.ask('Which paper introduced dropout?');
    expect(dropout.refused).toBe(true);
    expect(dropout.answer).toContain("doesn't say which paper");
    const transformer = await engine.ask('Which paper introduced the Transformer?');
    expect(transformer.refused).toBe(false);
    expect(transformer.answer).toContain('Attention Is All You Need');
    // the article's list of papers is no fact to gate
    const cited = await engine.ask('which papers does the article cite?');
    expect(cited.refused).toBe(false);
    expect(cited.sources[0].section).toBe('7');
  });

  it('answers when the sections hold the fact', async () => {
    const book = await engine.ask('Who wrote the Deep Learning textbook the article recommends?');
    expect(book.refused).toBe(false);
    expect(book.answer).toContain('Goodfellow');
    const year = await engine.ask('When was Attention Is All You Need published?');
    expect(year.refused).toBe(false);
    expect(year.answer).toContain('2017');
    const formula = await engine.ask('Write out the formula for the gradient of the loss with respect to a weight.');
    expect(formula.refused).toBe(false);
    expect(formula.sources[0].section).toMatch(/^4\./);
  });

  it('quotes a named glossary entry that holds the fact when the sections do not', async () => {
    const r = await engine.retrieve('Who proposed the Adam optimizer?');
    expect(r.missingFact).toBeNull();
    expect(r.factGlossary).toBe('adam');
    const en = await engine.ask('Who proposed the Adam optimizer?');
    expect(en.kind).toBe('glossary');
    expect(en.answer).toContain('Kingma');
    const zh = await engine.ask('长短期记忆网络是哪一年提出的？');
    expect(zh.kind).toBe('glossary');
    expect(zh.answer).toContain('1997');
  });

  it('refuses no development or reader in-scope question', async () => {
    const questions = [...devQuestions().inScope.map((q) => q.question), ...Object.values(CLASSIFIER_QUESTIONS_A).flatMap((x) => [...x.en, ...x.zh])];
    const gated: string[] = [];
    for (const q of questions) if ((await engine.retrieve(q)).missingFact) gated.push(q);
    expect(gated).toEqual([]);
  });
});

describe('the app is no answer to "who"', () => {
  it('declines who invented CNNs: the glossary entry names only Glassbox', async () => {
    const engine = await createNodeChatEngine();
    for (const q of ['who invented convolutional neural networks', '卷积神经网络最早是谁提出来的']) expect((await engine.ask(q)).refused).toBe(true);
    // a definition that names the person still answers
    expect((await engine.ask('who proposed Adam')).answer).toContain('Kingma and Ba');
  });
});

describe('a question about a book or paper the article names by title', () => {
  it('finds the title', () => {
    expect(titledSubject('who wrote Dive into Deep Learning?')).toBe('Dive into Deep Learning');
    expect(titledSubject('《动手学深度学习》的作者是谁？')).toBe('动手学深度学习');
    // two words as everyday words are no title
    expect(titledSubject('who invented deep learning')).toBeNull();
  });
  it('is answered only from that item\'s own sentence', async () => {
    const engine = await createNodeChatEngine();
    for (const q of ['who wrote Dive into Deep Learning?', '《动手学深度学习》的作者是谁？', 'Attention Is All You Need - who is the first author?']) expect((await engine.ask(q)).refused).toBe(true);
    expect((await engine.ask('when was "Attention Is All You Need" published?')).answer).toContain('2017');
  });
});

describe('a formula asked of something the article writes no formula for', () => {
  it('is declined; the formulas of the backpropagation derivation still answer what they are about', async () => {
    const engine = await createNodeChatEngine();
    for (const q of ["He initialization: what's the actual variance formula? step by step pls", 'give me the exact sin/cos formula for positional encoding', 'Xavier 初始化的方差公式是什么？']) expect((await engine.ask(q)).refused).toBe(true);
    for (const q of ['give me the backpropagation formula', "what's the formula for the loss function", '损失函数的公式是什么']) expect((await engine.ask(q)).sources[0]?.section).toBe('4.2');
  });
});

describe('who or when asked of an entry by another of its names', () => {
  it('is answered only from the sentence that writes that name', async () => {
    const engine = await createNodeChatEngine();
    expect((await engine.ask('who came up with the GRU and in what year?')).refused).toBe(true);
    expect((await engine.ask('who invented the LSTM?')).answer).toContain('Hochreiter');
    // a plural of the entry's own abbreviation is the entry
    expect((await engine.ask('who invented LSTMs and what year')).answer).toContain('Hochreiter');
    expect((await engine.ask('Who invented GANs?')).answer).toContain('Goodfellow');
  });
});

describe('a value to use, a share or a count that the article never gives (session 26)', () => {
  it('is refused, saying which; the example\'s own values are still given', async () => {
    const temp = await engine.ask('知识蒸馏里的温度 T 一般设成多少');
    expect(temp.refused).toBe(true);
    expect(temp.answer).toContain('该取什么数值');
    // section 7's "(2017)" is no count of layers
    expect((await engine.ask('Transformer 原论文里 encoder 堆了几层？')).refused).toBe(true);
    expect((await engine.ask('剪枝最多能剪掉多少比例的权重而不掉精度？')).refused).toBe(true);
    const epochs = await engine.ask('示例一共训练了几个epoch');
    expect(epochs.refused).toBe(false);
    expect(epochs.answer).toContain('epochs=5');
  });
});

describe('a prediction that one thing replaces another (session 26)', () => {
  it('is answered where a source says so, and refused where none does', async () => {
    const rnn = await engine.ask('Will transformers replace RNNs?');
    expect(rnn.refused).toBe(false);
    expect(rnn.answer).toContain('replaced by Transformers');
    const cnn = await engine.ask('Will transformers completely replace CNNs in computer vision by 2030?');
    expect(cnn.refused).toBe(true);
    expect(cnn.answer).toContain("doesn't say whether one will replace the other");
  });
});

describe('who made a named thing (session 26)', () => {
  it('reads the name the maker or date is asked of', () => {
    expect(madeSubject('who created JAX and is it better than pytorch?')).toEqual(['jax']);
    expect(madeSubject('Who came up with the Adam optimizer, and roughly when?')).toEqual(['adam']);
    expect(madeSubject('who invented LSTMs and what year')).toEqual(['lstm']);
    expect(madeSubject('联邦学习是谁提出的？哪年的')).toEqual(['联邦学习']);
    // a description is no name; a clause without a subject has none
    expect(madeSubject('who invented the idea of letting a network learn its own features?')).toBeNull();
    expect(madeSubject('TensorFlow是什么？是谁开发的？')).toBeNull();
  });

  it('is answered only by a sentence that writes the name', async () => {
    // section 7's sentence on PyTorch names Microsoft; nothing says who made JAX
    const jax = await engine.ask('who created JAX and is it better than pytorch?');
    expect(jax.refused).toBe(true);
    expect(jax.answer).toContain("doesn't say who");
    expect((await engine.ask('who created keras?')).answer).toContain('François Chollet');
    // the entry named in Chinese answers with its English sentence's authors too
    expect((await engine.ask('联邦学习是谁提出的？哪年的')).refused).toBe(false);
  });
});

describe('a number asked for (session 26)', () => {
  it('is in the best section\'s code, or in a sentence or code line below it that shares a word with the question', async () => {
    const idf = () => 1;
    const epochs = sectionFactTexts('number', ['epoch', 'epochs'], ['6', '5.2'], idf);
    expect(epochs.some((t) => t.includes('epochs=5'))).toBe(true);
    // the second section's other code lines (Conv2D(32, (3, 3)) …) are no answer to a count of something else
    expect(sectionFactTexts('number', ['brain', 'neuron', 'neurons'], ['6', '5.2'], idf).some((t) => /Conv2D\(32/.test(t))).toBe(false);
    expect(sectionFactTexts('number', ['brain', 'neuron', 'neurons'], ['5.2', '6'], idf).some((t) => /Conv2D\(32/.test(t))).toBe(true);
    expect((await engine.ask('自动驾驶里做图像分割一般用什么网络？能达到多高的精度')).refused).toBe(true);
  });
});

describe('a formula of a named thing, a paper\'s authors or numbers (session 26)', () => {
  it('reads what a formula is asked of', () => {
    expect(formulaSubject('LSTM 遗忘门的公式具体怎么写？')).toEqual(['lstm', '遗忘门']);
    expect(formulaSubject('GELU 激活函数的数学表达式是什么？')).toEqual(['gelu', '激活函数']);
    expect(formulaSubject('Write out the formula for cross-entropy.')).toEqual(['cross-entropy']);
    expect(formulaSubject('请给出均方误差公式')).toEqual(['均方误差']);
    expect(formulaSubject("what's the exact formula?")).toBeNull();
  });

  it('declines a formula no source gives of that thing, and keeps the ones it gives', async () => {
    // section 3.1's neuron formula and the activation entry's "加权和" are not GELU's formula
    expect((await engine.ask('GELU 激活函数的数学表达式是什么？')).refused).toBe(true);
    expect((await engine.ask('LSTM 遗忘门的公式具体怎么写？')).refused).toBe(true);
    // the cross-entropy entry's negative log is its own
    expect((await engine.ask('交叉熵的公式是什么')).refused).toBe(false);
    expect((await engine.ask('反向传播的公式是什么')).refused).toBe(false);
  });

  it('takes a formula whose subject names no concept to be of the concept the question names (session 28)', async () => {
    // section 4.2's items share "input" and "output", not the LSTM; "exact sine and cosine formulas"
    // and "更新公式分别是什么" ask for formulas too
    for (const q of ['Write down the equations for the forget, input and output gates of an LSTM.',
      'Can you write out the exact sine and cosine formulas the original Transformer used for its positional encoding?']) {
      expect((await engine.ask(q)).refused, q).toBe(true);
    }
    expect(askedFacts('Adam 和 SGD 的更新公式分别是什么')).toContain('formula');
  });

  it('declines which browsers or systems support a thing, and which hardware to buy (session 28)', async () => {
    const browsers = await engine.ask('Which browsers support WebGPU today?');
    expect(browsers.refused).toBe(true);
    expect(browsers.answer).toContain("doesn't say which browsers, systems or devices support it");
    expect((await engine.ask('TensorFlow 在 Mac M1 上能用 GPU 加速吗')).answer).toContain('没有提到哪些浏览器、系统或设备支持它');
    expect((await engine.ask('What laptop would you recommend for a student just getting started?')).refused).toBe(true);
    // what WebGPU is stays answered
    expect((await engine.ask('what is WebGPU')).refused).toBe(false);
  });

  it('declines which datasets there are for a task, and keeps the example\'s own (session 28)', async () => {
    for (const q of ['中文情感分析有哪些公开数据集可以用', 'are there any public datasets for crop yield prediction?', 'which datasets can I use for Chinese news classification?']) {
      expect(askedFacts(q), q).toContain('dataset');
      expect((await engine.ask(q)).refused, q).toBe(true);
    }
    // the example's MNIST
    const example = await engine.ask('文章的例子用的是什么数据集？');
    expect(example.refused).toBe(false);
    expect(example.answer).toContain('MNIST');
    // a concept the derivation's formulas write keeps them
    expect((await engine.ask('Write down the equations for the weight update in gradient descent.')).sources[0]?.section).toBe('4.2');
  });

  it('takes the authors or a count of a named paper from its own sentence only', async () => {
    expect((await engine.ask('Attention Is All You Need 这篇论文的作者都有谁？')).refused).toBe(true);
    expect((await engine.ask('How many GPUs did the Attention Is All You Need authors train the original Transformer on?')).refused).toBe(true);
    expect((await engine.ask('What year did Attention Is All You Need come out?')).refused).toBe(false);
  });
});

describe('the thing whose count is asked (session 26)', () => {
  it('is read when named with a capital or a digit', () => {
    expect(numberOwner('how many layers and parameters does BERT-base have?')).toEqual(['bert']);
    expect(numberOwner('How many filters does the first Conv2D layer have?')).toEqual(['conv2d']);
    expect(numberOwner('how many neurons does the hidden layer have')).toBeNull();
  });

  it('needs a number beside its name', async () => {
    // section 5.2's code has numbers, none of BERT's
    expect((await engine.ask('how many layers and parameters does BERT-base have?')).refused).toBe(true);
    expect((await engine.ask('How many filters does the first Conv2D layer have?')).refused).toBe(false);
  });
});

describe('how to act on a file or tool, or an error hit (session 27)', () => {
  it('is declined where no sentence writes the action and its object; installing and loading the data are still answered', async () => {
    const save = await engine.ask('how do I save the trained model to disk after fit() and load it again later?');
    expect(save.refused).toBe(true);
    expect(save.answer).toContain("doesn't say how to do that");
    expect((await engine.ask('TensorFlow.js 怎么加载 Python 这边训练好的 h5 模型？')).refused).toBe(true);
    expect((await engine.ask('how do i convert my keras model to TensorFlow Lite and use it in an android app')).refused).toBe(true);
    const pip = await engine.ask('pip install tensorflow 报错 No matching distribution found，要怎么解决？');
    expect(pip.refused).toBe(true);
    expect(pip.answer).toContain('报错信息或故障排查');
    // (the GPU reply does not answer an error message about the GPU)
    expect((await engine.ask('tensorflow on my M1 MacBook says no GPU found, how do I get it to use the Metal GPU?')).refused).toBe(true);
    const install = await engine.ask('how to install tensorflow');
    expect(install.refused).toBe(false);
    expect(install.sources[0].section).toBe('5.1');
    const data = await engine.ask('代码里怎么加载MNIST数据？');
    expect(data.refused).toBe(false);
    expect(data.answer).toContain('load_data');
  });
});
