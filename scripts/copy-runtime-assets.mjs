#!/usr/bin/env node
// Copies the WebAssembly binaries the browser needs from node_modules into public/wasm/ so the
// app serves them itself (no CDN). Runs before `next build`/`next dev` and from scripts/start.mjs.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export const ASSETS = [
  { from: 'node_modules/@tensorflow/tfjs-backend-wasm/dist', to: 'public/wasm/tfjs', match: /\.wasm$/ },
  // ONNX Runtime Web for Transformers.js (the build it uses by default: SIMD, threads, asyncify/JSEP for WebGPU).
  { from: 'node_modules/onnxruntime-web/dist', to: 'public/wasm/ort', match: /^ort-wasm-simd-threaded\.asyncify\.(wasm|mjs)$/ },
];

export function copyRuntimeAssets() {
  let copied = 0;
  for (const { from, to, match } of ASSETS) {
    const src = path.join(root, from);
    if (!existsSync(src)) throw new Error(`missing ${from}: run npm install`);
    mkdirSync(path.join(root, to), { recursive: true });
    for (const name of readdirSync(src).filter((n) => match.test(n))) {
      copyFileSync(path.join(src, name), path.join(root, to, name));
      copied++;
    }
  }
  return copied;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`[copy-runtime-assets] copied ${copyRuntimeAssets()} files into public/wasm/`);
}
