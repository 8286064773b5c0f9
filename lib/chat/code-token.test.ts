// Questions that quote a token of the example code (code-token.ts), and their answers.
import { describe, expect, it } from 'vitest';
import { getSection } from '../content/article';
import { codeBlocks } from './plain-text';
import { glossary } from '../content/glossary';
import { codeQuoted, keywordNamed, linesWriting, withoutModulePrefixes } from './code-token';
import { createNodeChatEngine } from './node-engine';

describe('codeQuoted', () => {
  it('finds the section whose code alone writes the quoted token, the most specific token first', () => {
    expect(codeQuoted('x_train[..., tf.newaxis] 这一行是干什么的？', 'zh')).toEqual({ section: '5.2', token: 'newaxis' });
    expect(codeQuoted('What does validation_split=0.1 mean?', 'en')).toEqual({ section: '5.2', token: 'validation_split' });
    // a number counts beside a word for code or dividing
    expect(codeQuoted('代码里为什么要除以255？', 'zh')?.section).toBe('5.2');
    expect(codeQuoted('what is 255 in binary', 'en')).toBeNull();
    // no token, or one the prose writes too
    for (const q of ['What is dropout?', 'how does backpropagation work', 'what does the fit method do']) expect(codeQuoted(q, 'en'), q).toBeNull();
  });

  it('keeps the lines that write the token under their comment, and drops module prefixes', () => {
    const code = codeBlocks(getSection('5.2')!.body.en).join('\n');
    expect(linesWriting(code, 'newaxis')).toEqual(['# Preprocess the data', '# …', 'x_train = x_train[..., tf.newaxis]', 'x_test = x_test[..., tf.newaxis]']);
    expect(linesWriting(code, 'nothing_like_this')).toEqual([]);
    expect(withoutModulePrefixes('what does tf.newaxis do')).toBe('what does newaxis do');
  });
});

describe('an argument called by name', () => {
  it('is a quoted token: "metrics 参数", "the verbose argument", with the whole statement that writes it', () => {
    expect(codeQuoted('metrics 参数设置的是什么', 'zh')).toEqual({ section: '5.2', token: 'metrics' });
    expect(codeQuoted('what does the verbose argument do', 'en')).toEqual({ section: '5.4', token: 'verbose' });
    // a word the prose also writes is not code's alone
    expect(codeQuoted('what is the epochs parameter', 'en')).toBeNull();
    // a bare Latin word in a Chinese question (session 27), when no prose of either language writes it,
    // even as a plural ("steps"), and it names no glossary concept ("relu")
    expect(codeQuoted('evaluate 的时候 verbose 设成了几', 'zh')).toEqual({ section: '5.4', token: 'verbose' });
    for (const q of ['搭个入门级模型需要哪些 step', '死亡relu是咋回事，怎么避免', '最后测试集上的loss是多少']) expect(codeQuoted(q, 'zh'), q).toBeNull();
    const code = codeBlocks(getSection('5.2')!.body.en).join('\n');
    expect(linesWriting(code, 'metrics')).toEqual(['# Compile the model', "model.compile(optimizer='adam',", "              loss='categorical_crossentropy',", "              metrics=['accuracy'])"]);
  });
});

describe('keywordNamed', () => {
  const code = codeBlocks(getSection('5.2')!.body.en).join('\n');
  const entry = (id: string) => glossary.find((g) => g.id === id)!;
  it('finds the keyword argument a value question names, by itself or by a concept named like it', () => {
    expect(keywordNamed(code, 'How many epochs does the model train for?', [])).toBe('epochs');
    expect(keywordNamed(code, 'what is the input shape?', [])).toBe('input_shape');
    expect(keywordNamed(code, '验证集比例是多少', [entry('validation-set')])).toBe('validation_split');
    expect(keywordNamed(code, 'which optimizer is it?', [entry('optimizer')])).toBe('optimizer');
  });
  it('finds none when the question does not ask a value or names no keyword', () => {
    expect(keywordNamed(code, 'evaluate model test set code verbose', [])).toBeNull();
    expect(keywordNamed(code, 'how many layers are there?', [])).toBeNull();
  });
});

describe('answers to questions that quote the code', () => {
  it('show the lines and the walkthrough step, also in Chinese and below the refusal threshold', async () => {
    const engine = await createNodeChatEngine();
    const zh = await engine.ask('为什么要除以255？');
    expect(zh.refused).toBe(false);
    expect(zh.answer).toContain("x_train = x_train.astype('float32') / 255");
    expect(zh.answer).toContain('> 4. 数据预处理：对数据进行归一化处理，并将输入数据升维。');
    const axis = await engine.ask('x_train[..., tf.newaxis] 这一行是干什么的？');
    // what a line is for: the walkthrough that explains it first, then the code (session 28)
    expect(axis.sources.map((x) => x.section).slice(0, 2)).toEqual(['5.3', '5.2']);
    expect(axis.answer).toMatch(/^第 5\.3 节「代码解读与分析」这样解释/);
    expect(axis.answer).toContain('x_train = x_train[..., tf.newaxis]');
    expect(axis.answer).not.toContain('TensorFlow 是谷歌'); // "tf." asks nothing about TensorFlow
    for (const q of ["what's the x_train[..., tf.newaxis] line for?", 'why divide the pixel values by 255 in the code?']) expect((await engine.ask(q)).sources[0].section, q).toBe('5.3');
    // a value the code sets is the code's: its lines first
    expect((await engine.ask('How many epochs does the model train for?')).sources[0].section).toBe('5.2');
    const split = await engine.ask('What does validation_split=0.1 mean in the fit call?');
    expect(split.answer).toContain('> 5. Training the model: The fit method trains the model, with the number of training epochs and the validation split set.');
    // a concept the question names keeps its definition
    expect((await engine.ask('what is categorical_crossentropy')).answer).toMatch(/^\*\*Cross-entropy\*\* \(Glassbox glossary\)/);
    // Chinese comments and labels match by characters ("# 训练模型" / "5. 模型训练")
    expect((await engine.ask('model.fit这一步做了什么？')).answer).toContain('> 5. 模型训练：使用fit方法训练模型');
  });

  it('answer a value question with the lines that write its keyword argument, not the whole model', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('How many epochs does the model train for?');
    const block = a.answer.split('```python\n')[1].split('```')[0];
    expect(block).toContain('epochs=5');
    expect(block).not.toContain('Conv2D');
  });
});
