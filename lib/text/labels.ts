// Label lists of Glassbox's built-in text models (models/text/), shared by the
// app, the workers, the CLI and the training scripts. The order is the order of
// the classifier's logits and of config.json's id2label.

export const SENTIMENT_LABELS = ['negative', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const TOPIC_LABELS = [
  'computer_vision',
  'nlp',
  'speech',
  'training',
  'interpretability',
  'privacy',
] as const;
export type TopicLabel = (typeof TOPIC_LABELS)[number];

/** Labels of the built-in zero-shot (NLI) pair classifier, in logit order. */
export const NLI_LABELS = ['contradiction', 'entailment'] as const;

/** Model ids (folders under public/models/) of the built-in text models. */
export const TEXT_MODEL_IDS = {
  sentiment: 'glassbox-sentiment',
  topic: 'glassbox-topic',
  embed: 'glassbox-embed',
  /** Premise/hypothesis pair classifier for zero-shot topics. */
  nli: 'glassbox-nli',
} as const;

/** Longest input, in tokens including [CLS] and [SEP]; longer text is truncated. */
export const TEXT_MAX_LENGTH = 128;
