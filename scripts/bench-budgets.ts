// Performance budgets for `npm run bench` (suites `lighthouse` and `budgets`), measured on the
// production build in headless Chromium:
// - Lighthouse 12 (desktop config, simulated throttling) per page: performance, accessibility and
//   best-practices scores, LCP, total blocking time, JavaScript transferred.
// - First-load JavaScript per page: compressed bytes on the wire of the scripts the document requests
//   before its load event (workers, their imports, wasm and models are loaded later and not counted).
// - The longest main-thread task on /digits while a scripted pen draws (Chromium trace), with the
//   PerformanceObserver 'longtask' entries as a cross-check.
// Budget misses are reported, never thrown; measurement errors throw.
import os from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';

export const PAGES = ['/', '/article', '/digits', '/text', '/chat'] as const;

/** The budgets: Lighthouse scores (0-100, desktop), first-load JS, longest task while drawing. */
export const BUDGETS = {
  performance: { op: '>=', limit: 90, unit: 'score' },
  accessibility: { op: '>=', limit: 95, unit: 'score' },
  bestPractices: { op: '>=', limit: 95, unit: 'score' },
  firstLoadJs: { op: '<', limit: 300_000, unit: 'bytes' },
  longestTaskWhileDrawing: { op: '<=', limit: 50, unit: 'ms' },
} as const;

export type Budget = { op: '>=' | '<' | '<='; limit: number; unit: string };

/** One number of the budgets table; `budget` and `result` are null for numbers reported without a budget. */
export interface Check {
  suite: 'lighthouse' | 'budgets';
  page: string;
  metric: string;
  value: number;
  unit: string;
  budget: Budget | null;
  result: 'PASS' | 'FAIL' | null;
  detail?: string;
}

function check(suite: Check['suite'], page: string, metric: string, value: number, budget: Budget | null, detail?: string, unit = budget?.unit ?? 'ms'): Check {
  let result: Check['result'] = null;
  if (budget) {
    const ok = budget.op === '>=' ? value >= budget.limit : budget.op === '<' ? value < budget.limit : value <= budget.limit;
    result = ok ? 'PASS' : 'FAIL';
  }
  return { suite, page, metric, value, unit, budget, result, ...(detail ? { detail } : {}) };
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  jsTransferredBytes: number;
  /** Audits that count towards a category score and scored below 0.9. */
  lowAudits: { category: string; id: string; score: number; displayValue?: string }[];
  unusedJsBytes: number;
}

export interface LighthousePage extends Omit<LighthouseRun, 'lowAudits'> {
  page: string;
  runs: LighthouseRun[];
  /** Audits below 0.9 in any run, with in how many runs. */
  lowAudits: (LighthouseRun['lowAudits'][number] & { runs: number })[];
}

export interface LighthouseResult {
  version: string;
  config: string;
  throttlingMethod: string;
  userAgent: string;
  pages: LighthousePage[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

async function runLighthouseOnce(url: string) {
  // Lighthouse and chrome-launcher are ES modules: import them dynamically from this CommonJS script.
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { launch } = await import('chrome-launcher');
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, desktopConfig);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) {
      const error = new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      // trace-recording failures (NO_NAVSTART, NO_TRACING_STARTED …) ask to be run again
      throw Object.assign(error, { retryable: /run Lighthouse again/i.test(lhr.runtimeError.message) });
    }
    const score = (id: string) => {
      const s = lhr.categories[id]?.score;
      if (typeof s !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
      return Math.round(s * 100);
    };
    const numeric = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v !== 'number') throw new Error(`Lighthouse audit ${id} has no value for ${url}: ${lhr.audits[id]?.errorMessage ?? 'missing'}`);
      return v;
    };
    // JavaScript transferred: the resource summary's "script" row (else the network requests' scripts).
    const summary = lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined;
    let js = summary?.items?.find((i) => i.resourceType === 'script')?.transferSize;
    if (typeof js !== 'number') {
      const requests = lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined;
      if (!requests?.items) throw new Error(`Lighthouse has neither resource-summary nor network-requests for ${url}`);
      js = requests.items.filter((i) => i.resourceType === 'Script').reduce((a, i) => a + (i.transferSize ?? 0), 0);
    }
    const lowAudits: LighthouseRun['lowAudits'] = [];
    for (const cat of Object.values(lhr.categories)) {
      for (const ref of cat.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && typeof a?.score === 'number' && a.score < 0.9) {
          lowAudits.push({ category: cat.id, id: ref.id, score: a.score, ...(a.displayValue ? { displayValue: a.displayValue } : {}) });
        }
      }
    }
    const unused = lhr.audits['unused-javascript']?.details as { overallSavingsBytes?: number } | undefined;
    const run: LighthouseRun = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      jsTransferredBytes: js,
      lowAudits,
      unusedJsBytes: unused?.overallSavingsBytes ?? 0,
    };
    const meta = {
      version: lhr.lighthouseVersion,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      userAgent: lhr.environment.hostUserAgent,
    };
    return { run, meta };
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run, run again (twice at most) when Lighthouse itself asks for that after
 *  failing to record its trace; any other failure is an error. */
