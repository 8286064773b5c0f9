// Follow-ups that point at an item of the previous answer's list (ordinal-reference.ts).
import { describe, expect, it } from 'vitest';
import { itemLine, listItems, otherItem, pointedItem, pointsAtItem } from './ordinal-reference';

const resolveOrdinal = (text: string, items: Parameters<typeof pointedItem>[1]) => pointedItem(text, items)?.question ?? null;

const CHALLENGES = ['摘自第 8.3 节「面临的挑战」：', '', '> 然而，深度学习仍然面临着一些挑战：', '>', '> 1. **可解释性**：深度学习模型通常难以解释。', '>', '> 2. 计算资源消耗：深度学习模型需要大量的计算资源进行训练。', '>', '> 3. 数据隐私：如何保护用户隐私成为了一个重要问题。'].join('\n');
const TOOLS = ['> 1. Learning resources:', '>', '> - *Deep Learning* (by Goodfellow, Bengio and Courville): the classic textbook.', '> - Dive into Deep Learning: an open textbook.', '>', '> 2. Development tools:', '>', '> - TensorFlow: an open-source framework from Google.', '> - PyTorch: an open-source framework, known for its dynamic graphs.'].join('\n');

describe('listItems', () => {
  it('reads the numbered items an answer quotes, by the article\'s numbers, named by their heads', () => {
    expect(listItems(CHALLENGES)).toEqual([{ n: 1, name: '可解释性' }, { n: 2, name: '计算资源消耗' }, { n: 3, name: '数据隐私' }]);
    // a quote that skips items keeps the article's numbers; an unquoted FAQ list counts too
    expect(listItems('> 2. 构建神经网络：定义网络。\n>\n> 6. 迭代训练：重复步骤。')).toEqual([{ n: 2, name: '构建神经网络' }, { n: 6, name: '迭代训练' }]);
    expect(listItems('是这样回答的：\n\n1. 使用正则化技术，如L1、L2正则化。\n2. early stopping，提前停止训练过程。')).toEqual([{ n: 1, name: '使用正则化技术' }, { n: 2, name: 'early stopping' }]);
  });

  it('counts a nested list by its numbered items, or by the bullets under the item the question names', () => {
    expect(listItems(TOOLS).map((i) => i.name)).toEqual(['Learning resources', 'Development tools']);
    expect(listItems(TOOLS, 'Which development tools does the article recommend?')).toEqual([{ n: 1, name: 'TensorFlow' }, { n: 2, name: 'PyTorch' }]);
    // bullets alone count by position; our own suggestion links (unquoted bullets) are no list
    expect(listItems('> - a: x\n> - b: y').map((i) => i.n)).toEqual([1, 2]);
    expect(listItems('- [9.7 How to avoid overfitting](/article#sec-9.7)\n- [4.3 Case](/article#sec-4.3)')).toEqual([]);
  });

  it('keeps each of several numbered lists with its intro (3.3\'s strengths, then its weaknesses)', () => {
    const both = '> The strengths of deep learning algorithms include:\n>\n> 1. Powerful feature extraction: x\n>\n> 2. High adaptability: y\n>\n> However, deep learning algorithms also have some weaknesses:\n>\n> 1. High consumption of computing resources: z\n>\n> 2. Poor interpretability: w';
    const items = listItems(both);
    expect(items.map((i) => [i.n, i.name])).toEqual([[1, 'Powerful feature extraction'], [2, 'High adaptability'], [1, 'High consumption of computing resources'], [2, 'Poor interpretability']]);
    expect(items[3].intro).toBe('However, deep learning algorithms also have some weaknesses:');
    // the ordinal's noun picks the list; without one, the first list
    expect(pointedItem('Why is the second weakness a problem?', items)?.question).toBe('Why is Poor interpretability a problem?');
    expect(pointedItem('what about the second one?', items)?.item.name).toBe('High adaptability');
    expect(pointedItem('第一个缺点呢', items)?.item.name).toBe('High consumption of computing resources');
  });

  it('reads a list written as one sentence (FAQ 9.2, 9.3), three items or more', () => {
    expect(listItems('是这样回答的：\n\n深度学习的常见算法包括卷积神经网络（CNN）、循环神经网络（RNN）、Transformer等。').map((i) => i.name)).toEqual(['卷积神经网络（CNN）', '循环神经网络（RNN）', 'Transformer']);
    expect(listItems('深度学习在计算机视觉、自然语言处理、语音识别、推荐系统等领域都有广泛应用。').map((i) => i.name)).toEqual(['计算机视觉', '自然语言处理', '语音识别', '推荐系统']);
    expect(listItems('Deep learning is widely applied in fields such as computer vision, natural language processing, speech recognition and recommender systems.').map((i) => i.name)).toEqual(['computer vision', 'natural language processing', 'speech recognition', 'recommender systems']);
    // two things are no list
    expect(listItems('CNNs and RNNs are both neural networks.')).toEqual([]);
    expect(listItems('深度学习包括CNN、RNN。')).toEqual([]);
  });
});

