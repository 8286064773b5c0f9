// One labelled sentence of the subjectivity data: does it state an opinion or feeling (positive or
// negative), or only ask for or state information?
export interface SubjectivityExample {
  text: string;
  lang: 'en' | 'zh';
  /** true: an evaluation, opinion, feeling or attitude; false: a question, instruction or fact. */
  opinion: boolean;
  /** Where it comes from or what it is (e.g. 'dl-question', 'product-opinion'). */
  kind: string;
}
