// Playwright e2e: the production build (`next build` + `next start` via scripts/start.mjs) in
// Debian's Chromium, launched with the flags checked on this machine (../shared/NOTES.md).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser-path.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The local stand-in for the Hugging Face Hub (scripts/mock-hub.mjs); the app is pointed at it. */
export const HUB_PORT = Number(process.env.E2E_HUB_PORT ?? 3199);

export default defineConfig({
  testDir: 'e2e',
  // Per test. The hub tests download a model, run it on wasm and edit labels several times: 47–59 s on
  // the 2-core CI machine, where one ran past a 60 s limit. Hangs are still caught by the expect timeout.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'en-US',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // The service worker would precache ~35 MB in every test's fresh context; only
    // e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /\.no-webgpu\.spec\.ts$/ },
    {
      // The same browser without --enable-unsafe-webgpu: no WebGPU adapter, so the fallbacks run.
      name: 'no-webgpu',
      testMatch: /\.no-webgpu\.spec\.ts$/,
      use: { launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-webgpu') } },
    },
  ],
  webServer: [
    {
      command: `node scripts/start.mjs --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      env: { GLASSBOX_HUB_HOST: `http://localhost:${HUB_PORT}/` },
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node scripts/mock-hub.mjs --port ${HUB_PORT}`,
      url: `http://localhost:${HUB_PORT}/health`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
