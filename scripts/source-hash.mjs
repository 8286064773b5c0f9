// Hash of everything a production build depends on: file paths, sizes and contents. The wasm
// copies under public/wasm follow package-lock.json, so only their sizes count. Model files count
// in full: a retrained model has the same size as the one it replaces, and the service worker
// (whose version is this hash) must replace its cached copy. models/ counts in full because pages
// import its eval.json files. public/sw.js is generated from this hash and so is left out.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export function sourceHash() {
  const h = createHash('sha256');
  const walk = (rel) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs) || rel === path.join('public', 'sw.js')) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.endsWith('.test.ts')) walk(path.join(rel, name));
    } else {
      h.update(`${rel}:${st.size}\n`);
      if (!rel.startsWith(path.join('public', 'wasm'))) h.update(readFileSync(abs));
    }
  };
  for (const rel of ['app', 'lib', 'models', 'public', 'proxy.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json']) walk(rel);
  return h.digest('hex');
}
