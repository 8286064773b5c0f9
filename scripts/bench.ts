// `npm run bench`: measures Glassbox's speed and writes bench/results.json + bench/RESULTS.md.
// - digits (Node, tfjs wasm): model load and per-digit inference through the CLI code path.
// - digits (browser): model ready time and per-drawing latency (preprocess + CNN, as shown on the
//   page) for every backend, in headless Chromium on the production build, drawing with the mouse.
// Numbers depend on the machine: the table records where they were measured.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';
import { classifyPngFile } from '../lib/cli/digit-command';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench');
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

interface Row { suite: string; metric: string; backend: string; median: number; p90: number; n: number; unit: string }
const rows: Row[] = [];

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p90: q(0.9), n: s.length };
}

async function benchNode() {
  const file = path.join(ROOT, 'e2e', 'files', 'heldout-7.png');
  const t0 = performance.now();
  await classifyPngFile(file); // loads backend + model
  rows.push({ suite: 'digits', metric: 'first prediction incl. model load (Node)', backend: tf.getBackend(), ...stats([performance.now() - t0]), unit: 'ms' });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await classifyPngFile(file);
    times.push(performance.now() - t);
  }
  rows.push({ suite: 'digits', metric: 'PNG decode + preprocess + predict (Node)', backend: tf.getBackend(), ...stats(times), unit: 'ms' });
}

async function waitForServer(url: string, ms = 300_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

async function benchBrowser() {
  const server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore' });
  try {
    const base = `http://localhost:${PORT}`;
    await waitForServer(`${base}/`);
    const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
    for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu']) {
      const page = await browser.newPage();
      const t0 = Date.now();
      await page.goto(`${base}/digits`);
      await page.getByTestId('backend-indicator').filter({ hasText: /^(webgpu|webgl|wasm|cpu)$/ }).waitFor({ timeout: 60_000 });
      if (backend !== 'webgpu') {
        await page.getByTestId('backend-select').selectOption(backend);
        await page.getByTestId('backend-indicator').filter({ hasText: new RegExp(`^${backend}$`) }).waitFor({ timeout: 60_000 });
      }
      const ready = Date.now() - t0;
      rows.push({ suite: 'digits', metric: 'page load to model ready (browser)', backend, ...stats([ready]), unit: 'ms' });
      const box = (await page.getByTestId('digit-canvas').boundingBox())!;
      const latencies: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.getByTestId('digit-clear').click();
        await page.getByTestId('digit-prediction').filter({ hasText: /^$/ }).waitFor();
        await page.mouse.move(box.x + 0.3 * box.width, box.y + 0.2 * box.height);
        await page.mouse.down();
        await page.mouse.move(box.x + 0.7 * box.width, box.y + 0.2 * box.height, { steps: 4 });
        await page.mouse.move(box.x + 0.45 * box.width, box.y + 0.85 * box.height, { steps: 4 });
        await page.mouse.up();
        await page.getByTestId('digit-prediction').filter({ hasText: /^\d$/ }).waitFor();
        await page.waitForTimeout(150); // let the last queued frame finish
        const text = await page.getByTestId('digit-latency').textContent();
        latencies.push(Number(/([\d.]+) ms/.exec(text ?? '')?.[1]));
      }
      rows.push({ suite: 'digits', metric: 'preprocess + predict per drawing (browser worker)', backend, ...stats(latencies), unit: 'ms' });
      await page.close();
    }
    await browser.close();
  } finally {
    server.kill('SIGTERM');
  }
}

async function main() {
  await benchNode();
  if (!process.argv.includes('--node-only')) await benchBrowser();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
  const result = { date: new Date().toISOString(), machine, runs: RUNS, rows };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(result, null, 2) + '\n');
  const table = [
    `# Benchmark results`, '', `Measured ${result.date.slice(0, 10)} on ${machine}; headless Chromium (WebGPU and WebGL are software-emulated here, SwiftShader).`,
    `Regenerate with \`npm run bench\`. n = samples; times in milliseconds.`, '',
    '| suite | metric | backend | median | p90 | n |', '| --- | --- | --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.suite} | ${r.metric} | ${r.backend} | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.n} |`),
  ].join('\n');
  writeFileSync(path.join(OUT, 'RESULTS.md'), table + '\n');
  console.log(table);
}

main().catch((e) => { console.error(e); process.exit(1); });
