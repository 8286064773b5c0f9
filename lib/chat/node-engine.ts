// Node-only: the chat engine with the built-in embedding model loaded from public/models/
// (Transformers.js on onnxruntime-node). Used by the `ask` CLI and models/chat scripts.
import fs from 'node:fs';
import path from 'node:path';
import { TEXT_MODEL_IDS } from '../text/labels';
import { configureTransformers } from '../text/transformers-env';
import { loadExtractor, type ExtractFn } from './embeddings';
import { createChatEngine, type ChatEngine } from './engine';
import { PASSAGE_VECTORS_FILE } from './passage-vectors';
import type { Calibration } from './retriever';

export const NODE_MODELS_DIR = path.join(__dirname, '..', '..', 'public', 'models') + path.sep;

export function loadNodeExtractor(): Promise<ExtractFn> {
  configureTransformers({ localModelPath: NODE_MODELS_DIR, allowRemote: false });
  return loadExtractor(TEXT_MODEL_IDS.embed);
}

/** Where the built-in model's precomputed passage vectors live (scripts/build-passage-vectors.ts). */
export const NODE_PASSAGE_VECTORS_PATH = path.join(NODE_MODELS_DIR, TEXT_MODEL_IDS.embed, PASSAGE_VECTORS_FILE);

/** The committed precomputed passage vectors (null when absent or unreadable). */
export function readPassageVectors(): unknown {
  try {
    return JSON.parse(fs.readFileSync(NODE_PASSAGE_VECTORS_PATH, 'utf8'));
  } catch {
    return null;
  }
}

export async function createNodeChatEngine(options: { dense?: boolean; calibration?: Calibration } = {}): Promise<ChatEngine> {
  const extract = options.dense === false ? null : await loadNodeExtractor();
  return createChatEngine({ extract, calibration: options.calibration, passageVectors: extract ? readPassageVectors() : null });
}
