// Trial (not shipped): does averaging the shipped sentiment model's probability with VADER's
// rule-based score (Hutto & Gilbert 2014, the `vader-sentiment` package: a lexicon with negation,
// intensifier and "but" rules) help on English text? VADER reads English only, so the Chinese
// predictions cannot change. Scores the blend p = (1 − w)·p_model + w·(compound + 1) / 2 on the
// sets validate-natural.ts uses, never on the held-out set: the natural validation sentences, the
// natural test batch and the negation checks (English part of each).
//
//   npx tsx models/text/try-lexicon-blend.ts
//
// Session 8's shipping rule (models/text/README.md, GloVe section) applies: natural validation (both
// languages) at least 86.6 %, and no fall on the natural test set or the negation checks.
import path from 'node:path';
import * as ort from 'onnxruntime-node';
// @ts-expect-error: the package ships no types
import vader from 'vader-sentiment';
import { naturalSentiment, naturalSentimentTest, type Example } from './data/sentiment-data';
import { sentimentNegationChecks } from './data/sentiment-negation-checks';
import { feeds, loadTokenizer } from './evaluate';

const WEIGHTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];

async function main() {
  const dir = path.join('public', 'models', 'glassbox-sentiment');
  const tok = loadTokenizer(dir);
  const session = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model.onnx'));
  /** The model's probability of "positive" (label 1). */
  const positive = async (text: string) => {
    const out = await session.run(feeds([tok.encode(text, 128)]));
    const [neg, pos] = out.logits.data as Float32Array; // [1, 2]
    return 1 / (1 + Math.exp(neg - pos));
  };
  const sets: [string, Example[]][] = [
    ['natural validation', naturalSentiment().validation],
    ['natural test', naturalSentimentTest()],
    ['negation checks', sentimentNegationChecks()],
  ];
  console.log(`| set (English) | n | ${WEIGHTS.map((w) => (w ? `w = ${w}` : 'model alone')).join(' | ')} | VADER alone |`);
  console.log(`|---|---|${WEIGHTS.map(() => '---').join('|')}|---|`);
  for (const [name, examples] of sets) {
    const rows: { p: number; v: number; y: number }[] = [];
    for (const e of examples.filter((x) => x.lang === 'en')) {
      rows.push({ p: await positive(e.text), v: vader.SentimentIntensityAnalyzer.polarity_scores(e.text).compound as number, y: e.label });
    }
    const accuracy = (score: (r: { p: number; v: number }) => number) =>
      `${((100 * rows.filter((r) => (score(r) > 0.5 ? 1 : 0) === r.y).length) / rows.length).toFixed(1)} %`;
    const cells = WEIGHTS.map((w) => accuracy((r) => (1 - w) * r.p + (w * (r.v + 1)) / 2));
    console.log(`| ${name} | ${rows.length} | ${cells.join(' | ')} | ${accuracy((r) => (r.v + 1) / 2 - 1e-9)} |`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
