// The chat's optional generative mode: configuration, request validation, prompt, and the
// /api/chat route end to end against the OpenAI-compatible mock (scripts/mock-openai.mjs).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMockOpenAI, type MockOpenAI } from '../../scripts/mock-openai.mjs';
import { GET, POST } from '../../app/api/chat/route';
import { DEFAULT_API_KEY, generativeConfigIssue, readGenerativeConfig } from './generative-config';
import {
  buildGenerativeMessages,
  GENERATIVE_LIMITS,
  GenerativeRequestError,
  parseGenerativeRequest,
  type GenerativeRequest,
} from './generative-prompt';

const passage = (section: string, text = `Text of section ${section}.`) => ({ section, title: `Title ${section}`, text });

const request97: GenerativeRequest = {
  question: 'How does attention weigh the tokens?',
  lang: 'en',
  passages: [passage('9.7', 'Attention weighs tokens by softmax of scaled dot products.'), passage('9.8')],
};

describe('readGenerativeConfig', () => {
  it('is null unless both the base URL and the model are set', () => {
    expect(readGenerativeConfig({})).toBeNull();
    expect(readGenerativeConfig({ GLASSBOX_LLM_BASE_URL: 'http://localhost:11434/v1' })).toBeNull();
    expect(readGenerativeConfig({ GLASSBOX_LLM_MODEL: 'qwen2.5' })).toBeNull();
    expect(readGenerativeConfig({ GLASSBOX_LLM_BASE_URL: '  ', GLASSBOX_LLM_MODEL: ' ' })).toBeNull();
    expect(generativeConfigIssue({})).toBe('not-set');
    expect(generativeConfigIssue({ GLASSBOX_LLM_MODEL: 'qwen2.5' })).toMatch(/BASE_URL is not/);
  });

  it('accepts only http(s) URLs', () => {
    for (const url of ['ftp://example.com/v1', 'file:///etc/passwd', 'localhost:11434/v1', 'not a url', 'javascript:alert(1)']) {
      expect(readGenerativeConfig({ GLASSBOX_LLM_BASE_URL: url, GLASSBOX_LLM_MODEL: 'm' }), url).toBeNull();
      expect(generativeConfigIssue({ GLASSBOX_LLM_BASE_URL: url, GLASSBOX_LLM_MODEL: 'm' }), url).not.toBeNull();
    }
    expect(readGenerativeConfig({ GLASSBOX_LLM_BASE_URL: 'https://api.example.com/v1', GLASSBOX_LLM_MODEL: 'm' })).not.toBeNull();
  });

  it('trims, drops trailing slashes and defaults the API key', () => {
    expect(readGenerativeConfig({ GLASSBOX_LLM_BASE_URL: ' http://localhost:11434/v1/ ', GLASSBOX_LLM_MODEL: ' qwen2.5:7b ' })).toEqual({
      baseUrl: 'http://localhost:11434/v1',
      apiKey: DEFAULT_API_KEY,
      model: 'qwen2.5:7b',
    });
    expect(DEFAULT_API_KEY).toBe('not-needed');
    expect(
      readGenerativeConfig({ GLASSBOX_LLM_BASE_URL: 'https://api.openai.com/v1', GLASSBOX_LLM_MODEL: 'gpt-4o-mini', GLASSBOX_LLM_API_KEY: 'sk-x' })
        ?.apiKey,
    ).toBe('sk-x');
  });
});

