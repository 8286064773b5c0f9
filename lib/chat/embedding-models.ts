// The embedding models the chat can retrieve with: the built-in one (trained here, offline, with
// precomputed passage vectors and a calibration fitted for it) and a multilingual hub model that
// the user may pick on /chat (downloaded only then; its refusal uses lexical evidence and the section
// classifier's out-of-scope probability only, because its similarity scores were never calibrated
// here). Adding a model is one entry.
import type { Bilingual } from '../content/types';
import { TEXT_MODEL_IDS } from '../text/labels';
import anyModel from './calibration-any-model.json';
import { defaultCalibration, type Calibration } from './calibration';

export interface EmbeddingModelEntry {
  /** Folder under public/models/ (built-in) or hub repository id. */
  id: string;
  source: 'builtin' | 'hub';
  name: Bilingual;
  /** Which ONNX file: fp32 = onnx/model.onnx, q8 = onnx/model_quantized.onnx. */
  dtype: 'fp32' | 'q8';
  /** Approximate download (model + tokenizer), shown before the user starts it. */
  downloadBytes: number;
  /** Whether calibration.json was fitted with this model (else: calibration-any-model.json). */
  calibrated: boolean;
  /** Ships precomputed passage vectors next to the model (lib/chat/passage-vectors.ts). */
  passageVectors: boolean;
}

export const EMBEDDING_MODELS: readonly EmbeddingModelEntry[] = [
  {
    id: TEXT_MODEL_IDS.embed, source: 'builtin', dtype: 'fp32', downloadBytes: 4_100_000, calibrated: true, passageVectors: true,
    name: { en: 'Glassbox embeddings (built-in, offline)', zh: 'Glassbox 向量模型（内置，离线）' },
  },
  {
    // onnx/model_quantized.onnx is about 118 MB and tokenizer.json about 17 MB in the hub repository.
    id: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2', source: 'hub', dtype: 'q8', downloadBytes: 135_000_000, calibrated: false, passageVectors: false,
    name: { en: 'Multilingual MiniLM-L12 (Hugging Face Hub, 50+ languages)', zh: '多语言 MiniLM-L12（Hugging Face Hub，50 多种语言）' },
  },
];

export const BUILTIN_EMBEDDING_MODEL = EMBEDDING_MODELS[0];

export function findEmbeddingModel(id: string): EmbeddingModelEntry | undefined {
  return EMBEDDING_MODELS.find((m) => m.id === id);
}

/** Calibration for models the dev set was not run with: lexical and out-of-scope-class refusal, equal fusion weights. */
export const anyModelCalibration: Calibration = anyModel as Calibration;

/** The fusion weight and refusal model to use with an embedding model. */
export function calibrationFor(entry: EmbeddingModelEntry): Calibration {
  return entry.calibrated ? defaultCalibration : anyModelCalibration;
}

/** Where the page remembers the user's choice (localStorage). */
export const EMBEDDING_CHOICE_KEY = 'glassbox.chat.embeddingModel';
