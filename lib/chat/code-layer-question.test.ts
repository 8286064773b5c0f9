// Which / how-many questions about the example model's layers are answered with the code lines
// that set what is asked; what a layer does stays the glossary's.
import { describe, expect, it } from 'vitest';
import { createNodeChatEngine } from './node-engine';

describe('settings of the example code layers', async () => {
  const engine = await createNodeChatEngine();

  it('answers the activation of the conv and dense layers with their lines, not section 4.3', async () => {
    const a = await engine.ask('what activation function do the conv layers and the dense hidden layer use');
    expect(a.sources[0].section).toBe('5.2');
    expect(a.answer).toContain("layers.Conv2D(32, (3, 3), activation='relu')");
    expect(a.answer).toContain("layers.Dense(64, activation='relu')");
    expect(a.answer).not.toContain('sigmoid function as the activation');
  });

  it('answers how many neurons a layer after Flatten has with the Dense lines', async () => {
    const zh = await engine.ask('Flatten 后面那个全连接层有几个神经元');
    expect(zh.answer).toContain('layers.Dense(64');
    expect(zh.answer).not.toMatch(/^文章的代码用到了 `Flatten`/);
    const en = await engine.ask('how many neurons does the dense layer have');
    expect(en.answer).toContain('layers.Dense(64');
  });

  it('says when the code does not set what is asked', async () => {
    const a = await engine.ask('what dropout rate do the dense layers use');
    expect(a.answer).toMatch(/never mentions \*\*Dropout\*\*/);
  });

  it('leaves what a layer does to the glossary', async () => {
    expect((await engine.ask('what does a pooling layer do')).kind).toBe('glossary');
    expect((await engine.ask('池化层有什么作用')).kind).toBe('glossary');
  });

  it('reads the code from "the keras example" and a "python snippet"', async () => {
    const loss = await engine.ask('what loss does the keras example compile with?');
    expect(loss.answer).toContain("loss='categorical_crossentropy'");
    const opt = await engine.ask('which optimizer does the python snippet use');
    expect(opt.refused).toBe(false);
    expect(opt.answer).toContain("optimizer='adam'");
  });
});

describe('a setting asked of "the MNIST example"', async () => {
  const engine = await createNodeChatEngine();
  it('says the code leaves it to Keras, with the default the glossary gives', async () => {
    const a = await engine.ask('what batch size does the MNIST example train with?');
    expect(a.sources[0].section).toBe('5.2');
    expect(a.answer).toMatch(/never mentions \*\*Batch\*\*/);
    expect(a.answer).toContain('Keras uses 32 by default');
  });
});

describe('a setting of the layers that the code does not write', async () => {
  const engine = await createNodeChatEngine();
  it('is said to be unset, before the lines, and the question declined', async () => {
    const a = await engine.ask('what stride and padding do the Conv2D layers in the example use?');
    expect(a.refused).toBe(true);
    expect(a.suggestions[0].section).toBe('5.2');
    expect(a.answer.startsWith("The article's example code does not set **stride** or **padding**, and the article does not say what they are.")).toBe(true);
    expect(a.answer).toContain('layers.Conv2D(32, (3, 3)');
    expect((await engine.ask('how many filters does the first conv layer have')).answer).not.toContain('does not set');
  });
});