async function runLighthouseWithRetries(url: string, log: (s: string) => void) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url);
    } catch (e) {
      if (attempt >= 3 || !(e as { retryable?: boolean }).retryable) throw e;
      log(`[bench] ${(e as Error).message}: running it again`);
    }
  }
}

/** Lighthouse on every page, `runs` times each (a fresh Chromium per run); the median of each number. */
export async function benchLighthouse(base: string, runs: number, log: (s: string) => void = console.log) {
  const pages: LighthousePage[] = [];
  let meta = { version: '?', throttlingMethod: '?', userAgent: '?' };
  for (const page of PAGES) {
    const all: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await runLighthouseWithRetries(base + page, log);
      all.push(r.run);
      meta = r.meta;
      log(`[bench] lighthouse ${page} run ${i + 1}/${runs}: performance ${r.run.performance}, accessibility ${r.run.accessibility}, best practices ${r.run.bestPractices}`);
    }
    const m = (k: keyof Omit<LighthouseRun, 'lowAudits'>) => median(all.map((r) => r[k]));
    const low = new Map<string, LighthousePage['lowAudits'][number]>();
    for (const r of all) for (const a of r.lowAudits) {
      const key = `${a.category}/${a.id}`;
      low.set(key, { ...a, runs: (low.get(key)?.runs ?? 0) + 1 });
    }
    pages.push({
      page,
      performance: m('performance'),
      accessibility: m('accessibility'),
      bestPractices: m('bestPractices'),
      lcpMs: m('lcpMs'),
      tbtMs: m('tbtMs'),
      jsTransferredBytes: m('jsTransferredBytes'),
      unusedJsBytes: m('unusedJsBytes'),
      lowAudits: [...low.values()],
      runs: all,
    });
  }
  const result: LighthouseResult = { ...meta, config: 'lighthouse/core/config/desktop-config.js', pages };
  const checks: Check[] = [];
  for (const p of pages) {
    const lowIn = (cat: string) => {
      const l = p.lowAudits.filter((a) => a.category === cat).map((a) => `${a.id}${a.runs < runs ? ` (${a.runs} of ${runs} runs)` : ''}`);
      return l.length ? `below 0.9: ${l.join(', ')}` : undefined;
    };
    checks.push(
      check('lighthouse', p.page, 'Lighthouse performance', p.performance, BUDGETS.performance, lowIn('performance')),
      check('lighthouse', p.page, 'Lighthouse accessibility', p.accessibility, BUDGETS.accessibility, lowIn('accessibility')),
      check('lighthouse', p.page, 'Lighthouse best practices', p.bestPractices, BUDGETS.bestPractices, lowIn('best-practices')),
      check('lighthouse', p.page, 'Largest Contentful Paint (Lighthouse)', p.lcpMs, null, undefined, 'ms'),
      check('lighthouse', p.page, 'Total Blocking Time (Lighthouse)', p.tbtMs, null, undefined, 'ms'),
      check('lighthouse', p.page, 'JavaScript transferred (Lighthouse, incl. workers)', p.jsTransferredBytes, null,
        `unused: ${kb(p.unusedJsBytes)}`, 'bytes'),
    );
  }
  return { result, checks };
}

