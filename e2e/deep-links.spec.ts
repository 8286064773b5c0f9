// Deep links into the labs (used by the glossary's "see it live" and by the chat's chips):
// /digits?method=…, /text?task=…&text=…, and the section anchors of both labs.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DigitsPage, STROKES } from './digits-page';
import { TextPage } from './text-page';

const textUrl = (params: Record<string, string>, hash = '') => `/text?${new URLSearchParams(params)}${hash}`;

/** Uncaught errors in the page, checked empty by the tests that care. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('/digits?method=grad-cam preselects Grad-CAM and explains the drawing with it', async ({ page }) => {
  const errors = pageErrors(page);
  const digits = new DigitsPage(page);
  await page.goto('/digits?method=grad-cam');
  await expect(page.getByTestId('saliency-method')).toHaveValue('grad-cam');
  await digits.waitReady();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7');
  await expect(page.getByTestId('saliency-status')).toHaveText(/^Grad-CAM: \d+ ms$/, { timeout: 60_000 });
  // The user can still change it.
  await page.getByTestId('saliency-method').selectOption('occlusion');
  await expect(page.getByTestId('saliency-method')).toHaveValue('occlusion');
  expect(errors).toEqual([]);
});

test('/digits#saliency and #features are anchors of the saliency and feature-map sections', async ({ page }) => {
  const digits = new DigitsPage(page);
  await page.goto('/digits?method=occlusion#saliency');
  await expect(page.getByTestId('saliency-method')).toHaveValue('occlusion');
  const saliency = page.locator('#saliency');
  await expect(saliency.locator('#saliency-title')).toBeVisible();
  await expect(saliency.getByTestId('saliency-method')).toBeVisible();
  await expect(saliency).toBeInViewport();
  await digits.waitReady();
  // The page opened scrolled to #saliency; the pad is above it.
  await digits.canvas().scrollIntoViewIfNeeded();
  await digits.draw(STROKES.zero);
  await expect(digits.prediction()).toHaveText('0');
  await expect(page.locator('#features').getByTestId('feature-maps-conv1').locator('canvas')).toHaveCount(32);
  await expect(page.locator('#features #features-title')).toBeVisible();
});

test('/text?task=topic&text=… preselects the topic task, fills the box and analyses it', async ({ page }) => {
  const errors = pageErrors(page);
  const text = new TextPage(page);
  const sentence = 'The convolutional network detects objects in the image.';
  await page.goto(textUrl({ task: 'topic', text: sentence }));
  await expect(page.getByTestId('task-topic')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('task-sentiment')).toHaveAttribute('aria-pressed', 'false');
  await expect(text.input()).toHaveValue(sentence);
  await expect(text.label()).toBeVisible({ timeout: 60_000 });
  await text.expectLabel(sentence, 'computer_vision');
  await expect(page.getByTestId('text-probabilities').locator('[data-value]')).toHaveCount(6);
  expect(errors).toEqual([]);
});

test('/text?task=sentiment&text=<Chinese> fills the box, and #attributions scrolls to the attributions', async ({ page }) => {
  const text = new TextPage(page);
  const sentence = '这家餐厅的菜非常好吃，服务也很热情。';
  await page.goto(textUrl({ task: 'sentiment', text: sentence }, '#attributions'));
  await expect(page.getByTestId('task-sentiment')).toHaveAttribute('aria-pressed', 'true');
  await expect(text.input()).toHaveValue(sentence);
  await text.expectLabel(sentence, 'positive');
  for (const id of ['attention', 'rollout', 'attributions']) await expect(page.locator(`#${id}`)).toHaveCount(1);
  await expect(page.locator('#attention').getByTestId('attention-view')).toBeVisible();
  await expect(page.locator('#rollout').getByTestId('attention-rollout')).toBeVisible();
  await expect(page.locator('#attributions').getByTestId('token-attributions')).toBeInViewport();
});

test('text longer than the limit is cut to MAX_TEXT_CHARS (2000)', async ({ page }) => {
  const text = new TextPage(page);
  await page.goto(textUrl({ text: 'great '.repeat(1000) }));
  await expect(text.input()).toHaveValue('great '.repeat(1000).slice(0, 2000));
  await expect(page.getByTestId('text-too-long')).toHaveCount(0);
});

test('unknown method and task values fall back to the defaults without errors', async ({ page }) => {
  const errors = pageErrors(page);
  const digits = new DigitsPage(page);
  await page.goto('/digits?method=deep-dream');
  await expect(page.getByTestId('saliency-method')).toHaveValue('gradient');
  await digits.waitReady();
  await expect(page.getByTestId('digits-error')).toHaveCount(0);

  const text = new TextPage(page);
  await page.goto(textUrl({ task: 'translation', text: '' }));
  await expect(page.getByTestId('task-sentiment')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('task-topic')).toHaveAttribute('aria-pressed', 'false');
  await expect(text.input()).toHaveValue('');
  await expect(page.getByTestId('text-empty')).toBeVisible();

  // An unknown task with a sentence still fills the box, with the default (sentiment) task.
  const sentence = 'I really loved this film, it was wonderful.';
  await page.goto(textUrl({ task: 'TOPIC', text: sentence }));
  await expect(page.getByTestId('task-sentiment')).toHaveAttribute('aria-pressed', 'true');
  await text.expectLabel(sentence, 'positive');
  await expect(page.getByTestId('text-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});
