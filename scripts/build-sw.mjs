#!/usr/bin/env node
// Bundles the service worker (lib/offline/sw.ts) into public/sw.js with its version (the hash of
// the app's sources: a new deploy gets a new worker, which replaces the old caches) and the list
// of static files to precache (built-in models and wasm binaries). Runs before every build.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { sourceHash } from './source-hash.mjs';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(rel) {
  const abs = path.join(root, rel);
  const out = [];
  for (const name of readdirSync(abs).sort()) {
    const child = path.join(rel, name);
    if (statSync(path.join(root, child)).isDirectory()) out.push(...filesUnder(child));
    else out.push(`/${child.split(path.sep).slice(1).join('/')}`);
  }
  return out;
}

export function buildServiceWorker() {
  const version = sourceHash().slice(0, 16);
  const files = [...filesUnder('public/models'), ...filesUnder('public/wasm')].filter((f) => !f.endsWith('.md'));
  buildSync({
    entryPoints: [path.join(root, 'lib', 'offline', 'sw.ts')],
    outfile: path.join(root, 'public', 'sw.js'),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define: { __SW_VERSION__: JSON.stringify(version), __SW_FILES__: JSON.stringify(files) },
    logLevel: 'error',
  });
  return { version, files: files.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = buildServiceWorker();
  console.log(`[build-sw] public/sw.js version ${r.version}, ${r.files} static files to precache`);
}
