// Traditional Chinese read as simplified: the characters, Taiwan's words in a traditional question,
// and simplified text left alone; the shipped table is the build script's output.
import { describe, expect, it } from 'vitest';
import { taiwanPhrases, traditionalPairs } from '../../models/chat/build-traditional-chars';
import { traditionalAnswerTables } from '../../models/chat/build-traditional-answers';
import answerData from './traditional-answers.json';
import data from './traditional-chars.json';
import { createNodeChatEngine } from './node-engine';
import { hasTraditional, toSimplified, toTraditional, writesTraditional } from './traditional';

describe('toSimplified', () => {
  it('reads traditional characters and Taiwan words as the simplified sources write them', () => {
    expect(toSimplified('訓練前為什麼要先對資料做歸一化？')).toBe('训练前为什么要先对数据做归一化？');
    expect(toSimplified('案例裡的網路每一層各有幾個神經元？')).toBe('案例里的网络每一层各有几个神经元？');
  });
  it('leaves simplified text and English alone (资料 stays 资料 without a traditional character)', () => {
    for (const t of ['有啥资料推荐', '什么是卷积神经网络，为什么才能干这个', 'What is dropout?']) {
      expect(hasTraditional(t)).toBe(false);
      expect(toSimplified(t)).toBe(t);
    }
  });
});

describe('a question in traditional characters', async () => {
  const engine = await createNodeChatEngine();
  it('is answered as its simplified form is (they were declined), in traditional characters', async () => {
    const a = await engine.ask('訓練前為什麼要先對資料做歸一化、標準化？');
    expect(a.refused).toBe(false);
    expect(a.answer).toContain('較小範圍');
    const b = await engine.ask('作者對深度學習的長遠前景怎麼看？');
    expect(b.sources[0].section).toBe('8.4');
    expect(b.sources[0].title).toBe('研究展望');
    expect(b.answer).toContain('展望未來');
    // a simplified question keeps simplified answers
    expect((await engine.ask('作者对深度学习的长远前景怎么看？')).answer).toContain('展望未来');
  });
});

describe('toTraditional', () => {
  it('writes the sources\' words as Taiwan does, phrases deciding characters with several readings', () => {
    expect(toTraditional('同时，随着计算资源和技术手段的不断发展')).toBe('同時，隨著計算資源和技術手段的不斷發展');
    expect(toTraditional('缩放到统一的较小范围')).toBe('縮放到統一的較小範圍');
    expect(toTraditional('What is dropout? 5.2')).toBe('What is dropout? 5.2');
  });
});

describe('writesTraditional', () => {
  it('tells a traditional question from a simplified one that names a traditional character', () => {
    expect(writesTraditional('什麼是CNN')).toBe(true);
    expect(writesTraditional('华为昇腾910B和A100比性能怎么样？')).toBe(false);
    expect(writesTraditional('What is dropout?')).toBe(false);
  });
});

describe('the shipped traditional-answers.json', () => {
  it('is the build script output (run `npm run chars:chat` after changing the sources or the chat\'s phrases)', () => {
    const t = traditionalAnswerTables();
    expect(answerData.chars).toBe(t.chars);
    expect(answerData.phrases).toEqual(t.phrases);
  });
});

describe('the shipped traditional-chars.json', () => {
  it('is the build script output (run `npm run chars:chat` after changing it)', () => {
    const pairs = traditionalPairs();
    expect(data.pairs).toBe(pairs.map(([a, b]) => a + b).join(''));
    expect(data.phrases).toEqual(taiwanPhrases(pairs));
  });
});
