// Answers that quote a claim the editors corrected carry the note that corrects it: the claim
// markers still match the article, the note is added once, in the answer's language, and never to
// a refusal or to the list of the article's errors (which already holds every note).
import { describe, expect, it } from 'vitest';
import { getSection } from '../content/article';
import { editorNotes } from '../content/editor-notes';
import { readableMath } from './inline-math';
import { createNodeChatEngine } from './node-engine';
import { codeBlocks, quotableText } from './plain-text';
import { withEditorNotes } from './corrected-claims';

const engine = await createNodeChatEngine();
const note = (id: string) => editorNotes.find((n) => n.id === id)!;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('editors\' notes in answers', () => {
  it('marks claims that are in the article as a reader sees them quoted, in both languages', () => {
    for (const n of editorNotes.filter((x) => x.claim)) {
      for (const lang of ['en', 'zh'] as const) {
        const body = getSection(n.sectionId)!.body[lang];
        const seen = `${readableMath(quotableText(body))}\n${codeBlocks(body).join('\n')}\n${body}`;
        for (const c of n.claim![lang]) expect(seen, `${n.id} ${lang}: ${c}`).toContain(c);
      }
    }
  });

  it('adds the note to an answer that quotes the corrected claim, in the answer\'s language', async () => {
    const en = await engine.ask('who developed pytorch?');
    expect(en.answer).toContain("PyTorch: Microsoft's");
    expect(en.answer).toContain(`**Glassbox editors' note: ${note('pytorch').title.en}**`);
    expect(en.answer).toContain(note('pytorch').body.en);
    const zh = await engine.ask('数据增强能加快训练吗？文章9.6节说可以');
    expect(zh.answer).toContain('使用数据增强技术，增加训练数据量');
    expect(zh.answer).toContain(`**Glassbox 编辑注：${note('augmentation-speed').title.zh}**`);
    expect(zh.answer).toContain(note('augmentation-speed').body.zh);
    // the reported accuracy cannot have come from the code as printed either (tour 2)
    const accuracy = await engine.ask('What test accuracy does the model in section 5 reach?');
    expect(accuracy.answer).toContain('97.20%');
    expect(accuracy.answer).toContain(note('eval-steps').body.en);
    const again = await engine.ask('are you sure?', accuracy.followUp);
    expect(count(again.answer, note('eval-steps').body.en)).toBe(1);
  });

  it('corrects FAQ 9.8\'s batch normalization for datasets of different sizes, quoted or doubted', async () => {
    const faq = await engine.ask('不同规模的数据集该怎么处理？');
    expect(faq.answer).toContain('使用批量归一化，使模型对数据规模的变化更加鲁棒');
    expect(faq.answer).toContain(`**Glassbox 编辑注：${note('batchnorm-dataset-size').title.zh}**`);
    const doubted = await engine.ask('FAQ 9.8 says batch normalization makes a model robust to dataset size. Is that actually what batchnorm does?');
    expect(doubted.answer).toContain(note('batchnorm-dataset-size').body.en);
    // a question on the learning rate for other dataset sizes is not a doubt about batch normalization
    // (session 24's classifier data declined it, p just under 0.5, until "tweak" counted as everyday
    // English in session 25: it is FAQ 9.8 again, with the note after it as 9.8 quotes the claim)
    const rate = await engine.ask('why tweak the step size when the amount of data changes');
    expect(rate.answer.startsWith("The article's FAQ answers this in section 9.8")).toBe(true);
  });

  it('adds the note to a follow-up that quotes the claim', async () => {
    const first = await engine.ask('who made pytorch');
    expect(first.answer).not.toContain("PyTorch: Microsoft's"); // the glossary's definition
    const more = await engine.ask('tell me more', first.followUp);
    expect(more.answer).toContain("PyTorch: Microsoft's");
    expect(more.answer).toContain(note('pytorch').body.en);
  });

  it('adds nothing to answers without a corrected claim, to refusals, or twice to the list of errors', async () => {
    const plain = await engine.ask('what is dropout?');
    expect(plain.answer).not.toMatch(/editors' note/);
    const errors = await engine.ask('are there any mistakes in the article?');
    for (const n of editorNotes.filter((x) => x.kind !== 'addition')) expect(count(errors.answer, readableMath(n.body.en)), n.id).toBe(1);
    const refusal = { answer: "I don't know — PyTorch: Microsoft's", language: 'en' as const, kind: 'refusal' as const, refused: true, sources: [], suggestions: [], confidence: 0 };
    expect(withEditorNotes(refusal)).toBe(refusal);
  });
});

describe('a doubt about one claim of the article', () => {
  it('is answered with the editors\' note on that claim, in the question\'s language', async () => {
    const en = await engine.ask('The article says PyTorch was open-sourced by Microsoft — is that correct?');
    expect(en.answer).toMatch(/^Glassbox's editors checked this point of the article/);
    expect(en.answer).toContain(note('pytorch').body.en);
    expect(en.sources.map((s) => s.section)).toEqual(['7']);
    const steps = await engine.ask('5.4节运行结果里“1000/1000”这个步数是怎么来的？是不是写错了？');
    expect(steps.answer).toMatch(/^Glassbox 的编辑核对过文章的这一处/);
    expect(steps.answer).toContain(`**${note('eval-steps').title.zh}**`);
    expect((await engine.ask('MNIST不是灰度图吗')).answer).toContain(`**${note('input-shape').title.zh}**`);
    const code = await engine.ask('The model is compiled with categorical_crossentropy but y_train comes straight from mnist.load_data() — won\'t that fail?');
    expect(code.answer).toContain(`**${note('keras-code').title.en}**`);
    // a contradiction is a doubt too ("why … when …", "可是…为什么")
    const why = await engine.ask('Why does the evaluation log in section 5.4 show 1000/1000 steps when the MNIST test set has 10,000 images?');
    expect(why.answer).toMatch(/^Glassbox's editors checked this point/);
    expect(why.answer).toContain(`**${note('eval-steps').title.en}**`);
    const zh = await engine.ask('文章代码里 input_shape=(28, 28, 3)，可是MNIST是灰度图，为什么是3个通道？');
    expect(zh.answer).toMatch(/^Glassbox 的编辑核对过文章的这一处/);
    // disbelief said, not asked ("我不信", "I don't believe it")
    const unbelieved = await engine.ask('数据增强能加快训练？？我不信');
    expect(unbelieved.answer).toContain(`**${note('augmentation-speed').title.zh}**`);
    expect((await engine.ask('data augmentation speeds up training? I don\'t believe it')).answer).toContain(`**${note('augmentation-speed').title.en}**`);
    // a doubt about a named part with one corrected claim is about that claim, however it is written
    const part = await engine.ask('is the dL/db_i formula in 4.3 correct?');
    expect(part.answer).toContain(`**${note('bias-gradient').title.en}**`);
    expect(part.sources[0].section).toBe('4.3');
  });

  it('is the note on the code when the question quotes an error the printed code raises', async () => {
    for (const q of ["getting 'Shapes (None, 1) and (None, 10) are incompatible' when i call model.fit",
      'ValueError: Input 0 of layer sequential is incompatible with the layer: expected shape=(None, 28, 28, 3), found shape=(None, 28, 28, 1)']) {
      const a = await engine.ask(q);
      expect(a.answer, q).toMatch(/^That error comes from one of the two bugs in the article's code/);
      expect(a.answer, q).toContain(`**${note('keras-code').title.en}**`);
    }
    expect((await engine.ask('运行代码报错 logits and labels must have the same first dimension')).answer).toMatch(/^这个报错来自第 5.2 节代码里的两处错误之一/);
  });

  it('is answered as usual when no note corrects the claim, or when nothing is doubted', async () => {
    for (const q of ['Section 2 says every neuron is connected to all other neurons. Is that true for neural networks in general?',
      'what goes wrong when data augmentation is used on digits?', '文章第2节的流程图说从神经网络到多层感知机再到反向传播是“演变过程”，这个说法准确吗？']) {
      expect((await engine.ask(q)).answer, q).not.toMatch(/editors checked this point|编辑核对过文章的这一处/);
    }
  });
});
