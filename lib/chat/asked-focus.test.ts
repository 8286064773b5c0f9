// The "how does X work" check: which thing a question asks about, whether the knowledge base
// names it, and on the real knowledge base: refusal with a message that names X, no refusal of
// in-scope questions (development, reader, second-set and focus development questions).
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_QUESTIONS_A } from '../../models/chat/data/classifier-questions-a';
import { CLASSIFIER_QUESTIONS_B } from '../../models/chat/data/classifier-questions-b';
import { FOCUS_DEV } from '../../models/chat/data/focus-dev-questions';
import { devQuestions } from '../../models/chat/dev-questions';
import { secondSetQuestions } from '../../models/text/data/embed-data';
import { askedFocus, definedFocus, definitionNamed, focusNamed, remedyFocus, type FocusIndex } from './asked-focus';
import { createNodeChatEngine } from './node-engine';

describe('askedFocus', () => {
  it.each([
    ['How does guided backpropagation work?', 'guided backpropagation'],
    ['how is the BLEU score calculated', 'bleu score'],
    ['How does the forget gate of an LSTM work?', 'forget gate'],
    ["what's the idea behind dropout", 'dropout'],
    ['LSTM的遗忘门是怎么工作的', '遗忘门'],
    ['梯度累积怎么实现', '梯度累积'],
    ['反向传播的原理是什么', '反向传播'],
    ['Grad-CAM热力图是怎么算出来的？', 'grad-cam热力图'],
    ['how does YOLO detect objects', 'yolo'],
    ['胶囊网络是怎么识别图片的', '胶囊网络'],
  ])('%s -> %s', (q, focus) => expect(askedFocus(q)?.text).toBe(focus));

  it.each([
    'how does the layer that shrinks the image work', "how is a neuron's raw input computed", 'how does it work', "what's the math behind nudging the weights downhill",
    '把图片变小的那一层是怎么工作的', '每个权重该改多少是怎么算出来的', '新闻自动分类怎么实现的', 'What is dropout?', '这篇文章讲了什么',
  ])('finds no term-like focus in: %s', (q) => expect(askedFocus(q)).toBeNull());
});

describe('focusNamed', () => {
  const index: FocusIndex = {
    vocabulary: new Set(['backpropag', 'gradient', 'transformer', 'attent']),
    texts: ['反向传播算法基于梯度下降', 'grad-cam会画出热力图', '积分梯度)积分'],
    articleVocabulary: new Set(['backpropag', 'gradient']),
    articleTexts: ['反向传播算法基于梯度下降'],
  };
  it('needs every Latin word in the knowledge base, forgiving typos of long words only', () => {
    expect(focusNamed(index, { text: 'backpropagation', script: 'latin' })).toBe(true);
    expect(focusNamed(index, { text: 'guided backpropagation', script: 'latin' })).toBe(false);
    expect(focusNamed(index, { text: 'transfomer', script: 'latin' })).toBe(true);
  });
  it('needs each Chinese run and Latin word in some passage, forgiving one wrong character in runs of four or more', () => {
    expect(focusNamed(index, { text: 'grad-cam热力图', script: 'han' })).toBe(true);
    expect(focusNamed(index, { text: '反向传波', script: 'han' })).toBe(true);
    expect(focusNamed(index, { text: '遗忘门', script: 'han' })).toBe(false);
    expect(focusNamed(index, { text: '梯度累积', script: 'han' })).toBe(false);
  });
});

describe('the check on the real knowledge base', async () => {
  const engine = await createNodeChatEngine();

  it('refuses "how does X work" when the article never names X, and names X in the answer', async () => {
    const r = await engine.retrieve('How does guided backpropagation work?');
    expect(r.unexplainedFocus).toBe('guided backpropagation');
    expect(r.inScope).toBe(0);
    const en = await engine.ask('How does guided backpropagation work?');
    expect(en.refused).toBe(true);
    expect(en.answer).toContain('the article doesn\'t explain “guided backpropagation”');
    const zh = await engine.ask('梯度累积怎么实现？');
    expect(zh.refused).toBe(true);
    expect(zh.answer).toContain('文章没有讲到“梯度累积”');
  });

  it('answers when the article names X, in the user\'s spelling too', async () => {
    for (const q of ['How does backpropagation work?', '池化层是怎么工作的', 'how does the transfomer architecture work', '反向传波是怎么工作的？']) {
      expect((await engine.retrieve(q)).unexplainedFocus, q).toBeNull();
    }
  });

  it('refuses "how does X work" when only the definition of something else names X (session 26)', async () => {
    // the federated-learning entry names secure aggregation; nothing says how it works
    const r = await engine.retrieve('how does secure aggregation work under the hood');
    expect(r.unexplainedFocus).toBe('secure aggregation');
    expect((await engine.ask('how does secure aggregation work under the hood')).answer).toContain('doesn\'t explain “secure aggregation”');
    // a glossary name inside the focus, or the definition of a concept the question names, explains it
    for (const q of ['Grad-CAM热力图是怎么算出来的？', 'How does a single neuron in a neural network work out its output?', 'LSTM的门控机制是怎么工作的']) {
      expect((await engine.retrieve(q)).unexplainedFocus, q).toBeNull();
    }
  });

  it('refuses no development, reader, second-set or focus development in-scope question', async () => {
    const questions = [
      ...devQuestions().inScope.map((q) => q.question),
      ...Object.values({ ...CLASSIFIER_QUESTIONS_A, ...CLASSIFIER_QUESTIONS_B }).flatMap((x) => [...x.en, ...x.zh]),
      ...secondSetQuestions().map((q) => q.text),
      ...FOCUS_DEV.inScope.en, ...FOCUS_DEV.inScope.zh,
    ];
    const refused: string[] = [];
    for (const q of questions) if (askedFocus(q) && (await engine.retrieve(q)).unexplainedFocus) refused.push(q);
    expect(refused).toEqual([]);
  });
});

