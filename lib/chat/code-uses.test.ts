// Questions about where the article's example code uses a concept (code-uses.ts) and their answers.
import { describe, expect, it } from 'vitest';
import { glossary } from '../content/glossary';
import { asksCodeUse, asksExampleDataset, asksExampleValue, asksWhich, codeUsesOf, exampleSettings } from './code-uses';
import { createNodeChatEngine } from './node-engine';

const entry = (id: string) => glossary.find((g) => g.id === id)!;

describe('code uses', () => {
  it('recognises yes/no, which and how-many questions about the example code, not definitions or why', () => {
    for (const q of ['does the code use dropout?', "which activation functions does the article's code use", 'how many pooling layers does the example code have', '文章代码里用了哪些激活函数', '文章的代码里池化用了几次', '文章里的代码用了dropout吗', '代码里用的哪个损失函数', 'where is the dropout layer in the code?', 'Where are the pooling layers in the example code?']) expect(asksCodeUse(q), q).toBe(true);
    for (const q of ["what's a sequential model in this code", 'Why is softmax used in the last layer of the code?', '代码怎么运行', 'what is dropout', '为什么代码里用softmax', 'where is the code in the article?', 'where does the loss come from?']) expect(asksCodeUse(q), q).toBe(false);
  });

  it('finds the statements that name a concept as code writes it, whole when a call spans lines', () => {
    expect(codeUsesOf(entry('pooling'), 'en')).toEqual({ section: '5.2', lines: ['    layers.MaxPooling2D((2, 2)),', '# …', '    layers.MaxPooling2D((2, 2)),'], statements: 2 });
    const loss = codeUsesOf(entry('loss-function'), 'en')!;
    expect(loss.statements).toBe(1);
    expect(loss.lines.map((l) => l.trim())).toEqual(["model.compile(optimizer='adam',", "loss='categorical_crossentropy',", "metrics=['accuracy'])"]);
    // a layer inside the model's definition is its own line, not the whole 11-line statement
    expect(codeUsesOf(entry('softmax'), 'zh')!.lines).toEqual(["    layers.Dense(10, activation='softmax')"]);
    expect(codeUsesOf(entry('dropout'), 'en')).toBeNull();
    // "input_shape" is not SHAP
    expect(codeUsesOf(entry('shap'), 'en')).toBeNull();
  });

  it('answers with the lines and the definition, or says that the code does not use the concept', async () => {
    const engine = await createNodeChatEngine();
    const pooling = await engine.ask('文章的代码里池化用了几次');
    // "几次": how many statements (no "用到了：", which answers whether)
    expect(pooling.answer).toMatch(/^文章第 5\.2 节「源代码详细实现」的示例代码有 2 处用到了\*\*池化\*\*：\n\n```python\n {4}layers\.MaxPooling2D/);
    expect((await engine.ask('文章里的代码用了池化吗')).answer).toMatch(/^用到了：文章第 5\.2 节/);
    const loss = await engine.ask('which loss function does the code use?');
    expect(loss.answer).toMatch(/^The article's example code in section 5\.2, .* uses \*\*Loss function\*\* in one place:\n\n```python\nmodel\.compile\(optimizer='adam',\n\s+loss='categorical_crossentropy'/);
    expect(pooling.sources[0].section).toBe('5.2');
    const dropout = await engine.ask('does the code use dropout?');
    // what the code writes, not a claim about what it does (it trains with a learning rate it never names)
    expect(dropout.answer).toMatch(/^No: the article's example code in section 5\.2, .* never mentions \*\*Dropout\*\*\./);
    expect(dropout.answer).toContain(entry('dropout').definition.en);
  });

  it('says the article recommends no optimizer (section 7 names none) and shows the one its code uses', async () => {
    const engine = await createNodeChatEngine();
    const en = await engine.ask('Which optimizer does the article recommend?');
    expect(en.answer).toMatch(/^The article does not recommend a particular \*\*Optimizer\*\* \(its list of recommended tools and resources, section 7, names none\)\.\n\nThe article's example code in section 5\.2/);
    expect(en.answer).toContain("optimizer='adam'");
    const zh = await engine.ask('文章推荐什么损失函数');
    expect(zh.answer).toMatch(/^文章没有推荐哪一种\*\*损失函数\*\*/);
    expect(zh.answer).toContain("loss='categorical_crossentropy'");
    expect((await engine.ask("What's the best optimizer according to the article?")).answer).toMatch(/^The article does not recommend a particular \*\*Optimizer\*\*/);
    // what section 7 does recommend is quoted from it
    expect((await engine.ask('Which framework does the article recommend?')).sources[0].section).toBe('7');
  });

  it('reads a question about the value the code gives a setting as a question about the code', async () => {
    expect(asksCodeUse('does the code set a learning rate?')).toBe(true);
    // the value it gives a setting is an example-value question (settings only: not "文章代码的测试准确率是多少")
    expect(asksExampleValue('what is the learning rate in the code?')).toBe(true);
    expect(asksExampleValue('代码里epochs设的多少')).toBe(true);
    expect(asksExampleValue('代码里的学习率是多少')).toBe(true);
    expect(asksCodeUse('文章代码的测试准确率是多少')).toBe(false);
    // "where does the code use it" is a code-use question that asks where, not whether
    expect(asksCodeUse('代码里哪里用了sgd')).toBe(true);
    expect(asksWhich('代码里哪里用了sgd')).toBe(true);
    // "多少" asks how many, not whether
    expect(asksWhich('代码里epochs设的多少')).toBe(true);
    expect(asksCodeUse("what's a sequential model in this code")).toBe(false);
    const engine = await createNodeChatEngine();
    const epochs = await engine.ask('代码里epochs设的多少');
    expect(epochs.answer).toMatch(/^文章第 5\.2 节「源代码详细实现」的示例代码有 1 处用到了\*\*轮次\*\*：\n\n```python\nmodel\.fit\(x_train, y_train, epochs=5/);
    const rate = await engine.ask('what is the learning rate in the code?');
    expect(rate.answer).toMatch(/^The article's example code in section 5\.2, .* never mentions \*\*Learning rate\*\*\./);
  });

  it('reads "学习率是多少", "what\'s the batch size used for training" as asking the example\'s value, not advice', async () => {
    for (const q of ['学习率是多少', "what's the batch size used for training", 'batch size设的多少啊', 'how many epochs did they train', 'what optimizer did they use', '训练了几个轮次']) expect(asksExampleValue(q), q).toBe(true);
    for (const q of ['学习率一般是多少', 'what batch size should I use', 'What is the learning rate?', '为什么学习率是0.001', 'how many layers are there']) expect(asksExampleValue(q), q).toBe(false);
    const engine = await createNodeChatEngine();
    const rate = await engine.ask('学习率是多少');
    expect(rate.answer).toMatch(/^文章第 5\.2 节「源代码详细实现」的示例代码里没有写到\*\*学习率\*\*。/);
    const batch = await engine.ask("what's the batch size used for training");
    expect(batch.answer).toMatch(/^The article's example code in section 5\.2, .* never mentions \*\*Batch\*\*\./);
    // a choice setting asked "how much" asks its value, not which one: 5.4's printed test loss
    expect(exampleSettings(['loss-function'], '模型在测试集上的loss是多少')).toEqual([]);
    expect(exampleSettings(['loss-function', 'optimizer'], '用的什么损失函数和优化器')).toEqual(['loss-function', 'optimizer']);
    expect((await engine.ask('模型在测试集上的loss是多少')).answer).toContain('loss: 0.0956');
    // a result of the code is no setting: 5.4's 97.20%, not the metrics line
    expect((await engine.ask('文章代码的测试准确率是多少？')).answer).toContain('97.20%');
    // naming the code chapter ("文章代码") keeps the question about the code, not chapter 5's list of parts
    expect((await engine.ask('文章代码训练了几轮？')).answer).toContain('epochs=5');
    // "几轮" counts epochs (textspeak.ts)
    expect((await engine.ask('训练了几轮？')).answer).toContain('epochs=5');
  });

  it('says the code uses a CNN: it builds one without naming it', async () => {
    const cnn = codeUsesOf(entry('convolutional-neural-network'), 'en');
    expect(cnn?.section).toBe('5.2');
    expect(cnn?.lines[0]).toMatch(/^model = tf\.keras\.Sequential\(\[/);
    expect(cnn?.lines.at(-1)).toBe('])');
    expect(cnn?.lines.some((l) => l.includes('Conv2D(32'))).toBe(true);
    expect(codeUsesOf(entry('recurrent-neural-network'), 'en')).toBeNull();
    const engine = await createNodeChatEngine();
    const a = await engine.ask('代码里用了卷积神经网络吗');
    expect(a.answer).toMatch(/^用到了：/);
  });

  it('answers which dataset the example uses with the line that loads MNIST, not advice or a definition', async () => {
    for (const q of ['which dataset is the example trained on', 'what data does the model train on?', '用的什么数据集', '在什么数据上训练的']) expect(asksExampleDataset(q), q).toBe(true);
    for (const q of ['what dataset should I use for practice', '数据集是什么', 'why is MNIST used?']) expect(asksExampleDataset(q), q).toBe(false);
    const engine = await createNodeChatEngine();
    const a = await engine.ask('which dataset is the example trained on');
    expect(a.answer).toContain('tf.keras.datasets.mnist.load_data()');
    expect(a.sources.map((x) => x.glossary?.id)).toContain('mnist');
    // the dataset the reported accuracy was measured on (tour 7: 5.4's sentence, which never names it)
    for (const q of ['文章说的97.2%准确率是在什么数据集上测的？', 'the 97.2% accuracy, which dataset was it measured on?']) {
      expect((await engine.ask(q)).answer, q).toContain('tf.keras.datasets.mnist.load_data()');
    }
  });
});
