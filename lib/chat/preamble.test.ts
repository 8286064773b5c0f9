// What a reader says about themselves before the question (preamble.ts) is not searched with.
import { describe, expect, it } from 'vitest';
import { createNodeChatEngine } from './node-engine';
import { withoutAside, withoutCorrection, withoutExample, withoutLeadingSetting, withoutPostamble, withoutPreamble, withoutReaderClause } from './preamble';

const namesConcept = (x: string) => /dropout|neural network|神经网络/i.test(x);

describe('withoutPreamble', () => {
  it('drops opening sentences about the reader that ask nothing', () => {
    expect(withoutPreamble("I'm teaching this to high schoolers next week. What are the six training steps the article lists, in order?", namesConcept))
      .toBe('What are the six training steps the article lists, in order?');
    expect(withoutPreamble('我在准备组会。文章里的反向传播是怎么推导的？', namesConcept)).toBe('文章里的反向传播是怎么推导的？');
  });

  it('keeps the text when the opening names a concept, asks something, or the question points back at it', () => {
    for (const q of [
      "I'm confused about dropout. How does it work?",
      "I run a support desk and want an automated agent that talks to customers. Is that something deep learning is used for?",
      'Can you help me? What is a GAN?',
      'What is dropout?',
      'I like this article. Thanks.',
    ]) expect(withoutPreamble(q, namesConcept), q).toBe(q);
  });

  it('drops a closing clause about what the reader will do with the answer, not a question of its own', () => {
    expect(withoutReaderClause('Can you give me a worked example of backpropagation I could put on the whiteboard?', namesConcept))
      .toBe('Can you give me a worked example of backpropagation?');
    for (const q of ['what tools do i need to follow along', 'does the network figure out useful patterns on its own, or do I have to design them by hand?', 'How much VRAM do I need to run it?', 'Is there an example I could use with dropout?']) {
      expect(withoutReaderClause(q, namesConcept), q).toBe(q);
    }
  });

  it('lets the engine answer the question a teacher framed', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask("I'm teaching this to high schoolers next week. What are the six training steps the article lists, in order?");
    expect(a.refused).toBe(false);
    expect(a.sources[0].section).toBe('3.2');
    expect(a.answer).toContain('6. Iterative training');
    const worked = await engine.ask('Can you give me a worked example of backpropagation I could put on the whiteboard?');
    expect(worked.refused).toBe(false);
    expect(worked.sources[0].section).toBe('4.3');
  });
});

describe('withoutAside', () => {
  it('drops an aside after the question, and says whether it asked for an everyday example or an analogy', () => {
    expect(withoutAside('学习率是什么意思？能举个生活中的例子吗')).toEqual({ text: '学习率是什么意思？', analogy: true });
    expect(withoutAside('激活函数是什么？有没有简单的比喻')).toEqual({ text: '激活函数是什么？', analogy: true });
    expect(withoutAside('softmax是个啥 看不懂')).toEqual({ text: 'softmax是个啥', analogy: false });
    expect(withoutAside('How would I explain a neural network to 16-year-olds? Is there a simple analogy I can use?')).toEqual({ text: 'How would I explain a neural network', analogy: true });
    expect(withoutAside('what is dropout? any analogy?')).toEqual({ text: 'what is dropout', analogy: true });
    expect(withoutAside('explain backprop to my students')).toEqual({ text: 'explain backprop', analogy: false });
  });

  it('keeps questions that are the aside, or that ask about analogies or examples themselves', () => {
    for (const q of ['What is an analogy?', '举个例子', '看不懂', '反向传播能举个例子吗', 'cnn咋识别图片的', 'Give me an example of overfitting.']) expect(withoutAside(q), q).toEqual({ text: q, analogy: false });
  });

  it('lets the engine answer the question, saying the article has no everyday example', async () => {
    const engine = await createNodeChatEngine();
    const rate = await engine.ask('学习率是什么意思？能举个生活中的例子吗');
    expect(rate.refused).toBe(false);
    expect(rate.answer.startsWith('文章没有给出生活中的例子或比喻')).toBe(true);
    expect(rate.answer).toContain('**学习率**');
    const softmax = await engine.ask('softmax是个啥 看不懂');
    expect(softmax.kind).toBe('glossary');
    expect(softmax.answer).toContain('Softmax');
  });
});

describe('withoutPostamble', () => {
  const doubts = (x: string) => /不信|believe/.test(x);
  it('drops what the reader says after the question about why they ask', () => {
    expect(withoutPostamble('whats a transformer in plain english? need to explain it to my boss tomorrow', namesConcept, doubts)).toBe('whats a transformer in plain english?');
    expect(withoutPostamble('transformer和RNN区别是啥，老板问我我也说不清', namesConcept, doubts)).toBe('transformer和RNN区别是啥');
    expect(withoutPostamble("Any good books for learning deep learning? I'm a total beginner", namesConcept, doubts)).toBe('Any good books for learning deep learning?');
  });

  it('keeps a tail that asks, doubts, names a concept, a number, a section or code, and text with no question before it', () => {
    for (const t of ['What is dropout? And how do I use it in my model?', '数据增强能加快训练？？我不信', 'What is overfitting? My model gets 99% on training data.',
      'what does it print? I ran the code in my notebook.', 'what is this? my dropout layer is weird', 'my runs are sooo slow, what can i do', '这是什么意思，我的神经网络不收敛']) {
      expect(withoutPostamble(t, namesConcept, doubts), t).toBe(t);
    }
  });

  it('lets the engine answer the question', async () => {
    const engine = await createNodeChatEngine();
    const boss = await engine.ask('whats a transformer in plain english? need to explain it to my boss tmrw');
    expect(boss.refused).toBe(false);
    expect(boss.answer).toContain('**Transformer**');
    const zh = await engine.ask('transformer和RNN区别是啥，老板问我我也说不清');
    expect(zh.sources.map((s) => s.glossary?.id)).toEqual(expect.arrayContaining(['transformer', 'recurrent-neural-network']));
  });
});

