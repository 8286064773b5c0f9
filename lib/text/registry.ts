// The text models Glassbox can run, built-in (trained here, served by the app, offline) and
// alternatives from the Hugging Face Hub (downloaded only when the user picks them).
// Adding a model is one entry.
import type { Bilingual } from '../content/types';
import { SENTIMENT_LABELS, TEXT_MODEL_IDS, TOPIC_LABELS } from './labels';

export type TextTask = 'sentiment' | 'topic';
export type ModelSource = 'builtin' | 'hub';

export interface TextModelEntry {
  /** Folder under public/models/ (built-in) or hub repository id. */
  id: string;
  task: TextTask;
  source: ModelSource;
  name: Bilingual;
  /** Which ONNX file: fp32 = onnx/model.onnx, q8 = onnx/model_quantized.onnx. */
  dtype: 'fp32' | 'q8';
  /** Approximate download (model + tokenizer), shown before the user starts it. */
  downloadBytes: number;
  /** Class labels in logit order (hub models: from their config, listed here for display). */
  labels: readonly string[];
  /** Whether the ONNX graph outputs attention probabilities (`attentions.<layer>`). */
  attentions: boolean;
}

export const TEXT_MODELS: readonly TextModelEntry[] = [
  {
    id: TEXT_MODEL_IDS.sentiment, task: 'sentiment', source: 'builtin', dtype: 'fp32', downloadBytes: 2_000_000,
    name: { en: 'Glassbox sentiment (built-in, offline)', zh: 'Glassbox 情感模型（内置，离线）' },
    labels: SENTIMENT_LABELS, attentions: true,
  },
  {
    id: TEXT_MODEL_IDS.topic, task: 'topic', source: 'builtin', dtype: 'fp32', downloadBytes: 2_000_000,
    name: { en: 'Glassbox topics (built-in, offline)', zh: 'Glassbox 主题模型（内置，离线）' },
    labels: TOPIC_LABELS, attentions: true,
  },
  {
    id: 'Xenova/distilbert-base-uncased-finetuned-sst-2-english', task: 'sentiment', source: 'hub', dtype: 'q8', downloadBytes: 68_000_000,
    name: { en: 'DistilBERT SST-2 (Hugging Face Hub, English only)', zh: 'DistilBERT SST-2（Hugging Face Hub，仅英文）' },
    labels: ['NEGATIVE', 'POSITIVE'], attentions: false,
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
