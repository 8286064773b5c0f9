import { describe, expect, it } from 'vitest';
import { assetUrlsIn, cacheName, staleCaches, strategyFor } from './sw-logic';

const origin = 'https://glassbox.example';
const req = (url: string, mode = 'cors', method = 'GET') => ({ url: `${origin}${url}`, method, mode, origin });

describe('service worker strategy', () => {
  it('serves pages network first and build assets, models and wasm cache first', () => {
    expect(strategyFor(req('/digits', 'navigate'))).toBe('network-first');
    expect(strategyFor(req('/_next/static/chunks/abc.js'))).toBe('cache-first');
    expect(strategyFor(req('/models/glassbox-embed/onnx/model.onnx'))).toBe('cache-first');
    expect(strategyFor(req('/wasm/ort/ort-wasm-simd-threaded.asyncify.wasm'))).toBe('cache-first');
    expect(strategyFor(req('/chat?_rsc=1'))).toBe('network-first');
  });

  it('leaves other origins, non-GET requests, the API and itself alone', () => {
    expect(strategyFor({ ...req('/x'), url: 'https://huggingface.co/x/config.json' })).toBe('bypass');
    expect(strategyFor(req('/api/chat', 'cors', 'POST'))).toBe('bypass');
    expect(strategyFor(req('/api/chat'))).toBe('bypass');
    expect(strategyFor(req('/sw.js'))).toBe('bypass');
  });

  it('names caches by version and finds the stale ones', () => {
    expect(cacheName('v2')).toBe('glassbox-v2');
    expect(staleCaches(['glassbox-v1', 'glassbox-v2', 'other'], 'v2')).toEqual(['glassbox-v1']);
  });

  it('finds build assets in HTML and scripts, but not the duplicate ONNX Runtime wasm', () => {
    const html = '<script src="/_next/static/chunks/a-1.js" async></script><link href="/_next/static/chunks/b.css" rel="stylesheet">';
    const js = 'new Worker(new URL("/_next/static/media/text.worker.0_x.js", import.meta.url)); "_next/static/chunks/c.js"; "/_next/static/media/ort-wasm.0a.wasm"';
    expect(assetUrlsIn(html)).toEqual(['/_next/static/chunks/a-1.js', '/_next/static/chunks/b.css']);
    expect(assetUrlsIn(js)).toEqual(['/_next/static/media/text.worker.0_x.js', '/_next/static/chunks/c.js']);
    const turbopack = 'e.r(510914).f("static/chunks/turbopack-worker-1h.js",["static/chunks/0f7.js"])';
    expect(assetUrlsIn(turbopack)).toEqual(['/_next/static/chunks/turbopack-worker-1h.js', '/_next/static/chunks/0f7.js']);
    expect(assetUrlsIn('const notAPath = "xstatic/chunks/a.js"')).toEqual([]);
  });
});
