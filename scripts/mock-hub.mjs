#!/usr/bin/env node
// A local stand-in for the Hugging Face Hub, for tests: serves Glassbox's built-in models in the
// hub's URL layout (/<org>/<name>/resolve/<revision>/<file>) under the hub ids the app's registry
// lists, with CORS so the app (another origin) can fetch them. Loopback only.
//   node scripts/mock-hub.mjs [--port 3199]
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', 'public', 'models');
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env.MOCK_HUB_PORT || 3199);

/** Hub id -> local built-in model folder served in its place. */
export const MIRRORED = {
  'Xenova/distilbert-base-uncased-finetuned-sst-2-english': 'glassbox-sentiment',
  // zero-shot topics: the small NLI pair classifier trained here (models/text/README.md)
  'Xenova/mobilebert-uncased-mnli': 'glassbox-nli',
  // the chat's multilingual retrieval model: the built-in embedding model
  'Xenova/paraphrase-multilingual-MiniLM-L12-v2': 'glassbox-embed',
};

const TYPES = { '.json': 'application/json', '.onnx': 'application/octet-stream' };

const server = http.createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'Content-Length, ETag');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  if (req.method === 'OPTIONS') return res.writeHead(204, { 'Access-Control-Allow-Headers': '*' }).end();
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return res.writeHead(200).end('ok');
  const m = /^\/([^/]+\/[^/]+)\/resolve\/[^/]+\/(.+)$/.exec(url.pathname);
  const folder = m && MIRRORED[decodeURIComponent(m[1])];
  const file = folder && path.normalize(path.join(root, folder, decodeURIComponent(m[2])));
  if (!file || !file.startsWith(path.join(root, folder)) || !existsSync(file) || !statSync(file).isFile()) {
    return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Entry not found');
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => console.log(`[mock-hub] serving ${Object.keys(MIRRORED).join(', ')} on http://localhost:${port}`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