describe('definedFocus and definitionNamed', () => {
  it.each([
    ['扩散模型是什么', '扩散模型'], ['什么是扩散模型？', '扩散模型'], ['what is a diffusion model?', 'diffusion model'], ['What are diffusion models', 'diffusion models'], ['what does overfitting mean', 'overfitting'],
  ])('finds the name in: %s', (q, x) => expect(definedFocus(q)?.text).toBe(x));
  it.each(['这篇文章讲了什么', '文章的主题是什么', 'what is the difference between CNN and RNN', 'what is the article about?', 'what is this used for', '第二章是什么', '它的图片多大是什么'])(
    'finds no name in: %s', (q) => expect(definedFocus(q)).toBeNull(),
  );
  const index: FocusIndex = { vocabulary: new Set(['diffus', 'model']), texts: ['扩散模型已超越gan'], articleVocabulary: new Set(['model']), articleTexts: ['深度学习模型'] };
  it('needs the name in the article or among the glossary names, not only in a definition', () => {
    expect(definitionNamed(index, { text: '扩散模型', script: 'han' }, ['生成对抗网络'])).toBe(false);
    expect(definitionNamed(index, { text: 'diffusion model', script: 'latin' }, ['gan'])).toBe(false);
    expect(definitionNamed(index, { text: '模型', script: 'han' }, [])).toBe(true);
    expect(definitionNamed(index, { text: 'gans', script: 'latin' }, ['gan'])).toBe(true);
  });
});

describe('a definition asked of a name the article and glossary do not have', () => {
  it('is declined, alone or as a follow-up, saying the article does not explain it', async () => {
    const { createNodeChatEngine } = await import('./node-engine');
    const engine = await createNodeChatEngine();
    for (const q of ['扩散模型是什么', '什么是扩散模型', 'what is a diffusion model?']) {
      const a = await engine.ask(q);
      expect(a.refused, q).toBe(true);
      expect(a.answer, q).toMatch(/没有讲到“扩散模型”|doesn't explain “diffusion model”/);
    }
    const gan = await engine.ask('什么是GAN');
    const next = await engine.ask('那扩散模型呢', gan.followUp);
    expect(next.refused).toBe(true);
    expect(next.answer).toContain('“扩散模型”');
    // a definition the glossary has under another name is answered
    expect((await engine.ask('what are GANs?')).refused).toBe(false);
  });

  it('reads a part named after 的 and the first clause of "what\'s X, and …" (session 27)', async () => {
    expect(definedFocus('JavaScript 的闭包是什么')).toEqual({ text: '闭包', script: 'han', part: true });
    expect(definedFocus("What's a random forest, and when would it beat a neural network?")?.text).toBe('random forest');
    // (of a thing named, not of a description)
    expect(definedFocus('「多层感知机」在英文版里对应的术语是什么')).toBeNull();
    const { createNodeChatEngine } = await import('./node-engine');
    const engine = await createNodeChatEngine();
    const closure = await engine.ask('JavaScript 的闭包是什么');
    expect(closure.refused).toBe(true);
    expect(closure.answer).toContain('“闭包”');
    // a name of several words is one name, even beside a concept the question names
    const forest = await engine.ask("What's a random forest, and when would it beat a neural network?");
    expect(forest.refused).toBe(true);
    expect(forest.answer).toContain('“random forest”');
    // (not a phrase that holds a glossary name: "what's it based on?" after "what is backpropagation")
    const { askConversation } = await import('./conversation');
    const [, based] = await askConversation(engine, ['what is backpropagation, in short?', "what's it based on?"]);
    expect(based.refused).toBe(false);
    // a part whose words the article writes apart is left to retrieval
    for (const q of ['梯度下降的更新公式是什么？', '算法的具体步骤是什么？']) expect((await engine.ask(q)).refused, q).toBe(false);
  });
});

describe('remedyFocus: the named problem a "how do I fix X" question asks about', () => {
  it('finds the problem after the remedy verb, or before 怎么解决, without the time it happens', () => {
    expect(remedyFocus('how to fix mode collapse when training a GAN')?.text).toBe('mode collapse');
    expect(remedyFocus('how do I prevent overfitting?')?.text).toBe('overfitting');
    expect(remedyFocus('GAN训练的时候模式崩溃咋解决')?.text).toBe('模式崩溃');
    expect(remedyFocus('梯度爆炸怎么解决')?.text).toBe('梯度爆炸');
  });
  it('leaves described problems and plans to retrieval', () => {
    expect(remedyFocus('数据不够怎么办')).toBeNull();
    expect(remedyFocus('训练太慢怎么解决')).toBeNull();
    expect(remedyFocus('隐私问题以后打算怎么解决')).toBeNull();
    expect(remedyFocus('how to fix the first one')).toBeNull();
  });
});
