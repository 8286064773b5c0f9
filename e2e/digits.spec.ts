// /digits as a user meets it: draw with the mouse, see the prediction, clear, undo, reload, upload.
import path from 'node:path';
import { expect, test } from './fixtures';
import { DigitsPage, STROKES } from './digits-page';

const FILES = path.join(__dirname, 'files');

test('the automatic backend skips GPUs that this browser only emulates on the CPU, and says so', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  // Headless Chromium here offers WebGPU and WebGL only through SwiftShader (CPU emulation),
  // both slower than wasm for this CNN (../shared/NOTES.md).
  await expect(digits.backend()).toHaveText('wasm');
  const notice = page.getByTestId('backend-fallback');
  await expect(notice).toContainText('webgpu — skipped, the browser emulates it on the CPU');
  await expect(notice).toContainText('webgl — skipped');
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
});

test('drawn digits are recognised live on WebGPU', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await page.getByTestId('backend-select').selectOption('webgpu'); // by name: used even when emulated
  await expect(digits.backend()).toHaveText('webgpu', { timeout: 45_000 });
  await expect(page.getByTestId('backend-fallback')).toHaveCount(0);
  await expect(page.getByTestId('model-progress')).toHaveCount(0);
  for (const [name, expected] of [['one', '1'], ['seven', '7'], ['two', '2'], ['zero', '0']] as const) {
    await page.getByTestId('digit-clear').click();
    await expect(digits.prediction()).toHaveText('');
    await digits.draw(STROKES[name]);
    await expect(digits.prediction(), name).toHaveText(expected);
    // settled: no newer frame of the drawing is waiting, so screen readers announce this one
    await expect(page.getByTestId('digit-prediction-region')).toHaveAttribute('aria-busy', 'false');
    const probs = await digits.probabilities();
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(probs[Number(expected)]).toBe(Math.max(...probs));
  }
  await expect(page.getByTestId('digit-latency')).toHaveText(/\d+\.\d ms/);
  await page.screenshot({ path: 'test-results/screens/digits-zero.png' });
});

test('a blank canvas gives no prediction and a hint, not a random digit', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await expect(digits.hint()).toBeVisible();
  await expect(digits.prediction()).toHaveText('');
  expect(await digits.probabilities()).toEqual(Array(10).fill(0));
});

test('a single click of the pen is a dot, not a digit; Clear leaves no stale timing', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.one);
  await expect(digits.prediction()).toHaveText('1');
  await expect(page.getByTestId('digit-latency')).toHaveText(/\d+\.\d ms/);
  await page.getByTestId('digit-clear').click();
  await expect(digits.prediction()).toHaveText('');
  await expect(page.getByTestId('digit-latency')).toHaveText('–');
  await digits.draw([[[0.5, 0.4]]]); // press and release without moving
  await expect(digits.hint()).toContainText('only a dot or a speck');
  await expect(digits.prediction()).toHaveText('');
  expect(await digits.probabilities()).toEqual(Array(10).fill(0));
});

test('undo removes the last stroke, clear removes all', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.one);
  await expect(digits.prediction()).toHaveText('1');
  await page.getByTestId('digit-undo').click();
  await expect(digits.prediction()).toHaveText('');
  await expect(digits.hint()).toBeVisible();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
  await digits.canvas().focus();
  await page.keyboard.press('Control+z');
  await expect(digits.prediction()).toHaveText('');
});

test('the drawing survives a reload', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
  await page.reload();
  await digits.waitReady();
  await expect(digits.prediction()).toHaveText('7');
  await page.getByTestId('digit-clear').click();
  await page.reload();
  await digits.waitReady();
  await expect(digits.prediction()).toHaveText('');
});

test('an uploaded scan goes through the same pipeline', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await page.getByTestId('digit-file').setInputFiles(path.join(FILES, 'heldout-3.png'));
  await expect(page.getByTestId('digit-file-message')).toContainText('heldout-3.png');
  await expect(digits.prediction()).toHaveText('3');
});

test('bad files get a specific message and the page keeps working', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  for (const file of ['not-an-image.png', 'corrupt.png']) {
    await page.getByTestId('digit-file').setInputFiles(path.join(FILES, file));
    await expect(page.getByTestId('digit-file-message')).toHaveAttribute('role', 'alert');
    await expect(page.getByTestId('digit-file-message')).toContainText(file);
  }
  for (const file of ['all-white.png', 'all-black.png']) {
    await page.getByTestId('digit-file').setInputFiles(path.join(FILES, file));
    await expect(digits.prediction(), file).toHaveText('');
    // about the image, not "draw a digit"
    await expect(digits.hint(), file).toContainText('Nothing in this image stands out from its background');
  }
  await page.getByTestId('digit-clear').click();
  await digits.draw(STROKES.one);
  await expect(digits.prediction()).toHaveText('1');
});

test('a missing model file shows an error with a retry that recovers', async ({ page, context }) => {
  let fail = true;
  await context.route('**/models/digits-cnn/model.json', (route) => (fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await page.goto('/digits');
  const error = page.getByTestId('digits-error');
  await expect(error).toBeVisible({ timeout: 45_000 });
  await expect(error).toContainText('model');
  fail = false;
  await error.getByRole('button').click();
  const digits = new DigitsPage(page);
  await digits.waitReady();
  await digits.draw(STROKES.one);
  await expect(digits.prediction()).toHaveText('1');
});

test('every backend can be chosen and gives the same answer', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  for (const backend of ['wasm', 'cpu', 'webgl', 'webgpu']) {
    await page.getByTestId('backend-select').selectOption(backend);
    await expect(digits.backend()).toHaveText(backend, { timeout: 45_000 });
    await expect(digits.prediction(), backend).toHaveText('7');
  }
});
