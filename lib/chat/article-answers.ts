// Answers to questions about the article itself, and the refusal: the editors' notes on where it
// is wrong or on one doubted claim (notesAnswer); "I don't know" with the closest topics
// (refusalAnswer); whether it mentions something (mentionAnswer, article-mention.ts); and what it is
// about (overviewAnswer), or its abstract and keywords (frontMatterAnswer). Only source text and fixed
// phrases (phrases.ts). Framework-free.
import { article, getSection } from '../content/article';
import { asCertain } from './calibration';
import type { EditorNote } from '../content/editor-notes';
import type { Lang } from '../content/types';
import { findGlossaryNames, glossaryNamesIn, type KnowledgeBase } from './knowledge';
import { terms } from './terms';
import { plainText, sentences } from './plain-text';
import { articleOnWords, isNameLike } from './article-mention';
import { focusConcept } from './concept-question';
import { quote } from './quote';
import { codeUsesOf } from './code-uses';
import { sectionHref, sectionLink } from './section-link';
import { markdownLiteral, rankedOrBest, sourceOf } from './answer-sources';
import { articleViewAnswer } from './glossary-answers';
import { PHRASES } from './phrases';
import type { ChatAnswer, Retrieval } from './types';

/** Editors' notes under `lead` ("Is the code in the article correct?": the notes on the article's
 *  errors; a doubted claim: the note on it), each under its title with a link to its section; those
 *  sections are the sources. */
export function notesAnswer(kb: KnowledgeBase, r: Retrieval, notes: EditorNote[], lead: string, lang: Lang): ChatAnswer {
  const blocks = notes.map((n) => {
    const link = sectionLink(n.sectionId, lang);
    return `**${n.title[lang]}**${lang === 'zh' ? `（${link}）` : ` (${link})`}\n\n${quote([n.body[lang]])}`;
  });
  const sections = [...new Set(notes.map((n) => n.sectionId))];
  return {
    answer: `${lead}\n\n${blocks.join('\n\n')}`,
    language: lang, kind: 'section', refused: false,
    sources: sections.map((id) => sourceOf(kb, rankedOrBest(r, id), lang)),
    suggestions: [], confidence: 1,
  };
}

/** "I don't know" with `lead` and the closest topics (the generic line when there are none). */
export function refusalAnswer(kb: KnowledgeBase, r: Retrieval, lead: string): ChatAnswer {
  const p = PHRASES[r.lang];
  const suggestions = r.ranked.filter((x) => x.score > 0).slice(0, 3).map((x) => sourceOf(kb, x, r.lang));
  const list = suggestions.map((s) => `- [${s.section} ${s.title}](${s.href})`).join('\n');
  return {
    answer: suggestions.length ? `${lead}\n\n${list}` : p.refusalNone,
    language: r.lang, kind: 'refusal', refused: true, sources: [], suggestions, confidence: r.inScope,
  };
}

/** "Does the article mention X?" (article-mention.ts): for a glossary concept, what the article says
 *  about it or that it never names it (then the definition); for anything else, the sentences that
 *  use its words, or "no mention" with the closest topics when X is a name. Answered whatever the
 *  refusal model says: the article's text decides. Null for a description the article does not
 *  use word for word (the usual retrieval answers it). */
export function mentionAnswer(kb: KnowledgeBase, r: Retrieval, subject: string, lang: Lang): ChatAnswer | null {
  const p = PHRASES[lang];
  // (not a concept whose name is only part of the subject, beside words the knowledge base never
  // uses: "bias-variance tradeoff" is no "bias" of weights and biases)
  const rest = glossaryNamesIn(kb, subject).reduce((x, h) => x.toLowerCase().split(h.name).join(' '), subject.normalize('NFKC'));
  const foreign = terms(rest).some((t) => !kb.focusIndex.vocabulary.has(t));
  const focus = foreign ? null : focusConcept(findGlossaryNames(kb, subject));
  // answered whatever the refusal model says, so shown as certain as a definition
  const confidence = asCertain(r.inScope);
  if (focus) {
    const g = kb.glossaryById.get(focus)!;
    const view = articleViewAnswer(kb, g, r, lang);
    // "文章有没有提到GPT": GPT is one of the Transformer entry's names, but the article never writes it
    const unwritten = view.kind === 'section' && !articleOnWords(subject, 'en') && !articleOnWords(subject, 'zh') && !codeUsesOf(g, lang);
    return { ...view, answer: unwritten ? `${p.mentionedAs(markdownLiteral(subject), g.term[lang])}\n\n${view.answer}` : view.answer, confidence };
  }
  const found = articleOnWords(subject, lang);
  // a description not found word for word ("可以直接跑的代码") is left to the usual retrieval
  if (!found) return isNameLike(subject) ? refusalAnswer(kb, r, p.noMention(markdownLiteral(subject))) : null;
  const s = getSection(found.section)!;
  return {
    answer: `${p.mentions(markdownLiteral(subject), s.id, s.title[lang])}\n\n${quote(found.sentences)}`,
    language: lang, kind: 'section', refused: false, sources: [sourceOf(kb, rankedOrBest(r, s.id), lang)], suggestions: [], confidence,
  };
}

