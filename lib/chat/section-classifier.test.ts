// The chat's section classifier: its features, its posterior on a toy corpus, and that the shipped
// counts (section-classifier.json) are what the build script makes from the training text today.
import { describe, expect, it } from 'vitest';
import { article } from '../content/article';
import { classifierTrainingText, CLASSIFIER_ALPHA } from '../../models/chat/build-section-classifier';
import { classifierFeatures, SectionClassifier, trainSectionClassifier } from './section-classifier';
import shipped from './section-classifier.json';

describe('classifierFeatures', () => {
  it('gives index terms, adjacent term pairs and Chinese content characters', () => {
    expect(classifierFeatures('learning rates decay')).toEqual(['u:learn', 'u:rate', 'u:decay', 'b:learn|rate', 'b:rate|decay']);
    const zh = classifierFeatures('过拟合怎么办');
    expect(zh).toContain('u:过拟');
    expect(zh).toContain('c:拟');
    expect(zh).not.toContain('c:么'); // question frame, not content
  });
});

describe('SectionClassifier', () => {
  const data = trainSectionClassifier(
    [
      { text: 'dropout fights overfitting', section: 'a' },
      { text: 'overfitting and regularisation', section: 'a' },
      { text: 'convolution filters detect edges', section: 'b' },
      { text: 'pooling after convolution', section: 'b' },
    ],
    0.3,
  );
  const clf = new SectionClassifier(data);

  it('puts most probability on the section whose words the question uses, summing to 1', () => {
    const p = clf.posterior('how does dropout stop overfitting?');
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p.get('a')!).toBeGreaterThan(0.9);
    expect(clf.posterior('what do convolution filters do')!.get('b')!).toBeGreaterThan(0.9);
  });

  it('is uniform for a question with no known feature', () => {
    expect([...clf.posterior('weather in Paris').values()]).toEqual([0.5, 0.5]);
  });
});

describe('the shipped section-classifier.json', () => {
  it('is the build script output for today\'s training text (run `npm run classifier:chat` after changing it)', () => {
    const fresh = trainSectionClassifier(classifierTrainingText(), CLASSIFIER_ALPHA);
    expect({ alpha: shipped.alpha, sections: shipped.sections, features: shipped.features, counts: shipped.counts }).toEqual(fresh);
  });

  it('knows only article sections', () => {
    const ids = new Set(article.sections.map((s) => s.id));
    expect(shipped.sections.filter((s) => !ids.has(s))).toEqual([]);
    expect(shipped.sections.length).toBeGreaterThan(20);
  });
});