describe('parseGenerativeRequest', () => {
  const reject = (json: unknown, message: RegExp) => {
    expect(() => parseGenerativeRequest(json)).toThrow(GenerativeRequestError);
    expect(() => parseGenerativeRequest(json)).toThrow(message);
  };

  it('returns the typed, trimmed request', () => {
    expect(parseGenerativeRequest({ ...request97, question: '  What is attention?  ', extra: 1 })).toEqual({
      ...request97,
      question: 'What is attention?',
    });
    expect(parseGenerativeRequest({ ...request97, passages: [passage('5')] }).passages[0].section).toBe('5');
  });

  it('rejects an empty or overlong question', () => {
    reject({ ...request97, question: '' }, /question must not be empty/);
    reject({ ...request97, question: ' \n\t ' }, /question must not be empty/);
    reject({ ...request97, question: 'x'.repeat(GENERATIVE_LIMITS.questionChars + 1) }, /question must be at most 1000 characters/);
    reject({ ...request97, question: 42 }, /question must be a string/);
    expect(parseGenerativeRequest({ ...request97, question: 'x'.repeat(1000) }).question).toHaveLength(1000);
  });

  it('rejects too many or no passages', () => {
    reject({ ...request97, passages: Array.from({ length: 7 }, (_, i) => passage(`9.${i + 1}`)) }, /passages must hold 1 to 6 passages \(got 7\)/);
    reject({ ...request97, passages: [] }, /passages must hold 1 to 6 passages \(got 0\)/);
    reject({ ...request97, passages: 'x' }, /passages must be an array/);
    expect(parseGenerativeRequest({ ...request97, passages: Array.from({ length: 6 }, (_, i) => passage(`9.${i + 1}`)) }).passages).toHaveLength(6);
  });

  it('rejects a bad section id', () => {
    for (const section of ['9.10', '10', 'a', '9.', '§9.7', '', ' 9.7', '9.7.1']) {
      reject({ ...request97, passages: [passage(section)] }, /passages\[0\]\.section must be a section id/);
    }
    reject({ ...request97, passages: [passage('9.7'), { title: 't', text: 'x' }] }, /passages\[1\]\.section/);
  });

  it('rejects overlong or missing passage text, a bad lang and a non-object body', () => {
    reject({ ...request97, passages: [passage('9.7', 'x'.repeat(GENERATIVE_LIMITS.passageChars + 1))] }, /passages\[0\]\.text must be at most 4000/);
    reject({ ...request97, passages: [passage('9.7', '  ')] }, /passages\[0\]\.text must not be empty/);
    reject({ ...request97, passages: [{ section: '9.7', text: 'x' }] }, /passages\[0\]\.title must be a string/);
    reject({ ...request97, lang: 'fr' }, /lang must be "zh" or "en"/);
    reject(null, /JSON object/);
    reject([request97], /JSON object/);
  });
});