// ---------------------------------------------------------------------------------------------
// First-load JavaScript

export interface FirstLoadJs {
  page: string;
  /** Compressed bytes received (headers included) for the document's scripts requested before load. */
  bytes: number;
  /** Bytes after decompression. */
  decodedBytes: number;
  scripts: { url: string; bytes: number; decodedBytes: number; encoding: string }[];
}

interface Req { url: string; start: number; initiator: string; type?: string; bytes?: number; decoded: number; encoding?: string; done: boolean }
interface CdpEvent { requestId: string; timestamp: number }

/** First-load JS of one page, in a fresh browser context (empty cache, no service worker yet). */
async function firstLoadJsOf(browser: Browser, base: string, pagePath: string): Promise<FirstLoadJs> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const reqs = new Map<string, Req>();
    let loadAt: number | null = null;
    cdp.on('Network.requestWillBeSent', (e: CdpEvent & { request: { url: string }; initiator: { type: string }; type?: string }) => {
      reqs.set(e.requestId, { url: e.request.url, start: e.timestamp, initiator: e.initiator.type, type: e.type, decoded: 0, done: false });
    });
    cdp.on('Network.responseReceived', (e: CdpEvent & { type: string; response: { headers: Record<string, string> } }) => {
      const r = reqs.get(e.requestId);
      if (!r) return;
      r.type = e.type;
      const h = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding');
      r.encoding = h?.[1] ?? 'identity';
    });
    cdp.on('Network.dataReceived', (e: CdpEvent & { dataLength: number }) => {
      const r = reqs.get(e.requestId);
      if (r) r.decoded += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e: CdpEvent & { encodedDataLength: number }) => {
      const r = reqs.get(e.requestId);
      if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
    });
    cdp.on('Network.loadingFailed', (e: CdpEvent & { errorText: string }) => {
      const r = reqs.get(e.requestId);
      if (r) Object.assign(r, { done: true, failed: e.errorText });
    });
    cdp.on('Page.loadEventFired', (e: { timestamp: number }) => { loadAt = e.timestamp; });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Page.enable');
    await page.goto(base + pagePath, { waitUntil: 'load' });
    const isFirstLoadScript = (r: Req) =>
      r.type === 'Script' && loadAt !== null && r.start <= loadAt && ['parser', 'script', 'preload'].includes(r.initiator);
    const end = Date.now() + 15_000;
    while (loadAt === null || [...reqs.values()].some((r) => isFirstLoadScript(r) && !r.done)) {
      if (Date.now() > end) throw new Error(`first-load JS of ${pagePath}: load event or script downloads did not finish`);
      await page.waitForTimeout(50);
    }
    const scripts = [...reqs.values()].filter(isFirstLoadScript).map((r) => {
      if (r.bytes === undefined) throw new Error(`first-load JS of ${pagePath}: ${r.url} failed to load`);
      return { url: r.url.replace(base, ''), bytes: r.bytes, decodedBytes: r.decoded, encoding: r.encoding ?? '?' };
    });
    if (!scripts.length) throw new Error(`first-load JS of ${pagePath}: no scripts seen (is the page a Next.js page?)`);
    scripts.sort((a, b) => b.bytes - a.bytes);
    return {
      page: pagePath,
      bytes: scripts.reduce((a, s) => a + s.bytes, 0),
      decodedBytes: scripts.reduce((a, s) => a + s.decodedBytes, 0),
      scripts,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Longest main-thread task while drawing on /digits

/** Draws a "7" on the digit canvas with the mouse (the stroke of the digits bench). */
export async function drawSeven(page: Page) {
  const box = await page.getByTestId('digit-canvas').boundingBox();
  if (!box) throw new Error('digit canvas not visible');
  await page.mouse.move(box.x + 0.3 * box.width, box.y + 0.2 * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + 0.7 * box.width, box.y + 0.2 * box.height, { steps: 4 });
  await page.mouse.move(box.x + 0.45 * box.width, box.y + 0.85 * box.height, { steps: 4 });
  await page.mouse.up();
}

/** Clears the pad, draws, and waits for the prediction (and the frame after it). */
export async function clearAndDraw(page: Page) {
  await page.getByTestId('digit-clear').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="digit-prediction"]')?.textContent === '');
  await drawSeven(page);
  await page.getByTestId('digit-prediction').filter({ hasText: /^\d$/ }).waitFor();
  await page.waitForTimeout(150); // let the last queued frame finish
}

