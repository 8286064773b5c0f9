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