describe('resolveOrdinal', () => {
  const items = listItems(CHALLENGES);
  it('replaces the ordinal with the item it points at, in Chinese and English', () => {
    expect(resolveOrdinal('那怎么解决第二个', items)).toBe('那怎么解决计算资源消耗');
    expect(resolveOrdinal('第三个呢？', items)).toBe('数据隐私呢?'); // read as NFKC, as every question is
    expect(resolveOrdinal('第2条是什么意思', items)).toBe('计算资源消耗是什么意思');
    expect(resolveOrdinal('最后一个呢', items)).toBe('数据隐私呢');
    expect(resolveOrdinal('what about the second one?', items)).toBe('what about 计算资源消耗?');
    expect(resolveOrdinal('tell me more about the 3rd', items)).toBe('tell me more about 数据隐私');
    expect(resolveOrdinal('and #1?', items)).toBe('and 可解释性?');
    expect(resolveOrdinal('第一个方法是什么意思', items)).toBe('可解释性是什么意思');
    expect(resolveOrdinal('tell me more about the last one', items)).toBe('tell me more about 数据隐私');
  });

  it('leaves questions that use an ordinal in another sense, or point past the list, alone', () => {
    for (const q of ['第一个神经网络是什么', '第二章讲了什么', '第三层有多少个神经元', 'which came first?', 'What was the first neural network?', 'what is the first layer of the CNN', '第五个呢', 'the fourth one?', '请详细解释一下文章第四节里面提到的第二个概念以及它的作用和意义']) {
      expect(resolveOrdinal(q, items), q).toBeNull();
    }
    expect(resolveOrdinal('第二个呢', [])).toBeNull();
  });
});

describe('pointsAtItem', () => {
  it('finds messages that only point at an item by its position', () => {
    for (const q of ['the second one', 'what about the second one?', 'and #2?', '第三个呢', '第二个是什么意思？', '最后一个呢', '第二个缺点具体是什么意思', 'what does the second one mean?']) expect(pointsAtItem(q), q).toBe(true);
    for (const q of ['第一个神经网络是什么', 'Which came first, CNN or RNN?', 'What was the first neural network?', '第二章讲了什么', '那怎么解决第二个']) expect(pointsAtItem(q), q).toBe(false);
  });
});

describe('itemLine', () => {
  it('finds an item as its section words it, in either language, in the right one of several lists', () => {
    // 3.3 numbers its strengths and its weaknesses from 1: the name says which list
    expect(itemLine('3.3', 2, '解释性差', 'zh')).toBe('2. 解释性差：深度学习模型的工作原理较为复杂，难以解释每个神经元的贡献。');
    expect(itemLine('3.3', 2, '解释性差', 'en')).toMatch(/^2\. Poor interpretability: /);
    // a label split from its text comes with it
    expect(itemLine('3.3', 1, 'High consumption of computing resources', 'en')).toMatch(/^1\. High consumption of computing resources: Deep learning models usually require/);
    expect(itemLine('3.3', 7, '解释性差', 'zh')).toBeNull();
  });
});


describe('otherItem: "and the other one?" in a two-item list', () => {
  const strengths = [{ n: 1, name: 'Powerful feature extraction', section: '3.3' }, { n: 2, name: 'High adaptability', section: '3.3' }];
  it('is the item the conversation did not quote, or did not point at by position', () => {
    expect(otherItem('and the other one?', strengths, strengths[0], 'tell me more')?.item.name).toBe('High adaptability');
    expect(otherItem('另一个呢', strengths, strengths[1], '第二个是什么意思')?.item.name).toBe('Powerful feature extraction');
    expect(otherItem('and the other one?', strengths, null, "what's the first strength of deep learning?")?.item.name).toBe('High adaptability');
  });
  it('is nothing without an item to be the other of, or in a longer list', () => {
    expect(otherItem('and the other one?', strengths, null, 'what are the strengths?')).toBeNull();
    const three = [...strengths, { n: 3, name: 'Third', section: '3.3' }];
    expect(otherItem('and the other one?', three, three[0], 'x')).toBeNull();
    expect(pointsAtItem('and the other one?')).toBe(true);
  });
});