export async function waitForDigitsModel(page: Page) {
  const indicator = page.getByTestId('backend-indicator').filter({ hasText: /^(webgpu|webgl|wasm|cpu)$/ });
  await indicator.waitFor({ timeout: 60_000 });
  return (await indicator.textContent()) ?? '?';
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; cat?: string; args?: Record<string, unknown> }

export interface DrawingTasks {
  page: string;
  backend: string;
  drawings: number;
  /** Longest main-thread task in the trace while drawing. */
  longestTaskMs: number;
  tasksOver50ms: number;
  /** The longest task of each drawing (from its start to the next one's): median and max, to tell a
   *  systematic cost from one slow moment. */
  longestTaskPerDrawingMs: { median: number; max: number };
  /** What ran inside the longest task (longest events first). */
  longestTaskBreakdown: { name: string; ms: number; what?: string }[];
  /** The PerformanceObserver 'longtask' entries (tasks over 50 ms) seen by the page. */
  longtaskEntriesMs: number[];
  /** One-minute load average when drawing ended, and the number of cores: other work inflates tasks. */
  loadAverage: number;
  cores: number;
}

function describe(e: TraceEvent) {
  const data = (e.args?.data ?? e.args?.beginData) as Record<string, unknown> | undefined;
  if (!data) return undefined;
  const parts = [data.functionName, data.url, data.type].filter((x): x is string => typeof x === 'string' && x !== '');
  return parts.length ? parts.join(' ').slice(0, 160) : undefined;
}

/** The page's renderer main thread in a Chromium trace. */
function mainThread(events: TraceEvent[], urlPart: string) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = ((started?.args?.data as { frames?: { processId: number; url: string }[] })?.frames) ?? [];
  const pid = frames.find((f) => f.url.includes(urlPart))?.processId;
  const byPid = mains.find((m) => m.pid === pid);
  if (byPid) return { pid: byPid.pid, tid: byPid.tid };
  // Fallback: the renderer main thread with the most task time.
  let best: { pid: number; tid: number; total: number } | null = null;
  for (const m of mains) {
    const total = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').reduce((a, e) => a + (e.dur ?? 0), 0);
    if (!best || total > best.total) best = { pid: m.pid, tid: m.tid, total };
  }
  if (!best) throw new Error('no renderer main thread in the trace');
  return best;
}

