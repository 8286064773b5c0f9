// Questions about which value to give a setting ("what dropout rate should I use?", "学习率一般设多少"):
// the detector, the concept it is about, and the composed answer (values the sources give, or a
// plain statement that they give none), in both languages.
import { describe, expect, it } from 'vitest';
import { glossary } from '../content/glossary';
import { buildKnowledgeBase, findGlossaryNames } from './knowledge';
import { createNodeChatEngine } from './node-engine';
import { asksSettingValue, settingConcept } from './setting-question';

const kb = await buildKnowledgeBase();
const engine = await createNodeChatEngine();
const def = (id: string) => glossary.find((e) => e.id === id)!;
const conceptOf = (q: string) => settingConcept(findGlossaryNames(kb, q), q);

describe('setting-value questions', () => {
  it('recognises questions that ask which value to use, in English and Chinese', () => {
    for (const q of ['what dropout rate should I use', 'how many epochs should I train for?', 'what is a good batch size', 'typical values for dropout?',
      'what pool size is typical for max pooling?', 'dropout一般设多少', '学习率设成多少合适', '卷积核用多大合适', '验证集占多少比例合适', '隐藏层一般用几层',
      // a choice between two values
      '训练MNIST的时候batch size选32还是256比较好', 'should I use a batch size of 32 or 256?', 'is a learning rate of 0.001 or 0.01 better?',
      // whether a value is too big
      '学习率设的0.1，是不是太大了？', 'is a learning rate of 0.1 too high?']) {
      expect(asksSettingValue(q), q).toBe(true);
    }
  });

  it('leaves alone what the article\'s own example uses, definitions and how a setting acts', () => {
    for (const q of ["how many epochs does the article's code train?", '示例代码训练了几轮', 'what is the learning rate', 'how does dropout work',
      '学习率太大会怎样', 'how many layers does BERT have',
      // how many steps or kinds a thing has is a fact the article lists (development set D, session 28)
      '训练神经网络一共分几步', '深度学习算法分为几类', '数据集要分几个部分']) {
      expect(asksSettingValue(q), q).toBe(false);
    }
  });

  it('finds the setting a question is about, and none when another named concept owns it', () => {
    expect(conceptOf("what's a good learning rate for Adam?")).toBe('learning-rate');
    expect(conceptOf('how many layers should a CNN have for digit recognition?')).toBe('convolutional-neural-network');
    expect(conceptOf('what dropout rate should I use in a CNN?')).toBe('dropout');
    expect(conceptOf('what initial weights should I use?')).toBe('weight-initialization');
    expect(conceptOf('训练多少轮比较合适')).toBe('epoch');
    // a symptom the reader reports is the situation, not the setting
    expect(conceptOf('我的loss一直是nan，学习率设的0.1，是不是太大了？')).toBe('learning-rate');
    // the hidden units are the LSTM's, the stride the occlusion method's
    expect(conceptOf('LSTM 的隐藏层一般设几层')).toBeNull();
    expect(conceptOf('遮挡法的步长设多少合适')).toBeNull();
  });

  it('answers with the values the sources give: the glossary\'s examples and the article\'s code', async () => {
    const dropout = await engine.ask('dropout一般设多少');
    expect(dropout.refused).toBe(false);
    expect(dropout.answer).toMatch(/^文章没有给出\*\*随机失活\*\*的通用推荐值/);
    expect(dropout.answer).toContain(def('dropout').definition.zh);
    expect(dropout.sources[0]).toMatchObject({ section: '9.7', glossary: { id: 'dropout' } });
    // answered whatever the refusal model says (it scores this one low), so not shown as a weak match
    expect(dropout.confidence).toBeGreaterThanOrEqual(0.99);
    const epochs = await engine.ask('how many epochs should I train for?');
    expect(epochs.answer).toMatch(/^The article doesn't recommend a value for \*\*Epoch\*\* in general/);
    expect(epochs.answer).toMatch(/section 5\.2[^\n]*uses:\n\n```python\nmodel\.fit\(x_train, y_train, epochs=5, validation_split=0\.1\)\n```/);
    // cited in the order quoted: the code that holds the value, then the epoch's glossary section
    expect(epochs.sources.map((s) => s.section)).toEqual(['5.2', '5.3', '3.2']);
    // the glossary's rule for choosing any hyperparameter
    expect(epochs.answer).toContain('Hyperparameters are tuned by comparing results on the validation set');
  });

  it('declines when no source gives a value, saying so and what they say; a section number is not a value', async () => {
    const lr = await engine.ask('学习率一般设多少合适');
    // (nothing answers it: a refusal, with the glossary's section offered; development set F, session 28)
    expect(lr.refused).toBe(true);
    expect(lr.sources).toEqual([]);
    expect(lr.suggestions.map((s) => s.glossary?.id)).toContain('learning-rate');
    // (its sources stay visible: listed as links, as a refusal lists them)
    expect(lr.answer).toMatch(/\n- \[4\.2 [^\]]+\]\(\/article#sec-4\.2\)/);
    expect(lr.answer).toMatch(/^文章和 Glassbox 术语表都没有给出\*\*学习率\*\*的具体取值/);
    expect(lr.answer).toContain(def('learning-rate').definition.zh);
    expect(lr.answer).not.toContain('```');
  });

  it('keeps the usual answer when the question names something unknown', async () => {
    const a = await engine.ask('what dropout rate should I use in a Zorblaxian flux layer?');
    expect(a.answer).not.toMatch(/recommend a value/);
  });

  it('quotes the code a matching comment describes ("# 训练模型" brings model.fit)', async () => {
    const a = await engine.ask('示例代码训练的时候设置了什么');
    expect(a.answer).toMatch(/# 训练模型\nmodel\.fit\(x_train, y_train, epochs=5, validation_split=0\.1\)/);
    // "几轮" asks the epochs' value: the statement that sets it (code-uses.ts)
    const epochs = await engine.ask('示例代码训练了几轮');
    expect(epochs.sources[0].section).toBe('5.2');
    expect(epochs.answer).toContain('model.fit(x_train, y_train, epochs=5, validation_split=0.1)');
  });
});

describe('a value asked with the thing between "多少个" and "合适"', () => {
  it('asks which value to give a setting ("训练多少个 epoch 比较合适": it quoted FAQ 9.8)', async () => {
    expect(asksSettingValue('我自己的数据集大概 5000 张图，训练多少个 epoch 比较合适？')).toBe(true);
    const engine = await createNodeChatEngine();
    const a = await engine.ask('我自己的数据集大概 5000 张图，训练多少个 epoch 比较合适？');
    expect(a.answer).toContain('epochs=5');
    expect(a.answer).toMatch(/^文章没有给出\*\*轮次\*\*的通用推荐值/);
  });
});
