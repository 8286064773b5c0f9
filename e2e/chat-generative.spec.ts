// The optional generative chat: a second server started with an OpenAI-compatible endpoint
// configured (the local mock in scripts/mock-openai.mjs) offers "Generated answers"; the answer
// streams from the model through /api/chat and keeps the on-device citations. The default
// server (no endpoint configured) shows nothing of it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { MockOpenAI } from '../scripts/mock-openai.mjs';
import { ChatPage } from './chat-page';
import { expect, test } from './fixtures';

const PORT = Number(process.env.E2E_GENERATIVE_PORT ?? 3101);
const ORIGIN = `http://localhost:${PORT}`;
let server: ChildProcess | null = null;
let mock: MockOpenAI | null = null;

test.describe('generative mode configured', () => {
  test.use({ allowedOrigins: [ORIGIN] });

  test.beforeAll(async () => {
    // Dynamic import: the mock is an ES module with top-level await, which require() cannot load.
    const { startMockOpenAI } = await import('../scripts/mock-openai.mjs');
    mock = await startMockOpenAI(0);
    const next = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
    server = spawn(process.execPath, [next, 'start', '-p', String(PORT)], {
      env: { ...process.env, GLASSBOX_LLM_BASE_URL: `${mock.baseUrl}`, GLASSBOX_LLM_MODEL: 'mock-llm', GLASSBOX_LLM_API_KEY: 'sk-test' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${ORIGIN}/api/chat`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`the second server on ${ORIGIN} did not start`);
  });

  test.afterAll(async () => {
    server?.kill();
    await mock?.close();
  });

  test('streams a generated answer that keeps the citations', async ({ page }) => {
    const chat = new ChatPage(page);
    await chat.open(`${ORIGIN}/chat`);
    await page.getByTestId('chat-generative').check();
    const answer = await chat.ask('How do I prevent overfitting?');
    await expect(answer).toHaveAttribute('data-kind', 'generated');
    await expect(answer.getByTestId('chat-answer')).toContainText('Mock answer from [§9.7]');
    await expect(answer.getByTestId('chat-source').first()).toHaveAttribute('data-section', '9.7');
    expect(mock!.requests).toBeGreaterThan(0);
  });

  test('refused questions and unchecked mode never reach the model', async ({ page }) => {
    const before = mock!.requests;
    const chat = new ChatPage(page);
    await chat.open(`${ORIGIN}/chat`);
    await chat.ask('How do I prevent overfitting?');
    await expect(chat.answers().first()).toHaveAttribute('data-kind', 'faq');
    await page.getByTestId('chat-generative').check();
    const refused = await chat.ask('What is the weather in Paris tomorrow?');
    await expect(refused).toHaveAttribute('data-refused', 'true');
    expect(mock!.requests).toBe(before);
  });
});

test('without an endpoint configured, nothing about generation shows', async ({ page, request }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await expect(page.getByTestId('chat-generative')).toHaveCount(0);
  const res = await request.post('/api/chat', { data: { question: 'x', lang: 'en', passages: [{ section: '9.7', title: 't', text: 'x' }] } });
  expect(res.status()).toBe(404);
});
