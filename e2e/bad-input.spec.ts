// Bad input: invisible, control, emoji, right-to-left and mixed-script text in the text lab and
// the chat; a 100,000-character paste; a huge image. Each gets a clear message or a normal
// result, never a crash, and the page stays responsive.
import { ChatPage } from './chat-page';
import { DigitsPage } from './digits-page';
import { expect, test } from './fixtures';
import { TextPage } from './text-page';

test('the text lab handles invisible, control, emoji, RTL and mixed-script text', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const text = new TextPage(page);
  await text.open();
  await text.input().fill('\u200b\u200d\u2060\ufeff');
  await expect(page.getByTestId('text-empty')).toBeVisible();
  for (const sample of ['tab\there\u0007 bell and \u0000 null, great day', '😀😀😀🎉', 'هذا الفيلم رائع جدا', 'שלום, זה היה נהדר', 'The 模型 was très bien, 非常好！']) {
    await text.input().fill(sample);
    await expect(text.label(), sample).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('text-error')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('the chat handles invisible, emoji, RTL and mixed-script questions', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const chat = new ChatPage(page);
  await chat.open();
  await chat.input().fill('\u200b\u200b\u2060');
  await chat.input().press('Enter');
  await expect(page.getByTestId('chat-notice')).toHaveText('Type a question first.');
  await expect(chat.messages()).toHaveCount(0);
  const emoji = await chat.ask('🤖🤖🤖?');
  await expect(emoji).toHaveAttribute('data-refused', 'true');
  const rtl = await chat.ask('ما هو التعلم العميق؟');
  await expect(rtl.getByTestId('chat-answer')).not.toBeEmpty();
  const mixed = await chat.ask('What does 过拟合 mean?');
  await expect(mixed).toHaveAttribute('data-refused', 'false');
  await expect(mixed.getByTestId('chat-source').first()).toHaveAttribute('data-section', '9.7');
  expect(errors).toEqual([]);
});

test('a 100,000-character paste into the chat is cut with a notice and the page stays responsive', async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.open();
  await chat.input().fill(`What is dropout? ${'lorem ipsum '.repeat(8500)}`);
  await expect(page.getByTestId('chat-notice')).toContainText('Only the first 1000 characters');
  await chat.input().press('Enter');
  await expect(chat.answers()).toHaveCount(1, { timeout: 60_000 });
  await expect(chat.userMessages().first().getByTestId('chat-user-text')).toHaveText(/^What is dropout\?/);
  const t0 = Date.now();
  await chat.input().fill('still typing');
  await expect(chat.input()).toHaveValue('still typing');
  expect(Date.now() - t0).toBeLessThan(5000);
});

test('a huge image is scaled down and classified without crashing the tab', async ({ page }) => {
  const digits = new DigitsPage(page);
  await digits.open();
  // An 8000 × 8000 PNG: a thick dark vertical stroke (a "1") on white, made in the browser.
  const png = await page.evaluate(async () => {
    const c = new OffscreenCanvas(8000, 8000);
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 8000, 8000);
    g.fillStyle = '#000';
    g.fillRect(3600, 1200, 800, 5600);
    const blob = await c.convertToBlob({ type: 'image/png' });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  await page.getByTestId('digit-file').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await expect(page.getByTestId('digit-file-message')).toContainText('huge.png', { timeout: 30_000 });
  await expect(digits.prediction()).toHaveText('1', { timeout: 30_000 });
});
