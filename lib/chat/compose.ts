// Composes a reply from retrieved sources, only with source text and fixed phrases (phrases.ts), all
// in the question's language: decides which answer a question gets, and writes the section answers
// itself (the FAQ's own answer for an FAQ match, a chapter's list of parts, otherwise the most
// relevant sentences or code lines of the best section, chosen by sentence-pick.ts). Questions about
// the article itself are answered from it before any threshold, in the order early-answers.ts gives: where it is wrong (the editors'
// notes, article-errors.ts, also for one doubted claim) and whether it mentions something
// (article-mention.ts), both answered in article-answers.ts; an answer that quotes a corrected claim
// carries its note (corrected-claims.ts). "What is the Chinese term for X?" gets the glossary's term
// and the article's sentence that writes it in both languages (term-translation.ts). Questions about which value to give a setting get the
// values the sources hold (setting-question.ts), and whether the example code uses a concept its
// statements (code-uses.ts), both answered in code-answers.ts. A named concept gets its glossary
// definition (two or three for a comparison) or what the article says about it (glossary-answers.ts).
// A comparison with one concept is answered from its entry or declined (one-sided-comparison.ts); a
// question asked of a chapter goes to the part that holds the answer (chapter-part.ts); quoted prose
// brings the code it names or introduces, and shown code the walkthrough step that explains it
// (quoted-code.ts); a question quoting a token only the code writes is answered from that code
// (code-token.ts). "Which X does the article use / recommend?" gets the sentences that say it uses
// one and the code's statements, or that it recommends none; "is X better than Y?" says when the
// article gives no verdict. A question asked in the other language quotes the same sentences
// (alignedSentences, sentence-pick.ts). Below the calibrated threshold: "I don't know" with the
// closest topics (article-answers.ts). The sources an answer cites: answer-sources.ts.
import { article, childrenOf, getSection } from '../content/article';
import { asCertain } from './calibration';
import type { GlossaryEntry } from '../content/glossary';
import type { Lang } from '../content/types';
import { findGlossaryNames, type KnowledgeBase } from './knowledge';
import { codeBlocks, plainText, quotableText, sentences } from './plain-text';
import { remedyAnswer } from './remedy';
import { earlyAnswer } from './early-answers';
import { asksAboutArticleInstance, asksAboutThing, asksComparison, asksArticleView, asksFormula, asksHowTo, comparedTriple, firstNamedConcept, focusConcept, isBroadConcept, isFieldConcept, namesConcept, namesOf, namesOnlyInOtherSense, speaksOfExtremes } from './concept-question';
import { quote } from './quote';
import { detectLanguage } from './language';
import { codeIntroducedBy, codeNamedBy, walkthroughOf } from './quoted-code';
import { askedPart, titledPart } from './chapter-part';
import { definitionNamesOther, uncomparedNames, unknownName, unknownSide } from './one-sided-comparison';
import { asksWhich } from './code-uses';
import { codeQuoted, keywordNamed, linesWriting, withoutModulePrefixes } from './code-token';
import { withEditorNotes } from './corrected-claims';
import { sectionLink } from './section-link';
import { ALSO_RELEVANT, glossarySource, markdownLiteral, MAX_SOURCES, rankedOrBest, sourceOf } from './answer-sources';
import { alignedSentences, ASKED_LIST_ITEMS, ASKS_LIST, ASKS_SEVERAL, ASKS_WHOLE_LIST, bestOverlap, LIST_ITEMS, relevantCodeLines, relevantSentences, sentencesWithFormula, writesAskedFormula } from './sentence-pick';
import { articleViewAnswer, comparisonAnswer, figureConcept, glossaryAnswer } from './glossary-answers';
import { overviewAnswer, refusalAnswer } from './article-answers';
import { apiUses, codeUseAnswer } from './code-answers';
import { PHRASES } from './phrases';
import { terms } from './terms';
import type { ChatAnswer, Retrieval } from './types';

// engine.ts imports these from here
export { markdownLiteral, sourceOf } from './answer-sources';

