// Web Worker running the text models through Transformers.js: loads each model once per device
// (the one lib/text/device.ts picks; WebGPU falls back to WASM if it fails), classifies, computes
// attention rollout and token occlusion. Requests run one at a time; an analysis superseded by a
// newer one is skipped.
import { attentionRollout, pooledFlow } from '../explain/text/rollout';
import { occludeTokens } from '../explain/text/occlusion';
import { findModel, LOCAL_MODEL_PATH } from '../text/registry';
import { analyzeText, loadTextModel, scoreIds, type LoadedTextModel } from '../text/runtime';
import { opinionProbability, subjectivityLoader } from '../text/subjectivity';
import { domainProbability, topicDomainLoader } from '../text/topic-domain';
import { premiseScorer, zeroShot } from '../text/zero-shot';
import { checkTemplate, parseLabels } from '../text/zero-shot-labels';
import { configureTransformers } from '../text/transformers-env';
import { ORT_WASM_PATHS } from './ort-paths';
import { chooseTextDevice } from '../text/device';
import { webgpuKind, type GpuKind } from '../platform/capabilities';
import type { TextDevice, TextDevicePreference, TextRequest, TextResponse } from './text-protocol';

const scope = self as unknown as { postMessage(m: TextResponse, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<TextRequest>) => void) | null };
const post = (m: TextResponse, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));


let remoteHost: string | null = null;
/** A model loaded on a device, keyed by `${modelId}|${device}`: 'auto' and 'wasm' that resolve to
 *  the same device share one session. `device` is where it runs after any fallback. */
interface Loaded { loaded: LoadedTextModel; device: TextDevice }
const models = new Map<string, Promise<Loaded>>();
let newest = 0;
let webGpu: Promise<GpuKind> | null = null;

function webgpuHere(): Promise<GpuKind> {
  webGpu ??= webgpuKind();
  return webGpu;
}

async function load(modelId: string, preference: TextDevicePreference): Promise<Loaded> {
  const entry = findModel(modelId);
  if (!entry) throw new Error(`unknown text model "${modelId}"`);
  const wanted = chooseTextDevice(preference, entry.source, await webgpuHere());
  const key = `${modelId}|${wanted}`;
  let loading = models.get(key);
  if (loading) return loading;
  configureTransformers({ localModelPath: LOCAL_MODEL_PATH, allowRemote: entry.source === 'hub', remoteHost: remoteHost ?? undefined, wasmPaths: ORT_WASM_PATHS });
  loading = (async () => {
    const t0 = performance.now();
    const onProgress = (p: { file: string; loaded: number; total: number }) => post({ type: 'progress', modelId, ...p });
    let device = wanted;
    let loaded: LoadedTextModel;
    try {
      loaded = await loadTextModel(entry, { device, onProgress });
      await analyzeText(loaded, 'warm up');
    } catch (e) {
      if (device !== 'webgpu') throw e;
      device = 'wasm'; // WebGPU can fail on some adapters: fall back once.
      loaded = await loadTextModel(entry, { device, onProgress });
    }
    post({ type: 'ready', modelId, device, loadMs: performance.now() - t0 });
    return { loaded, device };
  })();
  loading.catch(() => models.delete(key)); // allow a retry
  models.set(key, loading);
  return loading;
}

const subjectivityModel = subjectivityLoader(LOCAL_MODEL_PATH);
const topicDomainModel = topicDomainLoader(LOCAL_MODEL_PATH);

/** The topic-domain check for the topic classifier's results; null when its file cannot be read. */
async function checkDomain(text: string): Promise<{ probability: number; threshold: number } | null> {
  const model = await topicDomainModel();
  return model ? { probability: domainProbability(model, text), threshold: model.threshold } : null;
}

/** The subjectivity check for sentiment results; null when its file cannot be read (the page then
 *  shows no subjectivity line; a later analysis tries again). */
async function checkSubjectivity(text: string): Promise<{ opinion: number; threshold: number } | null> {
  const model = await subjectivityModel();
  return model ? { opinion: opinionProbability(model, text), threshold: model.threshold } : null;
}

async function analyze(req: Extract<TextRequest, { type: 'analyze' }>) {
  if (req.id < newest) return;
  let loaded: LoadedTextModel;
  let device: TextDevice;
  try {
    ({ loaded, device } = await load(req.modelId, req.device ?? 'auto'));
  } catch (e) {
    return post({ type: 'error', id: req.id, modelId: req.modelId, code: 'load', message: `Could not load ${req.modelId}: ${message(e)}` });
  }
  const t0 = performance.now(); // analysis time only, not the model download
  try {
    if (loaded.entry.kind === 'zero-shot') return await analyzeZeroShot(req, loaded, t0, device);
    const analysis = await analyzeText(loaded, req.text);
    const seq = analysis.ids.length;
    const rollout = analysis.attentions ? pooledFlow(attentionRollout(analysis.attentions, seq), seq, loaded.pooling) : null;
    const predicted = analysis.probabilities.indexOf(Math.max(...analysis.probabilities));
    const occlusion = await occludeTokens(analysis.ids, analysis.special, req.targetClass ?? predicted,
      (batch) => scoreIds(loaded, batch), { mode: req.occlusion, maskId: loaded.tokenizer.mask_token_id ?? undefined });
    const ms = performance.now() - t0;
    const subjectivity = loaded.entry.task === 'sentiment' ? await checkSubjectivity(req.text) : null;
    const domain = loaded.entry.task === 'topic' ? await checkDomain(req.text) : null;
    post({ type: 'result', id: req.id, modelId: req.modelId, device, text: req.text, analysis, rollout, occlusion, subjectivity, domain, ms });
  } catch (e) {
    post({ type: 'error', id: req.id, modelId: req.modelId, code: 'analyze', message: message(e) });
  }
}

/** Zero-shot: probabilities over the user's labels; attention and occlusion of the premise for the explained label's pair. */
async function analyzeZeroShot(req: Extract<TextRequest, { type: 'analyze' }>, loaded: LoadedTextModel, t0: number, device: TextDevice) {
  // The page validates too; checked again here so that a bad request is an error message, not a crash.
  const labels = parseLabels((req.zeroShot?.labels ?? []).join(','));
  if (!labels.ok) throw new Error(`invalid candidate labels (${labels.error.code})`);
  const template = checkTemplate(req.zeroShot?.template ?? '');
  if (!template.ok) throw new Error(`invalid hypothesis template (${template.error.code})`);
  const options = { labels: labels.labels, template: template.template, focus: req.targetClass };
  const analysis = await zeroShot(loaded, req.text, options);
  const seq = analysis.ids.length;
  const rollout = analysis.attentions ? pooledFlow(attentionRollout(analysis.attentions, seq), seq, loaded.pooling) : null;
  const occlusion = await occludeTokens(analysis.ids, analysis.premise.map((p) => !p), analysis.pairLabel,
    premiseScorer(loaded, req.text, options, analysis.pairLabel), { mode: req.occlusion, maskId: loaded.tokenizer.mask_token_id ?? undefined });
  post({ type: 'result', id: req.id, modelId: req.modelId, device, text: req.text, analysis, rollout, occlusion, subjectivity: null, domain: null, ms: performance.now() - t0 });
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const req = event.data;
  if (req.type === 'configure') { remoteHost = req.remoteHost; return; }
  newest = Math.max(newest, req.id);
  queue = queue.then(() => analyze(req));
};
