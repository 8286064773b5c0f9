// The digit CNN and its explanations on each TensorFlow.js backend that Node can run, side by
// side: WebGPU (through Dawn's Node binding, the npm package `webgpu`, when it is installed and
// finds a GPU adapter), WASM (SIMD, one thread) and CPU. The browser runs the same code in its
// worker (lib/digits/tf-backend.ts picks WebGPU → WebGL → WASM → CPU); this script says what that
// order is worth on a given machine, and checks that every backend computes the same numbers.
//
//   npm install --no-save webgpu        # optional: the WebGPU row needs Dawn's binding
//   npx tsx scripts/bench-backends.ts [--label=<machine>] [--out=<dir>]
//
// Environment: DAWN_NODE=<path to dawn.node> loads that binding instead of the package;
// TFJS_WASM_DIR=<dir/> points at the tfjs .wasm files (default: inside node_modules).
// Writes <out>/backends-<label>.json and .md (default out: bench/). Not part of `npm run bench`:
// its WebGPU row needs a GPU, which the CI machine does not have.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { classifyAsync } from '../lib/digits/classify';
import { fileHandler } from '../lib/digits/node-io';
import { inkFromRgba, preprocessInk } from '../lib/digits/preprocess';
import { featureMaps, gradCam, integratedGradients, occlusion, smoothGrad, vanillaGradient } from '../lib/explain/image';
import { decodePng } from '../lib/image/png-decode';

const ROOT = path.join(__dirname, '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const LABEL = arg('label') ?? os.hostname();
const OUT = arg('out') ?? path.join(ROOT, 'bench');

interface Row { backend: string; metric: string; median: number; p90: number; n: number }
const rows: Row[] = [];
const notes: string[] = [];

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: Number(q(0.5).toFixed(3)), p90: Number(q(0.9).toFixed(3)), n: s.length };
}

/** Median time of `run` over n calls after one warm-up call (a failure is noted, not fatal). */
async function time(backend: string, metric: string, n: number, run: () => Promise<unknown>) {
  try {
    await run();
  } catch (e) {
    notes.push(`${backend}, ${metric}: failed (${e instanceof Error ? e.message : String(e)}).`);
    return;
  }
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    xs.push(performance.now() - t);
  }
  rows.push({ backend, metric, ...stats(xs) });
}

/** Dawn's Node binding as navigator.gpu, or the reason there is none. */
async function installWebGpu(): Promise<{ adapter: string } | { error: string }> {
  try {
    const require = createRequire(__filename);
    const dawnPath = process.env.DAWN_NODE
      ?? path.join(path.dirname(require.resolve('webgpu/package.json')), 'dist', `${process.platform}-${process.arch}`, 'dawn.node');
    const { create, globals } = require(dawnPath) as { create(flags: string[]): GPU; globals: Record<string, unknown> };
    Object.assign(globalThis, globals);
    const gpu = create([]);
    const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return { error: 'Dawn found no GPU adapter' };
    // tfjs-backend-webgpu 4.22 asks for the feature as ['bgra8unorm-storage'] (an array inside
    // the list); browsers stringify it, Dawn's binding does not: pass names only.
    const requestAdapter = gpu.requestAdapter.bind(gpu);
    gpu.requestAdapter = async (options) => {
      const a = await requestAdapter(options);
      if (!a) return a;
      const requestDevice = a.requestDevice.bind(a);
      a.requestDevice = (d) => requestDevice({ ...d, requiredFeatures: [...(d?.requiredFeatures ?? [])].flat() as GPUFeatureName[] });
      return a;
    };
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true });
    await import('@tensorflow/tfjs-backend-webgpu'); // registers 'webgpu' now that navigator.gpu exists
    // GPUAdapterInfo (newer than this project's @webgpu/types).
    const info = (adapter as GPUAdapter & { info?: Record<string, string> }).info ?? {};
    return { adapter: [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' / ') || 'unnamed adapter' };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && !process.env.DAWN_NODE) {
      return { error: 'the `webgpu` package is not installed; `npm install --no-save webgpu` adds it' };
    }
    return { error: (e instanceof Error ? e.message : String(e)).split('\n')[0] };
  }
}

/** The ten held-out digit drawings of the e2e tests, preprocessed as the page does. */
function heldOutInputs(): Float32Array[] {
  return Array.from({ length: 10 }, (_, d) => {
    const img = decodePng(readFileSync(path.join(ROOT, 'e2e', 'files', `heldout-${d}.png`)));
    const pre = preprocessInk(inkFromRgba(img.rgba, img.width, img.height));
    if (!pre.ok) throw new Error(`heldout-${d}.png: ${pre.message}`);
    return pre.pixels;
  });
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};
const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) [dot, na, nb] = [dot + a[i] * b[i], na + a[i] ** 2, nb + b[i] ** 2];
  return dot / Math.sqrt(na * nb || 1);
};
/** The input with a fixed dither of ±0.001, so that no 2×2 max-pool window holds two equal maxima. */
const dithered = (x: Float32Array) => x.map((v, i) => v + 1e-3 * Math.sin(12.9898 * i));

