// Security and cross-origin isolation headers on every route, and a CSP the pages actually run under.
import { expect, test } from './fixtures';

const ROUTES = ['/', '/article', '/article?view=both', '/digits', '/text', '/chat', '/does-not-exist'];

for (const route of ROUTES) {
  test(`security headers on ${route}`, async ({ request }) => {
    const res = await request.get(route);
    expect(res.status()).toBe(route === '/does-not-exist' ? 404 : 200);
    const h = res.headers();
    const csp = h['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['cross-origin-embedder-policy']).toBe('require-corp');
  });
}

test('a fresh nonce per request', async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get('/')).headers()['content-security-policy'])![1];
  expect(await nonce()).not.toBe(await nonce());
});

test('pages run under the CSP without violations and are cross-origin isolated', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  for (const route of ['/', '/article', '/digits', '/text', '/chat']) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => crossOriginIsolated), route).toBe(true);
  }
  // Hydration happened (a client component responded), so the nonce'd scripts ran.
  await page.getByTestId('lang-zh').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(violations).toEqual([]);
});
