// Accessibility: axe (WCAG 2.1 A/AA rules) on every page, in light and dark themes and in the
// states people reach (a drawing with saliency, an analysed sentence, a chat answer): no serious
// or critical violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ChatPage } from './chat-page';
import { DigitsPage, STROKES } from './digits-page';
import { expect, test } from './fixtures';
import { TextPage } from './text-page';

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of ['/', '/article', '/article?view=zh', '/digits', '/text', '/chat', '/does-not-exist']) {
      test(`${path} has no serious accessibility violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test('pages in use have no serious accessibility violations', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7', { timeout: 30_000 });
  await expect(page.getByTestId('saliency-overlay')).toBeVisible();
  expect(await seriousViolations(page), '/digits with a drawing').toEqual([]);

  const text = new TextPage(page);
  await text.open();
  await text.type('The lecture was slow at first, but in the end it was great.');
  await expect(text.attention()).toBeVisible({ timeout: 60_000 });
  expect(await seriousViolations(page), '/text with an analysis').toEqual([]);

  const chat = new ChatPage(page);
  await chat.open();
  await chat.ask('What is a saliency map?');
  await chat.ask('What is the weather in Paris?');
  expect(await seriousViolations(page), '/chat with answers').toEqual([]);
});
