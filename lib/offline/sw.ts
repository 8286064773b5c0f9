// Glassbox's service worker (bundled to public/sw.js by scripts/build-sw.mjs): after the first
// visit the whole app works offline. On install it caches every page, the build assets they and
// their scripts refer to, the built-in models and the wasm binaries, reporting progress to the
// page; on activate it deletes the caches of older versions. Requests: see sw-logic.ts.
import { assetUrlsIn, cacheName, OFFLINE_ROUTES, staleCaches, strategyFor } from './sw-logic';

declare const __SW_VERSION__: string;
declare const __SW_FILES__: string[];

interface ExtendableEvent extends Event { waitUntil(p: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { request: Request; respondWith(r: Promise<Response>): void }
interface SwScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(o?: { includeUncontrolled?: boolean }): Promise<{ postMessage(m: unknown): void }[]> };
  addEventListener(type: 'install' | 'activate', l: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', l: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', l: (e: MessageEvent) => void): void;
}

const sw = self as unknown as SwScope;
const VERSION = __SW_VERSION__;
const CACHE = cacheName(VERSION);
let progress = { version: VERSION, done: 0, total: 0, complete: false, failed: [] as string[] };

async function broadcast() {
  for (const c of await sw.clients.matchAll({ includeUncontrolled: true })) c.postMessage({ type: 'glassbox-offline', ...progress });
}

async function put(cache: Cache, url: string): Promise<Response | null> {
  try {
    const res = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
    if (!res.ok) throw new Error(String(res.status));
    await cache.put(url, res.clone());
    return res;
  } catch {
    progress.failed.push(url);
    return null;
  }
}

async function precache() {
  const cache = await caches.open(CACHE);
  const seen = new Set<string>();
  const queue = [...OFFLINE_ROUTES, ...__SW_FILES__];
  progress = { version: VERSION, done: 0, total: queue.length, complete: false, failed: [] };
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await put(cache, url);
    progress.done++;
    // Pages and scripts name further assets (chunks, workers): follow them.
    const type = res?.headers.get('content-type') ?? '';
    if (res && (type.includes('html') || type.includes('javascript'))) {
      for (const a of assetUrlsIn(await res.text())) {
        if (!seen.has(a) && !queue.includes(a)) { queue.push(a); progress.total++; }
      }
    }
    if (progress.done % 5 === 0) void broadcast();
  }
  progress.complete = true;
  await broadcast();
}

sw.addEventListener('install', (e) => {
  e.waitUntil(precache().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (e) => {
  e.waitUntil((async () => {
    for (const k of staleCaches(await caches.keys(), VERSION)) await caches.delete(k);
    await sw.clients.claim();
    await broadcast();
  })());
});

sw.addEventListener('message', (e) => {
  if ((e.data as { type?: string })?.type === 'glassbox-offline-status') void broadcast();
});

/** A cached response for `req`, exact or ignoring the query (Turbopack passes a worker's bootstrap
 *  parameters in its script URL). A response stored under another URL is re-wrapped: a worker's
 *  `location` is its response's URL, and it must keep the query it was started with. */
async function fromCache(cache: Cache, req: Request): Promise<Response | undefined> {
  const hit = (await cache.match(req)) ?? (await cache.match(req, { ignoreSearch: true }));
  if (!hit || hit.url === req.url) return hit;
  return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers });
}

async function networkFirst(req: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(req);
    if (res.ok && res.type === 'basic') await cache.put(req, res.clone());
    return res;
  } catch (err) {
    const hit = await fromCache(cache, req);
    if (hit) return hit;
    throw err;
  }
}

async function cacheFirst(req: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await fromCache(cache, req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && res.type === 'basic') await cache.put(req, res.clone());
  return res;
}

sw.addEventListener('fetch', (e) => {
  const r = e.request;
  const strategy = strategyFor({ url: r.url, method: r.method, mode: r.mode, origin: sw.location.origin });
  if (strategy === 'bypass' || r.headers.has('range')) return;
  e.respondWith(strategy === 'cache-first' ? cacheFirst(r) : networkFirst(r));
});
