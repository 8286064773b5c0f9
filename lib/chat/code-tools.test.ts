// What the example code is written with ("which framework does the example code use?") and
// requests to write it with another framework ("rewrite the model in PyTorch"): which questions are
// read as either, and that the answers quote section 5.1 and 5.2 (and decline the request).
import { describe, expect, it } from 'vitest';
import { asksCodeInOtherFramework, asksCodeTools } from './code-tools';
import { createNodeChatEngine } from './node-engine';

describe('questions about what the example is written with', () => {
  it('reads questions about the example’s framework or language, not advice or the resource list', () => {
    for (const q of ['Which framework does the example code use?', 'what language is the code in', 'What is the code written in?', '代码是用什么写的', '这篇文章的代码用的是什么框架', '文章用的什么深度学习框架', '示例用的是哪个库']) {
      expect(asksCodeTools(q), q).toBe(true);
    }
    for (const q of ['which frameworks does the article recommend', 'Which framework should I learn?', 'PyTorch和TensorFlow有什么区别', '文章推荐了哪些框架', 'What is TensorFlow?', 'which programming language is best for deep learning', '代码里用了什么优化器']) {
      expect(asksCodeTools(q), q).toBe(false);
    }
  });

  it('reads requests to write the example with another framework, not comparisons or questions about it', () => {
    expect(asksCodeInOtherFramework('Can you rewrite the model in PyTorch?')).toBe('PyTorch');
    expect(asksCodeInOtherFramework('Write me a PyTorch version of this model')).toBe('PyTorch');
    expect(asksCodeInOtherFramework('帮我把代码改成PyTorch')).toBe('PyTorch');
    expect(asksCodeInOtherFramework('用PyTorch怎么写这个模型')).toBe('PyTorch');
    expect(asksCodeInOtherFramework('convert the code to jax')).toBe('JAX');
    for (const q of ['what is pytorch', 'does the code use pytorch', 'PyTorch和这个代码用的TensorFlow有什么区别', 'Is PyTorch better than TensorFlow for this model?', 'Who made PyTorch?', 'Rewrite the model with fewer layers']) {
      expect(asksCodeInOtherFramework(q), q).toBeNull();
    }
  });
});

describe('answers', async () => {
  const engine = await createNodeChatEngine();

  it('quotes section 5.1’s sentence and the import lines, in the question’s language', async () => {
    const en = await engine.ask('Which framework does the example code use?');
    expect(en.refused).toBe(false);
    expect(en.sources.map((s) => s.section)).toEqual(['5.1', '5.2']);
    expect(en.answer).toContain('Here we use Python as the programming language, together with the TensorFlow library');
    expect(en.answer).toContain('import tensorflow as tf');
    // the import lines only, not the whole program
    expect(en.answer).not.toContain('model.fit');
    const zh = await engine.ask('这篇文章的代码用的是什么框架');
    expect(zh.sources.map((s) => s.section)).toEqual(['5.1', '5.2']);
    expect(zh.answer).toContain('这里我们使用Python作为编程语言，并结合TensorFlow库来实现深度学习模型。');
  });

  it('declines to write the example in another framework, saying what it is written with', async () => {
    const en = await engine.ask('Can you rewrite the model in PyTorch?');
    expect(en.refused).toBe(true);
    expect(en.answer).toContain('no PyTorch version');
    expect(en.answer).toContain('together with the TensorFlow library');
    expect(en.suggestions.map((s) => s.section)).toEqual(['5.2', '5.1']);
    const zh = await engine.ask('帮我把代码改成PyTorch');
    expect(zh.refused).toBe(true);
    expect(zh.answer).toContain('没有 PyTorch 版本');
  });
});
