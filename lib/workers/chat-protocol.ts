// The typed message protocol between the /chat page and the chat worker: building the
// knowledge base with the built-in embedding model, answering, and classifying a user message
// (sentiment and topic chips) with the built-in text models.
import type { ChatAnswer } from '../chat/types';

export type ChatRequest =
  /** Load the embedding model and build the index (idempotent). */
  | { type: 'init' }
  | { type: 'ask'; id: number; question: string }
  | { type: 'classify'; id: number; text: string };

export interface Chip {
  task: 'sentiment' | 'topic';
  label: string;
  probability: number;
}

export type ChatResponse =
  | { type: 'progress'; modelId: string; file: string; loaded: number; total: number }
  | { type: 'ready'; device: 'webgpu' | 'wasm'; passages: number; loadMs: number; dense: boolean; precomputed: boolean }
  | { type: 'answer'; id: number; answer: ChatAnswer & { truncated: boolean }; ms: number }
  | { type: 'chips'; id: number; chips: Chip[] }
  /** `init`: the engine could not be built; `ask`/`classify`: this request failed. */
  | { type: 'error'; id?: number; code: 'init' | 'ask' | 'classify'; message: string };
