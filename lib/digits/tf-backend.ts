// Chooses the TensorFlow.js backend in the browser or a worker: WebGPU, then WebGL, then WASM,
// then CPU, recording why each faster one failed or was skipped. The automatic choice skips a GPU
// backend the browser emulates on the CPU (slower than WASM here); one asked for by name is used
// even then. One module-level promise per requested order (React StrictMode and repeated loads
// must not initialise twice).
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { BACKEND_ORDER, webglKind, webgpuKind, type Backend } from '../platform/capabilities';

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

/** Whether a GPU backend would run on a CPU emulation here (never true for wasm and cpu). */
async function emulated(backend: Backend): Promise<boolean> {
  if (backend === 'webgpu') return (await webgpuKind()) === 'software';
  if (backend === 'webgl') return webglKind() === 'software';
  return false;
}

/** Initialises the first working backend, starting at `preferred`; without one (automatic), the
 *  fastest that runs on real hardware. */
export async function chooseBackend(preferred?: Backend): Promise<BackendChoice> {
  const order = preferred ? BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(preferred)) : BACKEND_ORDER;
  const failed: BackendAttempt[] = [];
  for (const backend of order) {
    if (!preferred && (await emulated(backend))) {
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
