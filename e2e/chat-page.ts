// Page object for /chat.
import { expect, type Page } from '@playwright/test';

export class ChatPage {
  constructor(readonly page: Page) {}
  input() { return this.page.getByTestId('chat-input'); }
  send() { return this.page.getByTestId('chat-send'); }
  messages() { return this.page.getByTestId('chat-message'); }
  answers() { return this.page.locator('[data-testid="chat-message"][data-role="assistant"]'); }
  userMessages() { return this.page.locator('[data-testid="chat-message"][data-role="user"]'); }

  async open(path = '/chat') {
    await this.page.goto(path);
    await expect(this.page.getByTestId('chat-ready')).toBeVisible({ timeout: 60_000 });
  }

  /** Types the question, presses Enter and waits for one more answer; returns that answer. */
  async ask(question: string) {
    const before = await this.answers().count();
    await this.input().fill(question);
    await this.input().press('Enter');
    await expect(this.answers()).toHaveCount(before + 1, { timeout: 60_000 });
    return this.answers().nth(before);
  }
}
