// The Hugging Face Hub path of the text lab, for real, against scripts/mock-hub.mjs (which serves
// our built-in model under the hub id the registry lists): progress, results, cache, faults.
import { HUB_PORT } from '../playwright.config';
import { expect, test } from './fixtures';
import { TextPage } from './text-page';

const HUB = `http://localhost:${HUB_PORT}`;
const HUB_MODEL = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';
test.use({ allowedOrigins: [HUB] });

/** Picks the hub model and agrees to its download (asked once per browser). */
async function pickHubModel(page: import('@playwright/test').Page, { asked = true } = {}) {
  await page.getByTestId('text-model').selectOption(HUB_MODEL);
  await expect(page.getByTestId('hub-notice')).toBeVisible();
  if (asked) await page.getByTestId('hub-download').click();
  else await expect(page.getByTestId('hub-consent')).toHaveCount(0);
}

test('nothing is downloaded from the hub until the user agrees; "use the built-in model" goes back', async ({ page, context }) => {
  const hubRequests: string[] = [];
  context.on('request', (r) => { if (r.url().startsWith(HUB)) hubRequests.push(r.url()); });
  const text = new TextPage(page);
  await text.open();
  await text.type('What a wonderful day.');
  await text.expectLabel('What a wonderful day.', 'positive');
  await page.getByTestId('text-model').selectOption(HUB_MODEL);
  const consent = page.getByTestId('hub-consent');
  await expect(consent).toContainText('68 MB');
  await text.type('Still nothing fetched.');
  await page.waitForTimeout(1_000);
  await expect(page.getByTestId('text-model-progress')).toHaveCount(0);
  expect(hubRequests).toEqual([]);
  await page.getByTestId('hub-use-builtin').click();
  await expect(page.getByTestId('text-model')).toHaveValue('glassbox-sentiment');
  await expect(text.label()).toHaveAttribute('data-for', 'Still nothing fetched.');
  expect(hubRequests).toEqual([]);
});

test('an unreachable hub says so, and the built-in model is one click away', async ({ page, context }) => {
  await context.route(`${HUB}/**`, (route) => route.abort('internetdisconnected'));
  const text = new TextPage(page);
  await text.open();
  await pickHubModel(page);
  await text.type('Hello there.');
  await expect(page.getByTestId('text-error-offline')).toContainText('could not be reached', { timeout: 60_000 });
  await page.getByTestId('text-use-builtin').click();
  await expect(page.getByTestId('text-error')).toHaveCount(0);
  await expect(text.label()).toHaveAttribute('data-for', 'Hello there.');
});

test('a hub model downloads with progress, answers, and loads from the cache the second time', async ({ page, context }) => {
  const hubRequests: string[] = [];
  context.on('request', (r) => { if (r.url().startsWith(HUB)) hubRequests.push(r.url()); });
  const text = new TextPage(page);
  await text.open();
  await pickHubModel(page);
  await text.type('What a wonderful day.');
  await expect(page.getByTestId('text-model-progress')).toBeVisible({ timeout: 30_000 });
  await expect(text.label()).toHaveAttribute('data-for', 'What a wonderful day.', { timeout: 60_000 });
  expect(hubRequests.some((u) => u.endsWith('/onnx/model_quantized.onnx'))).toBe(true);

  hubRequests.length = 0;
  await page.reload();
  await pickHubModel(page, { asked: false });
  await text.type('Another sentence.');
  await expect(text.label()).toHaveAttribute('data-for', 'Another sentence.', { timeout: 60_000 });
  expect(hubRequests.filter((u) => u.endsWith('.onnx'))).toEqual([]);
});

for (const [fault, handler] of [
  ['missing (404)', (route: import('@playwright/test').Route) => route.fulfill({ status: 404, body: 'Entry not found' })],
  ['corrupt', (route: import('@playwright/test').Route) => route.fulfill({ status: 200, body: Buffer.from('this is not an onnx model'), headers: { 'Access-Control-Allow-Origin': '*' } })],
] as const) {
  test(`a ${fault} hub model file gives a clear error and the built-in models keep working`, async ({ page, context }) => {
    await context.route(`${HUB}/**/*.onnx`, handler);
    const text = new TextPage(page);
    await text.open();
    await pickHubModel(page);
    await text.type('Hello there.');
    const error = page.getByTestId('text-error');
    await expect(error).toBeVisible({ timeout: 60_000 });
    await expect(error).toContainText(HUB_MODEL);
    await page.getByTestId('text-model').selectOption('glassbox-sentiment');
    await text.type('I really loved this film, it was wonderful.');
    await text.expectLabel('I really loved this film, it was wonderful.', 'positive');
  });
}
