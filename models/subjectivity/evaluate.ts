// Evaluates the shipped subjectivity check (public/models/glassbox-subjectivity/model.json) on the
// check sets, which no training step reads: accuracy per set and language, and for the two
// hand-written check sets (final, development) accuracy per kind, the confusion matrix and every
// miss. Writes models/subjectivity/eval.json.
//
//   npm run eval:subjectivity
import fs from 'node:fs';
import path from 'node:path';
import { opinionProbability, parseSubjectivityModel } from '../../lib/text/subjectivity';
import { checkSets } from './data/sources';
import type { SubjectivityExample } from './data/types';
import { OUT_DIR } from './paths';

const model = parseSubjectivityModel(JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'model.json'), 'utf8')));
const predict = (e: SubjectivityExample) => opinionProbability(model, e.text) >= model.threshold;
const pct = (ok: number, n: number) => (n ? Number(((100 * ok) / n).toFixed(1)) : null);

function score(examples: SubjectivityExample[]) {
  const per = (xs: SubjectivityExample[]) => pct(xs.filter((e) => predict(e) === e.opinion).length, xs.length);
  return { all: per(examples), en: per(examples.filter((e) => e.lang === 'en')), zh: per(examples.filter((e) => e.lang === 'zh')), n: examples.length };
}

const sets = checkSets();
const report: Record<string, unknown> = { model: 'public/models/glassbox-subjectivity/model.json', threshold: model.threshold, sets: {} };
for (const [name, examples] of Object.entries(sets)) (report.sets as Record<string, unknown>)[name] = score(examples);

/** Per kind, the confusion matrix (rows: true class; columns: predicted neutral, opinion) and every miss. */
function detail(check: SubjectivityExample[]) {
  const kinds = [...new Set(check.map((e) => e.kind))];
  const cell = (truth: boolean, pred: boolean) => check.filter((e) => e.opinion === truth && predict(e) === pred).length;
  return {
    byKind: Object.fromEntries(kinds.map((k) => [k, score(check.filter((e) => e.kind === k))])),
    confusion: { neutral: [cell(false, false), cell(false, true)], opinion: [cell(true, false), cell(true, true)] },
    misses: check.filter((e) => predict(e) !== e.opinion).map((e) => ({ text: e.text, kind: e.kind, opinion: e.opinion, p: Number(opinionProbability(model, e.text).toFixed(3)) })),
  };
}
const all = Object.values(sets).flat();
const t0 = performance.now();
for (const e of all) opinionProbability(model, e.text);
report.msPerSentence = Number(((performance.now() - t0) / all.length).toFixed(4));
report.final = detail(sets['final check set']);
report.development = detail(sets['development check set']);

fs.writeFileSync(path.join(__dirname, 'eval.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 2));
