// The "how does X work" check: which thing a question asks about, whether the knowledge base
// names it, and on the real knowledge base: refusal with a message that names X, no refusal of
// in-scope questions (development, reader, second-set and focus development questions).
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_QUESTIONS_A } from '../../models/chat/data/classifier-questions-a';
import { CLASSIFIER_QUESTIONS_B } from '../../models/chat/data/classifier-questions-b';
import { FOCUS_DEV } from '../../models/chat/data/focus-dev-questions';
import { devQuestions } from '../../models/chat/dev-questions';
import { secondSetQuestions } from '../../models/text/data/embed-data';
import { askedFocus, focusNamed, type FocusIndex } from './asked-focus';
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
