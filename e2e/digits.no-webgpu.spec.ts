// Without a WebGPU adapter the digits page falls back (WebGL here) and says why.
import { expect, test } from './fixtures';
import { DigitsPage, STROKES } from './digits-page';

test('falls back to WebGL when WebGPU has no adapter, and still classifies', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await expect(digits.backend()).toHaveText('webgl');
  await expect(page.getByTestId('backend-fallback')).toContainText('webgpu');
  await digits.draw(STROKES.one);
  await expect(digits.prediction()).toHaveText('1');
});
