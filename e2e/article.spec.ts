// /article: every section in both languages, anchors, math, the concept diagram, code, editor's notes.
import { expect, test } from './fixtures';

const IDS = ['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3', '5.4',
  '6', '7', '8', '8.1', '8.2', '8.3', '8.4', '9', '9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8'];

test('shows every numbered section in both languages side by side', async ({ page }) => {
  await page.goto('/article?view=both');
  const sections = page.locator('section[data-section]');
  await expect(sections).toHaveCount(IDS.length);
  expect(await sections.evaluateAll((els) => els.map((e) => e.id))).toEqual(IDS.map((id) => `sec-${id}`));
  const s96 = page.locator('#sec-9\\.6');
  await expect(s96.locator('[data-lang="zh"]')).toContainText('使用GPU加速训练过程');
  await expect(s96.locator('[data-lang="en"]')).toContainText('GPU');
  // Side by side on a wide screen: the two columns share a row.
  const zhBox = await s96.locator('[data-lang="zh"]').boundingBox();
  const enBox = await s96.locator('[data-lang="en"]').boundingBox();
  expect(Math.abs(zhBox!.y - enBox!.y)).toBeLessThan(5);
  expect(enBox!.x).toBeGreaterThan(zhBox!.x + zhBox!.width - 1);
  await page.screenshot({ path: 'test-results/screens/article-both.png' });
});

test('one language at a time follows the view switch', async ({ page }) => {
  await page.goto('/article');
  await expect(page.locator('article')).toHaveAttribute('data-view', 'en');
  await expect(page.locator('[data-lang="zh"]')).toHaveCount(0);
  await page.getByTestId('view-zh').click();
  await expect(page.locator('article')).toHaveAttribute('data-view', 'zh');
  await expect(page.locator('#sec-1 [data-lang="zh"]')).toContainText('深度学习，作为人工智能的一个重要分支');
  await expect(page.locator('[data-lang="en"]')).toHaveCount(0);
});

test('anchors resolve: /article#sec-9.6 scrolls to the FAQ entry and the contents link there', async ({ page }) => {
  await page.goto('/article#sec-9.6');
  await expect(page.locator('#sec-9\\.6')).toBeInViewport();
  await page.goto('/article');
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: /^4\.3 / }).click();
  await expect(page).toHaveURL(/#sec-4\.3$/);
  await expect(page.locator('#sec-4\\.3')).toBeInViewport();
});

test('formulas are typeset, the mermaid graph is a diagram, code is highlighted', async ({ page }) => {
  await page.goto('/article?view=both#sec-2');
  const diagram = page.locator('#sec-2 svg.flowchart');
  await expect(diagram).toHaveCount(2);
  await expect(diagram.first().locator('.flow-node')).toHaveCount(8);
  await expect(diagram.first().locator('.flow-edge')).toHaveCount(7);
  await expect(page.locator('#sec-2')).not.toContainText('graph TD');
  await page.locator('#sec-2').screenshot({ path: 'test-results/screens/article-diagram.png' });

  const math = page.locator('#sec-4\\.2 .katex-display');
  expect(await math.count()).toBeGreaterThanOrEqual(14);
  await expect(page.locator('#sec-4\\.2')).not.toContainText('$$');
  await expect(page.locator('#sec-4\\.2 .katex-mathml annotation').first()).toHaveText('z_i = \\sum_{j=1}^{n} w_{ij} x_j + b_i');
  await page.locator('#sec-4\\.2').screenshot({ path: 'test-results/screens/article-math.png' });

  const code = page.locator('#sec-5\\.2 pre code.language-python').first();
  await expect(code).toContainText('tf.keras.Sequential');
  expect(await code.locator('.hljs-keyword').count()).toBeGreaterThan(2);
  await expect(code.locator('.hljs-comment').first()).toHaveText('# 构建神经网络模型');
});

test("editor's notes are marked beside the text they correct", async ({ page }) => {
  await page.goto('/article');
  const note = (id: string) => page.locator(`[data-testid="editor-note"][data-note="${id}"]`);
  await expect(page.getByTestId('editor-note')).toHaveCount(9);
  await expect(page.locator('#sec-7').locator('[data-note="pytorch"]')).toContainText('Facebook AI Research');
  await expect(page.locator('#sec-5\\.2').locator('[data-note="keras-code"]')).toContainText('sparse_categorical_crossentropy');
  await expect(page.locator('#sec-5\\.4').locator('[data-note="eval-steps"]')).toContainText('313');
  await expect(page.locator('#sec-9\\.8').locator('[data-note="batchnorm-dataset-size"]')).toContainText('mini-batch');
  await expect(note('bias-gradient').locator('.katex').first()).toBeVisible();
  await expect(note('cramer-rao')).toHaveAttribute('role', 'note');
});