async function main() {
  const gpu = await installWebGpu();
  if ('error' in gpu) notes.push(`WebGPU: not measured (${gpu.error}).`);
  else notes.push(`WebGPU adapter: ${gpu.adapter}.`);
  setWasmPaths(process.env.TFJS_WASM_DIR ?? path.dirname(createRequire(__filename).resolve('@tensorflow/tfjs-backend-wasm')) + path.sep);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  const inputs = heldOutInputs();
  const backends = ['cpu', 'wasm', ...('error' in gpu ? [] : ['webgpu'])];
  // Reference (cpu) outputs for the parity columns.
  const ref: Record<string, { probs: Float32Array[]; grad: Float32Array[]; gradDithered: Float32Array[] }> = {};
  const parity: Record<string, { probabilities: number; gradientCosine: number; gradientCosineDithered: number; sameLabels: number }> = {};
  for (const backend of backends) {
    try {
      if (!(await tf.setBackend(backend))) throw new Error('setBackend returned false');
      await tf.ready();
      const t0 = performance.now();
      const model = await tf.loadLayersModel(fileHandler(path.join(ROOT, 'public', 'models', 'digits-cnn')));
      await classifyAsync(model, inputs[0]);
      rows.push({ backend, metric: 'model load + first prediction', ...stats([performance.now() - t0]) });
      // Async reads: the webgpu backend's synchronous read needs OffscreenCanvas, which Node lacks
      // (the page's worker reads asynchronously too).
      const probs = [];
      for (const x of inputs) probs.push(Float32Array.from((await classifyAsync(model, x)).probabilities));
      const grad = [];
      const gradDithered = [];
      for (const x of inputs) {
        grad.push((await vanillaGradient(model, x)).data);
        gradDithered.push((await vanillaGradient(model, dithered(x))).data);
      }
      ref[backend] = { probs, grad, gradDithered };
      const base = ref.cpu;
      parity[backend] = {
        probabilities: Math.max(...probs.map((p, i) => maxAbsDiff(p, base.probs[i]))),
        // The least similar of the ten gradient maps (1 = the same map up to scale).
        gradientCosine: Math.min(...grad.map((g, i) => cosine(g, base.grad[i]))),
        gradientCosineDithered: Math.min(...gradDithered.map((g, i) => cosine(g, base.gradDithered[i]))),
        sameLabels: probs.filter((p, i) => p.indexOf(Math.max(...p)) === base.probs[i].indexOf(Math.max(...base.probs[i]))).length,
      };
      let k = 0;
      const next = () => inputs[k++ % inputs.length];
      await time(backend, 'predict (batch 1)', 100, () => classifyAsync(model, next()));
      await time(backend, 'gradient saliency', 30, () => vanillaGradient(model, next()));
      await time(backend, 'SmoothGrad (25 samples)', 10, () => smoothGrad(model, next()));
      await time(backend, 'Integrated Gradients (defaults)', 10, () => integratedGradients(model, next()));
      await time(backend, 'Grad-CAM', 20, () => gradCam(model, next()));
      await time(backend, 'occlusion (defaults)', 5, () => occlusion(model, next()));
      await time(backend, 'feature maps', 20, () => featureMaps(model, next()));
      model.dispose();
    } catch (e) {
      notes.push(`${backend}: failed (${e instanceof Error ? e.message : String(e)}).`);
    }
  }
  const cpus = os.cpus();
  const result = {
    label: LABEL,
    date: new Date().toISOString(),
    machine: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, Node ${process.version}, tfjs ${tf.version.tfjs}`,
    notes,
    parity,
    rows,
  };
  const metrics = [...new Set(rows.map((r) => r.metric))];
  const cell = (b: string, m: string) => {
    const r = rows.find((x) => x.backend === b && x.metric === m);
    return r ? `${r.median} (p90 ${r.p90}, n ${r.n})` : '—';
  };
  const md = [
    `# Digit CNN per TensorFlow.js backend: ${LABEL}`, '',
    `${result.date}; ${result.machine}. Median milliseconds (Node, \`npx tsx scripts/bench-backends.ts\`).`, '',
    ...notes.map((n) => `- ${n}`), '',
    `| metric | ${backends.join(' | ')} |`, `|---|${backends.map(() => '---').join('|')}|`,
    ...metrics.map((m) => `| ${m} | ${backends.map((b) => cell(b, m)).join(' | ')} |`), '',
    'Agreement with the cpu backend on the ten held-out drawings: max |Δ| of the probabilities; the lowest cosine',
    'similarity of the gradient maps, as drawn and with the input dithered by ±0.001 (a flat background makes',
    'ties inside 2×2 max-pool windows, and backends route the gradient to different maxima of a tie); the',
    'number of drawings with the same predicted digit.', '',
    '| backend | probabilities | gradient cosine | gradient cosine, dithered | same digit |', '|---|---|---|---|---|',
    ...Object.entries(parity).map(([b, p]) => `| ${b} | ${p.probabilities.toExponential(2)} | ${p.gradientCosine.toFixed(4)} | ${p.gradientCosineDithered.toFixed(6)} | ${p.sameLabels} / 10 |`), '',
  ].join('\n');
  mkdirSync(OUT, { recursive: true });
  const base = path.join(OUT, `backends-${LABEL.replace(/[^\w.-]+/g, '-')}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.md`, md);
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
