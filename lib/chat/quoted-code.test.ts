// codeNamedBy: the code statements that quoted sentences of section 5.3 name by inline code.
import { describe, expect, it } from 'vitest';
import { getSection } from '../content/article';
import { createNodeChatEngine } from './node-engine';
import { codeIntroducedBy, codeNamedBy, MAX_QUOTED_CODE_LINES, walkthroughOf } from './quoted-code';
import { terms } from './terms';
import { quotableText, sentences } from './plain-text';

const items = (lang: 'en' | 'zh') => sentences(quotableText(getSection('5.3')!.body[lang]));
const all = () => 1;

describe('code named by quoted sentences', () => {
  it('finds the whole statement an identifier starts, through its closing bracket, in section 5.2', () => {
    const compile = items('en').find((s) => s.includes('compile'))!;
    const found = codeNamedBy('5.3', [compile], 'en', all);
    expect(found?.section).toBe('5.2');
    expect(found?.lines).toHaveLength(4);
    expect(found?.lines[0]).toBe('# Compile the model');
    expect(found?.lines[1]).toBe("model.compile(optimizer='adam',");
    expect(found?.lines[3]).toMatch(/metrics=\['accuracy'\]\)$/);
  });

  it('keeps the statements the question shares words with, within the line limit, in code order', () => {
    const quoted = items('zh').filter((s) => /Sequential|compile|fit/.test(s));
    expect(quoted).toHaveLength(3);
    const onlyFit = codeNamedBy('5.3', quoted, 'zh', (c) => (c.includes('epochs') ? 1 : 0));
    expect(onlyFit?.lines).toEqual(['# 训练模型', 'model.fit(x_train, y_train, epochs=5, validation_split=0.1)']);
    const every = codeNamedBy('5.3', quoted, 'zh', all)!;
    expect(every.lines.length).toBeLessThanOrEqual(MAX_QUOTED_CODE_LINES);
    expect(every.lines[1]).toMatch(/^model = tf\.keras\.Sequential\(\[/);
    // ties kept in code order until the limit: the model, then compile; fit no longer fits
    expect(every.lines.findIndex((l) => l.startsWith('model.compile('))).toBeGreaterThan(every.lines.indexOf('])'));
    expect(every.lines.some((l) => l.startsWith('model.fit('))).toBe(false);
    expect(codeNamedBy('5.3', quoted, 'zh', () => 0)).toBeNull();
  });

  it('finds nothing for a sentence without inline code', () => {
    const preprocessing = items('en').find((s) => s.includes('normalized'))!;
    expect(codeNamedBy('5.3', [preprocessing], 'en', all)).toBeNull();
  });

  it('shows the values the code sets under the prose that names the statement', async () => {
    const engine = await createNodeChatEngine();
    const a = await engine.ask('What optimizer and loss are used in the compile step?');
    expect(a.sources.map((s) => s.section)).toEqual(['5.3', '5.2']);
    expect(a.answer).toMatch(/```python\n# Compile the model\nmodel\.compile\(optimizer='adam',\n\s+loss='categorical_crossentropy',/);
    const zh = await engine.ask('训练那步设置了几轮、验证多少');
    expect(zh.answer).toContain('model.fit(x_train, y_train, epochs=5, validation_split=0.1)');
  });

  it('brings a short code block with the quoted line that introduces it, and nothing for other lines', () => {
    const md = getSection('5.1')!.body.zh;
    const step = sentences(quotableText(md)).find((x) => x.includes('pip'))!;
    expect(codeIntroducedBy(md, [step])).toEqual([{ language: 'bash', code: 'pip install tensorflow' }]);
    expect(codeIntroducedBy(md, sentences(quotableText(md)).filter((x) => x !== step))).toEqual([]);
    // the example's long program is not a short block
    expect(codeIntroducedBy(getSection('5.2')!.body.en, sentences(quotableText(getSection('5.2')!.body.en)))).toEqual([]);
  });

  it('answers how to install TensorFlow with the command', async () => {
    const engine = await createNodeChatEngine();
    expect((await engine.ask('安装TensorFlow用啥命令')).answer).toContain('```bash\npip install tensorflow\n```');
  });

  it('explains shown code lines with the walkthrough item their comment names, the same chapter first', async () => {
    const pre = walkthroughOf('5.2', ['# Preprocess the data', "x_train = x_train.astype('float32') / 255"], 'en', terms);
    expect(pre).toEqual({ section: '5.3', items: ['4. Preprocessing the data: The data is normalized, and an extra dimension is added to the input data.'] });
    // no comment, or most of the program (more than two comments): nothing
    expect(walkthroughOf('5.2', ["x_train = x_train.astype('float32') / 255"], 'en', terms)).toBeNull();
    expect(walkthroughOf('5.2', ['# Build the neural network model', '# Compile the model', '# Train the model'], 'en', terms)).toBeNull();
    const engine = await createNodeChatEngine();
    const a = await engine.ask('Why does the code divide by 255?');
    // (why the lines are there is the walkthrough's to say: it comes first; session 28)
    expect(a.answer).toMatch(/^Section 5\.3, “Code Walkthrough and Analysis”, explains this step:\n\n> 4\. Preprocessing the data: The data is normalized[^\n]*\n\nThe code in section 5\.2[^]*\/ 255\n```$/);
    expect(a.sources.map((x) => x.section)).toEqual(['5.3', '5.2']);
    // which lines do something: the code first, then the step
    const which = await engine.ask('Which lines of the code divide by 255?');
    expect(which.sources[0].section).toBe('5.2');
  });
});

describe('the code of a section named by number', () => {
  it('does not pick lines by the section number ("the code in section 5.2" matched "(2, 2)")', async () => {
    const engine = await createNodeChatEngine();
    for (const q of ['What does the code in section 5.2 do?', '5.2节的代码是干什么的']) {
      const a = await engine.ask(q);
      expect(a.sources[0].section, q).toBe('5.2');
      expect(a.answer, q).toContain('import tensorflow as tf');
      expect(a.answer, q).toContain('model.fit(x_train, y_train, epochs=5, validation_split=0.1)');
      expect(a.answer, q).not.toContain('# …');
      // asked what the program does: every step of 5.3's walkthrough
      expect(a.answer, q).toMatch(/> 1\. (?:Building the model|模型构建)[\s\S]*> 5\. (?:Training the model|模型训练)/);
    }
  });
});