/** "Which optimizer does the article recommend?", "文章推荐用哪个优化器". */
function asksArticleRecommendation(question: string): boolean {
  // (not a remedy: "what does the article recommend against overfitting", "文章建议怎么防止过拟合": set D)
  if (/\brecommend\w*\s+(?:against|for (?:fixing|preventing|avoiding|reducing|dealing with))\b|\b(?:to|for) (?:prevent|avoid|fix|reduce|combat|fight|deal with|handle)\b|防止|避免|解决|应对|缓解|对付/i.test(question.normalize('NFKC'))) return false;
  return /\b(?:does|did|do) (?:the |this )?(?:article|author|text|tutorial) (?:\w+ )?(?:recommend|suggest|advise)\b|\bbest\b[^?]*\b(?:according to|in|by) (?:the|this) (?:article|author)\b|(?:文章|作者)(?:里|中)?(?:认为)?最好的|\b(?:recommended|suggested) (?:by|in) (?:the|this) (?:article|author|text)\b|(?:文章|作者|本文)(?:里|中)?(?:推荐|建议)(?:用|使用|了)?(?:哪|什么|啥)/i.test(question.normalize('NFKC'));
}

/** Sections that list resources (books, papers, frameworks) by name: they explain nothing. */
const RESOURCE_LISTS = new Set(['7']);

/** Whether an item of the resource list `section` is headed by one of the concept's names ("- PyTorch:
 *  …", "- TensorFlow：…"): that item does describe it. */
function listItemFor(kb: KnowledgeBase, section: string, id: string): boolean {
  const names = new Set(namesOf(kb, id));
  const body = getSection(section)!.body;
  return `${body.en}\n${body.zh}`.split('\n').some((line) => {
    const head = /^\s*[-*]\s*(.+?)\s*[:：]/.exec(line.normalize('NFKC'))?.[1];
    return head !== undefined && names.has(head.replace(/\*/g, '').trim().toLowerCase());
  });
}

const WHY = /\bwhy\b|为什么|为啥|为何/i;

/** Whether the concept's definition shares more of what a why-question asks (its terms other than
 *  the concept's names) than any sentence of the cited section does. */
function whyInDefinition(kb: KnowledgeBase, g: GlossaryEntry, r: Retrieval, sectionBody: string): boolean {
  const names = new Set(terms(`${g.term.en} ${g.term.zh}`));
  const asked = r.terms.filter((t) => !names.has(t));
  if (!asked.length) return false;
  return bestOverlap(kb, [g.definition.en, g.definition.zh], asked) > bestOverlap(kb, sentences(plainText(sectionBody)), asked);
}

/** The reply to retrieval `r`, with the editors' note for any corrected claim it quotes. */
export function compose(kb: KnowledgeBase, r: Retrieval, threshold: number): ChatAnswer {
  return withEditorNotes(composeReply(kb, r, threshold));
}

