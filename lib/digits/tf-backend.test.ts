// Backend choice when WebGPU exists but fails to initialise (the adapter request throws, or the
// backend computes garbage): the next backend is used and the reason is recorded for the page. The
// automatic choice skips a CPU-emulated (fallback) adapter; one asked for by name is tried.
import { afterEach, describe, expect, it } from 'vitest';
import { chooseBackend } from './tf-backend';

const nav = globalThis as unknown as { navigator?: { gpu?: unknown } };
const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');

function setGpu(gpu: unknown) {
  Object.defineProperty(globalThis, 'navigator', { value: { ...(nav.navigator ?? {}), gpu }, configurable: true, writable: true });
}

afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'navigator', original);
});

describe('chooseBackend', () => {
  it('falls back with the reason when requesting a WebGPU adapter throws', async () => {
    setGpu({ requestAdapter: () => Promise.reject(new Error('GPU process crashed')) });
    const choice = await chooseBackend('webgpu');
    expect(choice.backend).not.toBe('webgpu');
    expect(choice.failed[0]).toEqual({ backend: 'webgpu', error: 'GPU process crashed' });
    // WebGL does not exist in Node either: its failure is recorded too, and a working backend is chosen.
    expect(choice.failed.map((f) => f.backend)).toContain('webgl');
    expect(['wasm', 'cpu']).toContain(choice.backend);
  });

  it('says so when the browser has no WebGPU at all', async () => {
    setGpu(undefined);
    const choice = await chooseBackend('webgpu');
    expect(choice.failed[0].error).toMatch(/not supported/);
  });

  it('skips a CPU-emulated WebGPU adapter when choosing automatically, and says why', async () => {
    setGpu({ requestAdapter: () => Promise.resolve({ info: { isFallbackAdapter: true } }) });
    const choice = await chooseBackend();
    expect(choice.failed[0]).toMatchObject({ backend: 'webgpu', software: true });
    expect(['wasm', 'cpu']).toContain(choice.backend);
  });

  it('tries a CPU-emulated adapter that was asked for by name', async () => {
    setGpu({ requestAdapter: () => Promise.resolve({ isFallbackAdapter: true }) });
    const choice = await chooseBackend('webgpu');
    // Node has no tfjs WebGPU device: it was tried and failed, not skipped.
    expect(choice.failed[0].backend).toBe('webgpu');
    expect(choice.failed[0].software).toBeUndefined();
  });

  it('requests the WebGPU adapter once to judge it (tfjs may request its own)', async () => {
    let requests = 0;
    setGpu({ requestAdapter: () => { requests++; return Promise.resolve({ info: { vendor: 'nvidia' } }); } });
    const auto = await chooseBackend();
    // a GPU adapter: judged once, then set (tfjs makes no request in Node, where it has no WebGPU)
    expect(auto.failed[0]).toEqual({ backend: 'webgpu', error: "Backend name 'webgpu' not found in registry" });
    expect(requests).toBe(1);
    requests = 0;
    setGpu({ requestAdapter: () => { requests++; return Promise.resolve(null); } });
    const choice = await chooseBackend('webgpu');
    expect(choice.failed[0]).toEqual({ backend: 'webgpu', error: 'no WebGPU adapter is available (GPU blocked or disabled)' });
    expect(requests).toBe(1);
  });
});
