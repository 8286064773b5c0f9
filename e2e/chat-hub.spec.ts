// The chat's hub retrieval model, for real, against scripts/mock-hub.mjs (which serves the
// built-in embedding model under the multilingual MiniLM's hub id): download and indexing
// progress, answers with sources in both languages, the choice remembered and the files cached,
// cancel, and a missing hub file (clear error, back to the built-in model, history kept).
import AxeBuilder from '@axe-core/playwright';
import { HUB_PORT } from '../playwright.config';
import { ChatPage } from './chat-page';
import { expect, test } from './fixtures';

const HUB = `http://localhost:${HUB_PORT}`;
const HUB_MODEL = 'Xenova/paraphrase-multilingual-MiniLM-L12-v2';
const BUILTIN = 'glassbox-embed';
test.use({ allowedOrigins: [HUB] });

function recordHubRequests(context: import('@playwright/test').BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => { if (r.url().startsWith(HUB)) urls.push(r.url()); });
  return urls;
}

test('a hub retrieval model downloads with progress, answers in English and Chinese, and is remembered and cached', async ({ page, context }) => {
  const hubRequests = recordHubRequests(context);
  const chat = new ChatPage(page);
  await chat.open();
  await expect(page.getByTestId('chat-ready')).toHaveAttribute('data-model', BUILTIN);
  expect(hubRequests, 'nothing is fetched from the hub before the user picks a hub model').toEqual([]);

  await page.getByTestId('chat-embedding-model').selectOption(HUB_MODEL);
  await expect(page.getByTestId('chat-hub-notice')).toBeVisible();
  await expect(page.getByTestId('chat-uncalibrated')).toBeVisible();
  // asked first: nothing is fetched, and the built-in model keeps answering
  await expect(page.getByTestId('hub-consent')).toContainText('Download');
  const meanwhile = await chat.ask('What is dropout?');
  await expect(meanwhile).toHaveAttribute('data-refused', 'false');
  expect(hubRequests, 'nothing is fetched from the hub before the user agrees').toEqual([]);
  await page.getByTestId('hub-download').click();
  // no precomputed vectors for a hub model: the passages are embedded in the browser, with progress
  await expect(page.getByTestId('chat-indexing')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('chat-ready')).toHaveAttribute('data-model', HUB_MODEL, { timeout: 90_000 });
  expect(hubRequests.some((u) => u.includes(`/${HUB_MODEL}/resolve/`) && u.endsWith('/onnx/model_quantized.onnx'))).toBe(true);

  const en = await chat.ask('How can I stop my model from overfitting?');
  await expect(en).toHaveAttribute('data-lang', 'en');
  await expect(en).toHaveAttribute('data-refused', 'false');
  await expect(en.getByTestId('chat-source').first()).toHaveAttribute('data-section', '9.7');
  const zh = await chat.ask('训练太慢了，怎么加速？');
  await expect(zh).toHaveAttribute('data-lang', 'zh');
  await expect(zh.getByTestId('chat-source').first()).toHaveAttribute('data-section', '9.6');
  const oos = await chat.ask('What is the weather in Paris tomorrow?');
  await expect(oos).toHaveAttribute('data-refused', 'true');

  // The choice survives a reload, and the model comes from the browser's cache.
  hubRequests.length = 0;
  await page.reload();
  await expect(page.getByTestId('chat-embedding-model')).toHaveValue(HUB_MODEL);
  await expect(page.getByTestId('chat-ready')).toHaveAttribute('data-model', HUB_MODEL, { timeout: 90_000 });
  expect(hubRequests.filter((u) => u.endsWith('.onnx'))).toEqual([]);
  await expect(chat.messages()).toHaveCount(8);
});

test('the model picker, hub notice and calibration note have no serious accessibility violations (light, dark); the picker works from the keyboard', async ({ page }) => {
  // With the hub model ready, the page shows the hub notice and the calibration note.
  const chat = new ChatPage(page);
  await chat.open();
  await page.getByTestId('chat-embedding-model').selectOption(HUB_MODEL);
  await page.getByTestId('hub-download').click();
  await expect(page.getByTestId('chat-ready')).toHaveAttribute('data-model', HUB_MODEL, { timeout: 90_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious, scheme).toEqual([]);
  }
  // keyboard: the picker is reachable and switches back to the built-in model
  await page.getByTestId('chat-embedding-model').focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('chat-embedding-model')).toHaveValue(BUILTIN);
  await expect(page.getByTestId('chat-ready')).toHaveAttribute('data-model', BUILTIN, { timeout: 60_000 });
});

test('cancelling a hub download goes back to the built-in model', async ({ page, context }) => {
  // The model file never arrives: the download stays in progress until cancelled.
  await context.route(`${HUB}/**/*.onnx`, () => {});
  const chat = new ChatPage(page);
  await chat.open();
  await page.getByTestId('chat-embedding-model').selectOption(HUB_MODEL);
  await page.getByTestId('hub-download').click();
  const cancel = page.getByTestId('chat-model-cancel');
  await expect(cancel).toBeVisible();
  await expect(page.getByTestId('chat-ready')).toHaveCount(0);
  await cancel.click();
  await expect(page.getByTestId('chat-embedding-model')).toHaveValue(BUILTIN);
  await expect(page.getByTestId('chat-ready')).toHaveAttribute('data-model', BUILTIN, { timeout: 60_000 });
  const answer = await chat.ask('What is backpropagation?');
  await expect(answer).toHaveAttribute('data-refused', 'false');
  await page.reload();
  await expect(page.getByTestId('chat-embedding-model')).toHaveValue(BUILTIN);
});

test('a missing hub model file gives a clear error; the built-in model takes over and the history is kept', async ({ page, context }) => {
  await context.route(`${HUB}/**/*.onnx`, (route) => route.fulfill({ status: 404, body: 'Entry not found' }));
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('What is dropout?');
  await page.getByTestId('chat-embedding-model').selectOption(HUB_MODEL);
  await page.getByTestId('hub-download').click();
  const error = page.getByTestId('chat-error');
  await expect(error).toBeVisible({ timeout: 60_000 });
  await expect(error).toContainText(HUB_MODEL);
  await expect(chat.messages()).toHaveCount(2);
  await page.getByTestId('chat-use-builtin').click();
  await expect(page.getByTestId('chat-ready')).toHaveAttribute('data-model', BUILTIN, { timeout: 60_000 });
  const answer = await chat.ask('卷积层和池化层有什么区别？');
  await expect(answer).toHaveAttribute('data-lang', 'zh');
  await expect(chat.messages()).toHaveCount(4);
});
