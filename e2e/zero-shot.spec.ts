// Zero-shot topics with the user's own labels in the text lab: the Hugging Face Hub NLI model
// (served by scripts/mock-hub.mjs, which stands in our small built-in NLI model for it), label and
// template editing with validation, Chinese text, attributions of the premise, and the built-in
// zero-shot model offline.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HUB_PORT } from '../playwright.config';
import { expect, test } from './fixtures';
import { TextPage } from './text-page';

const HUB = `http://localhost:${HUB_PORT}`;
const HUB_MODEL = 'Xenova/mobilebert-uncased-mnli';
const BUILTIN = 'glassbox-nli';
const TOPICS_EN = ['computer vision', 'natural language processing', 'speech', 'training', 'interpretability', 'privacy'];
const TOPICS_ZH = ['计算机视觉', '自然语言处理', '语音', '训练', '可解释性', '隐私'];

const labelsField = (page: Page) => page.getByTestId('zero-shot-labels');
const bars = (page: Page) => page.getByTestId('text-probabilities').locator('li');

async function barLabels(page: Page): Promise<string[]> {
  return bars(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
}

/** Waits until the bars show exactly `labels` (in order) and their probabilities sum to 1. */
async function expectBars(page: Page, labels: string[]) {
  await expect.poll(() => barLabels(page), { timeout: 60_000 }).toEqual(labels);
  const values = await bars(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
}

async function expectAttributions(page: Page, words: RegExp) {
  const chips = page.getByTestId('token-attributions').locator('li');
  await expect(chips.first()).toBeVisible();
  const tokens = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-token') ?? ''));
  const values = await chips.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(tokens.join(' ')).toMatch(words);
  // only the premise (the user's text) is occluded: no hypothesis words, no [CLS]/[SEP]
  expect(tokens.join(' ')).not.toMatch(/\[(CLS|SEP)\]|example/);
  expect(values.some((v) => v !== 0)).toBe(true);
}

test.describe('hub zero-shot model', () => {
  test.use({ allowedOrigins: [HUB] });

  test('downloads with progress, then classifies with editable labels, validation, Chinese text and attributions', async ({ page, context }) => {
    const hubRequests: string[] = [];
    context.on('request', (r) => { if (r.url().startsWith(HUB)) hubRequests.push(r.url()); });
    const text = new TextPage(page);
    await text.open();
    await page.getByTestId('task-topic').click();
    await page.getByTestId('text-model').selectOption(HUB_MODEL);
    await page.getByTestId('hub-download').click(); // nothing is fetched from the hub before this
    await expect(page.getByTestId('hub-notice')).toBeVisible();
    await expect(page.getByLabel('Candidate labels (comma-separated)')).toHaveValue(TOPICS_EN.join(', '));
    await expect(page.getByTestId('zero-shot-template')).toHaveValue('This example is {}.');

    const sentence = 'The convolutional network detects objects in the image.';
    await text.type(sentence);
    await expect(page.getByTestId('text-model-progress')).toBeVisible({ timeout: 30_000 });
    await expect(text.label()).toHaveAttribute('data-for', sentence, { timeout: 60_000 });
    expect(hubRequests.some((u) => u.includes(HUB_MODEL) && u.endsWith('/onnx/model_quantized.onnx'))).toBe(true);
    await expectBars(page, TOPICS_EN);
    await expect(text.label()).toHaveAttribute('data-label', 'computer vision');
    await expectAttributions(page, /convolutional|network|image/);

    // add a label and remove one: the bars follow exactly
    const edited = ['computer vision', 'speech', 'privacy', 'cooking'];
    await labelsField(page).fill(edited.join(', '));
    await expectBars(page, edited);
    await labelsField(page).fill('speech， cooking、 privacy'); // Chinese commas work too
    await expectBars(page, ['speech', 'cooking', 'privacy']);

    // invalid labels: a clear message, no result shown for them, no crash
    for (const [value, code, message] of [
      ['speech', 'too-few', /at least 2 labels/],
      ['', 'empty', /at least two labels/],
      ['speech,, privacy', 'blank', /Label 2 is empty/],
      ['speech, privacy, Speech', 'duplicate', /“Speech” appears more than once/],
      [Array.from({ length: 11 }, (_, i) => `topic ${i}`).join(','), 'too-many', /At most 10 labels \(11 given\)/],
      [`speech, ${'x'.repeat(41)}`, 'too-long', /longer than 40 characters/],
    ] as const) {
      await labelsField(page).fill(value);
      const error = page.getByTestId('zero-shot-labels-error');
      await expect(error).toHaveAttribute('data-code', code);
      await expect(error).toHaveText(message);
      await expect(labelsField(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(text.label()).toHaveCount(0);
    }
    await page.getByTestId('zero-shot-template').fill('This example is about something.');
    await expect(page.getByTestId('zero-shot-template-error')).toContainText('{}');
    await page.getByTestId('zero-shot-template').fill('This text is about {}.');
    await labelsField(page).fill('speech, privacy, training');
    await expectBars(page, ['speech', 'privacy', 'training']);
    await expect(page.getByTestId('zero-shot-labels-error')).toHaveCount(0);
    await expect(page.getByTestId('text-error')).toHaveCount(0);

    // a Chinese sentence (the labels stay English)
    const zh = '语音识别把声音信号转换成文字。';
    await text.type(zh);
    await text.expectLabel(zh, 'speech');
    await expectBars(page, ['speech', 'privacy', 'training']);
    await expectAttributions(page, /语 音/);
    // explain another label: the attributions and the shown pair follow it
    await page.getByTestId('attribution-target').selectOption({ label: 'privacy' });
    await expect(page.getByTestId('zero-shot-pair')).toContainText('This text is about privacy.', { timeout: 30_000 });
    await expect(page.getByTestId('attention-view')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/zero-shot-hub.png', fullPage: true });

    // back to the defaults with the keyboard
    await page.getByTestId('zero-shot-reset').focus();
    await page.keyboard.press('Enter');
    await expect(labelsField(page)).toHaveValue(TOPICS_EN.join(', '));
    await expectBars(page, TOPICS_EN);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('cancel stops a slow download; the model then downloads, answers, and comes from the cache after a reload', async ({ page, context }) => {
    const onnx: string[] = [];
    context.on('request', (r) => { if (r.url().startsWith(HUB) && r.url().endsWith('.onnx')) onnx.push(r.url()); });
    const slow = async (route: import('@playwright/test').Route) => {
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      await route.continue().catch(() => {}); // the worker may be gone by then
    };
    await context.route(`${HUB}/**/*.onnx`, slow);
    const text = new TextPage(page);
    await text.open();
    await page.getByTestId('task-topic').click();
    await page.getByTestId('text-model').selectOption(HUB_MODEL);
    await page.getByTestId('hub-download').click(); // nothing is fetched from the hub before this
    await text.type('Speech recognition in a noisy room.');
    await expect(page.getByTestId('text-model-progress')).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('text-cancel').click();
    await expect(page.getByTestId('text-model-progress')).toHaveCount(0);
    await expect(page.getByTestId('text-error')).toHaveCount(0);
    await expect(text.label()).toHaveCount(0);

    await context.unroute(`${HUB}/**/*.onnx`, slow);
    await text.type('Speech recognition in a quiet room.');
    await text.expectLabel('Speech recognition in a quiet room.', 'speech');
    onnx.length = 0;
    await page.reload();
    await page.getByTestId('task-topic').click();
    await page.getByTestId('text-model').selectOption(HUB_MODEL);
    await expect(page.getByTestId('hub-consent')).toHaveCount(0); // agreed before: not asked again
    await text.type('Differential privacy protects personal data.');
    await text.expectLabel('Differential privacy protects personal data.', 'privacy');
    expect(onnx).toEqual([]);
  });

  test('a missing hub model file gives a clear error, and the built-in topic model keeps working', async ({ page, context }) => {
    await context.route(`${HUB}/**/*.onnx`, (route) => route.fulfill({ status: 404, body: 'Entry not found' }));
    const text = new TextPage(page);
    await text.open();
    await page.getByTestId('task-topic').click();
    await page.getByTestId('text-model').selectOption(HUB_MODEL);
    await page.getByTestId('hub-download').click(); // nothing is fetched from the hub before this
    await text.type('Privacy of user data.');
    await expect(page.getByTestId('text-error')).toContainText(HUB_MODEL, { timeout: 60_000 });
    await page.getByTestId('text-model').selectOption('glassbox-topic');
    await text.type('语音识别把声音信号转换成文字。');
    await text.expectLabel('语音识别把声音信号转换成文字。', 'speech');
  });
});

test.describe('built-in zero-shot model (offline, no hub)', () => {
  test('works in Chinese with Chinese default labels, with attention over the text/hypothesis pair', async ({ page, shell }) => {
    const text = new TextPage(page);
    await text.open();
    await shell.langButton('zh').click();
    await page.getByTestId('task-topic').click();
    await page.getByTestId('text-model').selectOption(BUILTIN);
    await expect(page.getByTestId('hub-notice')).toHaveCount(0);
    await expect(page.getByTestId('text-model-quality')).toBeVisible();
    await expect(page.getByTestId('text-model-note')).toHaveCount(0); // no n-gram branch in the NLI model
    await expect(labelsField(page)).toHaveValue(TOPICS_ZH.join('，'));
    const zh = '训练时学习率太大，损失一直不下降。';
    await text.type(zh);
    await text.expectLabel(zh, '训练');
    await expectBars(page, TOPICS_ZH);
    await expect(page.getByTestId('zero-shot-pair')).toContainText('这段话是关于训练的。');
    expect(await page.getByTestId('attention-view').locator('svg rect').count()).toBeGreaterThan(10);
    await expectAttributions(page, /学 习 率/);
    await labelsField(page).fill('训练，隐私，烹饪');
    await expectBars(page, ['训练', '隐私', '烹饪']);
    await page.screenshot({ path: 'test-results/screens/zero-shot-builtin-zh.png', fullPage: true });
  });
});

test('the default candidate labels follow a language switch until the user edits them', async ({ page, shell }) => {
  const text = new TextPage(page);
  await text.open();
  await page.getByTestId('task-topic').click();
  await page.getByTestId('text-model').selectOption(BUILTIN);
  await expect(labelsField(page)).toHaveValue(TOPICS_EN.join(', '));
  await shell.langButton('zh').click();
  await expect(labelsField(page)).toHaveValue(TOPICS_ZH.join('，'));
  await labelsField(page).fill('语音，隐私');
  await shell.langButton('en').click();
  await expect(page.getByTestId('task-topic')).toHaveText(/topic/i);
  await expect(labelsField(page)).toHaveValue('语音，隐私'); // an edit is kept
});
