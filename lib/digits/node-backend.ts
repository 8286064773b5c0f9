// Node-only: start TensorFlow.js on the wasm backend (SIMD, single thread)
// by pointing it at the .wasm binaries inside node_modules. Used by the
// training/evaluation scripts and by unit tests; never import this from
// browser code (it pulls in node:path / node:module).
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let ready: Promise<void> | null = null;

/** Directory holding tfjs-backend-wasm's .wasm files, with a trailing slash. */
export function wasmBinaryDir(): string {
  // Resolve from this file (not the working directory), so any caller works.
  const require = createRequire(path.join(__dirname, 'node-backend.ts'));
  const main = require.resolve('@tensorflow/tfjs-backend-wasm'); // .../dist/tf-backend-wasm.node.js
  return path.dirname(main) + path.sep;
}

/** Select the wasm backend once per process (idempotent). */
export function initWasmBackend(): Promise<void> {
  if (!ready) {
    ready = (async () => {
      setWasmPaths(wasmBinaryDir());
      const ok = await tf.setBackend('wasm');
      if (!ok) throw new Error('tfjs wasm backend failed to initialise');
      await tf.ready();
    })();
  }
  return ready;
}
