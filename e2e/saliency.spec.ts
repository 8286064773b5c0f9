// Saliency maps and feature maps on /digits, computed in the browser for the live drawing.
import { expect, test } from './fixtures';
import { DigitsPage, STROKES } from './digits-page';

const METHODS = [
  ['gradient', false, 'Gradient (saliency map)'], ['gradient-x-input', true, 'Gradient × input'], ['smoothgrad', false, 'SmoothGrad'],
  ['integrated-gradients', true, 'Integrated Gradients'], ['grad-cam', false, 'Grad-CAM'], ['occlusion', true, 'Occlusion'],
] as const;

test('every saliency method renders an overlay for the drawing, with a legend of the right kind', async ({ page }) => {
  test.setTimeout(180_000);
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
  const status = page.getByTestId('saliency-status');
  for (const [method, signed, name] of METHODS) {
    await page.getByTestId('saliency-method').selectOption(method);
    await expect(status, method).toHaveText(new RegExp(`^${name.replace(/[()]/g, '\\$&')}: \\d+ ms$`), { timeout: 60_000 });
    await expect(page.getByTestId('saliency-overlay')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('saliency-legend')).toHaveAttribute('data-signed', String(signed));
    // The overlay over the drawing really has colour in it.
    const coloured = await page.getByTestId('saliency-overlay').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 40) n++;
      return n;
    });
    expect(coloured, method).toBeGreaterThan(100);
    if (method === 'integrated-gradients') await expect(page.getByTestId('ig-completeness')).toContainText('Completeness gap');
  }
  await page.getByTestId('saliency-method').selectOption('integrated-gradients');
  await expect(status).toHaveAttribute('data-pending', 'false', { timeout: 60_000 });
  await page.screenshot({ path: 'test-results/screens/saliency-ig.png', fullPage: true });
});

test('contrast mode explains "why 7 and not 1" with a signed map', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
  await page.getByTestId('saliency-method').selectOption('gradient-x-input');
  await page.getByTestId('saliency-contrast').selectOption('1');
  await expect(page.getByText('Why this digit and not that one?')).toBeVisible();
  await expect(page.getByTestId('saliency-status')).toHaveAttribute('data-pending', 'false', { timeout: 60_000 });
  await expect(page.getByTestId('saliency-legend')).toHaveAttribute('data-signed', 'true');
  await page.getByTestId('saliency-target').selectOption('3');
  await expect(page.getByTestId('saliency-status')).toHaveAttribute('data-pending', 'false', { timeout: 60_000 });
});

test('the explained digit cannot be contrasted with itself, and no error shows when the target becomes the contrast', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
  const contrast = page.getByTestId('saliency-contrast');
  await expect(contrast.locator('option[value="7"]')).toBeDisabled();
  await expect(contrast.locator('option[value="1"]')).toBeEnabled();
  // "and not 1", then explain 1 itself: the contrast is dropped rather than failing
  await contrast.selectOption('1');
  await page.getByTestId('saliency-target').selectOption('1');
  await expect(page.getByTestId('saliency-status')).toHaveAttribute('data-pending', 'false', { timeout: 60_000 });
  await expect(contrast).toHaveValue('none');
  await expect(page.getByText('contrastTarget must differ')).toHaveCount(0);
  await expect(page.getByText('Why this digit and not that one?')).toHaveCount(0);
});

test('feature maps of both convolution layers and the dense layer are shown, and enlarge on click', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.zero);
  await expect(digits.prediction()).toHaveText('0');
  await expect(page.getByTestId('feature-maps-conv1').locator('canvas')).toHaveCount(32);
  await expect(page.getByTestId('feature-maps-conv2').locator('canvas')).toHaveCount(64);
  await expect(page.getByTestId('dense1-bars').locator('span')).toHaveCount(64);
  await page.getByTestId('feature-maps-conv2').getByRole('button').nth(5).click();
  const enlarged = page.getByTestId('feature-map-enlarged');
  await expect(enlarged).toBeVisible();
  // a visible title names the map, and a colour scale gives its layer's range
  await expect(page.getByRole('dialog', { name: 'Convolution 2, map 6 (11×11)' })).toBeVisible();
  const scale = enlarged.getByTestId('feature-map-scale');
  await expect(scale).toBeVisible();
  expect(Number(await scale.getAttribute('data-max'))).toBeGreaterThan(0);
  await expect(enlarged).toContainText('Strongest activation in this map');
  await enlarged.getByRole('button', { name: 'Close' }).click();
  await expect(enlarged).toHaveCount(0);
});

test('no explanation is drawn for a blank canvas', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await expect(page.getByTestId('saliency-overlay')).toHaveAttribute('data-ready', 'false');
  await expect(page.getByTestId('saliency-status')).toContainText('Draw a digit');
  await expect(page.getByTestId('feature-maps-conv1')).toHaveCount(0);
});
