// The chips under a user's chat message: the sentiment and topic models' labels, with the
// subjectivity check (lib/text/subjectivity.ts) in front of sentiment. A question such as
// "What is backpropagation?" states no opinion, yet a two-class sentiment model must call it
// positive or negative, often with 95 % confidence; the chip says "neutral" instead and keeps
// what the sentiment model said, for the tooltip and the text lab. Likewise the topic-domain check
// (lib/text/topic-domain.ts) in front of topic: "How do I bake bread?" is about none of the six
// areas, and the chip says "off-topic" instead of the topic model's forced pick.
import type { Chip } from '../workers/chat-protocol';

export interface ClassOutput {
  labels: string[];
  probabilities: number[];
}

function best(o: ClassOutput): { label: string; probability: number } {
  const i = o.probabilities.indexOf(Math.max(...o.probabilities));
  return { label: o.labels[i], probability: o.probabilities[i] };
}

/** The sentiment chip: the model's label, or "neutral" when p(opinion) is under the threshold
 *  (opinion null: the check could not run, so the model's label stands). */
export function sentimentChip(sentiment: ClassOutput, opinion: number | null, threshold: number): Chip {
  const model = best(sentiment);
  if (opinion === null || opinion >= threshold) return { task: 'sentiment', ...model };
  return { task: 'sentiment', label: 'neutral', probability: 1 - opinion, model };
}

/** The topic chip: the model's label, or "off-topic" when p(about deep learning) is under the
 *  threshold (inDomain null: the check could not run, so the model's label stands). */
export function topicChip(topic: ClassOutput, inDomain: number | null = null, threshold = 0.5): Chip {
  const model = best(topic);
  if (inDomain === null || inDomain >= threshold) return { task: 'topic', ...model };
  return { task: 'topic', label: 'off-topic', probability: 1 - inDomain, model };
}