describe('generative prompt', () => {
  it('holds the passages, the rules and the language instruction (en)', async () => {
    const [system, human] = await buildGenerativeMessages(request97);
    expect(system.type).toBe('system');
    expect(human.type).toBe('human');
    const sys = String(system.content);
    expect(sys).toMatch(/ONLY the numbered passages/);
    expect(sys).toContain('[§9.7]'); // citation example: the first passage's marker
    expect(sys).toMatch(/don't know/);
    expect(sys).toMatch(/Answer in English/);
    const hum = String(human.content);
    expect(hum).toContain('[§9.7] Title 9.7\nAttention weighs tokens by softmax of scaled dot products.');
    expect(hum).toContain('[§9.8] Title 9.8\nText of section 9.8.');
    expect(hum).toContain('Question: How does attention weigh the tokens?');
    expect(hum).toMatch(/Answer in English\.$/);
  });

  it('asks for Chinese answers when lang is zh, and keeps braces in passages verbatim', async () => {
    const [system, human] = await buildGenerativeMessages({
      question: '注意力如何加权 {tokens}？',
      lang: 'zh',
      passages: [{ section: '5.2', title: '反向传播', text: 'const w = { lr: 0.1 }; {{x}}' }],
    });
    expect(String(system.content)).toContain('Answer in Simplified Chinese (简体中文)');
    expect(String(system.content)).toContain('我不知道');
    expect(String(human.content)).toContain('[§5.2] 反向传播\nconst w = { lr: 0.1 }; {{x}}');
    expect(String(human.content)).toContain('注意力如何加权 {tokens}？');
    expect(String(human.content)).toMatch(/请用简体中文回答。$/);
  });
});

describe('/api/chat route (against the mock endpoint)', () => {
  let mock: MockOpenAI;
  const SECRET = 'sk-test-secret-0123456789';

  beforeAll(async () => {
    mock = await startMockOpenAI(0);
  });
  afterAll(async () => {
    await mock?.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const configure = (model = 'mock') => {
    vi.stubEnv('GLASSBOX_LLM_BASE_URL', mock.baseUrl);
    vi.stubEnv('GLASSBOX_LLM_MODEL', model);
    vi.stubEnv('GLASSBOX_LLM_API_KEY', SECRET);
  };
  const unconfigure = () => {
    vi.stubEnv('GLASSBOX_LLM_BASE_URL', '');
    vi.stubEnv('GLASSBOX_LLM_MODEL', '');
    vi.stubEnv('GLASSBOX_LLM_API_KEY', '');
  };
  const post = (body: unknown) =>
    POST(
      new Request('http://localhost/api/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );

  it('streams a generated answer that cites the passages it was given', async () => {
    configure();
    const res = await post(request97);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
    expect(chunks).toBeGreaterThan(1);
    expect(text).toContain('[§9.7]');
    expect(text).toBe('Mock answer from [§9.7] (model mock; passages seen: [§9.7], [§9.8]; 2 messages).');
  });

  it('is 404 and contacts nothing when not configured', async () => {
    unconfigure();
    const before = mock.requests;
    const res = await post(request97);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'generative chat is not configured' });
    const get = await GET();
    expect(await get.json()).toEqual({ configured: false });
    expect(mock.requests).toBe(before);
  });

  it('reports its configuration on GET', async () => {
    configure('qwen-test');
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ configured: true, model: 'qwen-test' });
  });

  it('is 400 with the validation message for bad requests', async () => {
    configure();
    const before = mock.requests;
    let res = await post('{not json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'the request body is not valid JSON' });
    res = await post({ ...request97, question: '  ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'question must not be empty' });
    res = await post({ ...request97, passages: [passage('9.77')] });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/passages\[0\]\.section must be a section id/);
    expect(mock.requests).toBe(before);
  });

  it('is 502 with a clear, key-free message when the endpoint fails', async () => {
    configure('fail');
    const res = await post(request97);
    expect(res.status).toBe(502);
    const { error } = await res.json();
    expect(error).toMatch(/^the language model endpoint failed: /);
    expect(error).toMatch(/500|mock failure/);
    expect(error).not.toContain(SECRET);
  });

  it('errors the stream, after the text so far, when the endpoint fails mid-answer', async () => {
    configure('fail-midway');
    const res = await post(request97);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = '';
    const readAll = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += new TextDecoder().decode(value);
      }
    };
    await expect(readAll()).rejects.toThrow(/failed mid-answer/);
    expect(text).toMatch(/^Mock answer from \[§9\.7\]/);
  });

  it('is 502 when the endpoint cannot be reached', async () => {
    vi.stubEnv('GLASSBOX_LLM_BASE_URL', 'http://127.0.0.1:9/v1'); // discard port: nothing listens
    vi.stubEnv('GLASSBOX_LLM_MODEL', 'mock');
    const res = await post(request97);
    expect(res.status).toBe(502);
    expect((await res.json()).error).toMatch(/^the language model endpoint failed: /);
  });

  it('mock: answers non-streaming requests in the OpenAI format', async () => {
    const res = await fetch(`${mock.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'mock', messages: [{ role: 'system', content: 'cite as [§1.1]' }, { role: 'user', content: '[§3.2] T\ntext' }] }),
    });
    const json = await res.json();
    expect(json.object).toBe('chat.completion');
    expect(json.choices[0].message).toEqual({ role: 'assistant', content: 'Mock answer from [§3.2] (model mock; passages seen: [§3.2]; 2 messages).' });
  });
});
