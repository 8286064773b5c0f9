// The page-side modules (method descriptions, feature-map views) describe the same methods as the
// runnable registry, and never import TensorFlow.js: the /digits page bundles them, and the model
// itself runs in the worker.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS as RUNNABLE, methodInfo as runnableInfo } from './index';
import { channel, channels, maxOf } from './feature-map-stack';
import { CONTRAST_EXPLANATION, METHOD_IDS, METHODS, methodInfo } from './methods-info';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Modules reachable from `file` through imports that stay in the bundle (not `import type`). */
function valueImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.startsWith(ROOT)) return seen; // a package: recorded, not followed
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue; // `import type ... from` / `export type ... from`: erased
    const spec = m[3];
    if (!spec.startsWith('.') && !spec.startsWith('@/')) { seen.add(spec); continue; }
    const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(file), spec);
    const resolved = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find((p) => existsSync(p) && !p.endsWith('/'));
    if (!resolved) throw new Error(`cannot resolve ${spec} from ${file}`);
    valueImports(resolved, seen);
  }
  return seen;
}

describe('page-side modules', () => {
  it('describe the six methods of the registry, in the same order', () => {
    expect(METHODS.map((m) => m.id)).toEqual([...METHOD_IDS]);
    for (const m of METHODS) {
      const { run, ...description } = runnableInfo(m.id);
      expect(typeof run).toBe('function');
      expect(description).toEqual(m);
      expect(methodInfo(m.id)).toBe(m);
    }
    expect(RUNNABLE.map((m) => m.id)).toEqual([...METHOD_IDS]);
    expect(CONTRAST_EXPLANATION.en).toMatch(/Why this digit/);
    expect(() => methodInfo('lime' as never)).toThrow(/unknown/);
    expect(() => methodInfo('toString' as never)).toThrow(/unknown/);
  });

  it('import no TensorFlow.js, directly or through other modules', () => {
    for (const file of ['lib/explain/image/methods-info.ts', 'lib/explain/image/feature-map-stack.ts', 'lib/viz/heatmap-pixels.ts', 'lib/viz/frame-map.ts']) {
      const reached = [...valueImports(path.join(ROOT, file))];
      expect(reached.filter((m) => m.includes('@tensorflow')), file).toEqual([]);
    }
    // The check itself sees TensorFlow.js where it is imported.
    expect([...valueImports(path.join(ROOT, 'lib/explain/image/feature-maps.ts'))]).toContain('@tensorflow/tfjs');
  });
});

describe('feature-map views', () => {
  const stack = { layer: 'conv', width: 2, height: 1, channels: 3, data: Float32Array.of(1, 2, 3, 4, 5, 6) };
  it('are channel-major views without copies', () => {
    expect(Array.from(channel(stack, 1))).toEqual([3, 4]);
    expect(channel(stack, 2).buffer).toBe(stack.data.buffer);
    expect(channels(stack).map((c) => Array.from(c))).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(() => channel(stack, 3)).toThrow(RangeError);
    expect(() => channel(stack, 0.5)).toThrow(RangeError);
  });
  it('maxOf handles long arrays (no argument spread) and empty ones', () => {
    const long = new Float32Array(500_000);
    long[321_000] = 9;
    expect(maxOf(long)).toBe(9);
    expect(maxOf([], 1e-6)).toBe(1e-6);
    expect(maxOf([-3, -1], 0)).toBe(0);
  });
});
