import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runForTest } from './run-for-test';

const FILES = path.resolve(__dirname, '../../e2e/files');

const run = runForTest;

describe('cli digit', () => {
  it('classifies scans of held-out digits (the shipped model, never trained on them)', async () => {
    const lines = Array.from({ length: 10 }, (_, d) => path.join(FILES, `heldout-${d}.png`));
    const { code, out } = await run(['digit', '--jsonl'], lines);
    expect(code).toBe(0);
    expect(out).toHaveLength(10);
    const correct = out.filter((r, d) => r.prediction === d).length;
    expect(correct).toBeGreaterThanOrEqual(9);
    for (const r of out) {
      expect(r.probabilities).toHaveLength(10);
      expect(r.probabilities.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 4);
    }
  });

  it('reports "no digit" for blank images instead of guessing', async () => {
    for (const f of ['all-white.png', 'all-black.png']) {
      const { code, out } = await run(['digit', path.join(FILES, f)]);
      expect(code).toBe(0);
      expect(out[0]).toMatchObject({ prediction: null, noDigit: expect.any(String) });
    }
  });

  it('fails with a specific message on corrupt, non-PNG and missing files', async () => {
    expect((await run(['digit', path.join(FILES, 'corrupt.png')])).err).toMatch(/corrupt PNG/);
    expect((await run(['digit', path.join(FILES, 'not-an-image.png')])).err).toMatch(/not a PNG/);
    const missing = await run(['digit', path.join(FILES, 'nope.png')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read .*ENOENT/);
    expect((await run(['digit'])).code).toBe(2);
  });
});
