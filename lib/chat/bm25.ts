// Okapi BM25 over pre-tokenised documents, plus the idf-weighted share of a query's terms that a
// document contains ("coverage"), which the chat uses to tell answerable questions from others.

export interface Bm25Options {
  k1?: number;
  b?: number;
}

export class Bm25Index {
  private readonly tf: Map<string, number>[];
  private readonly df = new Map<string, number>();
  private readonly len: number[];
  private readonly avgLen: number;
  private readonly k1: number;
  private readonly b: number;
  readonly size: number;

  constructor(docs: string[][], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.size = docs.length;
    this.tf = docs.map((d) => {
      const m = new Map<string, number>();
      for (const t of d) m.set(t, (m.get(t) ?? 0) + 1);
      for (const t of m.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return m;
    });
    this.len = docs.map((d) => d.length);
    this.avgLen = this.len.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  /** Robertson-Sparck Jones idf, floored at a small positive value; unseen terms get the maximum. */
  idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.max(0.05, Math.log(1 + (this.size - n + 0.5) / (n + 0.5)));
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /** BM25 score of every document for the query terms (duplicates in the query count once). */
  scores(query: string[]): Float64Array {
    const out = new Float64Array(this.size);
    for (const t of new Set(query)) {
      if (!this.df.has(t)) continue;
      const idf = this.idf(t);
      for (let d = 0; d < this.size; d++) {
        const f = this.tf[d].get(t);
        if (!f) continue;
        out[d] += (idf * f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + (this.b * this.len[d]) / this.avgLen));
      }
    }
    return out;
  }

  /** Share (0..1) of the query's idf mass in terms no document contains. */
  outOfVocabulary(query: string[]): number {
    const unique = [...new Set(query)];
    if (!unique.length) return 0;
    let total = 0;
    let unknown = 0;
    for (const t of unique) {
      const w = this.idf(t);
      total += w;
      if (!this.df.has(t)) unknown += w;
    }
    return unknown / total;
  }

  /** Share (0..1) of the query's idf mass found in the union of `docs`. Terms the corpus never
   *  uses weigh as much as the rarest known term, so unknown words lower the coverage. */
  coverage(query: string[], docs: number[]): number {
    const unique = [...new Set(query)];
    if (!unique.length) return 0;
    let total = 0;
    let found = 0;
    for (const t of unique) {
      const w = this.idf(t);
      total += w;
      if (docs.some((d) => this.tf[d].has(t))) found += w;
    }
    return total ? found / total : 0;
  }
}
