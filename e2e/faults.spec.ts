// Faults: a model worker that crashes, a corrupt model file, a missing chat or text model, a corrupt
// subjectivity check file. Each shows a specific message with a retry that recovers (or, for the check,
// falls back quietly to the sentiment model's label), nothing the user made is lost, and the
// other pages keep working.
import { ChatPage } from './chat-page';
import { DigitsPage, STROKES } from './digits-page';
import { expect, test } from './fixtures';
import { TextPage } from './text-page';

test('a digits worker that crashes shows an error; retry recovers and the drawing is kept', async ({ page, context }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
  let crash = true;
  // Every worker starts from Turbopack's worker bootstrap script: make it throw.
  await context.route('**/_next/static/chunks/turbopack-worker-*', (route) =>
    crash ? route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("worker exploded on start")' }) : route.continue(),
  );
  // Changing backend starts a fresh worker, which now crashes.
  await page.getByTestId('backend-select').selectOption({ value: 'cpu' });
  const error = page.getByTestId('digits-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  crash = false;
  await error.getByRole('button').click();
  await digits.waitReady();
  await expect(digits.prediction()).toHaveText('7', { timeout: 30_000 });
  await page.reload();
  await digits.waitReady();
  await expect(digits.prediction()).toHaveText('7', { timeout: 30_000 });
});

test('a corrupt digits model file gives a clear error; retry recovers', async ({ page, context }) => {
  let corrupt = true;
  await context.route('**/models/digits-cnn/*.bin', (route) =>
    corrupt ? route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('not weights at all') }) : route.continue(),
  );
  await page.goto('/digits');
  const error = page.getByTestId('digits-error');
  await expect(error).toBeVisible({ timeout: 45_000 });
  await expect(error).toContainText(/model|weight|byte|size/i);
  corrupt = false;
  await error.getByRole('button').click();
  const digits = new DigitsPage(page);
  await digits.waitReady();
  await digits.draw(STROKES.one);
  await expect(digits.prediction()).toHaveText('1');
});

test('when the chat model is missing, the chat says so, keeps the history, retries, and other pages work', async ({ page, context }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('What is backpropagation?');
  let missing = true;
  await context.route('**/models/glassbox-embed/**', (route) => (missing ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  // Transformers.js keeps downloaded model files in the Cache API: forget them, so the reload
  // really fetches the (now missing) model.
  await page.evaluate(() => caches.delete('transformers-cache'));
  await page.reload();
  const error = page.getByTestId('chat-error');
  await expect(error).toBeVisible({ timeout: 45_000 });
  await expect(error).toContainText('embedding model');
  await expect(chat.messages()).toHaveCount(2);

  const text = new TextPage(page);
  await text.open();
  await text.type('I really loved this film, it was wonderful.');
  await text.expectLabel('I really loved this film, it was wonderful.', 'positive');

  await chat.page.goto('/chat');
  await expect(page.getByTestId('chat-error')).toBeVisible({ timeout: 45_000 });
  missing = false;
  await page.getByTestId('chat-retry').click();
  await expect(page.getByTestId('chat-ready')).toBeVisible({ timeout: 60_000 });
  const answer = await chat.ask('How can I prevent overfitting?');
  await expect(answer).toHaveAttribute('data-refused', 'false');
  await expect(chat.messages()).toHaveCount(4);
});

test('a missing built-in text model shows an error with a retry that recovers', async ({ page, context }) => {
  let missing = true;
  await context.route('**/models/glassbox-sentiment/onnx/**', (route) => (missing ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  const text = new TextPage(page);
  await text.open();
  await text.type('The food was great.');
  const error = page.getByTestId('text-error');
  await expect(error).toBeVisible({ timeout: 45_000 });
  missing = false;
  await error.getByRole('button').click();
  await expect(text.label()).toBeVisible({ timeout: 60_000 });
});

test('a corrupt subjectivity check file leaves sentiment working: no subjectivity line, chips keep the model label', async ({ page, context }) => {
  await context.route('**/models/glassbox-subjectivity/model.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"glassbox-subjectivity","version":1,"buck' }));
  const text = new TextPage(page);
  await text.open();
  await text.type('What is backpropagation?');
  await expect(text.label()).toHaveAttribute('data-for', 'What is backpropagation?', { timeout: 60_000 });
  await expect(page.getByTestId('text-error')).toHaveCount(0);
  await expect(page.getByTestId('text-subjectivity')).toHaveCount(0);
  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('What is backpropagation?');
  const chips = chat.userMessages().first().getByTestId('chat-chip');
  await expect(chips).toHaveCount(2, { timeout: 30_000 });
  await expect(chips.and(page.locator('[data-task="sentiment"]'))).toHaveAttribute('data-label', /^(positive|negative)$/);
});
