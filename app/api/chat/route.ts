// The chat's optional generative mode: an answer written by a language model from the passages
// the on-device retriever found, streamed as plain text. Off (404) unless the operator configured
// an OpenAI-compatible endpoint (lib/chat/generative-config.ts); then nothing else is contacted.
//
//   GET  /api/chat  -> 200 {"configured": false} | {"configured": true, "model": "<model>"}
//   POST /api/chat  {"question", "lang": "zh"|"en", "passages": [{"section", "title", "text"}]}
//        -> 200 text/plain; charset=utf-8, streamed answer citing passages as [§5.2]
//        -> 400 | 404 | 413 | 502 {"error": "<message>"}
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatOpenAICompletions } from '@langchain/openai';
import { generativeConfigIssue, readGenerativeConfig, type GenerativeConfig } from '@/lib/chat/generative-config';
import {
  generativePrompt,
  generativePromptInput,
  GenerativeRequestError,
  parseGenerativeRequest,
} from '@/lib/chat/generative-prompt';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Largest request body accepted (6 passages of 4000 characters fit with room to spare). */
const MAX_BODY_BYTES = 256 * 1024;
/** How long the endpoint may take (per attempt) before the request fails. */
const UPSTREAM_TIMEOUT_MS = 120_000;

const NO_STORE = { 'Cache-Control': 'no-store' };

function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: NO_STORE });
}

let warned = false;
function config(): GenerativeConfig | null {
  const cfg = readGenerativeConfig();
  const issue = cfg ? null : generativeConfigIssue();
  if (issue && issue !== 'not-set' && !warned) {
    warned = true;
    console.warn(`[glassbox] generative chat is off: ${issue}`);
  }
  return cfg;
}

/** A short, key-free description of an upstream failure. */
function describeFailure(err: unknown, apiKey: string): string {
  let msg = err instanceof Error ? err.message : String(err);
  if (err instanceof Error && err.name === 'AbortError') msg = 'the request was aborted';
  msg = msg.split('\n')[0].trim() || 'unknown error';
  if (apiKey && apiKey.length >= 4) msg = msg.split(apiKey).join('***');
  msg = msg.replace(/\b(sk|key|token)-[A-Za-z0-9_*.-]{6,}/gi, '$1-***').replace(/Bearer\s+\S+/gi, 'Bearer ***');
  return msg.length > 300 ? `${msg.slice(0, 300)}…` : msg;
}

export async function GET(): Promise<Response> {
  const cfg = config();
  return Response.json(cfg ? { configured: true, model: cfg.model } : { configured: false }, { headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  const cfg = config();
  if (!cfg) return jsonError(404, 'generative chat is not configured');

  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return jsonError(413, `the request body must be at most ${MAX_BODY_BYTES} bytes`);
  let json: unknown;
  try {
    const raw = await request.text();
    if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return jsonError(413, `the request body must be at most ${MAX_BODY_BYTES} bytes`);
    json = JSON.parse(raw);
  } catch {
    return jsonError(400, 'the request body is not valid JSON');
  }
  let input: Record<string, string>;
  try {
    input = generativePromptInput(parseGenerativeRequest(json));
  } catch (e) {
    if (e instanceof GenerativeRequestError) return jsonError(400, e.message);
    throw e;
  }

  const model = new ChatOpenAICompletions({
    model: cfg.model,
    apiKey: cfg.apiKey,
    configuration: { baseURL: cfg.baseUrl },
    temperature: 0.2,
    streaming: true,
    maxRetries: 1,
    timeout: UPSTREAM_TIMEOUT_MS,
  });
  const chain = generativePrompt.pipe(model).pipe(new StringOutputParser());

  // Wait for the first piece of text, so that a failing endpoint is a 502, not a broken stream.
  let chunks: AsyncIterator<string>;
  let first: IteratorResult<string>;
  try {
    chunks = (await chain.stream(input, { signal: request.signal }))[Symbol.asyncIterator]();
    do first = await chunks.next();
    while (!first.done && !first.value);
  } catch (e) {
    const why = describeFailure(e, cfg.apiKey);
    console.error(`[glassbox] generative chat: ${why}`);
    return jsonError(502, `the language model endpoint failed: ${why}`);
  }

  const encoder = new TextEncoder();
  let pending: string | null = first.done ? null : first.value;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (pending !== null) {
          controller.enqueue(encoder.encode(pending));
          pending = null;
          return;
        }
        // Skip empty chunks: a pull that enqueues nothing would leave the reader waiting.
        let next: IteratorResult<string>;
        do next = await chunks.next();
        while (!next.done && !next.value);
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (e) {
        // Mid-answer failure: the response is already under way, so the stream errors
        // (the reader's read() rejects) after the text sent so far.
        console.error(`[glassbox] generative chat: ${describeFailure(e, cfg.apiKey)}`);
        controller.error(new Error('the language model endpoint failed mid-answer'));
      }
    },
    async cancel() {
      await chunks.return?.();
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Accel-Buffering': 'no', ...NO_STORE },
  });
}
