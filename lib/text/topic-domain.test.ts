// The shipped topic-domain check: reads its file, tells deep-learning text from everyday text in
// both languages (sentences written here, in no training or check set), and its data keeps the
// check sets out of training.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSubjectivityModel } from './subjectivity';
import { isInDomain, TOPIC_DOMAIN_FILE } from './topic-domain';
import { checkSets, domainSplit } from '../../models/topic-domain/data';

const file = path.join(__dirname, '..', '..', 'public', 'models', TOPIC_DOMAIN_FILE.id, 'model.json');
const model = parseSubjectivityModel(JSON.parse(fs.readFileSync(file, 'utf8')), TOPIC_DOMAIN_FILE.format);

describe('topic-domain check', () => {
  it('is its own format: a subjectivity file is not accepted for it', () => {
    const subjectivity = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'public', 'models', 'glassbox-subjectivity', 'model.json'), 'utf8'));
    expect(() => parseSubjectivityModel(subjectivity, TOPIC_DOMAIN_FILE.format)).toThrow(/not a glassbox-topic-domain model file/);
  });

  it('tells deep-learning text from everyday text in English and Chinese', () => {
    for (const t of ['My neural network overfits after five epochs.', 'Speech recognition struggles with accents.', '注意力机制让模型关注句子里的关键词。', '人脸识别会泄露我的隐私吗？']) {
      expect(isInDomain(model, t), t).toBe(true);
    }
    for (const t of ['I had pizza for lunch with my sister.', 'The train to Berlin leaves at nine.', '今天天气真好，我们去公园吧。', '这家店的面条太咸了。']) {
      expect(isInDomain(model, t), t).toBe(false);
    }
    expect(isInDomain(model, '   ')).toBe(false);
  });

  it('trains on no sentence of its check sets', () => {
    const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const held = new Set(Object.values(checkSets()).flat().map((e) => key(e.text)));
    const { train, validation } = domainSplit();
    expect(held.size).toBeGreaterThan(2000);
    expect([...train, ...validation].filter((e) => held.has(key(e.text)))).toEqual([]);
  });
});
