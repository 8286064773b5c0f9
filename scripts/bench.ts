// `npm run bench`: measures Glassbox's speed and writes bench/results.json + bench/RESULTS.md.
// - digits (Node, tfjs wasm): model load and per-digit inference through the CLI code path.
// - digits (browser): model ready time and per-drawing latency (preprocess + CNN, as shown on the
//   page) for every backend, in headless Chromium on the production build, drawing with the mouse.
// - chat (Node and browser): index build, page load to first answer, answer latency.
// Numbers depend on the machine: the table records where they were measured.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';
import { createNodeChatEngine } from '../lib/chat/node-engine';
import { classifyPngFile } from '../lib/cli/digit-command';
import { occludeTokens } from '../lib/explain/text/occlusion';
import { attentionRollout } from '../lib/explain/text/rollout';
import { TEXT_MODEL_IDS } from '../lib/text/labels';
import { findModel } from '../lib/text/registry';
import { analyzeText, loadTextModel, scoreIds } from '../lib/text/runtime';
import { configureTransformers } from '../lib/text/transformers-env';

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

const SENTENCES = [
  'The lecture was slow at first, but in the end it was great.',
  '这部电影一点也不好看，浪费时间。',
  'Attention rollout shows which words the model relied on.',
  '训练时学习率太大，损失一直不下降。',
];

async function benchTextNode() {
  configureTransformers({ localModelPath: path.join(ROOT, 'public', 'models') + path.sep, allowRemote: false });
  for (const id of [TEXT_MODEL_IDS.sentiment, TEXT_MODEL_IDS.topic]) {
    let t = performance.now();
    const loaded = await loadTextModel(findModel(id)!);
    rows.push({ suite: 'text', metric: `${id}: model load (Node)`, backend: 'onnxruntime-node', ...stats([performance.now() - t]), unit: 'ms' });
    t = performance.now();
    await analyzeText(loaded, SENTENCES[0]);
    rows.push({ suite: 'text', metric: `${id}: first inference (Node)`, backend: 'onnxruntime-node', ...stats([performance.now() - t]), unit: 'ms' });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      await analyzeText(loaded, SENTENCES[i % SENTENCES.length]);
      times.push(performance.now() - t);
    }
    rows.push({ suite: 'text', metric: `${id}: inference per sentence (Node)`, backend: 'onnxruntime-node', ...stats(times), unit: 'ms' });
    if (id !== TEXT_MODEL_IDS.sentiment) continue;
    // A 20-token sentence: rollout and occlusion cost.
    const a = await analyzeText(loaded, 'the movie was not bad at all and the actors were great but the ending felt rushed');
    const roll: number[] = [];
    const occ: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      attentionRollout(a.attentions!, a.ids.length);
      roll.push(performance.now() - t);
      t = performance.now();
      await occludeTokens(a.ids, a.special, 1, (b) => scoreIds(loaded, b), { maskId: loaded.tokenizer.mask_token_id ?? undefined });
      occ.push(performance.now() - t);
    }
    rows.push({ suite: 'text', metric: `attention rollout, ${a.ids.length} tokens`, backend: 'js', ...stats(roll), unit: 'ms' });
    rows.push({ suite: 'text', metric: `token occlusion, ${a.ids.length} tokens (one batch)`, backend: 'onnxruntime-node', ...stats(occ), unit: 'ms' });
  }
}

async function benchTextBrowser(base: string) {
  for (const webgpu of [true, false]) {
    const args = webgpu ? CHROMIUM_ARGS : CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-webgpu');
    const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args });
    const page = await browser.newPage();
    for (const task of ['sentiment', 'topic'] as const) {
      await page.goto(`${base}/text`);
      await page.getByTestId(`task-${task}`).click();
      const times: number[] = [];
      let device = '?';
      for (let i = 0; i <= RUNS; i++) {
        const sentence = `${SENTENCES[i % SENTENCES.length]} (${i})`;
        await page.getByTestId('text-input').fill(sentence);
        const label = page.getByTestId('text-label');
        await label.and(page.locator(`[data-for="${sentence.replace(/"/g, '\\"')}"]`)).waitFor({ timeout: 120_000 });
        if (i > 0) times.push(Number(await label.getAttribute('data-ms'))); // i = 0 includes the download
        device = (await page.getByTestId('text-device').textContent()) ?? '?';
      }
      rows.push({ suite: 'text', metric: `${task}: analysis incl. rollout + occlusion (browser worker)`, backend: device, ...stats(times), unit: 'ms' });
    }
    await browser.close();
  }
}

const QUESTIONS = [
  'How can I stop my model from overfitting?', '训练太慢了怎么加速？', 'What does a pooling layer do?', '反向传播是怎么推导的？',
  'Which tools does the article recommend?', '深度学习有哪些缺点？', 'What is the weather tomorrow?', '什么是注意力机制？',
];

async function benchChatNode() {
  let t = performance.now();
  const engine = await createNodeChatEngine();
  rows.push({ suite: 'chat', metric: `index build incl. embedding model load, ${engine.kb.docs.length} passages (Node)`, backend: 'onnxruntime-node', ...stats([performance.now() - t]), unit: 'ms' });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    await engine.ask(QUESTIONS[i % QUESTIONS.length]);
    times.push(performance.now() - t);
  }
  rows.push({ suite: 'chat', metric: 'answer per question (Node)', backend: 'onnxruntime-node', ...stats(times), unit: 'ms' });
}

async function benchChatBrowser(base: string) {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const answers = page.locator('[data-testid="chat-message"][data-role="assistant"]');
  const t0 = Date.now();
  await page.goto(`${base}/chat`);
  await page.getByTestId('chat-input').fill(QUESTIONS[0]);
  await page.getByTestId('chat-input').press('Enter');
  await answers.first().waitFor({ timeout: 120_000 });
  rows.push({ suite: 'chat', metric: 'page load to first answer (browser, incl. model download + index)', backend: 'wasm', ...stats([Date.now() - t0]), unit: 'ms' });
  const times: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    await page.getByTestId('chat-input').fill(QUESTIONS[i % QUESTIONS.length]);
    await page.getByTestId('chat-input').press('Enter');
    await answers.nth(i).waitFor({ timeout: 60_000 });
    times.push(Number(await answers.nth(i).getAttribute('data-ms')));
  }
  rows.push({ suite: 'chat', metric: 'answer per question once loaded (browser worker)', backend: 'wasm', ...stats(times), unit: 'ms' });
  await browser.close();
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
        await page.waitForFunction(() => document.querySelector('[data-testid="digit-prediction"]')?.textContent === '');
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
    await benchTextBrowser(base);
    await benchChatBrowser(base);
  } finally {
    server.kill('SIGTERM');
  }
}

async function main() {
  await benchNode();
  await benchTextNode();
  await benchChatNode();
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
