// The text models Glassbox can run, built-in (trained here, served by the app, offline) and
// alternatives from the Hugging Face Hub (downloaded only when the user picks them).
// Adding a model is one entry.
import type { Bilingual } from '../content/types';
import { NLI_LABELS, SENTIMENT_LABELS, TEXT_MODEL_IDS, TOPIC_LABELS } from './labels';

export type TextTask = 'sentiment' | 'topic';
export type ModelSource = 'builtin' | 'hub';
/**
 * classifier: fixed labels (its logits); zero-shot: an NLI model scoring the text against
 * hypotheses made from labels the user types (lib/text/zero-shot.ts).
 */
export type ModelKind = 'classifier' | 'zero-shot';

export interface TextModelEntry {
  /** Folder under public/models/ (built-in) or hub repository id. */
  id: string;
  task: TextTask;
  kind: ModelKind;
  source: ModelSource;
  name: Bilingual;
  /** Which ONNX file: fp32 = onnx/model.onnx, q8 = onnx/model_quantized.onnx. */
  dtype: 'fp32' | 'q8';
  /** Approximate download (model + tokenizer), shown before the user starts it. */
  downloadBytes: number;
  /** Class labels in logit order (hub models: from their config, listed here for display). For
   *  zero-shot models these are the NLI labels; the user's candidate labels are chosen in the page. */
  labels: readonly string[];
  /** Languages the model understands well (the page defaults zero-shot labels to one of them). */
  languages: readonly ('en' | 'zh')[];
  /** Whether the ONNX graph outputs attention probabilities (`attentions.<layer>`). */
  attentions: boolean;
  /** How the model decides, when that is more than its attention layers (shown beside its quality). */
  note?: Bilingual;
}

/** The built-in classifiers average their probabilities with a hashed unigram/bigram branch
 *  (models/text/ngram-branch.ts), which has no attention. */
const NGRAM_BRANCH_NOTE: Bilingual = {
  en: 'How it decides: half of each probability comes from the Transformer, half from a word-pair branch that only counts which tokens and which pairs of neighbouring tokens occur. The attention views show the Transformer half; the token attributions show both.',
  zh: '它如何判断：每个概率一半来自 Transformer，另一半来自一个词对分支，它只统计出现了哪些词元以及哪些相邻词元对。注意力视图只反映 Transformer 这一半；词元归因同时反映两者。',
};

export const TEXT_MODELS: readonly TextModelEntry[] = [
  {
    id: TEXT_MODEL_IDS.sentiment, task: 'sentiment', kind: 'classifier', source: 'builtin', dtype: 'fp32', downloadBytes: 4_800_000,
    name: { en: 'Glassbox sentiment (built-in, offline)', zh: 'Glassbox 情感模型（内置，离线）' },
    labels: SENTIMENT_LABELS, attentions: true, languages: ['en', 'zh'],
    note: NGRAM_BRANCH_NOTE,
  },
  {
    id: TEXT_MODEL_IDS.topic, task: 'topic', kind: 'classifier', source: 'builtin', dtype: 'fp32', downloadBytes: 4_900_000,
    name: { en: 'Glassbox topics (built-in, offline)', zh: 'Glassbox 主题模型（内置，离线）' },
    labels: TOPIC_LABELS, attentions: true, languages: ['en', 'zh'],
    note: NGRAM_BRANCH_NOTE,
  },
  {
    // Zero-shot topics with the user's labels. Held-out accuracy with the six topic names as labels
    // is 90 % (topic classifier: 95.8 %); see models/text/README.md. Also the mock hub's stand-in
    // for the hub NLI model below (scripts/mock-hub.mjs).
    id: TEXT_MODEL_IDS.nli, task: 'topic', kind: 'zero-shot', source: 'builtin', dtype: 'fp32', downloadBytes: 4_100_000,
    name: { en: 'Glassbox zero-shot (built-in, offline)', zh: 'Glassbox 零样本（内置，离线）' },
    labels: NLI_LABELS, attentions: true, languages: ['en', 'zh'],
  },
  {
    id: 'Xenova/distilbert-base-uncased-finetuned-sst-2-english', task: 'sentiment', kind: 'classifier', source: 'hub', dtype: 'q8', downloadBytes: 68_000_000,
    name: { en: 'DistilBERT SST-2 (Hugging Face Hub, English only)', zh: 'DistilBERT SST-2（Hugging Face Hub，仅英文）' },
    labels: ['NEGATIVE', 'POSITIVE'], attentions: false, languages: ['en'],
  },
  {
    // onnx/model_quantized.onnx is 27 MB and tokenizer.json 0.7 MB in the hub repository.
    // MNLI's three labels; the runtime reads the real order from the downloaded config's label2id.
    id: 'Xenova/mobilebert-uncased-mnli', task: 'topic', kind: 'zero-shot', source: 'hub', dtype: 'q8', downloadBytes: 28_000_000,
    name: { en: 'MobileBERT MNLI zero-shot, your own labels (Hugging Face Hub, English only)', zh: 'MobileBERT MNLI 零样本，自定义标签（Hugging Face Hub，仅英文）' },
    labels: ['entailment', 'neutral', 'contradiction'], attentions: false, languages: ['en'],
  },
];

export function modelsFor(task: TextTask): TextModelEntry[] {
  return TEXT_MODELS.filter((m) => m.task === task);
}

export function findModel(id: string): TextModelEntry | undefined {
  return TEXT_MODELS.find((m) => m.id === id);
}

/** Where the app serves built-in models (the hub layout under public/models/). */
export const LOCAL_MODEL_PATH = '/models/';
