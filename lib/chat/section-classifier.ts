// A section classifier for the chat: multinomial naive Bayes over a question's index terms (terms.ts),
// adjacent term pairs and content Han characters, giving P(section | question) with a uniform prior.
// Besides the article's sections it may know one more class, OUT_OF_SCOPE_CLASS, counted from
// questions the article does not answer: its probability is a refusal feature, and the sections'
// posterior is renormalised without it. The counts (section-classifier.json) come from the
// embedding model's training questions, section sentences, glossary definitions and authored
// reader and out-of-scope questions (models/chat/build-section-classifier.ts), never from the
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

/** The label of the out-of-scope class in the training text and the counts. */
export const OUT_OF_SCOPE_CLASS = 'out-of-scope';

/** What the classifier says about one question. */
export interface SectionVerdict {
  /** P(section | question, in scope): over the article's sections only, summing to 1. */
  posterior: Map<string, number>;
  /** P(out of scope | question); 0 when the counts have no out-of-scope class. */
  outOfScope: number;
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

  /** Log-likelihood of the text under every class the counts have (features the training text
   *  never had are skipped: a text with none of them scores 0 everywhere, i.e. uniform). */
  private logLikelihoods(text: string): number[] {
    const feats = classifierFeatures(text).map((f) => this.index.get(f)).filter((i): i is number => i !== undefined);
    return this.logp.map((lp, s) => feats.reduce((a, f) => a + (lp.get(f) ?? this.unseen[s]), 0));
  }

  /** The sections' posterior (a softmax over the sections alone, so exact however sure the
   *  out-of-scope class is) and the out-of-scope class's probability among all classes. */
  classify(text: string): SectionVerdict {
    const ll = this.logLikelihoods(text);
    const o = this.sections.indexOf(OUT_OF_SCOPE_CLASS);
    const keep = this.sections.map((_, i) => i).filter((i) => i !== o);
    const p = softmax(keep.map((i) => ll[i]));
    return {
      posterior: new Map(keep.map((i, k) => [this.sections[i], p[k]])),
      outOfScope: o >= 0 ? softmax(ll)[o] : 0,
    };
  }

  /** P(section | text, in scope) for every article section (see classify). */
  posterior(text: string): Map<string, number> {
    return this.classify(text).posterior;
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
