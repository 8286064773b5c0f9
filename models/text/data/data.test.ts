// Training data generators are seeded and balanced; the held-out sets are the
// right size, bilingual, and share no sentence with the training data.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/util/rng';
import { englishLexicon, naturalSentiment, naturalSentimentTest, sentimentExamples } from './sentiment-data';
import { HANDWRITTEN_SENTIMENT } from './sentiment-handwritten';
import { sentimentNegationChecks } from './sentiment-negation-checks';
import { EN_ASPECTS, ZH_ASPECTS } from './sentiment-aspects';
import { sentimentAspectProbe, sentimentPlainProbe } from './sentiment-probes';
import { articleTopicSentences, topicExamples } from './topic-data';
import { passages, queries, secondSetQuestions, splitQueries } from './embed-data';
import { readHeldOut } from '../evaluate';

const norm = (s: string) => s.toLowerCase().replace(/[\s\p{P}]/gu, '');

describe('training data', () => {
  it('is reproducible from the seed and roughly balanced', () => {
    const a = sentimentExamples(mulberry32(5), 2000);
    const b = sentimentExamples(mulberry32(5), 2000);
    expect(a.map((e) => e.text)).toEqual(b.map((e) => e.text));
    const pos = a.filter((e) => e.label === 1).length / a.length;
    expect(pos).toBeGreaterThan(0.4);
    expect(pos).toBeLessThan(0.6);
    expect(a.filter((e) => e.lang === 'zh').length / a.length).toBeGreaterThan(0.4);
  });
  it('composes contrast examples (tried in session 8, not shipped) labelled by the clause after the connector', () => {
    const hand = new Set(HANDWRITTEN_SENTIMENT.map((e) => e.text));
    const composed = sentimentExamples(mulberry32(3), 0, 0, 0, 200).filter((e) => !hand.has(e.text));
    expect(composed.length).toBe(200);
    const natural = naturalSentiment().train;
    for (const e of composed) {
      const b = natural.filter((n) => n.lang === e.lang && e.text.toLowerCase().endsWith(n.text.trim().toLowerCase()) && e.text.length > n.text.trim().length);
      expect(b.length, e.text).toBeGreaterThan(0);
      expect(b.some((n) => n.label === e.label), e.text).toBe(true);
      expect(e.text, e.text).toMatch(e.lang === 'en' ? /, but |\. But |However, |That said, |Still, |^Although / : /但是|不过|可是|。但/);
    }
    expect(composed.filter((e) => e.label === 1).length).toBeGreaterThan(60);
    expect(composed.filter((e) => e.lang === 'zh').length).toBeGreaterThan(60);
    // with contrast = 0 (the shipped setting) the data are what they were before it existed
    expect(sentimentExamples(mulberry32(5), 300, 1, 0, 0).map((e) => e.text)).toEqual(sentimentExamples(mulberry32(5), 300, 1).map((e) => e.text));
  });
  it('draws on the real lexicons', () => {
    const lex = englishLexicon();
    expect(lex.pos.length).toBeGreaterThan(500);
    expect(lex.neg.length).toBeGreaterThan(1000);
    expect(lex.pos).toContain('good');
    expect(lex.neg).toContain('bad');
  });
  it('covers all six topics in both languages, with article sentences', () => {
    const t = topicExamples(mulberry32(2), 3000);
    for (let l = 0; l < 6; l++) for (const lang of ['en', 'zh']) expect(t.some((e) => e.label === l && e.lang === lang)).toBe(true);
    expect(articleTopicSentences().length).toBeGreaterThan(50);
  });
  it('pairs questions in both languages with every article section', () => {
    const ids = new Set(passages().map((p) => p.sectionId));
    for (const id of ids) for (const lang of ['en', 'zh']) expect(queries().some((q) => q.sectionId === id && q.lang === lang)).toBe(true);
    const { train, heldout } = splitQueries();
    expect(heldout.length).toBeGreaterThan(40);
    expect(train.some((q) => heldout.some((h) => h.text === q.text))).toBe(false);
  });
  it.each([
    ['the sixth natural batch (a natural test set)', naturalSentimentTest, 1800, 900],
    ['the negation checks', sentimentNegationChecks, 60, 30],
    ['the plain probe', sentimentPlainProbe, 40, 16],
    ['the aspect probe', sentimentAspectProbe, 28, 14],
  ] as const)('keeps %s out of sentiment training', (_, sentences, n, positives) => {
    const test = sentences();
    expect(test.length).toBe(n);
    expect(test.filter((e) => e.label === 1).length).toBe(positives);
    const trained = new Set(sentimentExamples(mulberry32(1), 15000).map((e) => norm(e.text)));
    expect(test.filter((e) => trained.has(norm(e.text)))).toEqual([]);
  });
  it('adds aspect statements in which every noun is praised and blamed alike, and nothing else changes', () => {
    const base = sentimentExamples(mulberry32(3), 400);
    const withAspects = sentimentExamples(mulberry32(3), 400, undefined, 4000);
    expect(withAspects.length).toBe(base.length + 4000);
    const texts = new Set(withAspects.map((e) => e.text));
    expect(base.filter((b) => !texts.has(b.text))).toEqual([]);
    const extra = withAspects.filter((e) => !base.some((b) => b.text === e.text));
    expect(extra.filter((e) => e.label === 1).length / extra.length).toBeCloseTo(0.5, 1);
    for (const [one, many] of EN_ASPECTS.slice(0, 10)) {
      const has = (e: { text: string }) => new RegExp(`\\b(${one}|${many})\\b`, 'i').test(e.text);
      expect(extra.some((e) => e.label === 1 && has(e)), one).toBe(true);
      expect(extra.some((e) => e.label === 0 && has(e)), one).toBe(true);
    }
    for (const n of ZH_ASPECTS.slice(0, 10)) for (const label of [0, 1]) expect(extra.some((e) => e.label === label && e.text.includes(n)), n).toBe(true);
    const held = new Set([...readHeldOut('sentiment'), ...sentimentNegationChecks(), ...naturalSentimentTest()].map((e) => norm(e.text)));
    expect(extra.filter((e) => held.has(norm(e.text)))).toEqual([]);
  });
  it('keeps the second set of reader questions out of training (a held-out retrieval set)', () => {
    const second = secondSetQuestions();
    expect(second.length).toBe(28 * 24);
    const trained = new Set(queries().map((q) => q.text.toLowerCase()));
    expect(second.filter((q) => trained.has(q.text.toLowerCase()))).toEqual([]);
    const ids = new Set(passages().map((p) => p.sectionId));
    for (const q of second) expect(ids.has(q.sectionId), q.sectionId).toBe(true);
  });
});

describe('held-out sets', () => {
  it('have >= 200 sentiment and >= 120 topic sentences, about half Chinese', () => {
    const s = readHeldOut('sentiment');
    const t = readHeldOut('topic');
    expect(s.length).toBeGreaterThanOrEqual(200);
    expect(t.length).toBeGreaterThanOrEqual(120);
    for (const set of [s, t]) expect(Math.abs(set.filter((e) => e.lang === 'zh').length / set.length - 0.5)).toBeLessThan(0.1);
  });
  it('share no sentence with the training data', () => {
    const train = new Set([...sentimentExamples(mulberry32(1), 30000), ...topicExamples(mulberry32(2), 12000)].map((e) => norm(e.text)));
    const overlap = [...readHeldOut('sentiment'), ...readHeldOut('topic')].filter((e) => train.has(norm(e.text)));
    expect(overlap).toEqual([]);
  });
});
