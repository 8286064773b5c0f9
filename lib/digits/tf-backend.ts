// Chooses the TensorFlow.js backend in the browser or a worker: WebGPU, then WebGL, then WASM,
// then CPU, recording why each faster one failed. One module-level promise per requested order
// (React StrictMode and repeated loads must not initialise twice).
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { BACKEND_ORDER, type Backend } from '../platform/capabilities';

/** Where the app serves the tfjs WASM binaries (copied by scripts/copy-runtime-assets.mjs). */
export const TFJS_WASM_PATH = '/wasm/tfjs/';

export interface BackendAttempt {
  backend: Backend;
  error: string;
}

export interface BackendChoice {
  backend: Backend;
  /** Faster backends that were tried first and failed, with the reason. */
  failed: BackendAttempt[];
}

let wasmConfigured = false;

async function trySet(backend: Backend): Promise<void> {
  if (backend === 'wasm' && !wasmConfigured) {
    setWasmPaths(TFJS_WASM_PATH);
    // The threaded build spawns pthread workers from a blob of emscripten glue that does not
    // survive bundling/minification ("a is not defined"); a CNN this small gains nothing from
    // threads, so use the single-threaded SIMD build even when cross-origin isolated.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    wasmConfigured = true;
  }
  if (backend === 'webgpu') {
    const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)?.gpu;
    if (!gpu) throw new Error('WebGPU is not supported by this browser');
    if (!(await gpu.requestAdapter())) throw new Error('no WebGPU adapter is available (GPU blocked or disabled)');
  }
  const ok = await tf.setBackend(backend);
  if (!ok) throw new Error(`${backend} backend failed to initialise`);
  await tf.ready();
  // A tiny computation proves the backend really works (adapters can fail on first use).
  const probe = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)));
  const value = (await probe.data())[0];
  probe.dispose();
  if (value !== 3) throw new Error(`${backend} backend computed 1+2=${value}`);
}

/** Initialises the first working backend, starting at `preferred` (default: the fastest). */
export async function chooseBackend(preferred: Backend = 'webgpu'): Promise<BackendChoice> {
  const order = BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(preferred));
  const failed: BackendAttempt[] = [];
  for (const backend of order) {
    try {
      await trySet(backend);
      return { backend, failed };
    } catch (e) {
      failed.push({ backend, error: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new Error(`no TensorFlow.js backend works here: ${failed.map((f) => `${f.backend}: ${f.error}`).join('; ')}`);
}
