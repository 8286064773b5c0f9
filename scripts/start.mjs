#!/usr/bin/env node
// `npm start`: builds the production app when the build is missing or older than the sources,
// then serves it (default http://localhost:3000; --port N or PORT to change).
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyRuntimeAssets } from './copy-runtime-assets.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? args[portArg + 1] : process.env.PORT || '3000';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Hash of everything the build depends on: file paths, sizes and contents. Files under public/models
 * and public/wasm are served from disk at run time (and the wasm copies follow package-lock.json),
 * so only their sizes count; models/ counts in full because pages import its eval.json files.
 */
function sourceHash() {
  const h = createHash('sha256');
  const walk = (rel) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.endsWith('.test.ts')) walk(path.join(rel, name));
    } else {
      h.update(`${rel}:${st.size}\n`);
      if (!rel.startsWith(path.join('public', 'models')) && !rel.startsWith(path.join('public', 'wasm'))) h.update(readFileSync(abs));
    }
  };
  for (const rel of ['app', 'lib', 'models', 'public', 'proxy.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json']) walk(rel);
  return h.digest('hex');
}

copyRuntimeAssets();
const stamp = path.join(root, '.next', 'glassbox-source-hash');
const hash = sourceHash();
const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
if (!built || args.includes('--rebuild')) {
  console.log('[start] building the production app (sources changed or no build yet)…');
  const r = spawnSync(process.execPath, [next, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, hash);
}
console.log(`[start] serving on http://localhost:${port}`);
const server = spawn(process.execPath, [next, 'start', '-p', String(port)], { cwd: root, env, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
