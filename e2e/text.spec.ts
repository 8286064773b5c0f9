// /text with the built-in models: type English and Chinese, read the label, and use every view.
import heldOut from '../models/text/eval.json';
import natural from '../models/text/natural-eval-sentiment.json';
import { expect, test } from './fixtures';
import { TextPage } from './text-page';

test('the page says how good each built-in model is, including the harder natural test set for sentiment, and how the classifiers decide', async ({ page }) => {
  const text = new TextPage(page);
  await text.open();
  const quality = page.getByTestId('text-model-quality');
  await expect(quality).toContainText(`${heldOut.sentiment.all.accuracy.toFixed(0)}%`);
  await expect(quality).toContainText(`${natural.naturalTest.n.toLocaleString('en-US')} harder sentences`);
  await expect(quality).toContainText(`right only ${natural.naturalTest.all.toFixed(0)}%`);
  // half of its probability comes from the n-gram branch, which has no attention (models/text/ngram-branch.ts)
  await expect(page.getByTestId('text-model-note')).toContainText('half from a word-pair branch');
  await page.getByTestId('task-topic').click();
  await expect(quality).toContainText(`${heldOut.topic.all.accuracy.toFixed(0)}%`);
  await expect(quality).not.toContainText('harder sentences');
  await expect(page.getByTestId('text-model-note')).toContainText('half from a word-pair branch');
});

test('sentiment in English and Chinese, typed with the keyboard', async ({ page }) => {
  const text = new TextPage(page);
  await text.open();
  await expect(page.getByTestId('text-empty')).toBeVisible();
  for (const [sentence, label] of [
    ['I really loved this film, it was wonderful.', 'positive'],
    ['This was a terrible waste of time.', 'negative'],
    ['这部电影太无聊了，浪费时间。', 'negative'],
    ['这家餐厅的菜非常好吃，服务也很热情。', 'positive'],
  ] as const) {
    await text.type(sentence);
    await text.expectLabel(sentence, label);
    await expect(page.getByTestId('text-device')).toHaveText(/^(webgpu|wasm)$/);
    await expect(page.getByTestId('text-subjectivity')).toHaveAttribute('data-neutral', 'false');
  }
});

