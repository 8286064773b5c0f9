import { describe, expect, it } from 'vitest';
import { bestBackend, type Capabilities } from './capabilities';

const none: Capabilities = {
  webgpu: { available: false }, webgl: { available: false }, wasm: { available: false, simd: false }, crossOriginIsolated: false,
};

describe('bestBackend', () => {
  it('falls back webgpu -> webgl -> wasm -> cpu', () => {
    expect(bestBackend({ ...none, webgpu: { available: true }, webgl: { available: true } })).toBe('webgpu');
    expect(bestBackend({ ...none, webgl: { available: true }, wasm: { available: true, simd: true } })).toBe('webgl');
    expect(bestBackend({ ...none, wasm: { available: true, simd: false } })).toBe('wasm');
    expect(bestBackend(none)).toBe('cpu');
  });
});
