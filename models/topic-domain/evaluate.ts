// Evaluates the shipped topic-domain check (public/models/glassbox-topic-domain/model.json) on the
// check sets, which no training step reads: accuracy per set and language, every miss, and a few
// sentences a person might type into the topic lab (reported, not scored). Writes
// models/topic-domain/eval.json.
//
//   npm run eval:topic-domain
import fs from 'node:fs';
import path from 'node:path';
import { parseSubjectivityModel } from '../../lib/text/subjectivity';
import { domainProbability, TOPIC_DOMAIN_FILE } from '../../lib/text/topic-domain';
import { checkSets, type DomainExample } from './data';
import { OUT_DIR } from './train';

const model = parseSubjectivityModel(JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'model.json'), 'utf8')), TOPIC_DOMAIN_FILE.format);
const predict = (e: DomainExample) => domainProbability(model, e.text) >= model.threshold;
const pct = (ok: number, n: number) => (n ? Number(((100 * ok) / n).toFixed(1)) : null);

function score(examples: DomainExample[]) {
  const per = (xs: DomainExample[]) => pct(xs.filter((e) => predict(e) === e.inDomain).length, xs.length);
  return { all: per(examples), en: per(examples.filter((e) => e.lang === 'en')), zh: per(examples.filter((e) => e.lang === 'zh')), n: examples.length };
}

const sets = checkSets();
const report: Record<string, unknown> = { model: `public/models/${TOPIC_DOMAIN_FILE.id}/model.json`, threshold: model.threshold, sets: {} };
for (const [name, examples] of Object.entries(sets)) (report.sets as Record<string, unknown>)[name] = score(examples);
const all = Object.values(sets).flat();
report.all = score(all);
report.misses = all.filter((e) => predict(e) !== e.inDomain).map((e) => ({ text: e.text, inDomain: e.inDomain, p: Number(domainProbability(model, e.text).toFixed(3)) }));
const t0 = performance.now();
for (const e of all) domainProbability(model, e.text);
report.msPerSentence = Number(((performance.now() - t0) / all.length).toFixed(4));

fs.writeFileSync(path.join(__dirname, 'eval.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify({ ...report, misses: (report.misses as unknown[]).length }, null, 2));
