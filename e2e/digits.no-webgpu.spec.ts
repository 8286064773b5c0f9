// Without a WebGPU adapter the digits page falls back and says why: WebGPU asked for by name falls
// back to WebGL; the automatic choice, which skips this browser's CPU-emulated WebGL, says why too.
import { expect, test } from './fixtures';
import { DigitsPage, STROKES } from './digits-page';

test('falls back to WebGL when WebGPU has no adapter, and still classifies', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await expect(digits.backend()).toHaveText('wasm');
  await expect(page.getByTestId('backend-fallback')).toContainText('no WebGPU adapter');
  await page.getByTestId('backend-select').selectOption('webgpu');
  await expect(digits.backend()).toHaveText('webgl', { timeout: 45_000 });
  await expect(page.getByTestId('backend-fallback')).toContainText('webgpu');
  await digits.draw(STROKES.one);
  await expect(digits.prediction()).toHaveText('1');
});