// asks what a program does as a whole ("What does the code in section 5.2 do?", "5.2节的代码是干什么的")
// What code lines are for: "why …", "what's this line for / doing", "what does X do / configure / mean",
// "这一行是干啥的", "什么意思", "作用"
const ASKS_PURPOSE = /\bwhy\b|\bwhat(?:'s|s| is| are)\b[^?]{0,60}\b(?:for|doing)\b|\bwhat (?:does|do)\b[^?]{1,60}\b(?:do|configure|mean|set up)\b|\b(?:purpose|point) of\b|为什么|为啥|干啥|干嘛|做什么|是干什么|什么意思|啥意思|作用/i;
const WHAT_CODE_DOES = /\bwhat (?:does|is) (?:the |this |that )?(?:\w+ ){0,4}(?:code|program|script|example)\b.*\bdo(?:ing)?\b|\bwhat (?:does|is) (?:it|this|that) (?:code )?do(?:ing)?\b|\bexplain (?:the |this )?(?:\w+ )?(?:code|program)\b|(?:代码|程序)(?:是)?(?:在)?(?:干什么|干嘛|做什么|干啥|做啥|是干什么)|(?:代码|程序)(?:的)?(?:作用|功能|意思)|解释(?:一下)?(?:这段)?代码/i;

/** Question and how-to words that any FAQ title's frame allows ("怎么避免" for 如何防止). */
const TITLE_FRAME_WORDS = new Set(terms('how to can could do does i we you avoid prevent stop'));
const TITLE_FRAME_CHARS = '怎么如何样避免防止能可以吗呢啊要该';

/** Whether `question` asks `title`'s question of the concept `id` instead of the title's own one:
 *  the title names another (not broad) concept, and the question's other words are all the title's. */
function asksInTitleFrame(kb: KnowledgeBase, question: string, id: string, title: string): boolean {
  const other = findGlossaryNames(kb, title).filter((x) => !isBroadConcept(x) && x !== id);
  if (!other.length) return false;
  const without = (text: string, ids: string[]) => ids.flatMap((x) => namesOf(kb, x)).sort((a, b) => b.length - a.length).reduce((t, n) => t.split(n).join(' '), text.normalize('NFKC').toLowerCase());
  const titleRest = without(title, other);
  const rest = without(question, [id]);
  // Chinese by characters (its index terms are character pairs)
  if (/\p{Script=Han}/u.test(rest)) return [...rest.replace(/[^\p{Script=Han}]/gu, '')].every((c) => titleRest.includes(c) || TITLE_FRAME_CHARS.includes(c));
  const titleTerms = new Set(terms(titleRest));
  return terms(rest).filter((t) => !TITLE_FRAME_WORDS.has(t)).every((t) => titleTerms.has(t));
}

function composeReply(kb: KnowledgeBase, r: Retrieval, threshold: number): ChatAnswer {
  const lang = r.lang;
  const p = PHRASES[lang];
  const top = r.ranked[0];
  // questions about the article, its code, its errors and the reader's own situation (early-answers.ts)
  const early = earlyAnswer(kb, r, threshold);
  if (early) return early;
  // "Which optimizer does the article recommend?": its resource list (section 7) names no
  // optimizer, so the answer says that and shows what the example code uses (not for what the list
  // does name: "Which framework does the article recommend?")
  const recommended = asksArticleRecommendation(r.question) && asksWhich(r.question) && !r.missingFact && r.features.unknownWord === 0 ? focusConcept(r.glossaryHits) : null;
  const unlisted = recommended && ![...RESOURCE_LISTS].some((id) => namesConcept(`${getSection(id)!.body.en}\n${getSection(id)!.body.zh}`, recommended, kb)) ? kb.glossaryById.get(recommended)! : null;
  const notRecommended = unlisted ? codeUseAnswer(kb, unlisted, r, lang, p.notRecommended(unlisted.term[lang])) : null;
  if (notRecommended) return notRecommended;
  // one concept compared with something that is no glossary concept: "LSTM vs GRU" (the LSTM entry
  // says what a GRU is) gets that definition; "LSTM vs xLSTM" (never named anywhere) is declined
  const single = r.glossaryHits.length === 1 && !r.compared && !r.sectionRefs.length && asksComparison(r.question) ? kb.glossaryById.get(r.glossaryHits[0])! : null;
  // ("WordPiece 和 BPE 具体区别在哪里": two names the entry lists but never tells apart; session 28)
  const uncompared = single ? uncomparedNames(kb, single, r.question) : null;
  if (uncompared) return refusalAnswer(kb, r, p.uncompared(...uncompared.map(markdownLiteral) as [string, string]));
  if (single && definitionNamesOther(kb, single, r)) return glossaryAnswer(kb, single, r, lang);
  // ("神经网络和线性回归是什么关系": the other side as a Chinese term or a name of several words)
  const unknownOther = single ? unknownName(kb, r) ?? unknownSide(kb, r.question, namesOf(kb, single.id)) : null;
  if (unknownOther) return refusalAnswer(kb, r, p.unexplained(markdownLiteral(unknownOther)));
  // a comparison of two things no glossary concept names, one of which no source writes ("语义分割和
  // 实例分割有什么区别": section 6 writes 图像分割 only; set mentioned-check, session 28)
  const unnamedSide = !r.glossaryHits.length && !r.sectionRefs.length && asksComparison(r.question) ? unknownSide(kb, r.question, []) : null;
  if (unnamedSide) return refusalAnswer(kb, r, p.unexplained(markdownLiteral(unnamedSide)));
  // "代码里为什么要除以255？", "What does validation_split=0.1 mean?": a token only the example code
  // writes; its section answers (its lines, then the walkthrough step), whatever the refusal model says
  const quoted = top && !r.missingFact && !r.sectionRefs.length ? codeQuoted(r.question, lang) : null;
  const quotedCode = quoted?.section ?? null;
  const unprefixedNames = quoted ? findGlossaryNames(kb, withoutModulePrefixes(r.question)) : null;
  // (a concept the question names keeps its definition, "what is categorical_crossentropy" is
  // cross-entropy's; a module prefix names none: "tf.newaxis" does not ask what TensorFlow is)
  const definitionAsked = r.concept !== null && r.definitional && (unprefixedNames?.includes(r.concept) ?? true);
  if (quotedCode && (quotedCode !== top!.section || r.inScope < threshold) && !definitionAsked) {
    return composeReply(kb, { ...r, inScope: asCertain(Math.max(r.inScope, threshold)), ranked: [rankedOrBest(r, quotedCode), ...r.ranked.filter((x) => x.section !== quotedCode)] }, threshold);
  }
  if (!top || (r.inScope < threshold && !quotedCode)) {
    // "the article touches on this" only when the section classifier finds the question in scope:
    // "How many parameters does GPT-4 have?" asks about something the article never discusses
    return refusalAnswer(kb, r, r.missingFact ? (r.features.outOfScope < 0.5 ? p.missingFact : p.missingFactElsewhere)(p.facts[r.missingFact])
      : r.unexplainedFocus ? p.unexplained(markdownLiteral(r.unexplainedFocus))
      : p.refusal);
  }
  const compared = r.compared ?? comparedTriple(r.question, r.glossaryHits, kb);
  if (compared) return comparisonAnswer(kb, compared, r, lang);
  const g = r.concept ? kb.glossaryById.get(r.concept) : undefined;
  if (g && r.definitional && (!quotedCode || definitionAsked)) return asksArticleView(r.question) ? articleViewAnswer(kb, g, r, lang) : glossaryAnswer(kb, g, r, lang);
  if (r.factGlossary) return glossaryAnswer(kb, kb.glossaryById.get(r.factGlossary)!, r, lang);
  // "how many images does mnist have?": the definition gives the figure the section does not
  const figure = !r.sectionRefs.length ? figureConcept(kb, r, focusConcept(r.glossaryHits)) : null;
  if (figure) return glossaryAnswer(kb, figure, r, lang);

  if (r.aboutArticle) return overviewAnswer(r, lang);

  const section = getSection(top.section)!;
  const sectionText = `${section.title.en}\n${section.title.zh}\n${section.body.en}\n${section.body.zh}`;
  // several concepts named: the first named is the subject ("联邦学习是怎么保护隐私的")
  const named = r.glossaryHits.filter((h) => !isBroadConcept(h));
  const focus = focusConcept(r.glossaryHits) ?? (named.length > 1 ? firstNamedConcept(r.question, named, kb) : null);
  // a concept named only by a quoted identifier's module prefix ("tf.newaxis") is not the subject
  const prefixOnly = focus !== null && unprefixedNames !== null && !unprefixedNames.includes(focus);
  const focusEntry = focus && !prefixOnly ? kb.glossaryById.get(focus)! : undefined;
  const sectionNamesFocus = focusEntry !== undefined && namesConcept(sectionText, focusEntry.id, kb);
  const aboutThing = asksAboutThing(r.question);
  // the concept's own section, or a list of resources, that never explains it
  const silentLink = focusEntry !== undefined && aboutThing
    && ((focusEntry.section === top.section && !sectionNamesFocus) || (RESOURCE_LISTS.has(top.section) && !listItemFor(kb, top.section, focusEntry.id)));
  // any other cited section that never names it, when the question asks what it is, how to deal
  // with it or its formula
  const silentOther = focusEntry !== undefined && (aboutThing || asksHowTo(r.question) || asksFormula(r.question))
    && !sectionNamesFocus && !isFieldConcept(focusEntry.id) && !RESOURCE_LISTS.has(top.section)
    // a FAQ keeps the question it matched when that asks how to do something; what the concept is
    // or shows it cannot say ("what exactly is the saliency map showing me" led to FAQ 9.5's list)
    // (nor when it asks the FAQ title's question of another concept: "how to avoid underfitting" matched
    // 9.7, "How can deep learning models avoid overfitting?", tour 8; checked last, as it is the dearest)
    && (section.parent !== '9' || r.features.classifier < 0.5 || aboutThing || asksInTitleFrame(kb, r.question, focusEntry.id, section.title[lang]));
  if (focusEntry && !r.sectionRefs.length && (silentLink || silentOther)) {
    // "How does Grad-CAM highlight important regions?" led to FAQ 9.5, which never names Grad-CAM:
    // its text cannot say anything about the concept, the glossary entry that links there can. Nor
    // can a list of books, papers and frameworks: "how is attention computed" led to section 7's
    // line on PyTorch's "wide attention". Session 15: the same for any cited section that never
    // names the one concept asked about, and for how-to questions about it ("How does an LSTM
    // remember things?" quoted 5.4's "The output is as follows:", "梯度消失怎么解决" a formula of
    // 4.3). Broad concepts ("how do I learn deep learning") and FAQ answers keep their sections: a
    // FAQ answers the question it matched even when it does not name the concept ("waiting forever
    // for each epoch, any way to make it quicker" → 9.6), unless the section classifier gives that
    // FAQ under even odds ("What is BERT trained on?" led to 9.7 on overfitting at p = 0.10).
    return asksArticleView(r.question) ? articleViewAnswer(kb, focusEntry, r, lang) : glossaryAnswer(kb, focusEntry, r, lang);
  }
  if (focusEntry && !r.sectionRefs.length && WHY.test(r.question) && !isFieldConcept(focusEntry.id) && !isBroadConcept(focusEntry.id)
    && !codeBlocks(section.body[lang]).length && (section.parent !== '9' || r.features.classifier < 0.5)
    && whyInDefinition(kb, focusEntry, r, section.body[lang])) {
    // "激活函数为啥非得是非线性的" quoted 3.1 on the forward pass: the definition says why. Not for
    // the field and broad concepts, whose definitions say what they are, nor where code shows the
    // concept at work or a FAQ matched the question with some confidence (as for silentOther)
    return glossaryAnswer(kb, focusEntry, r, lang);
  }
  if (focusEntry && !r.sectionRefs.length && speaksOfExtremes(r.question) && speaksOfExtremes(focusEntry.definition[lang])) {
    // "学习率设太大会咋样" led to FAQ 9.8's "调整学习率": the definition says what a too large or too
    // small value does
    return glossaryAnswer(kb, focusEntry, r, lang);
  }
  const used = focusEntry && !r.sectionRefs.length && aboutThing ? apiUses(focusEntry, r.question, lang) : null;
  if (used) {
    // "what does MaxPooling2D((2, 2)) do": the definition explains that very layer, the code shows it
    return glossaryAnswer(kb, focusEntry!, r, lang, `${p.codeUses(used.section, getSection(used.section)!.title[lang])}\n\n\`\`\`python\n${used.lines.join('\n')}\n\`\`\``);
  }
  const sources = [top, ...r.ranked.slice(1).filter((x) => x.score >= ALSO_RELEVANT * top.score)].slice(0, MAX_SOURCES).map((x) => sourceOf(kb, x, lang));
  if (section.parent === '9') {
    return {
      answer: `${p.faq(section.id, section.title[lang])}\n\n${section.body[lang].trim()}`,
      language: lang, kind: 'faq', refused: false, sources, suggestions: [], confidence: r.inScope,
    };
  }
  const children = childrenOf(section.id);
  // "第8章说未来有哪些发展趋势": the part the question names by its title
  const titled = children.length && plainText(section.body[lang]) ? titledPart(r.question, section.id, detectLanguage(r.question)) : null;
  if (titled) return composeReply(kb, { ...r, ranked: [rankedOrBest(r, titled), ...r.ranked.filter((x) => x.section !== titled)] }, threshold);
  // "sigmoid求导为啥是a(1-a)": the section that writes the formula the question writes (4.2's step 3),
  // when the best one does not (4.3 writes it for yⱼ)
  const writesIt = (id: string) => sentencesWithFormula(quotableText(getSection(id)!.body[lang]), r.question).length > 0;
  const formulaHolder = plainText(section.body[lang]) && !writesIt(section.id)
    ? [...r.ranked.map((x) => x.section), ...article.sections.map((x) => x.id)].find((id) => id !== section.id && writesIt(id)) : undefined;
  if (formulaHolder) return composeReply(kb, { ...r, ranked: [rankedOrBest(r, formulaHolder), ...r.ranked.filter((x) => x.section !== formulaHolder)] }, threshold);
  if (!plainText(section.body[lang]) && children.length) {
    // "What loss function is used in the math derivation section?" asks something of one part
    const part = askedPart(kb, r, section.id);
    if (part) return composeReply(kb, { ...r, ranked: [rankedOrBest(r, part), ...r.ranked.filter((x) => x.section !== part && x.section !== section.id)] }, threshold);
    const list = children.map((c) => `- ${sectionLink(c.id, lang)}`).join('\n');
    return { answer: `${p.chapter(section.id, section.title[lang])}\n\n${list}`, language: lang, kind: 'section', refused: false, sources, suggestions: [], confidence: r.inScope };
  }
  const code = codeBlocks(section.body[lang]).join('\n\n');
  // the concepts' English names, and their one-word aliases as code writes them ("交叉熵" →
  // "crossentropy", found in categorical_crossentropy)
  // (not the numbers of a section the question names: "the code in section 5.2" matched "(2, 2)")
  const codeTerms = [...r.terms.filter((t) => !r.sectionRefs.some((id) => id.split('.').includes(t) || id === t)), ...r.glossaryHits.flatMap((id) => { const g = kb.glossaryById.get(id)!; return terms([g.term.en, ...g.aliases.en.filter((a) => !/[\s-]/.test(a))].join(' ')); })];
  const prose = sentences(plainText(section.body[lang]));
  if (code && (prose.length <= 1 || bestOverlap(kb, code.split('\n'), codeTerms) > bestOverlap(kb, prose, codeTerms))) {
    // The question is about the code (identifiers, arguments): quote the matching lines. A section
    // that is all code but for one introducing sentence (5.2) is answered with its code too: the
    // sentence alone ("The following is a simple neural network implementation …") says nothing.
    // the lines that write the token the question quotes ("tf.newaxis"), when it does
    const quotedToken = quotedCode === section.id ? quoted!.token : null;
    // or the keyword argument it names ("How many epochs does the model train for?" → `epochs=5`)
    const keyword = quotedToken ?? keywordNamed(code, r.question, r.glossaryHits.map((id) => kb.glossaryById.get(id)!));
    const written = keyword ? linesWriting(code, keyword) : [];
    const lines = written.length ? written : relevantCodeLines(kb, code, codeTerms);
    if (focusEntry && !r.sectionRefs.length && aboutThing && !asksAboutArticleInstance(r.question) && lines.some((l) => namesConcept(l, focusEntry.id, kb))) {
      // "Why is softmax used in the last layer?": the code shows where, the definition says what it does.
      const uses = lines.filter((l) => namesConcept(l, focusEntry.id, kb));
      return glossaryAnswer(kb, focusEntry, r, lang, `${p.codeUses(section.id, section.title[lang])}\n\n\`\`\`python\n${uses.join('\n')}\n\`\`\``);
    }
    // "Why does the code divide by 255?": the walkthrough's step that explains the lines (5.3's
    // "Preprocessing the data: The data is normalized …") follows them
    // "What does the code in section 5.2 do?": the whole program, with every step of the walkthrough
    const whole = lines.length === code.split('\n').length && WHAT_CODE_DOES.test(r.question);
    const explained = walkthroughOf(section.id, lines, lang, terms, whole ? Infinity : undefined);
    const explanation = explained ? `\n\n${p.walkthrough(explained.section, getSection(explained.section)!.title[lang], explained.items.length)}\n\n${quote(explained.items)}` : '';
    const walkthroughSource = explained ? sourceOf(kb, rankedOrBest(r, explained.section), lang) : null;
    const quotedLines = `${p.code(section.id, section.title[lang])}\n\n${prose[0] ? `${quote([prose[0]])}\n\n` : ''}\`\`\`python\n${lines.join('\n')}\n\`\`\``;
    // "why divide by 255?", "x_train[..., tf.newaxis] 这一行是干啥的": what the lines are for is the
    // walkthrough's to say, so it comes first, source and text (five development sets and the field
    // check put these questions in the walkthrough's section; session 28)
    // (not when the question names the code's section, "what does the code in section 5.2 do", nor the whole program)
    if (walkthroughSource && explained!.section !== section.id && !whole && !r.sectionRefs.includes(section.id) && ASKS_PURPOSE.test(r.question)) {
      return {
        answer: `${explanation.trim()}\n\n${quotedLines}`,
        language: lang, kind: 'section', refused: false, sources: [walkthroughSource, ...sources.filter((x) => x.section !== explained!.section)].slice(0, MAX_SOURCES), suggestions: [], confidence: r.inScope,
      };
    }
    const explainedSources = walkthroughSource && !sources.some((x) => x.section === explained!.section) ? [...sources, walkthroughSource].slice(0, MAX_SOURCES) : sources;
    return {
      answer: `${quotedLines}${explanation}`,
      language: lang, kind: 'section', refused: false, sources: explainedSources, suggestions: [], confidence: r.inScope,
    };
  }
  const queryTerms = [...r.terms, ...r.glossaryHits.flatMap((id) => { const e = kb.glossaryById.get(id)!; return terms(`${e.term.en} ${e.term.zh}`); })];
  // not a sentence that uses the concept's name in an everyday sense ("attracted wide attention")
  const skip = focusEntry ? (x: string) => namesOnlyInOtherSense(x, focusEntry.id, kb) : undefined;
  const pick = (l: Lang) => relevantSentences(kb, quotableText(section.body[l]), queryTerms, l === 'zh' ? 3 : 2, skip, ASKS_LIST.test(r.question) || ASKS_WHOLE_LIST.test(r.question) || asksFormula(r.question) ? ASKED_LIST_ITEMS : LIST_ITEMS, ASKS_WHOLE_LIST.test(r.question), ASKS_SEVERAL.test(r.question));
  // asked in one language, answered in the other ("用中文说" after an English answer, "那LSTM呢"):
  // the sentences are chosen in the question's language, whose words they share, and shown in the
  // answer's language, sentence for sentence
  const asked = detectLanguage(r.question);
  // a formula the question writes ("a_i(1-a_i) 是从哪来的"): the sentences that write it
  const formula = sentencesWithFormula(quotableText(section.body[lang]), r.question);
  // …and a glossary definition that writes it says where it comes from (the sigmoid's a(1 - a))
  const formulaEntry = formula.length ? [...kb.glossaryById.values()].find((g) => writesAskedFormula(g.definition[lang], r.question)) : undefined;
  const picked = formula.length ? formula : (asked !== lang ? alignedSentences(section.id, pick(asked), asked, lang) : null) ?? pick(lang);
  // "What optimizer and loss are used in the compile step?": 5.3's sentence on `compile` names no
  // value, the statement it names in 5.2's code does
  const codeQuery = new Set([...r.terms, ...r.glossaryHits.flatMap((id) => { const g = kb.glossaryById.get(id)!; return terms([g.term.en, ...g.aliases.en.filter((a) => !/[\s-]/.test(a))].join(' ')); })]);
  const statements = codeNamedBy(section.id, picked, lang, (c) => [...new Set(terms(c))].reduce((a, t) => a + (codeQuery.has(t) ? kb.bm25.idf(t) : 0), 0));
  const codeTail = statements ? `\n\n${p.code(statements.section, getSection(statements.section)!.title[lang])}\n\n\`\`\`python\n${statements.lines.join('\n')}\n\`\`\`` : '';
  if (statements && !sources.some((x) => x.section === statements.section)) sources.push(sourceOf(kb, rankedOrBest(r, statements.section), lang));
  // "计算资源消耗大怎么解决": the problem, then what the article says would help (remedy.ts)
  const remedy = section.id === top.section ? remedyAnswer(kb, r, picked) : null;
  if (remedy) return remedy;
  // "安装TensorFlow用啥命令": the quoted step introduces the command, which plain text dropped
  const introduced = codeIntroducedBy(section.body[lang], picked).map((c) => `\n\n\`\`\`${c.language}\n${c.code}\n\`\`\``).join('');
  const entryTail = formulaEntry ? `\n\n${p.glossary(formulaEntry.term[lang])}\n\n${quote([formulaEntry.definition[lang]])}` : '';
  if (formulaEntry) sources.push(glossarySource(kb, formulaEntry, r, lang));
  return {
    answer: `${p.section(section.id, section.title[lang])}\n\n${quote(picked)}${introduced}${codeTail}${entryTail}`,
    language: lang, kind: 'section', refused: false, sources, suggestions: [], confidence: r.inScope,
  };
}
