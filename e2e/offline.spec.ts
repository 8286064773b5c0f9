// Offline: after one visit the service worker has saved every page, the build assets, the
// built-in models and the wasm binaries; with the network off every page reloads and every
// feature works. (Other specs block service workers so they measure the network path.)
import { ChatPage } from './chat-page';
import { DigitsPage, STROKES } from './digits-page';
import { expect, test } from './fixtures';
import { TextPage } from './text-page';

test.use({ serviceWorkers: 'allow' });
test.setTimeout(240_000);

test('after one visit, every page and feature works with the network off', async ({ page, context }) => {
  await page.goto('/');
  const status = page.getByTestId('offline-status');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
  await expect(status).toContainText('Available offline');
  const version = await status.getAttribute('data-version');
  expect(version).toMatch(/^[0-9a-f]{16}$/);
  expect(await page.evaluate(() => caches.keys())).toContain(`glassbox-${version}`);

  await context.setOffline(true);
  for (const [path, heading] of [['/', 'Glassbox'], ['/article', ''], ['/digits', 'Digits'], ['/text', 'Text lab'], ['/chat', 'Chat']] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    if (heading) await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }

  await page.goto('/article');
  await expect(page.locator('[id="sec-9.7"]')).toBeAttached();

  const digits = new DigitsPage(page);
  await digits.open();
  await digits.draw(STROKES.seven);
  await expect(digits.prediction()).toHaveText('7', { timeout: 30_000 });

  const text = new TextPage(page);
  await text.open();
  await text.type('I really loved this film, it was wonderful.');
  await text.expectLabel('I really loved this film, it was wonderful.', 'positive');

  const chat = new ChatPage(page);
  await chat.open();
  const answer = await chat.ask('How can I prevent overfitting?');
  await expect(answer.getByTestId('chat-source').first()).toHaveAttribute('data-section', '9.7');
  await context.setOffline(false);
});
