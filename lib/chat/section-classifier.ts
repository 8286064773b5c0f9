// A section classifier for the chat: multinomial naive Bayes over a question's index terms (terms.ts),
// adjacent term pairs and content Han characters, giving P(section | question) with a uniform prior.
// Its counts (section-classifier.json) come from the embedding model's training questions, section
// sentences and glossary definitions (models/chat/build-section-classifier.ts), never from the
// chat's development or evaluation questions. The retriever adds the posterior to each section's
// fused score with a weight fitted on the development set (calibration.json).
import { softmax } from '../util/softmax';
import { contentHanChars, terms } from './terms';

export interface SectionClassifierData {
  /** Additive (Lidstone) smoothing of the counts. */
  alpha: number;
  sections: string[];
  features: string[];
  /** Per section: "featureIndex:count" pairs joined by ",". */
  counts: string[];
}

/** The classifier's features of a text: unigrams "u:", adjacent pairs "b:", Han characters "c:" (repeats kept). */
export function classifierFeatures(text: string): string[] {
  const t = terms(text);
  const out = t.map((x) => `u:${x}`);
  for (let i = 0; i + 1 < t.length; i++) out.push(`b:${t[i]}|${t[i + 1]}`);
  for (const c of contentHanChars(text)) out.push(`c:${c}`);
  return out;
}

export class SectionClassifier {
  readonly sections: string[];
  private readonly index: Map<string, number>;
  /** logp[s][f] for features section s has seen; others get unseen[s]. */
  private readonly logp: Map<number, number>[];
  private readonly unseen: number[];

  constructor(data: SectionClassifierData) {
    this.sections = data.sections;
    this.index = new Map(data.features.map((f, i) => [f, i]));
    const V = data.features.length;
    this.logp = [];
    this.unseen = [];
    for (const row of data.counts) {
      const pairs = row ? row.split(',').map((p) => p.split(':').map(Number) as [number, number]) : [];
      const total = pairs.reduce((a, [, c]) => a + c, 0);
      const denom = Math.log(total + data.alpha * V);
      this.logp.push(new Map(pairs.map(([f, c]) => [f, Math.log(c + data.alpha) - denom])));
      this.unseen.push(Math.log(data.alpha) - denom);
    }
  }

  /** P(section | text) for every section (features the training text never had are skipped; a
   *  text with none of the known features gets the uniform distribution). */
  posterior(text: string): Map<string, number> {
    const feats = classifierFeatures(text).map((f) => this.index.get(f)).filter((i): i is number => i !== undefined);
    const p = softmax(this.logp.map((lp, s) => feats.reduce((a, f) => a + (lp.get(f) ?? this.unseen[s]), 0)));
    return new Map(this.sections.map((s, i) => [s, p[i]]));
  }
}

/** Counts a classifier from labelled texts (the build script and tests use it). */
export function trainSectionClassifier(examples: readonly { text: string; section: string }[], alpha: number): SectionClassifierData {
  const sections = [...new Set(examples.map((e) => e.section))].sort();
  const features: string[] = [];
  const index = new Map<string, number>();
  const counts = sections.map(() => new Map<number, number>());
  for (const e of examples) {
    const row = counts[sections.indexOf(e.section)];
    for (const f of classifierFeatures(e.text)) {
      let i = index.get(f);
      if (i === undefined) {
        i = features.length;
        features.push(f);
        index.set(f, i);
      }
      row.set(i, (row.get(i) ?? 0) + 1);
    }
  }
  return { alpha, sections, features, counts: counts.map((m) => [...m].map(([i, c]) => `${i}:${c}`).join(',')) };
}
