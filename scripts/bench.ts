// `npm run bench`: measures Glassbox's speed and writes bench/results.json + bench/RESULTS.md.
// - digits (Node, tfjs wasm): model load and per-digit inference through the CLI code path.
// - digits (browser): model ready time and per-drawing latency (preprocess + CNN, as shown on the
//   page) for every backend, in headless Chromium on the production build, drawing with the mouse.
// - chat (Node and browser): index build, page load to first answer, answer latency.
// - lighthouse and budgets (browser): Lighthouse scores and first-load JS per page, longest
//   main-thread task while drawing, each against its budget (scripts/bench-budgets.ts).
// Numbers depend on the machine: the table records where they were measured.
//
// Flags: --only=<suite,suite> runs some suites (digits, text, chat, lighthouse, budgets) and merges
// their results into the existing bench/results.json; --node-only skips everything that needs the
// browser. A budget miss is reported (FAIL in the table), not an error; a measurement error exits 1.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import {
  benchBudgets, benchLighthouse, clearAndDraw, drawSeven, formatCheck, PAGES, waitForDigitsModel,
  type Check, type DrawingTasks, type FirstLoadJs, type LighthouseResult,
} from './bench-budgets';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';
import { EMBEDDING_MODELS } from '../lib/chat/embedding-models';
import { createNodeChatEngine } from '../lib/chat/node-engine';
import { classifyPngFile } from '../lib/cli/digit-command';
import { occludeTokens } from '../lib/explain/text/occlusion';
import { attentionRollout } from '../lib/explain/text/rollout';
import { TEXT_MODEL_IDS } from '../lib/text/labels';
import { findModel } from '../lib/text/registry';
import { analyzeText, loadTextModel, scoreIds } from '../lib/text/runtime';
import { opinionProbability, parseSubjectivityModel, SUBJECTIVITY_MODEL_ID } from '../lib/text/subjectivity';
import { configureTransformers } from '../lib/text/transformers-env';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench');
const HUB_PORT = Number(process.env.BENCH_HUB_PORT ?? 3299);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const SUITES = ['digits', 'text', 'chat', 'lighthouse', 'budgets'] as const;
type Suite = (typeof SUITES)[number];
/** What one run measures: a suite's Node or browser half, or a browser-only suite. */
const PARTS = ['digits:node', 'text:node', 'chat:node', 'digits:browser', 'text:browser', 'chat:browser', 'lighthouse', 'budgets'] as const;
type Part = (typeof PARTS)[number];

interface Row { suite: string; metric: string; backend: string; median: number; p90: number; n: number; unit: string; env?: 'node' | 'browser' }
const rows: Row[] = [];

interface Results {
  date: string;
  machine: string;
  runs: number;
  /** When and where each part was last measured (a partial run keeps the other parts' rows). */
  measured?: Partial<Record<Part, { date: string; machine: string; loadAverage?: number }>>;
  rows: Row[];
  budgets?: Check[];
  lighthouse?: LighthouseResult & { runs: number };
  firstLoadJs?: FirstLoadJs[];
  drawing?: DrawingTasks;
}

function parseArgs(argv: string[]) {
  const nodeOnly = argv.includes('--node-only');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const unknown = argv.filter((a) => a !== '--node-only' && !a.startsWith('--only='));
  const suites = only ? only.split(',').map((s) => s.trim()).filter(Boolean) : [...SUITES];
  const bad = suites.filter((s) => !(SUITES as readonly string[]).includes(s));
  if (unknown.length || bad.length || !suites.length) {
    console.error(`usage: npm run bench -- [--only=${SUITES.join(',')}] [--node-only]` +
      (bad.length ? `\nunknown suite: ${bad.join(', ')}` : '') + (unknown.length ? `\nunknown argument: ${unknown.join(' ')}` : ''));
    process.exit(2);
  }
  const parts = PARTS.filter((p) => {
    const [suite, env] = p.split(':') as [Suite, string | undefined];
    return suites.includes(suite) && (!nodeOnly || env === 'node');
  });
  if (!parts.length) {
    console.error(`nothing to run: ${suites.join(', ')} ${suites.length > 1 ? 'need' : 'needs'} the browser (drop --node-only)`);
    process.exit(2);
  }
  // the browser parts need a Chromium: say how to get one before any part runs, not after the
  // Node parts with Playwright's message about downloading browsers (which cannot work offline)
  if (parts.some((p) => !p.endsWith(':node')) && !findChromium()) {
    console.error('no Chromium found for the browser benchmarks: run `node scripts/ensure-browser.mjs` (installs Debian\'s chromium as root), set CHROMIUM_PATH, or pass --node-only');
    process.exit(2);
  }
  return { parts, suites: suites as Suite[], nodeOnly };
}

