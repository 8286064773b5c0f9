// Web Worker for /chat: builds the chat engine (LangChain retriever over the article and
// glossary, embeddings through Transformers.js on WASM from the built-in model or a hub model the
// user picked), answers questions, and labels user messages with the built-in sentiment and topic
// models (always the built-in ones, from the app's own origin).
import { createChatEngine, EmptyQuestionError, type ChatEngine } from '../chat/engine';
import { calibrationFor, findEmbeddingModel, type EmbeddingModelEntry } from '../chat/embedding-models';
import { loadExtractor } from '../chat/embeddings';
import { PASSAGE_VECTORS_FILE } from '../chat/passage-vectors';
import { TEXT_MODEL_IDS } from '../text/labels';
import { findModel, LOCAL_MODEL_PATH } from '../text/registry';
import { analyzeText, loadTextModel, type LoadedTextModel } from '../text/runtime';
import { opinionProbability, subjectivityLoader } from '../text/subjectivity';
import { domainProbability, topicDomainLoader } from '../text/topic-domain';
import { sentimentChip, topicChip } from '../chat/chips';
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
async function fetchPassageVectors(entry: EmbeddingModelEntry): Promise<unknown> {
  if (!entry.passageVectors) return null;
  try {
    const r = await fetch(`${LOCAL_MODEL_PATH}${entry.id}/${PASSAGE_VECTORS_FILE}`);
    return r.ok ? await r.json() : null;
  } catch {
    return null;
  }
}

/** Builds the engine with `modelId` on the first call; later calls return the same engine. */
function init(modelId: string, remoteHost: string | null): Promise<ChatEngine> {
  engine ??= (async () => {
    const entry = findEmbeddingModel(modelId);
    if (!entry) throw new Error(`unknown embedding model "${modelId}"`);
    const t0 = performance.now();
    // Hub downloads only for a hub model the user picked; built-in files always come from this origin.
    configureTransformers({ localModelPath: LOCAL_MODEL_PATH, allowRemote: entry.source === 'hub', remoteHost: remoteHost ?? undefined, wasmPaths: ORT_WASM_PATHS });
    const onProgress = (p: { file: string; loaded: number; total: number }) => post({ type: 'progress', modelId, ...p });
    const [extract, passageVectors] = await Promise.all([
      loadExtractor(entry.id, { device: DEVICE, dtype: entry.dtype, localOnly: entry.source === 'builtin', onProgress }).catch((e) => { throw new Error(`${entry.id}: ${message(e)}`); }),
      fetchPassageVectors(entry),
    ]);
    const e = await createChatEngine({
      extract, passageVectors, calibration: calibrationFor(entry),
      onIndexProgress: (done, total) => post({ type: 'indexing', modelId, done, total }),
    });
    post({ type: 'ready', modelId, device: DEVICE, passages: e.kb.docs.length, loadMs: performance.now() - t0, dense: true, precomputed: e.precomputedVectors, calibrated: entry.calibrated });
    return e;
  })();
  engine.catch((e) => {
    engine = null; // allow a retry
    post({ type: 'error', code: 'init', message: `Could not load the chat's embedding model: ${message(e)}` });
  });
  return engine;
}

let chosen: { modelId: string; remoteHost: string | null } = { modelId: TEXT_MODEL_IDS.embed, remoteHost: null };

function classifier(id: string): Promise<LoadedTextModel> {
  let c = classifiers.get(id);
  if (!c) {
    c = loadTextModel(findModel(id)!, { device: DEVICE, onProgress: (p) => post({ type: 'chipsProgress', modelId: id, ...p }) });
    c.catch(() => classifiers.delete(id));
    classifiers.set(id, c);
  }
  return c;
}

/** The subjectivity check; null when its file cannot be read (the chip then shows the sentiment
 *  model's own label, and a later message tries again). */
const subjectivityModel = subjectivityLoader(LOCAL_MODEL_PATH);
/** The topic-domain check, likewise for the topic chip. */
const topicDomainModel = topicDomainLoader(LOCAL_MODEL_PATH);

async function classify(id: number, text: string) {
  try {
    // one model run at a time: ONNX Runtime Web runs one session call per worker at a time
    const sentiment = await analyzeText(await classifier(TEXT_MODEL_IDS.sentiment), text);
    const topic = await analyzeText(await classifier(TEXT_MODEL_IDS.topic), text);
    const check = await subjectivityModel();
    const domain = await topicDomainModel();
    const chips: Chip[] = [
      sentimentChip(sentiment, check ? opinionProbability(check, text) : null, check?.threshold ?? 0.5),
      topicChip(topic, domain ? domainProbability(domain, text) : null, domain?.threshold ?? 0.5),
    ];
    post({ type: 'chips', id, chips });
  } catch (e) {
    post({ type: 'error', id, code: 'classify', message: message(e) });
  }
}

scope.onmessage = async ({ data: req }) => {
  if (req.type === 'init') {
    chosen = { modelId: req.modelId, remoteHost: req.remoteHost };
    init(chosen.modelId, chosen.remoteHost).catch(() => {});
  } else if (req.type === 'ask') {
    const t0 = performance.now();
    try {
      const answer = await (await init(chosen.modelId, chosen.remoteHost)).ask(req.question, req.context ?? null);
      post({ type: 'answer', id: req.id, answer, ms: performance.now() - t0 });
    } catch (e) {
      post({ type: 'error', id: req.id, code: 'ask', message: e instanceof EmptyQuestionError ? e.message : `Could not answer: ${message(e)}` });
    }
  } else if (req.type === 'classify') {
    await classify(req.id, req.text);
  }
};
