// Trains the topic-domain check (lib/text/topic-domain.ts) and writes
// public/models/glassbox-topic-domain/model.json: the subjectivity check's recipe (hashed n-gram
// logistic regression, classes weighted equally, seeded; models/subjectivity/logistic.ts and
// settings.ts) on the domain data (./data.ts). Under a second on one core.
//
//   npm run train:topic-domain            train, export, print validation accuracy
// Nothing here reads the check sets except to leave them out.
import fs from 'node:fs';
import path from 'node:path';
import { parseSubjectivityModel, toSubjectivityFile } from '../../lib/text/subjectivity';
import { domainProbability, TOPIC_DOMAIN_FILE } from '../../lib/text/topic-domain';
import { accuracy, trainSubjectivity } from '../subjectivity/logistic';
import { SETTINGS } from '../subjectivity/settings';
import { domainSplit, type DomainExample } from './data';

export const OUT_DIR = path.join(__dirname, '..', '..', 'public', 'models', TOPIC_DOMAIN_FILE.id);

/** A false "not about deep learning" note on a real deep-learning text costs more than a missed
 *  one on other text: the threshold is the highest of these at which at most MAX_FALSE_NOTES of the
 *  validation topic sentences (what people type into the topic lab) would get the note. Chosen on
 *  validation; the check sets were run once before at 0.5 (models/topic-domain/README.md). */
const THRESHOLDS = [0.5, 0.4, 0.3, 0.2, 0.15, 0.1, 0.05];
const MAX_FALSE_NOTES = 0.05;

/** The logistic trainer's view of an example: "opinion" is the positive class, here "in domain". */
export const asBinary = (e: DomainExample) => ({ text: e.text, lang: e.lang, opinion: e.inDomain, kind: e.source });

function main() {
  const t0 = Date.now();
  const { train, validation } = domainSplit();
  const { weights, bias } = trainSubjectivity(train.map(asBinary), SETTINGS);
  const trained = parseSubjectivityModel(toSubjectivityFile(weights, bias, 0.5, '', TOPIC_DOMAIN_FILE.format), TOPIC_DOMAIN_FILE.format);
  const topicValidation = validation.filter((e) => e.source === 'topic sentences');
  const falseNotes = (t: number) => topicValidation.filter((e) => domainProbability(trained, e.text) < t).length / topicValidation.length;
  const threshold = THRESHOLDS.find((t) => falseNotes(t) <= MAX_FALSE_NOTES) ?? THRESHOLDS[THRESHOLDS.length - 1];
  console.log(`threshold ${threshold}: ${(100 * falseNotes(threshold)).toFixed(1)} % of ${topicValidation.length} validation topic sentences read as out of domain`);
  const file = toSubjectivityFile(weights, bias, threshold, 'models/topic-domain/train.ts', TOPIC_DOMAIN_FILE.format);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'model.json'), JSON.stringify(file) + '\n');
  const model = parseSubjectivityModel(file, TOPIC_DOMAIN_FILE.format); // the quantised weights, as shipped
  const pct = (x: number) => (100 * x).toFixed(1) + ' %';
  const count = (xs: DomainExample[]) => `${xs.filter((e) => e.inDomain).length} in domain / ${xs.filter((e) => !e.inDomain).length} out`;
  const acc = (xs: DomainExample[]) => pct(accuracy(model, xs.map(asBinary)));
  console.log(`train: ${train.length} (${count(train)}), validation: ${validation.length} (${count(validation)})`);
  console.log(`validation accuracy: ${acc(validation)} (en ${acc(validation.filter((e) => e.lang === 'en'))}, zh ${acc(validation.filter((e) => e.lang === 'zh'))}); training ${acc(train)}`);
  console.log(`wrote ${path.relative(process.cwd(), path.join(OUT_DIR, 'model.json'))} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (require.main === module) main();
