// Unit tests for chat shorthand (textspeak.ts).
import { describe, expect, it } from 'vitest';
import { createNodeChatEngine } from './node-engine';
import { expandShorthand } from './textspeak';

describe('expandShorthand', () => {
  it('spells out whole shorthand words only', () => {
    expect(expandShorthand('can u tell me abt transformers')).toBe('can you tell me about transformers');
    expect(expandShorthand('Whats the diffrence between SGD and Adam, cuz ur answer was short')).toBe('Whats the difference between SGD and Adam, because your answer was short');
    expect(expandShorthand('wat is backprop')).toBe('what is backprop');
    expect(expandShorthand('wats a neuron in simple words')).toBe('whats a neuron in simple words');
    expect(expandShorthand('wut does dropout do')).toBe('what does dropout do');
    expect(expandShorthand('diffrence btwn cnn and rnn')).toBe('difference between cnn and rnn');
    expect(expandShorthand('diff between CNN and RNN, need it tmrw')).toBe('difference between CNN and RNN, need it tomorrow');
    expect(expandShorthand('how is that diff from the transformer')).toBe('how is that different from the transformer');
    // not inside words, identifiers or other scripts
    for (const t of ['U-Net and ReLU units', 'x_u.mean()', 'What is up?', '什么是u', 'the u-shaped curve', 'When should I use a Mann-Whitney U test?']) expect(expandShorthand(t), t).toBe(t);
  });

  it('reads the Chinese transliterations of the people the article names as their names', () => {
    expect(expandShorthand('卡帕西是谁啊 很牛吗')).toBe('Andrej Karpathy是谁啊 很牛吗');
    expect(expandShorthand('安德烈·卡帕斯做过什么')).toBe('Andrej Karpathy做过什么');
    expect(expandShorthand('古德费洛和本吉奥写了什么书')).toBe('Goodfellow和Bengio写了什么书');
  });

  it('reads colloquial 咋 as 怎么, and the engine answers it as it answers 怎么办', async () => {
    expect(expandShorthand('训练太慢了咋办')).toBe('训练太慢了怎么办');
    expect(expandShorthand('训练太慢咋整')).toBe('训练太慢怎么办');
    expect(expandShorthand('训练太慢了怎么整')).toBe('训练太慢了怎么办');
    expect(expandShorthand('过拟合是啥玩意')).toBe('过拟合是什么');
    expect(expandShorthand('这啥玩意儿')).toBe('这是什么');
    expect(expandShorthand('效果咋样，咋回事，CNN咋工作的')).toBe('效果怎么样，怎么回事，CNN怎么工作的');
    // 轮 counting epochs; 第一轮, 轮次 and 轮数 stay
    expect(expandShorthand('训练了几轮？一共多少轮')).toBe('训练了几个轮次？一共多少个轮次');
    expect(expandShorthand('第一轮的损失，几轮次，多少轮数')).toBe('第一轮的损失，几轮次，多少轮数');
    const engine = await createNodeChatEngine();
    const za = await engine.ask('训练太慢了咋办');
    expect(za.refused).toBe(false);
    expect(za.sources[0].section).toBe('9.6');
  });

  it('reads what the author recommends or says as what the article does, and "wich" as "which"', async () => {
    expect(expandShorthand('作者推荐了哪些书')).toBe('文章推荐了哪些书');
    expect(expandShorthand('文章的作者提到了哪些挑战')).toBe('文章提到了哪些挑战');
    expect(expandShorthand('what does the author recommend')).toBe('what does the article recommend');
    expect(expandShorthand("what does the article's author think about interpretability")).toBe('what does the article think about interpretability');
    expect(expandShorthand('wich tools or book the article recomend for begginer')).toBe('which tools or book the article recomend for begginer');
    // the author of something else, and who the author is, stay
    for (const t of ['《深度学习》的作者是谁', '作者是谁', 'who is the author', 'the author of Deep Learning says what']) expect(expandShorthand(t), t).toBe(t);
    const engine = await createNodeChatEngine();
    const books = await engine.ask('作者推荐了哪些书');
    expect(books.refused).toBe(false);
    expect(books.sources[0].section).toBe('7');
    expect(books.answer).toContain('《动手学深度学习》');
  });
});