/** Rows from before rows carried `env`: the Node ones say so in their metric or backend. */
function rowEnv(r: Row): 'node' | 'browser' {
  return r.env ?? (/\(Node\)/.test(r.metric) || r.backend === 'onnxruntime-node' || r.backend === 'js' ? 'node' : 'browser');
}

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
  // The subjectivity check in front of sentiment (lib/text/subjectivity.ts): file parse, then per sentence.
  let t = performance.now();
  const check = parseSubjectivityModel(JSON.parse(readFileSync(path.join(ROOT, 'public', 'models', SUBJECTIVITY_MODEL_ID, 'model.json'), 'utf8')));
  rows.push({ suite: 'text', metric: 'subjectivity check: load + parse (Node)', backend: 'js', ...stats([performance.now() - t]), unit: 'ms' });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    for (let k = 0; k < 100; k++) opinionProbability(check, SENTENCES[(i + k) % SENTENCES.length]);
    times.push(performance.now() - t);
  }
  rows.push({ suite: 'text', metric: 'subjectivity check, 100 sentences (Node)', backend: 'js', ...stats(times), unit: 'ms' });
}

async function benchTextBrowser(base: string) {
  for (const webgpu of [true, false]) {
    const args = webgpu ? CHROMIUM_ARGS : CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-webgpu');
    const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args });
    const page = await browser.newPage();
    // 'auto' runs the built-in models on wasm; with an adapter, WebGPU is measured too (chosen in the page)
    for (const [task, preference] of (['sentiment', 'topic'] as const).flatMap((t) => (webgpu ? ['auto', 'webgpu'] : ['auto']).map((p) => [t, p] as const))) {
      await page.goto(`${base}/text`);
      await page.getByTestId(`task-${task}`).click();
      await page.getByTestId('text-device-select').selectOption(preference);
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
      rows.push({ suite: 'text', metric: `${task}: analysis incl. rollout + occlusion (browser worker, device ${preference})`, backend: device, ...stats(times), unit: 'ms' });
    }
    await browser.close();
  }
}

const HUB_CHAT_MODEL = EMBEDDING_MODELS.find((m) => m.source === 'hub')!.id;

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
  // A retrieval model without precomputed vectors embeds every passage in the browser. The mock hub
  // serves the built-in model under the hub id: this measures the download + indexing path, not the
  // speed of the real hub model (MiniLM-L12 needs about 200 times the built-in model's compute per token).
  await page.getByTestId('chat-embedding-model').selectOption(HUB_CHAT_MODEL);
  // nothing is fetched until the user agrees to the download (the time runs from that click)
  const t1 = Date.now();
  await page.getByTestId('hub-download').click();
  await page.locator(`[data-testid="chat-ready"][data-model="${HUB_CHAT_MODEL}"]`).waitFor({ timeout: 180_000 });
  rows.push({ suite: 'chat', metric: 'hub retrieval model, download agreed to ready (browser; mock hub serving the built-in model: download + embedding every passage)', backend: 'wasm', ...stats([Date.now() - t1]), unit: 'ms' });
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

async function benchDigitsBrowser(browser: Browser, base: string) {
  for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu']) {
    const page = await browser.newPage();
    const t0 = Date.now();
    await page.goto(`${base}/digits`);
    await waitForDigitsModel(page);
    // Chosen by name: the automatic choice skips GPUs the browser only emulates (as here).
    await page.getByTestId('backend-select').selectOption(backend);
    await page.getByTestId('backend-indicator').filter({ hasText: new RegExp(`^${backend}$`) }).waitFor({ timeout: 60_000 });
    const ready = Date.now() - t0;
    rows.push({ suite: 'digits', metric: 'page load to model ready (browser)', backend, ...stats([ready]), unit: 'ms' });
    const latencies: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await clearAndDraw(page);
      const text = await page.getByTestId('digit-latency').textContent();
      latencies.push(Number(/([\d.]+) ms/.exec(text ?? '')?.[1]));
    }
    rows.push({ suite: 'digits', metric: 'preprocess + predict per drawing (browser worker)', backend, ...stats(latencies), unit: 'ms' });
    // What a person feels: from lifting the pen to the prediction of the finished drawing on screen
    // (explanations and feature maps of older frames must not hold it up).
    const settle: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.getByTestId('digit-clear').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="digit-prediction"]')?.textContent === '');
      await drawSeven(page);
      const up = Date.now();
      await page.locator('[data-testid="digit-prediction-region"][aria-busy="false"]').filter({ has: page.getByTestId('digit-prediction').filter({ hasText: /^\d$/ }) }).waitFor();
      settle.push(Date.now() - up);
      await page.waitForTimeout(300); // let the explanation of this drawing start, as it would between two drawings
    }
    rows.push({ suite: 'digits', metric: 'pen up to final prediction shown (browser page)', backend, ...stats(settle), unit: 'ms' });
    await page.close();
  }
}

