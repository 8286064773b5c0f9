// The typed message protocol between the /chat page and the chat worker: building the
// knowledge base with an embedding model (built-in, or a hub model the user picked), answering,
// and classifying a user message (sentiment and topic chips) with the built-in text models.
import type { ChatAnswer, ChatContext } from '../chat/types';

export type ChatRequest =
  /** Load embedding model `modelId` (lib/chat/embedding-models.ts) and build the index; once per
   *  worker (the page starts a fresh worker to switch models). `remoteHost`: where hub models are
   *  downloaded from (null: the Hugging Face Hub). */
  | { type: 'init'; modelId: string; remoteHost: string | null }
  /** `context`: the previous answer's followUp, so that "tell me more" continues it. */
  | { type: 'ask'; id: number; question: string; context?: ChatContext | null }
  | { type: 'classify'; id: number; text: string };

export interface Chip {
  task: 'sentiment' | 'topic';
  /** The model's label, or 'neutral' for a sentiment chip the subjectivity check found no opinion in,
   *  or 'off-topic' for a topic chip the topic-domain check found not about deep learning. */
  label: string;
  /** Of that label ('neutral': 1 − p(opinion); 'off-topic': 1 − p(in domain)). */
  probability: number;
  /** 'neutral' and 'off-topic' chips: what the model itself said. */
  model?: { label: string; probability: number };
}

export type ChatResponse =
  | { type: 'progress'; modelId: string; file: string; loaded: number; total: number }
  /** Passages embedded so far while building the index (models without precomputed vectors). */
  | { type: 'indexing'; modelId: string; done: number; total: number }
  | {
      type: 'ready'; modelId: string; device: 'webgpu' | 'wasm'; passages: number; loadMs: number; dense: boolean; precomputed: boolean;
      /** The refusal threshold was fitted with this model (false: lexical refusal only). */
      calibrated: boolean;
    }
  | { type: 'answer'; id: number; answer: ChatAnswer & { truncated: boolean }; ms: number }
  | { type: 'chips'; id: number; chips: Chip[] }
  /** A file of the chips' sentiment or topic model being downloaded (first classification only). */
  | { type: 'chipsProgress'; modelId: string; file: string; loaded: number; total: number }
  /** `init`: the engine could not be built; `ask`/`classify`: this request failed. */
  | { type: 'error'; id?: number; code: 'init' | 'ask' | 'classify'; message: string };