/** Draws `drawings` digits on /digits (default backend) while tracing; reports the longest main-thread task. */
export async function benchDrawingTasks(browser: Browser, base: string, drawings: number): Promise<DrawingTasks> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/digits`);
    const backend = await waitForDigitsModel(page);
    await page.evaluate(() => {
      const w = window as unknown as { __longtasks: number[] };
      w.__longtasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longtasks.push(e.duration); }).observe({ type: 'longtask' });
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
    let buf: Buffer;
    try {
      for (let i = 0; i < drawings; i++) {
        await page.evaluate(() => performance.mark('glassbox-bench-drawing'));
        await clearAndDraw(page);
      }
      await page.waitForTimeout(500); // explanations and feature maps of the last drawing
    } finally {
      buf = await browser.stopTracing();
    }
    const trace = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    const { pid, tid } = mainThread(events, '/digits');
    const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
    const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    if (!tasks.length) throw new Error('no main-thread tasks in the trace');
    const longest = tasks.reduce((a, b) => (b.dur! > a.dur! ? b : a));
    const inside = onMain
      .filter((e) => e !== longest && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask' && e.ts >= longest.ts && e.ts + e.dur! <= longest.ts + longest.dur!)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 8)
      .map((e) => ({ name: e.name, ms: Math.round(e.dur! / 100) / 10, ...(describe(e) ? { what: describe(e) } : {}) }));
    // Count top-level tasks only (a ThreadControllerImpl::RunTask wraps a RunTask of the same length).
    const top = tasks.filter((e) => e.name === 'RunTask');
    const marks = [...new Set(events.filter((e) => e.name === 'glassbox-bench-drawing').map((e) => e.ts))].sort((a, b) => a - b);
    if (marks.length !== drawings) throw new Error(`expected ${drawings} drawing marks in the trace, found ${marks.length}`);
    const perDrawing = marks.map((start, i) => {
      const end = marks[i + 1] ?? Infinity;
      return Math.max(0, ...tasks.filter((t) => t.ts >= start && t.ts < end).map((t) => t.dur! / 1000));
    });
    const longtaskEntriesMs = await page.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks);
    return {
      page: '/digits',
      backend,
      drawings,
      longestTaskMs: longest.dur! / 1000,
      tasksOver50ms: (top.length ? top : tasks).filter((e) => e.dur! > 50_000).length,
      longestTaskPerDrawingMs: { median: Math.round(median(perDrawing) * 10) / 10, max: Math.round(Math.max(...perDrawing) * 10) / 10 },
      longestTaskBreakdown: inside,
      longtaskEntriesMs,
      loadAverage: Math.round(os.loadavg()[0] * 10) / 10,
      cores: os.cpus().length,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

export function kb(bytes: number) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** First-load JS of every page and the longest task while drawing, with their budget checks. */
export async function benchBudgets(browser: Browser, base: string, drawings: number) {
  const firstLoad: FirstLoadJs[] = [];
  for (const p of PAGES) firstLoad.push(await firstLoadJsOf(browser, base, p));
  const drawing = await benchDrawingTasks(browser, base, drawings);
  const checks: Check[] = firstLoad.map((f) => check('budgets', f.page, 'first-load JS (compressed)', f.bytes, BUDGETS.firstLoadJs,
    `${f.scripts.length} scripts, ${kb(f.decodedBytes)} uncompressed; largest ${f.scripts[0].url.split('/').pop()} ${kb(f.scripts[0].bytes)}`));
  const lt = drawing.longtaskEntriesMs;
  checks.push(check('budgets', drawing.page, 'longest main-thread task while drawing', drawing.longestTaskMs, BUDGETS.longestTaskWhileDrawing,
    `${drawing.drawings} drawings on ${drawing.backend}; per drawing median ${drawing.longestTaskPerDrawingMs.median.toFixed(0)} ms; ` +
    `${drawing.tasksOver50ms} tasks over 50 ms in the trace; ` +
    `${lt.length} longtask entries${lt.length ? ` (max ${Math.max(...lt).toFixed(0)} ms)` : ''}; ` +
    `load average ${drawing.loadAverage} on ${drawing.cores} cores`));
  return { firstLoad, drawing, checks };
}

/** A check's value and budget as text. */
export function formatCheck(c: Check) {
  const fmt = (v: number, digits: number) =>
    c.unit === 'bytes' ? `${(v / 1000).toFixed(digits)} KB` : c.unit === 'score' ? String(Math.round(v)) : `${v.toFixed(digits)} ms`;
  return {
    value: fmt(c.value, c.unit === 'ms' && c.value >= 100 ? 0 : 1),
    budget: c.budget ? `${{ '>=': '≥', '<': '<', '<=': '≤' }[c.budget.op]} ${fmt(c.budget.limit, 0)}` : '—',
    result: c.result ?? '—',
  };
}
