import { describe, expect, it } from 'vitest';
import { SENTIMENT_LABELS, TOPIC_LABELS } from '../text/labels';
import { runForTest } from './run-for-test';

const run = runForTest;

describe('cli sentiment / topic', () => {
  it('prints {label, scores, model, truncated} with every label scored, for sentiment whether the text states an opinion, for topic whether it is about deep learning', async () => {
    const { code, out } = await run(['sentiment', 'I loved it']);
    expect(code).toBe(0);
    expect(Object.keys(out[0])).toEqual(['label', 'scores', 'model', 'truncated', 'subjectivity']);
    expect(out[0].subjectivity.neutral).toBe(false);
    const question = (await run(['sentiment', 'What is a convolutional layer?'])).out[0];
    expect(question.subjectivity.neutral).toBe(true);
    expect(question.subjectivity.opinion).toBeLessThan(0.5);
    expect(Object.keys(out[0].scores)).toEqual([...SENTIMENT_LABELS]);
    expect(SENTIMENT_LABELS).toContain(out[0].label);
    expect(out[0].model).toBe('glassbox-sentiment');
    const topic = await run(['topic', '语音识别把声音转换成文字']);
    expect(Object.keys(topic.out[0])).toEqual(['label', 'scores', 'model', 'truncated', 'domain']);
    expect(topic.out[0].domain.outOfDomain).toBe(false);
    // the topic model names one of its six areas for anything; the domain check says when that means little
    const lunch = (await run(['topic', 'I had pizza for lunch with my sister.'])).out[0];
    expect(TOPIC_LABELS).toContain(lunch.label);
    expect(lunch.domain.outOfDomain).toBe(true);
    expect(Object.keys(topic.out[0].scores)).toEqual([...TOPIC_LABELS]);
    const sum = Object.values(topic.out[0].scores as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 4);
  });

  it('rejects empty or whitespace-only text, and flags truncation', async () => {
    const empty = await run(['sentiment', '  \u200b ']);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/empty/);
    const long = await run(['sentiment', 'good '.repeat(400)]);
    expect(long.out[0].truncated).toBe(true);
    expect((await run(['sentiment'])).code).toBe(2);
  });

  it('--jsonl: one result per line, errors reported per line', async () => {
    const { code, out } = await run(['sentiment', '--jsonl'], ['great', '   ', '很差']);
    expect(code).toBe(0); // a blank line is skipped, not an error
    expect(out).toHaveLength(2);
    const bad = await run(['topic', '--jsonl'], ['\u200b\u200b', 'attention maps']);
    expect(bad.code).toBe(1);
    expect(bad.out[0].error).toMatch(/empty/);
    expect(TOPIC_LABELS).toContain(bad.out[1].label);
  });
});
