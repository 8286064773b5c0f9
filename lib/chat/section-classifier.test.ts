// The chat's section classifier: its features, its posterior on a toy corpus, and that the shipped
// counts (section-classifier.json) are what the build script makes from the training text today.
import { describe, expect, it } from 'vitest';
import { article } from '../content/article';
import { classifierTrainingText, CLASSIFIER_ALPHA } from '../../models/chat/build-section-classifier';
import { classifierFeatures, OUT_OF_SCOPE_CLASS, SectionClassifier, trainSectionClassifier } from './section-classifier';
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
    expect(clf.classify('weather in Paris').outOfScope).toBe(0); // no out-of-scope class
  });
});

describe('SectionClassifier with an out-of-scope class', () => {
  const clf = new SectionClassifier(trainSectionClassifier(
    [
      // a and b have the same number of features, so features neither has cost them the same
      { text: 'dropout fights overfitting', section: 'a' },
      { text: 'convolution detects edges', section: 'b' },
      { text: 'weather forecast for paris tomorrow', section: OUT_OF_SCOPE_CLASS },
      { text: 'best pizza in paris', section: OUT_OF_SCOPE_CLASS },
    ],
    0.3,
  ));

  it('gives the class probability apart and the sections a posterior over the sections alone', () => {
    const inScope = clf.classify('does dropout stop overfitting');
    expect(inScope.outOfScope).toBeLessThan(0.1);
    expect([...inScope.posterior.keys()].sort()).toEqual(['a', 'b']);
    expect(inScope.posterior.get('a')!).toBeGreaterThan(0.9);
    const outside = clf.classify('pizza and weather in paris');
    expect(outside.outOfScope).toBeGreaterThan(0.9);
    expect([...outside.posterior.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
  });

  it('keeps the sections\' posterior exact when the out-of-scope class wins by far', () => {
    const far = clf.classify(`${'weather forecast for paris tomorrow. '.repeat(60)} convolution`);
    expect(far.outOfScope).toBe(1); // rounds to 1 in double precision
    expect(far.posterior.get('b')!).toBeGreaterThan(0.5); // the one section word still decides
    expect(far.posterior.get('b')! + far.posterior.get('a')!).toBeCloseTo(1, 10);
  });
});

describe('the shipped section-classifier.json', () => {
  it('is the build script output for today\'s training text (run `npm run classifier:chat` after changing it)', () => {
    const fresh = trainSectionClassifier(classifierTrainingText(), CLASSIFIER_ALPHA);
    expect({ alpha: shipped.alpha, sections: shipped.sections, features: shipped.features, counts: shipped.counts }).toEqual(fresh);
  });

  it('knows only article sections, and the out-of-scope class', () => {
    const ids = new Set(article.sections.map((s) => s.id));
    expect(shipped.sections.filter((s) => !ids.has(s))).toEqual([OUT_OF_SCOPE_CLASS]);
    expect(shipped.sections.length).toBeGreaterThan(20);
  });

  it('rates questions the article does not answer likelier out of scope than ones it does (written for this test)', () => {
    const clf = new SectionClassifier(shipped);
    const outside = ['How do I get a parking permit for my street?', '周末带孩子去哪个公园玩比较好？', 'Which laptop should I buy for video editing?', 'how do i center a div'];
    const inside = ['Why does my network do well on training data but badly on new data?', '卷积层和池化层各自做什么？', 'What does the Keras example print after training?'];
    const lowestOutside = Math.min(...outside.map((q) => clf.classify(q).outOfScope));
    const highestInside = Math.max(...inside.map((q) => clf.classify(q).outOfScope));
    expect(lowestOutside).toBeGreaterThan(highestInside);
    expect(highestInside).toBeLessThan(0.05);
  });
});
