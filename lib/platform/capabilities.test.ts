import { describe, expect, it } from 'vitest';
import { bestBackend, isSoftwareRenderer, webgpuKind, type Capabilities } from './capabilities';

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

  it('skips a GPU backend that the browser emulates on the CPU', () => {
    const wasm = { available: true, simd: true };
    expect(bestBackend({ ...none, webgpu: { available: true, fallbackAdapter: true }, webgl: { available: true }, wasm })).toBe('webgl');
    expect(bestBackend({ ...none, webgpu: { available: true, fallbackAdapter: true }, webgl: { available: true, software: true }, wasm })).toBe('wasm');
  });
});

describe('isSoftwareRenderer', () => {
  it('knows CPU emulations from GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });
});

describe('webgpuKind', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  const withGpu = async (gpu: unknown) => {
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
    try { return await webgpuKind(); } finally { if (original) Object.defineProperty(globalThis, 'navigator', original); }
  };
  it('tells no adapter, a fallback adapter and a GPU apart', async () => {
    expect(await withGpu(undefined)).toBe('none');
    expect(await withGpu({ requestAdapter: async () => null })).toBe('none');
    expect(await withGpu({ requestAdapter: async () => { throw new Error('lost'); } })).toBe('none');
    expect(await withGpu({ requestAdapter: async () => ({ isFallbackAdapter: true }) })).toBe('software');
    expect(await withGpu({ requestAdapter: async () => ({ info: { isFallbackAdapter: true } }) })).toBe('software');
    expect(await withGpu({ requestAdapter: async () => ({ info: { vendor: 'nvidia' } }) })).toBe('hardware');
  });
});