/** Starts the production server (building it if needed) for the browser parts, then stops it. */
async function withServer<T>(fn: (base: string) => Promise<T>): Promise<T> {
  // The app, pointed at the local stand-in for the Hugging Face Hub (for the hub-model rows).
  const hub = spawn(process.execPath, [path.join(ROOT, 'scripts', 'mock-hub.mjs'), '--port', String(HUB_PORT)], { cwd: ROOT, stdio: 'ignore' });
  const server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--port', String(PORT)], {
    cwd: ROOT, stdio: 'ignore', env: { ...process.env, GLASSBOX_HUB_HOST: `http://localhost:${HUB_PORT}/` },
  });
  try {
    const base = `http://localhost:${PORT}`;
    await Promise.all([waitForServer(`${base}/`), waitForServer(`http://localhost:${HUB_PORT}/health`)]);
    return await fn(base);
  } finally {
    server.kill('SIGTERM');
    hub.kill('SIGTERM');
  }
}

function machineName() {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const PAGE_ORDER = (page: string) => (PAGES as readonly string[]).indexOf(page);

function markdown(result: Results) {
  const measured = Object.values(result.measured ?? {});
  const same = measured.every((m) => m.date.slice(0, 10) === result.date.slice(0, 10) && m.machine === result.machine);
  const where = same
    ? `Measured ${result.date.slice(0, 10)} on ${result.machine}`
    : `Measured on ${result.machine}; parts last run ${result.date.slice(0, 10)}: ` +
      Object.entries(result.measured ?? {}).map(([p, m]) => `${p} ${m.date.slice(0, 10)}${m.machine === result.machine ? '' : ` (${m.machine})`}`).join(', ');
  const cores = os.cpus().length;
  const busiest = Math.max(0, ...measured.map((m) => m.loadAverage ?? 0));
  const busy = busiest > cores
    ? ` One-minute load average up to ${busiest} on ${cores} cores (the benchmark's own browser and server included; per part in results.json): more threads were runnable than cores, so times are slower than on an otherwise idle machine.`
    : '';
  const lines = [
    `# Benchmark results`, '', `${where}; headless Chromium (WebGPU and WebGL are software-emulated here, SwiftShader).${busy}`,
    `Regenerate with \`npm run bench\` (parts: \`npm run bench -- --only=${SUITES.join(',')}\`). n = samples; times in milliseconds.`, '',
    '| suite | metric | backend | median | p90 | n |', '| --- | --- | --- | ---: | ---: | ---: |',
    ...result.rows.map((r) => `| ${r.suite} | ${r.metric} | ${r.backend} | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.n} |`),
  ];
  const checks = result.budgets ?? [];
  if (checks.length) {
    const budgeted = checks.filter((c) => c.result);
    const failed = budgeted.filter((c) => c.result === 'FAIL');
    const lh = result.lighthouse;
    lines.push(
      '', '## Performance budgets', '',
      `Production build (\`npm start\`), headless Chromium. ` +
      (lh ? `Lighthouse ${lh.version}, desktop config (\`${lh.config}\`, ${lh.throttlingMethod} throttling), median of ${lh.runs} runs per page. ` : '') +
      'First-load JS: compressed bytes on the wire (gzip from `next start`, headers included) of the scripts the document requests before ' +
      'its load event; workers, their imports, wasm and models load later and are not counted. 1 KB = 1000 bytes. ' +
      'Longest task: the longest main-thread task in a Chromium trace while a scripted pen draws and the page shows ' +
      'predictions, explanations and feature maps. Numbers without a budget are reported for context.',
      '',
      `**${budgeted.length - failed.length} of ${budgeted.length} budgets met**` +
        (failed.length ? `; missed: ${failed.map((c) => `${c.page} ${c.metric}`).join(', ')}.` : '.'),
      '',
      '| page | metric | value | budget | result | detail |', '| --- | --- | ---: | ---: | :---: | --- |',
      ...[...checks].sort((a, b) => PAGE_ORDER(a.page) - PAGE_ORDER(b.page)).map((c) => {
        const f = formatCheck(c);
        return `| ${c.page} | ${c.metric} | ${f.value} | ${f.budget} | ${c.result ? `**${f.result}**` : f.result} | ${(c.detail ?? '').replace(/\|/g, '\\|')} |`;
      }),
    );
  }
  return lines.join('\n') + '\n';
}

/** The previous results, to keep the rows of the parts not run this time. */
function previousResults(): Results | null {
  const file = path.join(OUT, 'results.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Results;
  } catch (e) {
    console.warn(`[bench] ignoring unreadable ${file}: ${(e as Error).message}`);
    return null;
  }
}

async function main() {
  const { parts, nodeOnly } = parseArgs(process.argv.slice(2));
  const date = new Date().toISOString();
  const machine = machineName();
  const extra: Pick<Results, 'budgets' | 'lighthouse' | 'firstLoadJs' | 'drawing'> = {};
  // A busy machine slows everything down (main-thread tasks most of all): the one-minute load
  // average after each part is recorded with it.
  const loads: Partial<Record<Part, number>> = {};
  const run = async (part: Part, fn: () => Promise<void>) => {
    if (!parts.includes(part)) return;
    const load = os.loadavg()[0];
    console.log(`[bench] ${part}… (load average ${load.toFixed(1)} on ${os.cpus().length} cores)`);
    const before = rows.length;
    await fn();
    for (const r of rows.slice(before)) r.env = part.endsWith(':node') ? 'node' : 'browser';
    loads[part] = Math.round(os.loadavg()[0] * 10) / 10;
  };
  await run('digits:node', benchNode);
  await run('text:node', benchTextNode);
  await run('chat:node', benchChatNode);
  if (parts.some((p) => !p.endsWith(':node'))) {
    await withServer(async (base) => {
      const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
      try {
        await run('digits:browser', () => benchDigitsBrowser(browser, base));
        await run('text:browser', () => benchTextBrowser(base));
        await run('chat:browser', () => benchChatBrowser(base));
        await run('lighthouse', async () => {
          const { result, checks } = await benchLighthouse(base, LIGHTHOUSE_RUNS);
          extra.lighthouse = { ...result, runs: LIGHTHOUSE_RUNS };
          extra.budgets = [...(extra.budgets ?? []), ...checks];
        });
        await run('budgets', async () => {
          const { firstLoad, drawing, checks } = await benchBudgets(browser, base, RUNS);
          extra.firstLoadJs = firstLoad;
          extra.drawing = drawing;
          extra.budgets = [...(extra.budgets ?? []), ...checks];
        });
      } finally {
        await browser.close();
      }
    });
  } else if (nodeOnly) {
    console.log('[bench] --node-only: browser parts (and the lighthouse and budgets suites) skipped');
  }

  // Merge: parts run now replace their previous rows; the other parts' rows are kept.
  const prev = previousResults();
  const keptRows = (prev?.rows ?? []).filter((r) => {
    const part = `${r.suite}:${rowEnv(r)}` as Part;
    return !parts.includes(part);
  });
  const allRows = [...keptRows, ...rows].map((r) => ({ ...r, env: rowEnv(r) }));
  // Stable order: by part, then as measured.
  const order = (r: Row) => PARTS.indexOf(`${r.suite}:${r.env}` as Part);
  allRows.sort((a, b) => order(a) - order(b));
  const measured: Results['measured'] = { ...(prev?.measured ?? {}) };
  if (prev && !prev.measured) {
    // Results from before parts were recorded: their rows date from the previous run.
    for (const p of new Set(keptRows.map((r) => `${r.suite}:${rowEnv(r)}` as Part))) measured[p] = { date: prev.date, machine: prev.machine };
  }
  for (const p of parts) measured[p] = { date, machine, loadAverage: loads[p] };
  const keepSuite = (s: Suite) => !parts.includes(s as Part);
  const result: Results = {
    date,
    machine,
    runs: RUNS,
    measured: Object.fromEntries(PARTS.filter((p) => measured[p]).map((p) => [p, measured[p]!])),
    rows: allRows,
    budgets: [
      ...(keepSuite('lighthouse') ? (prev?.budgets ?? []).filter((c) => c.suite === 'lighthouse') : extra.budgets?.filter((c) => c.suite === 'lighthouse') ?? []),
      ...(keepSuite('budgets') ? (prev?.budgets ?? []).filter((c) => c.suite === 'budgets') : extra.budgets?.filter((c) => c.suite === 'budgets') ?? []),
    ],
    lighthouse: keepSuite('lighthouse') ? prev?.lighthouse : extra.lighthouse,
    firstLoadJs: keepSuite('budgets') ? prev?.firstLoadJs : extra.firstLoadJs,
    drawing: keepSuite('budgets') ? prev?.drawing : extra.drawing,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(result, null, 2) + '\n');
  const md = markdown(result);
  writeFileSync(path.join(OUT, 'RESULTS.md'), md);
  console.log(md);
  const failed = (result.budgets ?? []).filter((c) => c.result === 'FAIL');
  if (failed.length) console.log(`[bench] ${failed.length} budget(s) missed (reported above; not an error)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