/** "dropout 和 early stopping 文章里提到了吗": each thing's coverage answer under its name; null when
 *  one of them cannot be looked up word for word (the usual retrieval answers the question). */
export function mentionsAnswer(kb: KnowledgeBase, r: Retrieval, subjects: string[], lang: Lang): ChatAnswer | null {
  const answers = subjects.map((x) => mentionAnswer(kb, r, x, lang));
  if (answers.some((a) => a === null)) return null;
  const all = answers as ChatAnswer[];
  const answered = all.filter((a) => !a.refused);
  const sources = answered.flatMap((a) => a.sources).filter((x, i, xs) => xs.findIndex((y) => y.section === x.section && y.glossary?.id === x.glossary?.id) === i);
  return {
    answer: subjects.map((x, i) => `**${markdownLiteral(x)}**\n\n${all[i].answer}`).join('\n\n'),
    language: lang, kind: answered[0]?.kind ?? 'refusal', refused: answered.length === 0, sources,
    suggestions: answered.length ? [] : all[0].suggestions, confidence: Math.min(...all.map((a) => a.confidence)),
  };
}

/** "What is this article about?": the background's sentences that say what the article does, and
 *  the list of chapters (titles, linked). */
// "文章摘要讲了啥", "what is the abstract about", "关键词有哪些": the article's abstract or keywords,
// which stand above its first section (they were never searched: "摘要" was declined). "abstract"
// in another sense ("abstract features") is not asked about the article.
const ABSTRACT = /^(?:the )?abstract$|\b(?:the|its|this|article'?s|article’s|paper'?s|paper’s)\s+abstract\b|\babstract (?:of|say|says|said|about)\b|摘要|^tl;? ?dr$|\b(?:one|single)[- ]sentence summary of (?:the|this) article\b|\bsummari[sz]e (?:the|this) article in (?:one|a) sentence\b|用一句话(?:概括|总结|说说?)(?:一下)?(?:这篇|整篇)?(?:文章|全文)/i;
const KEYWORDS = /\bkey ?words?\b|关键词|关键字/i;

/** What a question asks of the article's front matter: its abstract, its keywords, or neither.
 *  A question naming a section ("第八章的摘要") asks about that section. */
export function asksFrontMatter(question: string, sectionRefs: string[]): 'abstract' | 'keywords' | null {
  if (sectionRefs.some((id) => id !== '1')) return null;
  const q = question.normalize('NFKC').toLowerCase().replace(/[\s?!.。？！]+$/u, '').trim();
  if (KEYWORDS.test(q) && !ABSTRACT.test(q)) return 'keywords';
  return ABSTRACT.test(q) ? 'abstract' : null;
}

/** The article's abstract (with its keywords when asked) and section 1's sentences about the
 *  article, cited as section 1, which the abstract stands above on the article page. */
export function frontMatterAnswer(r: Retrieval, lang: Lang, asked: 'abstract' | 'keywords'): ChatAnswer {
  const p = PHRASES[lang];
  const keywords = article.keywords[lang].join(lang === 'zh' ? '，' : ', ');
  const intro = getSection('1')!;
  const own = sentences(plainText(intro.body[lang])).filter((x) => /\bthis article\b|本文/i.test(x));
  const head = asked === 'keywords' ? `${p.keywords(keywords)}\n\n${p.abstract}\n\n${quote([article.abstract[lang]])}` : `${p.abstract}\n\n${quote([article.abstract[lang]])}\n\n${p.keywords(keywords)}`;
  const source = { section: '1', title: intro.title[lang], score: Number((r.ranked[0]?.score ?? 0).toFixed(4)), href: sectionHref('1') };
  return {
    answer: `${head}${own.length ? `\n\n${p.overview}\n\n${quote(own)}` : ''}`,
    language: lang, kind: 'section', refused: false, sources: [source], suggestions: [], confidence: asCertain(r.inScope),
  };
}

export function overviewAnswer(r: Retrieval, lang: Lang): ChatAnswer {
  const p = PHRASES[lang];
  const intro = getSection('1')!;
  const own = sentences(plainText(intro.body[lang])).filter((x) => /\bthis article\b|本文/i.test(x));
  const chapters = article.sections.filter((s) => s.parent === null).map((c) => `- ${sectionLink(c.id, lang)}`).join('\n');
  const source = { section: '1', title: intro.title[lang], score: Number((r.ranked[0]?.score ?? 0).toFixed(4)), href: sectionHref('1') };
  return {
    answer: `${p.overview}\n\n${quote(own.length ? own : sentences(plainText(intro.body[lang])).slice(0, 2))}\n\n${p.chapters}\n\n${chapters}`,
    language: lang, kind: 'section', refused: false, sources: [source], suggestions: [], confidence: r.inScope,
  };
}
