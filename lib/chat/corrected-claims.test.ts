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
    expect(withEditorNotes(refusal, 'en')).toBe(refusal);
  });
});
