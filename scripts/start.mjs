#!/usr/bin/env node
// `npm start`: builds the production app when the build is missing or older than the sources,
// then serves it (default http://localhost:3000; --port N or PORT to change).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildServiceWorker } from './build-sw.mjs';
import { copyRuntimeAssets } from './copy-runtime-assets.mjs';
import { sourceHash } from './source-hash.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? args[portArg + 1] : process.env.PORT || '3000';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

copyRuntimeAssets();
buildServiceWorker();
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
