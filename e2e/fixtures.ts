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
  /** Origins besides the app's own that a test may contact (e.g. the mock hub). Default: none. */
  allowedOrigins: string[];
  /** URLs requested from any other origin (checked empty after each test). */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  allowedOrigins: [[], { option: true }],
  foreignRequests: async ({ context, baseURL, allowedOrigins }, provide) => {
    const allowed = new Set([new URL(baseURL!).origin, ...allowedOrigins.map((o) => new URL(o).origin)]);
    const foreign: string[] = [];
    // Context-wide, so requests made by Web Workers count too.
    context.on('request', (req) => {
      const url = req.url();
      if (/^(data|blob):/.test(url)) return;
      if (!allowed.has(new URL(url).origin)) foreign.push(url);
    });
    await provide(foreign);
  },
  shell: async ({ page }, provide) => provide(new Shell(page)),
});

test.afterEach(async ({ foreignRequests }) => {
  expect(foreignRequests, 'requests to other origins').toEqual([]);
});

export { expect };
