// The chat retriever's fitted weights (calibration.json, written by models/chat/calibrate.ts) and
// their type, in a module of their own so that the page can read them without the retriever and
// the knowledge base (which bundle the article and the section classifier's counts).
import calibration from './calibration.json';

export interface Calibration {
  /** Weight of the lexical score in the fusion (1 - alpha for the dense one). */
  alpha: number;
  /** Weight of the section classifier's probability added to each section's fused score (0: unused). */
  classifier?: number;
  /** Logistic model over the best source's features (lexical enters as log(1 + bm25)). */
  refusal: { bias: number; coverage: number; cosine: number; lexical: number; oov: number; glossary: number; charCoverage: number; unknownWord?: number; classifier?: number; outOfScope?: number };
  /** inScope below this: refuse. */
  threshold: number;
}

export const defaultCalibration: Calibration = calibration as Calibration;

/** The in-scope probability of an answer that does not depend on the refusal model: a definition,
 *  a comparison or a section asked by number, and the answers composed whatever that model says
 *  ("does the article mention X?", "which value should I use?"). */
export const CERTAIN_IN_SCOPE = 0.99;

/** `p`, raised to CERTAIN_IN_SCOPE: shown (and thresholded) as certain. */
export function asCertain(p: number): number {
  return Math.max(CERTAIN_IN_SCOPE, p);
}
