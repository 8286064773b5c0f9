// The app shell: overview, navigation, language and theme switches, keyboard access, phone width.
import { expect, test } from './fixtures';
import { DigitsPage, STROKES } from './digits-page';

test('overview renders the experiences and the compute backends of this browser', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Glassbox' })).toBeVisible();
  await expect(page.getByTestId('experience')).toHaveCount(4);
  const status = page.getByTestId('compute-status');
  await expect(status).toBeVisible();
  // Chromium here runs with --enable-unsafe-webgpu: a WebGPU adapter exists, but it is SwiftShader's
  // CPU emulation, as is WebGL; both are marked and skipped, so wasm comes first.
  await expect(page.getByTestId('backend-webgpu')).toHaveAttribute('data-available', 'true');
  await expect(page.getByTestId('backend-webgpu')).toHaveAttribute('data-software', 'true');
  await expect(page.getByTestId('backend-webgl')).toHaveAttribute('data-software', 'true');
  await expect(status).toHaveAttribute('data-best-backend', 'wasm');
  await expect(page.getByTestId('backend-cpu')).toHaveAttribute('data-available', 'true');
  await expect(page.getByTestId('cross-origin-isolated')).toHaveText('available');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
});

test('header navigation links only to pages that work', async ({ page, shell, request }) => {
  await page.goto('/');
  const links = shell.nav().getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('/article');
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  await shell.nav().getByRole('link', { name: 'Article' }).click();
  await expect(page).toHaveURL(/\/article$/);
  await expect(shell.nav().getByRole('link', { name: 'Article' })).toHaveAttribute('aria-current', 'page');
});

test('language switch changes the UI and is remembered across reloads', async ({ page, shell }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shell.langButton('zh').click();
  await expect(page.getByText('在你自己的设备上，看清深度学习模型的内部。')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(shell.langButton('zh')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('heading', { name: '体验' })).toBeVisible();
  await shell.langButton('en').click();
  await expect(page.getByRole('heading', { name: 'Experiences' })).toBeVisible();
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('defaults to Chinese from Accept-Language', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '本设备的计算能力' })).toBeVisible();
  });
});

test('theme switch applies dark mode and remembers it', async ({ page, shell }) => {
  await page.goto('/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await shell.themeSelect().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
});

test('keyboard: skip link first, every control reachable with visible focus', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null; // wrapped past the last control
      const style = getComputedStyle(el);
      return { key: el.dataset.testid ?? el.textContent?.trim() ?? el.tagName, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (!info) break;
    seen.add(info.key);
    expect(info.outline, `focus ring on ${info.key}`).toBe(true);
  }
  for (const key of ['lang-en', 'lang-zh', 'theme-select', 'Article']) expect(seen).toContain(key);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of ['/', '/article', '/digits', '/text', '/chat']) {
    test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('/digits still fits after a drawing shows its feature maps', async ({ page }) => {
    const digits = new DigitsPage(page);
    await digits.open();
    await digits.draw(STROKES.seven);
    await expect(page.getByTestId('feature-maps-conv2').locator('canvas')).toHaveCount(64, { timeout: 60_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a section opened from the contents is not hidden under the sticky header', async ({ page }) => {
    await page.goto('/article#sec-4.2');
    const heading = page.locator('#h-4\\.2');
    await expect(heading).toBeVisible();
    await page.waitForTimeout(300);
    const headerBottom = await page.locator('header').first().evaluate((h) => h.getBoundingClientRect().bottom);
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
  });
});
