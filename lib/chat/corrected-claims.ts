// The editors' notes an answer needs: an answer that quotes a claim the editors corrected ("PyTorch:
// Microsoft's open-source deep learning framework", "input_shape=(28, 28, 3)", FAQ 9.6's "use data
// augmentation to speed up training") carries the note that corrects it, so the chat never repeats
// one of the article's errors without saying so. The article page shows the same notes beside the
// text (lib/content/editor-notes.ts).
import { editorNotes } from '../content/editor-notes';
import { readableMath } from './inline-math';
import { PHRASES } from './phrases';
import { quote } from './quote';
import { sectionLink } from './section-link';
import type { ChatAnswer } from './types';

/** `answer` with each editors' note whose corrected claim it quotes appended, once (an answer that
 *  already holds a note's text, such as the list of the article's errors, is left as it is). */
export function withEditorNotes(answer: ChatAnswer): ChatAnswer {
  if (answer.refused || answer.kind === 'small-talk') return answer;
  const lang = answer.language;
  const quoted = (text: string) => answer.answer.includes(readableMath(text));
  const notes = editorNotes.filter((n) => n.claim?.[lang].some((c) => answer.answer.includes(c)) && !quoted(n.body[lang]));
  if (!notes.length) return answer;
  const p = PHRASES[lang];
  const blocks = notes.map((n) => `${p.editorsNote(n.title[lang], sectionLink(n.sectionId, lang))}\n\n${quote([n.body[lang]])}`);
  return { ...answer, answer: [answer.answer, ...blocks].join('\n\n') };
}
