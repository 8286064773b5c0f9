// Pure decisions of Glassbox's service worker (lib/offline/sw.ts), kept apart so they can be
// unit-tested: which requests it handles and how, cache naming and versioning, and which asset
// URLs a page or script refers to (to precache everything the pages need to run offline).

export const CACHE_PREFIX = 'glassbox-';

export type Strategy = 'network-first' | 'cache-first' | 'bypass';

export interface RequestInfo {
  url: string;
  method: string;
  /** Request.mode ('navigate' for page loads). */
  mode: string;
  /** The service worker's own origin. */
  origin: string;
}

/** How the worker answers a request: hashed build assets, models and wasm binaries never change
 *  under the same URL within a version (cache first); pages, data and APIs must be fresh when the
 *  network is there (network first, the cache when it is not); other origins and non-GET requests
 *  are not touched. */
export function strategyFor(r: RequestInfo): Strategy {
  if (r.method !== 'GET') return 'bypass';
  const u = new URL(r.url);
  if (u.origin !== r.origin) return 'bypass';
  if (u.pathname.startsWith('/api/')) return 'bypass';
  if (u.pathname === '/sw.js') return 'bypass';
  if (r.mode === 'navigate') return 'network-first';
  if (u.pathname.startsWith('/_next/static/') || u.pathname.startsWith('/models/') || u.pathname.startsWith('/wasm/')) return 'cache-first';
  return 'network-first';
}

export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** Caches of other Glassbox versions (deleted when a new version activates). */
export function staleCaches(keys: string[], version: string): string[] {
  return keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== cacheName(version));
}

/** Same-origin build asset paths ("/_next/static/…") mentioned in HTML or JavaScript text.
 *  Turbopack's duplicate of ONNX Runtime's wasm under static/media is skipped: the app loads its
 *  own copy from /wasm/. */
export function assetUrlsIn(text: string): string[] {
  const out = new Set<string>();
  // Full paths in HTML ("/_next/static/…"), and Turbopack's chunk references in scripts
  // ("static/chunks/…", relative to /_next/).
  for (const m of text.matchAll(/(?:\/?_next\/|(?<=["'`]))static\/(?:chunks|media|css)\/[A-Za-z0-9_\-./~%]+?\.(?:js|mjs|css|ts|json|woff2?|wasm|png|svg)/g)) {
    const path = `/_next/${m[0].slice(m[0].indexOf('static/'))}`;
    if (path.startsWith('/_next/static/media/') && path.endsWith('.wasm')) continue;
    out.add(path);
  }
  return [...out];
}

/** The pages every visitor gets offline. */
export const OFFLINE_ROUTES = ['/', '/article', '/digits', '/text', '/chat', '/icon.svg'];
