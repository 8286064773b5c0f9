// The topic-domain check: is a text about deep learning or AI at all? The topic model knows only
// its six areas and names one of them for anything ("I had pizza for lunch" -> training, 90 %);
// the text lab asks this check and, when the text is about something else, says that the topic
// label means little. The same kind of model as the subjectivity check (hashed unigrams and
// bigrams, logistic regression; lib/text/subjectivity.ts), trained by models/topic-domain/train.ts
// and exported to public/models/glassbox-topic-domain/model.json. Framework-free.
import { opinionProbability, subjectivityLoader, type CheckFile, type SubjectivityModel } from './subjectivity';

export const TOPIC_DOMAIN_FILE: CheckFile = { id: 'glassbox-topic-domain', format: 'glassbox-topic-domain' };

export type TopicDomainModel = SubjectivityModel;

/** p(the text is about deep learning / AI); a text without a single token is not (0). */
export function domainProbability(model: TopicDomainModel, text: string): number {
  return opinionProbability(model, text);
}

/** Whether a text is about deep learning / AI, at the check's threshold. */
export function isInDomain(model: TopicDomainModel, text: string): boolean {
  return domainProbability(model, text) >= model.threshold;
}

/** A loader that fetches the check once from `<base>glassbox-topic-domain/model.json`; null when
 *  the file cannot be read (the page then goes without the note). */
export function topicDomainLoader(base: string): () => Promise<TopicDomainModel | null> {
  return subjectivityLoader(base, TOPIC_DOMAIN_FILE);
}
