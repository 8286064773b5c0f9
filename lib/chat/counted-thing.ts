// "how many gates does a GRU have", "how many attention heads did the original transformer use",
// "how many clients does the server pick each round": a question that counts a thing. Any
// number in the section that retrieval finds (4.3's "10 neurons", 5.2's "Conv2D(32, …)") was taken
// as its answer (development set E, session 25: 48 of 80 questions about details the sources do not
// give were answered). The count must stand in one sentence or code line together with the thing
// counted, in the sections or in a named glossary entry's definition. Framework-free.
import { article } from '../content/article';
import { stem } from './terms';

// "how many attention heads", "how many of the weights" (the last word before a verb or the end)
const HOW_MANY_EN = /\bhow many\s+(?:of\s+(?:the\s+)?)?((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*?)(?=\s+(?:are|is|was|were|do|does|did|can|could|should|would|will|has|have|had|it|they|in|on|of|for|per|at|to|get|gets|and|or|with|each|there)\b|[?.!,]|\s*$)/i;
/** Words that count nothing by themselves ("how many more", "how many times"), or count what the
 *  article writes under another name ("how many possible answers does the final layer produce": its
 *  10 output labels). */
const NOT_THINGS = new Set(['more', 'times', 'time', 'ways', 'way', 'kinds', 'kind', 'types', 'type', 'of', 'the',
  'answers', 'answer', 'outputs', 'output', 'outcomes', 'predictions', 'options', 'choices', 'results', 'categories', 'things', 'items', 'parts', 'steps']);

/** Stems of the words of the article's English text. */
let articleWords: Set<string> | null = null;
function inArticle(word: string): boolean {
  articleWords ??= new Set(article.sections.flatMap((s) => (s.body.en.toLowerCase().match(/[a-z][a-z-]*/g) ?? []).map(stem)));
  return articleWords.has(word);
}

/** The thing an English counting question counts, as a stemmed word, when the article never writes
 *  it ("gate", "head", "client": the count of something the article does not discuss); null
 *  otherwise. Things the article writes ("neurons", "layers", "classes") are left to retrieval: it
 *  says them with numbers under other words ("10 output labels"). Chinese "几" and "多少" are not
 *  read: "哪几步", "这几年", "好几个小时" count nothing. */
export function countedThing(question: string): { en: string } | null {
  const m = HOW_MANY_EN.exec(question.normalize('NFKC'));
  if (!m) return null;
  const noun = m[1].trim().split(/\s+/).at(-1)!.toLowerCase();
  const word = stem(noun);
  return NOT_THINGS.has(noun) || inArticle(word) ? null : { en: word };
}

/** Whether one of `texts` has a line or sentence with a number and the counted thing. */
export function holdsCount(thing: { en: string }, texts: string[]): boolean {
  const pieces = texts.flatMap((t) => t.split(/\n|(?<=[.!?。！？；;])\s*/u));
  // (a year or a section number counts nothing: "(LSTM, Hochreiter and Schmidhuber, 1997) … gates")
  const counts = (p: string) => /\d/.test(p.replace(/\b(?:1[89]|20)\d\d\b|\bsections? \d+(?:\.\d+)?/gi, ' '));
  return pieces.some((p) => counts(p) && (p.toLowerCase().match(/[a-z][a-z-]*/g) ?? []).some((w) => stem(w) === thing.en));
}
