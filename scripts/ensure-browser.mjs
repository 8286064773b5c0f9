#!/usr/bin/env node
// Makes sure a Chromium exists for the e2e tests: finds one, or installs Debian's package
// (apt-get, as root), or falls back to `npx playwright install chromium`. Exits non-zero if it cannot.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser-path.mjs';

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.error('[ensure-browser] no Chromium found: installing Debian chromium with apt-get…');
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    } else {
      console.error('[ensure-browser] no Chromium found: running npx playwright install chromium…');
      execSync('npx playwright install chromium', { stdio: 'inherit' });
    }
  } catch (e) {
    console.error(`[ensure-browser] install failed: ${e instanceof Error ? e.message : e}`);
  }
  found = findChromium();
}
if (!found) {
  console.error('[ensure-browser] no Chromium available. Set CHROMIUM_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
console.error(`[ensure-browser] using ${found}`);
