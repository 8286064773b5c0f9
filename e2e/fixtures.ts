// Shared e2e fixtures: a page that records every request leaving the app's origin, and page
// objects for the shell. Import `test` and `expect` from here, not from @playwright/test.
import { test as base, expect, type Page } from '@playwright/test';

export class Shell {
  constructor(readonly page: Page) {}
  langButton(lang: 'en' | 'zh') {
    return this.page.getByTestId(`lang-${lang}`);
  }
  themeSelect() {
    return this.page.getByTestId('theme-select');
  }
  nav() {
    return this.page.getByRole('navigation', { name: /Main|主导航/ });
  }
}

interface Fixtures {
  shell: Shell;
  /** URLs requested from any origin other than the app's own (checked empty after each test). */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  foreignRequests: async ({ page, baseURL }, provide) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (/^(data|blob):/.test(url)) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
    await provide(foreign);
  },
  shell: async ({ page }, provide) => provide(new Shell(page)),
});

test.afterEach(async ({ foreignRequests }) => {
  expect(foreignRequests, 'requests to other origins').toEqual([]);
});

export { expect };
