// Page object for /text (the text lab).
import { expect, type Page } from '@playwright/test';

export class TextPage {
  constructor(readonly page: Page) {}
  input() { return this.page.getByTestId('text-input'); }
  label() { return this.page.getByTestId('text-label'); }
  attention() { return this.page.getByTestId('attention-view'); }

  async open() {
    await this.page.goto('/text');
  }

  /** Types like a person (key by key) and waits for the label of exactly this text. */
  async type(text: string) {
    await this.input().fill('');
    await this.input().pressSequentially(text, { delay: 5 });
  }

  /** Waits until the label shown is the one computed for `text`, then checks it. */
  async expectLabel(text: string, label: string, timeout = 60_000) {
    await expect(this.label()).toHaveAttribute('data-for', text, { timeout });
    await expect(this.label(), text).toHaveAttribute('data-label', label);
  }
}
