// The text lab's device choice: tiny built-in models on wasm, hub models on WebGPU when there is a GPU.
import { describe, expect, it } from 'vitest';
import { chooseTextDevice } from './device';

describe('chooseTextDevice', () => {
  it('runs built-in models on wasm and hub models on WebGPU by default', () => {
    expect(chooseTextDevice('auto', 'builtin', 'hardware')).toBe('wasm');
    expect(chooseTextDevice('auto', 'hub', 'hardware')).toBe('webgpu');
  });
  it('runs hub models on wasm when the only adapter is a CPU emulation, unless WebGPU is asked for', () => {
    expect(chooseTextDevice('auto', 'hub', 'software')).toBe('wasm');
    expect(chooseTextDevice('webgpu', 'hub', 'software')).toBe('webgpu');
  });
  it('follows an explicit choice, but never picks WebGPU without an adapter', () => {
    expect(chooseTextDevice('webgpu', 'builtin', 'hardware')).toBe('webgpu');
    expect(chooseTextDevice('wasm', 'hub', 'hardware')).toBe('wasm');
    expect(chooseTextDevice('webgpu', 'hub', 'none')).toBe('wasm');
    expect(chooseTextDevice('auto', 'hub', 'none')).toBe('wasm');
  });
});
