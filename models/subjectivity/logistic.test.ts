import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSubjectivityModel, toSubjectivityFile } from '../../lib/text/subjectivity';
import { checkSets, subjectivitySplit, trainingSources } from './data/sources';
import type { SubjectivityExample } from './data/types';
import { accuracy, trainSubjectivity } from './logistic';
import { OUT_DIR } from './paths';
import { SETTINGS, THRESHOLD, TRAINED_BY } from './settings';

const ex = (text: string, opinion: boolean): SubjectivityExample => ({ text, lang: 'en', opinion, kind: 'toy' });

describe('trainSubjectivity', () => {
  it('learns which words mark an opinion, whatever the rest of the sentence', () => {
    const subjects = ['the soup', 'this phone', 'the train', 'my laptop', 'the lecture', 'our hotel'];
    const train = subjects.flatMap((s) => [ex(`${s} is awful`, true), ex(`${s} is lovely`, true), ex(`${s} is blue`, false), ex(`${s} is round`, false)]);
    const { weights, bias } = trainSubjectivity(train, { buckets: 4096, epochs: 30, lr: 0.5, l2: 0, seed: 1 });
    const m = parseSubjectivityModel(toSubjectivityFile(weights, bias, 0.5, 'test'));
    expect(accuracy(m, [ex('the cake is awful', true), ex('the cake is lovely', true), ex('the cake is blue', false), ex('the cake is round', false)])).toBe(1);
  });

  it('needs both classes', () => {
    expect(() => trainSubjectivity([ex('fine', true)], SETTINGS)).toThrow(/both classes/);
  });

  it('reproduces the shipped file exactly (npm run train:subjectivity)', () => {
    const { weights, bias } = trainSubjectivity(subjectivitySplit().train, SETTINGS);
    const fresh = JSON.stringify(toSubjectivityFile(weights, bias, THRESHOLD, TRAINED_BY)) + '\n';
    expect(fresh === fs.readFileSync(path.join(OUT_DIR, 'model.json'), 'utf8')).toBe(true);
  });
});

describe('subjectivity data', () => {
  const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

  it('trains on no sentence of any check set', () => {
    const { train, validation } = subjectivitySplit();
    const held = new Set(Object.values(checkSets()).flat().map((e) => key(e.text)));
    expect([...train, ...validation].filter((e) => held.has(key(e.text))).map((e) => e.text)).toEqual([]);
  });

  it('keeps the check sets balanced and bilingual', () => {
    for (const name of ['development check set', 'final check set']) {
      const set = checkSets()[name];
      for (const lang of ['en', 'zh'] as const) {
        for (const opinion of [true, false]) expect(set.filter((e) => e.lang === lang && e.opinion === opinion).length, `${name} ${lang} ${opinion}`).toBe(60);
      }
    }
  });

  it('has both classes in every language, from every source', () => {
    const all = Object.values(trainingSources()).flat();
    for (const lang of ['en', 'zh'] as const) {
      expect(all.filter((e) => e.lang === lang && e.opinion).length).toBeGreaterThan(1000);
      expect(all.filter((e) => e.lang === lang && !e.opinion).length).toBeGreaterThan(1000);
    }
  });
});
