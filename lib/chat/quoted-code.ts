// The article's code that a quoted sentence names. Section 5.3 explains section 5.2's code in
// prose ("The `compile` method configures the model's optimizer, loss function and evaluation
// metrics"), so an answer quoting it says nothing of the values the code sets; the statements it
// names ("model.compile(optimizer='adam', loss='categorical_crossentropy', …)") do.
import { article } from '../content/article';
import type { Lang } from '../content/types';
import { bracketDepth, codeBlocks, plainText } from './plain-text';

/** Code lines that the statements shown for quoted sentences may take up at most (the model's
 *  definition alone is 11 with its comment). */
export const MAX_QUOTED_CODE_LINES = 16;

/** Identifiers a section's text writes as inline code (`compile`, `tf.keras.Sequential`). */
function inlineIdentifiers(md: string): string[] {
  return [...new Set([...md.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((m) => m[1]))];
}

/** The statement that starts on line `i`: through the line that closes its brackets, after the
 *  comment line just above it ("# 训练模型", which a Chinese question shares words with). */
function statementAt(lines: string[], i: number): string[] {
  const out: string[] = i > 0 && lines[i - 1].trim().startsWith('#') ? [lines[i - 1]] : [];
  let depth = 0;
  for (let j = i; j < lines.length; j++) {
    out.push(lines[j]);
    depth += bracketDepth(lines[j]);
    if (depth <= 0) break;
  }
  return out;
}

/** The code statements, in another section, of the identifiers that section `sectionId` writes as
 *  inline code and the quoted sentences name: the section of the first statement found and, within
 *  MAX_QUOTED_CODE_LINES, the statements that `relevance` scores highest (ties in code order),
 *  shown in code order. A statement the question shares nothing with (`relevance` 0) is left out:
 *  "一个epoch要走多少步" quotes 5.3's first items, and the model's definition would answer nothing.
 *  Null when no statement is left. */
export function codeNamedBy(sectionId: string, quoted: string[], lang: Lang, relevance: (code: string) => number): { section: string; lines: string[] } | null {
  const own = article.sections.find((s) => s.id === sectionId);
  if (!own) return null;
  const text = quoted.join('\n');
  const named = inlineIdentifiers(own.body[lang]).filter((id) => text.includes(id));
  if (!named.length) return null;
  for (const s of article.sections) {
    if (s.id === sectionId) continue;
    const lines = codeBlocks(s.body[lang]).join('\n').split('\n');
    const starts = lines.map((_, i) => i).filter((i) => named.some((id) => new RegExp(`(?<![\\w.])(?:\\w+\\.)*${id.replace(/\./g, '\\.')}(?!\\w)`).test(lines[i])));
    if (!starts.length) continue;
    const statements = starts.map((i, k) => ({ i, k, lines: statementAt(lines, i) }))
      .map((x) => ({ ...x, score: relevance(x.lines.join('\n')) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || a.k - b.k);
    const kept: typeof statements = [];
    let size = 0;
    for (const x of statements) {
      if (size + x.lines.length > MAX_QUOTED_CODE_LINES) continue;
      kept.push(x);
      size += x.lines.length + 1;
    }
    if (!kept.length) return null;
    return { section: s.id, lines: kept.sort((a, b) => a.i - b.i).flatMap((x, n) => (n ? ['# …', ...x.lines] : x.lines)) };
  }
  return null;
}

/** Lines a code block may have to be shown after the sentence that introduces it. */
export const MAX_INTRODUCED_CODE_LINES = 3;

/** The short code blocks of `md` (at most MAX_INTRODUCED_CODE_LINES lines) whose introducing line,
 *  the text line just above the block, is one of the quoted sentences: "2. 安装TensorFlow：通过pip命令
 *  安装TensorFlow库。" brings "pip install tensorflow". Each with its fence's language. */
export function codeIntroducedBy(md: string, quoted: string[]): { language: string; code: string }[] {
  const out: { language: string; code: string }[] = [];
  for (const m of md.matchAll(/([^\n]*)\n[ \t]*```(\w*)\n([\s\S]*?)```/g)) {
    const code = m[3].replace(/^[ \t]+/gm, '').trim();
    const intro = plainText(m[1]).trim();
    if (!code || !intro || code.split('\n').length > MAX_INTRODUCED_CODE_LINES) continue;
    if (quoted.some((q) => q.includes(intro))) out.push({ language: m[2], code });
  }
  return out;
}

/** Comments of shown code lines that a walkthrough item may explain, at most: more means the
 *  answer shows most of the program, and every step's explanation would say nothing of the question. */
export const MAX_EXPLAINED_COMMENTS = 2;

/** The items of another section's list that explain the shown code's steps, matched by their
 *  labels with the code's comments: "# Preprocess the data" above "x_train / 255" is explained by
 *  5.3's "4. Preprocessing the data: The data is normalized, …" (a label and a comment match when
 *  the terms of one, the characters in Chinese, contain all, at least two, of the other's). Null when there is none, or
 *  when the lines have more than `maxComments` comments (MAX_EXPLAINED_COMMENTS unless the question
 *  asks what the whole program does). */
export function walkthroughOf(codeSectionId: string, lines: string[], lang: Lang, wordTerms: (text: string) => string[], maxComments = MAX_EXPLAINED_COMMENTS): { section: string; items: string[] } | null {
  // Chinese compared by characters: "# 训练模型" and "5. 模型训练" put the same words in another order
  const termsOf = (text: string) => (lang === 'zh' ? [...new Set(text.match(/\p{Script=Han}/gu) ?? [])] : wordTerms(text));
  const comments = lines.map((l) => l.trim()).filter((l) => l.startsWith('#') && l !== '# …').map((l) => new Set(termsOf(l.slice(1))));
  if (!comments.length || comments.length > maxComments) return null;
  const within = (a: Set<string>, b: Set<string>) => a.size >= 2 && [...a].every((t) => b.has(t));
  // the walkthrough of the same chapter (5.3 for 5.2's code) before a general list of steps (3.2)
  const chapter = (id: string) => id.split('.')[0];
  const sections = [...article.sections].sort((a, b) => Number(chapter(b.id) === chapter(codeSectionId)) - Number(chapter(a.id) === chapter(codeSectionId)));
  for (const s of sections) {
    if (s.id === codeSectionId) continue;
    const items = plainText(s.body[lang]).split('\n').map((l) => l.trim()).filter((l) => {
      const label = /^\d+\.\s*([^:：]{2,40})[:：]/u.exec(l)?.[1];
      if (!label) return false;
      const t = new Set(termsOf(label));
      return comments.some((c) => within(c, t) || within(t, c));
    });
    if (items.length) return { section: s.id, items };
  }
  return null;
}