describe('how short the answer should be', () => {
  it('is an aside: "一句话说清楚", ", in one sentence"', () => {
    expect(withoutAside('过拟合和欠拟合区别一句话说清楚').text).toBe('过拟合和欠拟合区别');
    expect(withoutAside('what is the difference between CNN and RNN, in one sentence?').text).toBe('what is the difference between CNN and RNN');
    expect(withoutAside('一句话说清楚').text).toBe('一句话说清楚');
  });
});

describe('withoutLeadingSetting', () => {
  const names = (x: string) => /mse|cross-entropy|交叉熵|dropout/i.test(x);
  it('drops a setting before a comparison of named concepts, and nothing else', () => {
    expect(withoutLeadingSetting('For classification, is MSE or cross-entropy the better loss?', names)).toBe('is MSE or cross-entropy the better loss?');
    expect(withoutLeadingSetting('做分类的话，MSE和交叉熵哪个好', names)).toBe('MSE和交叉熵哪个好');
    for (const t of ['For classification, what is dropout?', 'In the code, is dropout or batch norm used?', 'For dropout, which rate is better?', 'In short, what is MSE?']) expect(withoutLeadingSetting(t, (x) => /dropout|batch norm/i.test(x) && !/In short/.test(x)), t).toBe(t);
  });

  it('lets the engine compare the two', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('For classification, is MSE or cross-entropy the better loss?');
    expect(a.sources.map((s) => s.glossary?.id)).toEqual(expect.arrayContaining(['mean-squared-error', 'cross-entropy']));
  });
});

describe('withoutCorrection', () => {
  it('keeps what the reader meant after a correction', () => {
    expect(withoutCorrection('不对，我是说随机梯度下降')).toBe('随机梯度下降');
    expect(withoutCorrection('no, I meant stochastic gradient descent')).toBe('stochastic gradient descent');
    for (const q of ['不对', 'no', 'No, dropout is not a layer?', '不是所有模型都需要GPU吗']) expect(withoutCorrection(q), q).toBe(q);
  });

  it('answers the corrected question in a conversation', async () => {
    const engine = await createNodeChatEngine();
    const first = await engine.ask('什么是梯度下降');
    const meant = await engine.ask('不对，我是说随机梯度下降', first.followUp);
    expect(meant.kind).toBe('glossary');
    expect(meant.sources[0].glossary?.id).toBe('stochastic-gradient-descent');
  });
});

describe('withoutExample: an example at the end of the question', () => {
  const names = (x: string) => /\bbert\b|卷积/i.test(x);
  it('drops an example that names no concept, keeping the question mark', () => {
    expect(withoutExample('is deep learning used in recommender systems, like netflix suggestions?', names)).toBe('is deep learning used in recommender systems?');
    expect(withoutExample('深度学习能用在推荐系统吗，比如抖音那种？', names)).toBe('深度学习能用在推荐系统吗？');
  });
  it('keeps an example that names a concept, and a question that is only the example', () => {
    expect(withoutExample('which models are used for NLP, like BERT?', names)).toBe('which models are used for NLP, like BERT?');
    expect(withoutExample('like what?', names)).toBe('like what?');
  });
});

describe('the field in what the reader says about themselves', () => {
  it('does not keep the preamble: the question is answered from the article', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask("I work in Excel all day, no ML background. What's the process for training a neural net, step by step?");
    expect(a.refused).toBe(false);
    expect(['3.2', '9.4']).toContain(a.sources[0].section);
    const b = await engine.ask('is deep learning used in recommender systems, like netflix suggestions?');
    expect(b.sources[0].section).toBe('9.3');
  });
});

describe('withoutPreamble: who the reader is, before a dash or colon, and "it" for the article', () => {
  const names = () => false;
  it('drops it', () => {
    expect(withoutPreamble("I'm a radiologist – does the article say anything at all about medical images?", names)).toBe('does the article say anything at all about medical images?');
    expect(withoutPreamble("I design systems for a living and I'm wary of hype. Does the article admit to any real downsides of deep learning, or is it all praise?", names))
      .toBe('Does the article admit to any real downsides of deep learning, or is it all praise?');
    expect(withoutPreamble('As a skeptic: what exactly is Andrej Karpathy credited with here?', names)).toBe('what exactly is Andrej Karpathy credited with here?');
  });
  it('keeps it when the question points back at it', () => {
    const q = 'I run a support desk and want an agent that talks to customers. Is that something deep learning is used for?';
    expect(withoutPreamble(q, names)).toBe(q);
  });
});
