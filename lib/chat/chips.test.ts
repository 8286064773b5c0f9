import { describe, expect, it } from 'vitest';
import { sentimentChip, topicChip } from './chips';

const sentiment = { labels: ['negative', 'positive'], probabilities: [0.93, 0.07] };

describe('chat chips', () => {
  it('keep the sentiment model label when the text states an opinion', () => {
    expect(sentimentChip(sentiment, 0.8, 0.5)).toEqual({ task: 'sentiment', label: 'negative', probability: 0.93 });
    expect(sentimentChip(sentiment, 0.5, 0.5).label).toBe('negative'); // at the threshold: opinion
  });

  it('say neutral when the subjectivity check finds no opinion, keeping what the model said', () => {
    const chip = sentimentChip(sentiment, 0.1, 0.5);
    expect(chip).toEqual({ task: 'sentiment', label: 'neutral', probability: 0.9, model: { label: 'negative', probability: 0.93 } });
  });

  it('fall back to the model label when the check could not run', () => {
    expect(sentimentChip(sentiment, null, 0.5).label).toBe('negative');
  });

  it('label the topic by its most probable class', () => {
    expect(topicChip({ labels: ['nlp', 'speech', 'training'], probabilities: [0.2, 0.1, 0.7] })).toEqual({ task: 'topic', label: 'training', probability: 0.7 });
  });

  it('say off-topic when the topic-domain check finds the text is not about deep learning, keeping what the model said', () => {
    const topic = { labels: ['nlp', 'speech', 'training'], probabilities: [0.2, 0.1, 0.7] };
    expect(topicChip(topic, 0.05, 0.2)).toEqual({ task: 'topic', label: 'off-topic', probability: 0.95, model: { label: 'training', probability: 0.7 } });
    expect(topicChip(topic, 0.2, 0.2).label).toBe('training'); // at the threshold: in domain
    expect(topicChip(topic, null, 0.2).label).toBe('training'); // the check could not run
  });
});