test('built-in models run on wasm by default; WebGPU can be chosen and gives the same label', async ({ page }) => {
  const text = new TextPage(page);
  await text.open();
  const sentence = 'The service was slow, but the food was excellent.';
  await text.type(sentence);
  await text.expectLabel(sentence, 'positive');
  await expect(page.getByTestId('text-device')).toHaveText('wasm');
  const values = () => page.getByTestId('text-probabilities').locator('[data-value]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  const onWasm = await values();
  await page.getByTestId('text-device-select').selectOption('webgpu');
  await expect(page.getByTestId('text-device')).toHaveText('webgpu', { timeout: 60_000 }); // this browser has an adapter
  await expect(page.getByTestId('text-label')).toHaveAttribute('data-label', 'positive');
  const onWebGpu = await values();
  expect(onWebGpu).toHaveLength(onWasm.length);
  onWebGpu.forEach((v, i) => expect(v).toBeCloseTo(onWasm[i], 2));
  await page.getByTestId('text-device-select').selectOption('auto');
  await expect(page.getByTestId('text-device')).toHaveText('wasm');
});

test('a question states no opinion: the subjectivity check says the sentiment label means little', async ({ page }) => {
  const text = new TextPage(page);
  await text.open();
  for (const question of ['What is backpropagation?', '反向传播是怎么工作的？']) {
    await text.type(question);
    await expect(page.getByTestId('text-label')).toHaveAttribute('data-for', question, { timeout: 60_000 });
    await expect(page.getByTestId('text-subjectivity')).toHaveAttribute('data-neutral', 'true');
  }
  await expect(page.getByTestId('text-subjectivity')).toContainText('finds no opinion');
  await page.getByTestId('task-topic').click();
  await expect(page.getByTestId('text-label')).toHaveAttribute('data-for', '反向传播是怎么工作的？', { timeout: 60_000 });
  await expect(page.getByTestId('text-subjectivity')).toHaveCount(0); // sentiment only
});

test('topic classification in both languages', async ({ page }) => {
  const text = new TextPage(page);
  await text.open();
  await page.getByTestId('task-topic').click();
  for (const [sentence, label] of [
    ['The convolutional network detects objects in the image.', 'computer_vision'],
    ['语音识别把声音信号转换成文字。', 'speech'],
  ] as const) {
    await text.type(sentence);
    await text.expectLabel(sentence, label);
    await expect(page.getByTestId('text-domain')).toHaveCount(0); // about deep learning: no note
  }
  await expect(page.getByTestId('text-probabilities').locator('[data-value]')).toHaveCount(6);
  // text about something else still gets one of the six areas, with a note that it means little
  for (const sentence of ['I had pizza for lunch with my sister.', '周末我们去海边放风筝了。']) {
    await text.type(sentence);
    await expect(text.label()).toHaveAttribute('data-for', sentence, { timeout: 60_000 });
    await expect(page.getByTestId('text-domain')).toContainText(/not seem to be about deep learning|似乎与深度学习或人工智能无关/);
  }
});

test('the attention view renders for every layer and head, in every view; rollout and attributions render', async ({ page }) => {
  const text = new TextPage(page);
  await text.open();
  await text.type('slow at first, but great in the end');
  // The analysis of the whole sentence, not of a prefix typed on the way.
  await expect(text.label()).toHaveAttribute('data-for', 'slow at first, but great in the end', { timeout: 60_000 });
  const view = text.attention();
  // the matrix names its tokens along both axes and has a colour scale
  await expect(view.getByTestId('attention-matrix')).toHaveAttribute('data-axes', 'true');
  const rowLabels = view.getByTestId('attention-row-label');
  expect(await rowLabels.count()).toBeGreaterThan(5);
  await expect(view.getByTestId('attention-column-label')).toHaveCount(await rowLabels.count());
  await expect(rowLabels.first()).toHaveText('[CLS]');
  const legendMax = Number(await view.getByTestId('attention-legend').getAttribute('data-max'));
  expect(legendMax).toBeGreaterThan(0);
  expect(legendMax).toBeLessThanOrEqual(1);
  // dark mode: the matrix is not a white box
  await page.emulateMedia({ colorScheme: 'dark' });
  const fill = () => view.getByTestId('attention-matrix-background').evaluate((e) => getComputedStyle(e).fill);
  await expect.poll(fill).not.toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(fill).toBe('rgb(255, 255, 255)');
  const layers = await page.getByTestId('attention-layer').locator('option').count();
  const heads = (await page.getByTestId('attention-head').locator('option').count()) - 1;
  expect(layers).toBeGreaterThanOrEqual(1);
  expect(heads).toBeGreaterThanOrEqual(1);
  for (let l = 0; l < layers; l++) {
    await page.getByTestId('attention-layer').selectOption({ value: String(l) });
    for (const h of ['avg', ...Array.from({ length: heads }, (_, i) => String(i))]) {
      await page.getByTestId('attention-head').selectOption({ value: h });
      await expect(view).toHaveAttribute('data-layer', String(l));
      await expect(view).toHaveAttribute('data-head', h);
      expect(await view.locator('svg rect').count(), `layer ${l} head ${h}`).toBeGreaterThan(10);
    }
  }
  await page.getByTestId('attention-view-lines').click();
  await page.getByTestId('attention-token').nth(3).hover();
  expect(await view.locator('svg line').count()).toBeGreaterThan(0);
  await page.getByTestId('attention-view-grid').click();
  await expect(page.getByTestId('attention-grid').locator('svg')).toHaveCount(heads);
  await page.getByTestId('attention-view-matrix').click();
  const before = await view.locator('svg rect').count();
  await page.getByTestId('attention-hide-special').check();
  expect(await view.locator('svg rect').count()).toBeLessThan(before);
  await page.getByTestId('attention-threshold').fill('0.3');
  expect(await view.locator('svg rect').count()).toBeLessThan(before);

  const rollout = page.getByTestId('attention-rollout').locator('li');
  expect(await rollout.count()).toBeGreaterThan(5);
  const sum = (await rollout.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))).reduce((a, b) => a + b, 0);
  expect(sum).toBeCloseTo(1, 2);
  const attributions = page.getByTestId('token-attributions').locator('li');
  expect(await attributions.count()).toBeGreaterThan(5);
  const values = await attributions.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(values.some((v) => v !== 0)).toBe(true);
  // each strip has a colour scale with the value at which its colours saturate
  await expect(page.getByTestId('token-attributions-legend')).toHaveAttribute('data-signed', 'true');
  expect(Number(await page.getByTestId('token-attributions-legend').getAttribute('data-max'))).toBeGreaterThan(0);
  await expect(page.getByTestId('attention-rollout-legend')).toHaveAttribute('data-signed', 'false');
  await page.screenshot({ path: 'test-results/screens/text-lab.png', fullPage: true });
});

test('empty, whitespace and huge text are handled with a visible notice', async ({ page }) => {
  // 128-token occlusion runs on software WebGPU here: slow on a loaded 2-core machine.
  test.setTimeout(120_000);
  const text = new TextPage(page);
  await text.open();
  await text.input().fill('   \n\t  ');
  await expect(page.getByTestId('text-empty')).toBeVisible();
  await expect(text.label()).toHaveCount(0);
  await text.input().fill('great '.repeat(20_000));
  await expect(page.getByTestId('text-too-long')).toBeVisible();
  await expect(text.label()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('text-truncated')).toBeVisible();
  await text.input().fill('<img src=x onerror="window.__pwned=1"> <b>bold</b> 😀 שלום');
  await expect(text.label()).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
});
