// Web Worker for /chat: builds the chat engine (LangChain retriever over the article and
// glossary, embeddings from the built-in model through Transformers.js on WASM), answers
// questions, and labels user messages with the built-in sentiment and topic models.
import { createChatEngine, EmptyQuestionError, type ChatEngine } from '../chat/engine';
import { loadExtractor } from '../chat/embeddings';
import { PASSAGE_VECTORS_FILE } from '../chat/passage-vectors';
import { TEXT_MODEL_IDS } from '../text/labels';
import { findModel, LOCAL_MODEL_PATH } from '../text/registry';
import { analyzeText, loadTextModel, type LoadedTextModel } from '../text/runtime';
import { configureTransformers } from '../text/transformers-env';
import type { ChatRequest, ChatResponse, Chip } from './chat-protocol';
import { ORT_WASM_PATHS } from './ort-paths';

const scope = self as unknown as { postMessage(m: ChatResponse): void; onmessage: ((e: MessageEvent<ChatRequest>) => void) | null };
const post = (m: ChatResponse) => scope.postMessage(m);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

// Models this small run fastest on WASM (measured in bench); WebGPU adds upload latency.
const DEVICE = 'wasm' as const;
configureTransformers({ localModelPath: LOCAL_MODEL_PATH, allowRemote: false, wasmPaths: ORT_WASM_PATHS });

let engine: Promise<ChatEngine> | null = null;
const classifiers = new Map<string, Promise<LoadedTextModel>>();

/** The built-in model's precomputed passage vectors, or null (missing, unreadable: the engine then
 *  embeds the passages itself; a stale file is detected by the engine). */
async function fetchPassageVectors(): Promise<unknown> {
  try {
    const r = await fetch(`${LOCAL_MODEL_PATH}${TEXT_MODEL_IDS.embed}/${PASSAGE_VECTORS_FILE}`);
    return r.ok ? await r.json() : null;
  } catch {
    return null;
  }
}

function init(): Promise<ChatEngine> {
  engine ??= (async () => {
    const t0 = performance.now();
    const onProgress = (p: { file: string; loaded: number; total: number }) => post({ type: 'progress', modelId: TEXT_MODEL_IDS.embed, ...p });
    const [extract, passageVectors] = await Promise.all([loadExtractor(TEXT_MODEL_IDS.embed, { device: DEVICE, onProgress }), fetchPassageVectors()]);
    const e = await createChatEngine({ extract, passageVectors });
    post({ type: 'ready', device: DEVICE, passages: e.kb.docs.length, loadMs: performance.now() - t0, dense: true, precomputed: e.precomputedVectors });
    return e;
  })();
  engine.catch((e) => {
    engine = null; // allow a retry
    post({ type: 'error', code: 'init', message: `Could not load the chat's embedding model: ${message(e)}` });
  });
  return engine;
}

function classifier(id: string): Promise<LoadedTextModel> {
  let c = classifiers.get(id);
  if (!c) {
    c = loadTextModel(findModel(id)!, { device: DEVICE });
    c.catch(() => classifiers.delete(id));
    classifiers.set(id, c);
  }
  return c;
}

async function classify(id: number, text: string) {
  try {
    const chips: Chip[] = [];
    for (const task of ['sentiment', 'topic'] as const) {
      const a = await analyzeText(await classifier(TEXT_MODEL_IDS[task]), text);
      const best = a.probabilities.indexOf(Math.max(...a.probabilities));
      chips.push({ task, label: a.labels[best], probability: a.probabilities[best] });
    }
    post({ type: 'chips', id, chips });
  } catch (e) {
    post({ type: 'error', id, code: 'classify', message: message(e) });
  }
}

scope.onmessage = async ({ data: req }) => {
  if (req.type === 'init') {
    init().catch(() => {});
  } else if (req.type === 'ask') {
    const t0 = performance.now();
    try {
      const answer = await (await init()).ask(req.question);
      post({ type: 'answer', id: req.id, answer, ms: performance.now() - t0 });
    } catch (e) {
      post({ type: 'error', id: req.id, code: 'ask', message: e instanceof EmptyQuestionError ? e.message : `Could not answer: ${message(e)}` });
    }
  } else if (req.type === 'classify') {
    await classify(req.id, req.text);
  }
};
