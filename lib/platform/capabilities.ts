// Detects what this browser can compute with (WebGPU, WebGL 2, WebAssembly SIMD, threads) and the
// backend order Glassbox falls back through. Browser-only, but framework-free.

export type Backend = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export const BACKEND_ORDER: readonly Backend[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface Capabilities {
  webgpu: { available: boolean; fallbackAdapter?: boolean; detail?: string };
  webgl: { available: boolean; detail?: string };
  wasm: { available: boolean; simd: boolean };
  crossOriginIsolated: boolean;
}

// (module (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt)) — validates only with SIMD.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

interface GpuLike {
  requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string; description?: string }; isFallbackAdapter?: boolean } | null>;
}

export async function detectCapabilities(): Promise<Capabilities> {
  const gpu = (globalThis.navigator as unknown as { gpu?: GpuLike } | undefined)?.gpu;
  let webgpu: Capabilities['webgpu'] = { available: false, detail: 'navigator.gpu missing' };
  if (gpu) {
    try {
      const adapter = await gpu.requestAdapter();
      webgpu = adapter
        ? {
            available: true,
            fallbackAdapter: Boolean(adapter.isFallbackAdapter ?? (adapter.info as { isFallbackAdapter?: boolean } | undefined)?.isFallbackAdapter),
            detail: [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(' ') || undefined,
          }
        : { available: false, detail: 'no adapter' };
    } catch (e) {
      webgpu = { available: false, detail: e instanceof Error ? e.message : String(e) };
    }
  }
  let webgl: Capabilities['webgl'] = { available: false };
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = canvas.getContext('webgl2');
    webgl = gl ? { available: true, detail: String(gl.getParameter(gl.VERSION)) } : { available: false };
  } catch {
    webgl = { available: false };
  }
  const hasWasm = typeof WebAssembly === 'object';
  return {
    webgpu,
    webgl,
    wasm: { available: hasWasm, simd: hasWasm && WebAssembly.validate(SIMD_PROBE) },
    crossOriginIsolated: Boolean(globalThis.crossOriginIsolated),
  };
}

/** The first backend in BACKEND_ORDER that this device offers (cpu always works). */
export function bestBackend(c: Capabilities): Backend {
  if (c.webgpu.available) return 'webgpu';
  if (c.webgl.available) return 'webgl';
  if (c.wasm.available) return 'wasm';
  return 'cpu';
}
