// Which ONNX Runtime device the text lab runs a model on. The built-in models are tiny (about a
// million parameters, sentences of a few dozen tokens): on the wasm backend one analysis, with
// rollout and occlusion, takes 7-17 ms in the bench (bench/RESULTS.md), while WebGPU pays a fixed
// cost per run for uploads, dispatches and reading back every layer's attention (0.5-1.4 s per
// analysis on the software-emulated GPU of the bench machine; a real GPU is faster, but cannot
// beat a few milliseconds by much for a model this small). So "auto" runs built-in models on wasm and hub
// models, which are larger, on WebGPU when a GPU adapter exists (not the browser's CPU-emulated
// fallback adapter, which is slower than wasm; it is used only when asked for). Framework-free.

import type { GpuKind } from '../platform/capabilities';

export type TextDevice = 'webgpu' | 'wasm';
export type TextDevicePreference = 'auto' | TextDevice;

export const TEXT_DEVICE_PREFERENCES: readonly TextDevicePreference[] = ['auto', 'wasm', 'webgpu'];

/** The device to try first, given the WebGPU adapter here; the worker falls back from WebGPU to
 *  wasm if loading fails. */
export function chooseTextDevice(preference: TextDevicePreference, source: 'builtin' | 'hub', webgpu: GpuKind): TextDevice {
  if (preference === 'wasm' || webgpu === 'none') return 'wasm';
  if (preference === 'webgpu') return 'webgpu';
  return source === 'hub' && webgpu === 'hardware' ? 'webgpu' : 'wasm';
}
