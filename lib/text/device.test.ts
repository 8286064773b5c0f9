// The text lab's device choice: tiny built-in models on wasm, hub models on WebGPU when there is one.
import { describe, expect, it } from 'vitest';
import { chooseTextDevice } from './device';

describe('chooseTextDevice', () => {
  it('runs built-in models on wasm and hub models on WebGPU by default', () => {
    expect(chooseTextDevice('auto', 'builtin', true)).toBe('wasm');
    expect(chooseTextDevice('auto', 'hub', true)).toBe('webgpu');
  });
  it('follows an explicit choice, but never picks WebGPU without an adapter', () => {
    expect(chooseTextDevice('webgpu', 'builtin', true)).toBe('webgpu');
    expect(chooseTextDevice('wasm', 'hub', true)).toBe('wasm');
    expect(chooseTextDevice('webgpu', 'hub', false)).toBe('wasm');
    expect(chooseTextDevice('auto', 'hub', false)).toBe('wasm');
  });
});
