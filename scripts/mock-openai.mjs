#!/usr/bin/env node
// A local stand-in for an OpenAI-compatible chat-completions endpoint, for tests of the chat's
// generative mode. No dependencies. Loopback only.
//   node scripts/mock-openai.mjs [port]        (or PORT=3198; default 3198)
//   GLASSBOX_LLM_BASE_URL=http://localhost:3198/v1 GLASSBOX_LLM_MODEL=mock npm run dev
//
// POST /v1/chat/completions answers deterministically and says which passages it saw:
//   "Mock answer from [§9.7] (model mock; passages seen: [§9.7], [§9.8]; 2 messages)."
// (the first [§x.y] of the user messages, else of any message). With "stream": true it answers in
// Server-Sent Events (chat.completion.chunk deltas, then "data: [DONE]"); otherwise one
// chat.completion object. The model "fail" gets a 500; "fail-midway" (streaming) breaks the
// connection halfway through the answer. GET /v1/models lists "mock".
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CITATION = /\[§\d+(?:\.\d+)?\]/g;

/** Text content of a chat message (string or array of content parts). */
function textOf(message) {
  const c = message?.content;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((p) => (typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '')).join('\n');
  return '';
}

/** The mock's deterministic reply to a chat-completions request body. */
export function mockReply(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const user = messages.filter((m) => m?.role === 'user').map(textOf).join('\n');
  const all = messages.map(textOf).join('\n');
  const seen = [...new Set(user.match(CITATION) ?? all.match(CITATION) ?? [])];
  const model = typeof body?.model === 'string' ? body.model : 'mock';
  if (seen.length === 0) return `Mock answer: I don't know (model ${model}; no passages seen; ${messages.length} messages).`;
  return `Mock answer from ${seen[0]} (model ${model}; passages seen: ${seen.join(', ')}; ${messages.length} messages).`;
}

function sendJson(res, status, obj) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(obj));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

let nextId = 1;

async function completions(req, res) {
  let body;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return sendJson(res, 400, { error: { message: 'invalid JSON body', type: 'invalid_request_error' } });
  }
  const model = typeof body?.model === 'string' ? body.model : 'mock';
  if (model === 'fail') {
    return sendJson(res, 500, { error: { message: 'mock failure (model "fail")', type: 'server_error' } });
  }
  const reply = mockReply(body);
  const id = `chatcmpl-mock-${nextId++}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = { prompt_tokens: 10, completion_tokens: reply.split(' ').length, total_tokens: 10 + reply.split(' ').length };
  if (!body.stream) {
    return sendJson(res, 200, {
      id, object: 'chat.completion', created, model,
      choices: [{ index: 0, message: { role: 'assistant', content: reply }, logprobs: null, finish_reason: 'stop' }],
      usage,
    });
  }
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  const send = (choices, extra = {}) =>
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices, ...extra })}\n\n`);
  send([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
  // Word by word (keeping the spaces), so that clients see several chunks.
  const pieces = reply.match(/\S+\s*/g) ?? [];
  for (const [i, piece] of pieces.entries()) {
    // The model "fail-midway" breaks the connection halfway through its answer.
    if (model === 'fail-midway' && i === Math.floor(pieces.length / 2)) return void res.destroy();
    if (i > 0) await new Promise((r) => setTimeout(r, 2)); // let each chunk go out on its own
    send([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]);
  }
  send([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]);
  if (body.stream_options?.include_usage) send([], { usage });
  res.end('data: [DONE]\n\n');
}

/**
 * Starts the mock on 127.0.0.1:port (0: a free port). Resolves once it listens, with its port,
 * its base URL (…/v1, for GLASSBOX_LLM_BASE_URL), the number of requests it received and close().
 */
export function startMockOpenAI(port = 3198) {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return res.writeHead(200).end('ok');
    if (req.method === 'GET' && url.pathname === '/v1/models') {
      return sendJson(res, 200, { object: 'list', data: [{ id: 'mock', object: 'model', created: 0, owned_by: 'glassbox' }] });
    }
    if (url.pathname === '/v1/chat/completions') {
      if (req.method !== 'POST') return sendJson(res, 405, { error: { message: 'use POST', type: 'invalid_request_error' } });
      completions(req, res).catch((e) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(e), type: 'server_error' } });
        else res.destroy();
      });
      return;
    }
    sendJson(res, 404, { error: { message: `no route ${req.method} ${url.pathname}`, type: 'invalid_request_error' } });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        baseUrl: `http://127.0.0.1:${actual}/v1`,
        /** Requests received so far (any path). */
        get requests() {
          return requests;
        },
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const port = Number(process.argv[2] || process.env.PORT || 3198);
  const mock = await startMockOpenAI(port);
  console.log(`[mock-openai] OpenAI-compatible mock on ${mock.baseUrl} (model "fail" returns 500)`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => mock.close().then(() => process.exit(0)));
}
