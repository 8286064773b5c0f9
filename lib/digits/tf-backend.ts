// Chooses the TensorFlow.js backend in the browser or a worker: WebGPU, then WebGL, then WASM,
// then CPU, recording why each faster one failed or was skipped. The automatic choice skips a GPU
// backend the browser emulates on the CPU (slower than WASM here); one asked for by name is used
// even then. The WebGPU adapter is requested once to judge it (tfjs requests its own when the
// backend is set).
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { BACKEND_ORDER, NO_WEBGPU_ADAPTER, NO_WEBGPU_API, probeWebgpu, webglKind, type Backend } from '../platform/capabilities';

/** Where the app serves the tfjs WASM binaries (copied by scripts/copy-runtime-assets.mjs). */
export const TFJS_WASM_PATH = '/wasm/tfjs/';

export interface BackendAttempt {
  backend: Backend;
  error: string;
  /** Not tried: the automatic choice skipped it because the browser emulates it on the CPU. */
  software?: boolean;
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
  const ok = await tf.setBackend(backend);
  if (!ok) throw new Error(`${backend} backend failed to initialise`);
  await tf.ready();
  // A tiny computation proves the backend really works (adapters can fail on first use).
  const probe = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)));
  const value = (await probe.data())[0];
  probe.dispose();
  if (value !== 3) throw new Error(`${backend} backend computed 1+2=${value}`);
}

/** What is known of a backend before it is set: why it cannot run at all (WebGPU without an
 *  adapter), and whether the browser would emulate it on the CPU (asked only when `judge`). */
async function precheck(backend: Backend, judge: boolean): Promise<{ unavailable?: string; emulated: boolean }> {
  if (backend === 'webgpu') {
    const w = await probeWebgpu();
    if (!w.available) {
      const why = w.detail === NO_WEBGPU_API ? 'WebGPU is not supported by this browser'
        : w.detail === NO_WEBGPU_ADAPTER || !w.detail ? 'no WebGPU adapter is available (GPU blocked or disabled)' : w.detail;
      return { unavailable: why, emulated: false };
    }
    return { emulated: Boolean(w.fallbackAdapter) };
  }
  if (backend === 'webgl' && judge) return { emulated: webglKind() === 'software' };
  return { emulated: false };
}

/** Initialises the first working backend, starting at `preferred`; without one (automatic), the
 *  fastest that runs on real hardware. */
export async function chooseBackend(preferred?: Backend): Promise<BackendChoice> {
  const order = preferred ? BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(preferred)) : BACKEND_ORDER;
  const failed: BackendAttempt[] = [];
  for (const backend of order) {
    const known = await precheck(backend, !preferred);
    if (known.unavailable) {
      failed.push({ backend, error: known.unavailable });
      continue;
    }
    if (!preferred && known.emulated) {
      failed.push({ backend, error: 'emulated on the CPU, slower than WebAssembly here', software: true });
      continue;
    }
    try {
      await trySet(backend);
      return { backend, failed };
    } catch (e) {
      failed.push({ backend, error: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new Error(`no TensorFlow.js backend works here: ${failed.map((f) => `${f.backend}: ${f.error}`).join('; ')}`);
}
