// Trains the subjectivity check (lib/text/subjectivity.ts) and writes
// public/models/glassbox-subjectivity/model.json. Logistic regression by SGD over hashed n-gram
// features, classes weighted to equal total weight, seeded; under a second on one core.
//
//   npm run train:subjectivity            train, export, print validation accuracy
// Nothing here reads the check sets except to leave them out (data/sources.ts).
import fs from 'node:fs';
import path from 'node:path';
import { parseSubjectivityModel, toSubjectivityFile } from '../../lib/text/subjectivity';
import { accuracy, trainSubjectivity } from './logistic';
import { subjectivitySplit } from './data/sources';
import { OUT_DIR } from './paths';
import { SETTINGS, THRESHOLD, TRAINED_BY } from './settings';
import type { SubjectivityExample } from './data/types';

function main() {
  const t0 = Date.now();
  const { train, validation } = subjectivitySplit();
  const { weights, bias } = trainSubjectivity(train, SETTINGS);
  const file = toSubjectivityFile(weights, bias, THRESHOLD, TRAINED_BY);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'model.json'), JSON.stringify(file) + '\n');
  const model = parseSubjectivityModel(file); // the quantised weights, as shipped
  const pct = (x: number) => (100 * x).toFixed(1) + ' %';
  const count = (xs: SubjectivityExample[]) => `${xs.filter((e) => e.opinion).length} opinion / ${xs.filter((e) => !e.opinion).length} neutral`;
  console.log(`train: ${train.length} (${count(train)}), validation: ${validation.length} (${count(validation)})`);
  console.log(`validation accuracy: ${pct(accuracy(model, validation))} (en ${pct(accuracy(model, validation.filter((e) => e.lang === 'en')))}, zh ${pct(accuracy(model, validation.filter((e) => e.lang === 'zh')))}); training ${pct(accuracy(model, train))}`);
  console.log(`wrote ${path.relative(process.cwd(), path.join(OUT_DIR, 'model.json'))} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
