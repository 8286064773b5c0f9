// How to deal with a problem the article lists as a weakness or challenge: the problem, then the
// future direction (8.2) that shares its words; a problem no direction addresses gets its own item
// and that the article gives no fix; an answer that already quotes a direction is left as it was.
import { describe, expect, it } from 'vitest';
import type { ChatContext } from './types';
import { createNodeChatEngine } from './node-engine';

const engine = await createNodeChatEngine();

describe('remedies for the article’s challenges', () => {
  it('quotes the problem and the direction that addresses it', async () => {
    const zh = await engine.ask('计算资源消耗大怎么解决');
    // (since session 24's classifier data it cites chapter 8, whose text lists the challenge and then
    // the direction, so the answer quotes both from there; before, 8.3's challenge then 8.2's direction)
    expect(zh.sources[0].section).toMatch(/^8(?:\.2)?$/);
    expect(zh.answer).toContain('2. 计算资源消耗：');
    expect(zh.answer).toMatch(/> 1\. 模型压缩：/);
    // "how to fix the first one" after the weaknesses: English words compared by their stem's start
    const first = await engine.ask('what are the disadvantage of deep learning');
    const fix = await engine.ask('how to fix the first one', first.followUp as ChatContext);
    expect(fix.answer).toContain('1. High consumption of computing resources');
    expect(fix.answer).toContain('> 1. Model compression: Using model compression techniques to reduce the computational complexity');
  });

  it('says the article gives no fix for a problem no direction addresses, quoting that problem only', async () => {
    const bias = await engine.ask('数据分布偏差怎么办');
    expect(bias.answer).toBe('第 8.3 节「面临的挑战」把它列为一个问题，但文章没有说怎么解决：\n\n> 4. 数据分布偏差：深度学习模型容易受到数据分布偏差的影响，导致模型性能不稳定。');
    const en = await engine.ask('how do I deal with data distribution bias?');
    expect(en.answer).toMatch(/^Section 8\.3, “Challenges”, lists this as a problem but the article does not say how to deal with it:\n\n> 4\. Data distribution bias/);
  });

  it('leaves an answer that already quotes a direction', async () => {
    const three = await engine.ask('难解释、费算力、有隐私风险，这三个问题打算咋解决');
    expect(three.answer).not.toContain('改进方向');
    expect(three.answer).toContain('3. 隐私保护：');
  });
});
