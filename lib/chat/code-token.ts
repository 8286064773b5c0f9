// A question that quotes the example code: "x_train[..., tf.newaxis] 这一行是干什么的？", "What does
// validation_split=0.1 mean?", "代码里为什么要除以255？". The token it quotes (an identifier with "_"
// or ".", or a number of three or more digits beside a word for code or dividing) is written only
// in one section's code, so that section answers it (its lines, then the walkthrough step that
// explains them; compose.ts). A question that names a keyword argument of the code, by its name or
// by a concept named like it ("How many epochs …", "验证集比例" → `validation_split`), gets the lines
// that write that argument (keywordNamed). Framework-free.
import { article } from '../content/article';
import { glossary, type GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import { codeBlocks, plainText } from './plain-text';
import { statementOf } from './code-uses';

const CODE_WORD = /\bcode\b|\bdivid\w*|\bscal\w*|代码|除以|除|缩放/i;

const IDENTIFIER = /[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+|[A-Za-z]\w*_\w+/g;
const ARGUMENT_NAME = /\b([a-z][a-z_]*)\s*(?=参数|\s(?:parameter|argument|arg|param|kwarg)\b)|\b(?:parameter|argument|arg|param|kwarg)\s+([a-z][a-z_]*)\b/gi;

let names: Set<string> | null = null;

/** Every name of every glossary entry, lower-cased. */
function glossaryNames(): Set<string> {
  names ??= new Set(glossary.flatMap((g) => [g.term.en, ...g.aliases.en].map((n) => n.toLowerCase())));
  return names;
}

/** The question without the module prefixes of the code identifiers it quotes ("x_train[...,
 *  tf.newaxis] 这一行是干什么的" → "x_train[..., newaxis] 这一行是干什么的"): "tf." names no concept
 *  asked about, while "categorical_crossentropy" still names cross-entropy. */
export function withoutModulePrefixes(question: string): string {
  return question.normalize('NFKC').replace(IDENTIFIER, (id) => id.replace(/^(?:tf|np|keras|layers|model)\.(?:keras\.)?/, ''));
}

/** The section whose code, and not its prose, writes a token that the question quotes, with that
 *  token; null when the question quotes none, or the token is also prose somewhere. */
export function codeQuoted(question: string, lang: Lang): { section: string; token: string } | null {
  const q = question.normalize('NFKC');
  // a keyword argument called by name: "metrics 参数设置的是什么", "the verbose argument"
  const argumentNames = [...q.matchAll(ARGUMENT_NAME)].map((m) => (m[1] ?? m[2]).toLowerCase()).filter((w) => w.length > 2);
  const identifiers = [...(q.match(IDENTIFIER) ?? []), ...argumentNames];
  const numbers = CODE_WORD.test(q) ? q.match(/(?<![\d.])\d{3,}(?![\d.])/g) ?? [] : [];
  // a lower-case Latin word in a Chinese question that only the code writes ("evaluate 的时候 verbose
  // 设成了几"; set G, session 27), in no prose of either language in any case ("relu" is the prose's
  // ReLU, "loss" the English prose's)
  // (nor a glossary concept's name: "死亡relu是咋回事" asks about ReLU, which the code also writes)
  const bare = lang === 'zh' ? (q.match(/(?<![\w.])[a-z]{4,}(?![\w.])/g) ?? []).filter((w) => !glossaryNames().has(w) && !identifiers.includes(w)) : [];
  const tokens = [...identifiers, ...numbers, ...bare].map((t) => t.replace(/^(?:tf|np)\./, ''));
  if (!tokens.length) return null;
  const whole = (t: string) => new RegExp(`(?<!\\w)${t.replace(/\./g, '\\.')}(?!\\w)`);
  // the most specific token first: written on the fewest code lines ("tf.newaxis" before "x_train")
  const codeLines = article.sections.flatMap((x) => codeBlocks(x.body[lang]).flatMap((c) => c.split('\n')));
  const uses = (t: string) => codeLines.filter((l) => whole(t).test(l)).length;
  for (const token of tokens.filter((t) => uses(t) > 0).sort((a, b) => uses(a) - uses(b))) {
    const re = whole(token);
    const prose = bare.includes(token) ? new RegExp(`(?<!\\w)${token}s?(?!\\w)`, 'i') : null;
    if (prose ? article.sections.some((s) => [s.body.en, s.body.zh].some((b) => prose.test(plainText(b)))) : article.sections.some((s) => re.test(plainText(s.body[lang])))) continue;
    const s = article.sections.find((x) => codeBlocks(x.body[lang]).some((c) => re.test(c)));
    if (s) return { section: s.id, token };
  }
  return null;
}


/** The statements of `code` that write `token`, each group under the comment that heads it ("# 数据预处理"
 *  above "x_train = x_train[..., tf.newaxis]"), in code order; empty when none does. */
export function linesWriting(code: string, token: string): string[] {
  const lines = code.split('\n');
  const re = new RegExp(`(?<!\\w)${token.replace(/\./g, '\\.')}(?!\\w)`);
  const keep = new Set<number>();
  lines.forEach((l, i) => {
    if (!re.test(l)) return;
    // the whole statement ("model.compile(optimizer='adam', …, metrics=['accuracy'])")
    const span = statementOf(lines, i);
    for (const k of span) keep.add(k);
    for (let j = span[0] - 1; j >= 0 && lines[j].trim(); j--) {
      if (lines[j].trim().startsWith('#')) {
        keep.add(j);
        break;
      }
    }
  });
  const picked = [...keep].sort((a, b) => a - b);
  return picked.flatMap((i, k) => (k > 0 && i > picked[k - 1] + 1 ? ['# …', lines[i]] : [lines[i]]));
}

const ASKS_VALUE = /\b(?:how many|how much|what|what's|whats|which|value|values|set (?:to|as)|setting|settings)\b|多少|几|什么|啥|哪|设/i;

/** A name as code writes it: lowercase, words joined by "_" ("Validation split" → "validation_split"). */
const asIdentifier = (name: string) => name.normalize('NFKC').toLowerCase().trim().replace(/[\s-]+/g, '_');

/** The keyword argument of `code` (`epochs=5`, `validation_split=0.1`, `activation='relu'`) that the
 *  question names, by itself ("input shape", "input_shape") or by one of the named concepts'
 *  English names ("epochs" for 轮次, "validation split" for 验证集); null when it names none. */
export function keywordNamed(code: string, question: string, concepts: GlossaryEntry[]): string | null {
  // asked what it is set to, not only named among other words ("evaluate model test set code verbose")
  if (!ASKS_VALUE.test(question)) return null;
  const keywords = [...new Set([...code.matchAll(/(?<![\w.])([a-z][a-z_]*)=(?![=])/g)].map((m) => m[1]))];
  const q = `_${asIdentifier(question).replace(/[^a-z0-9_]+/g, '_')}_`;
  const names = new Set(concepts.flatMap((g) => [g.term.en, ...g.aliases.en].map(asIdentifier)));
  return keywords.find((k) => q.includes(`_${k}_`) || names.has(k)) ?? null;
}
