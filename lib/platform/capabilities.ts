// Detects what this browser can compute with (WebGPU, WebGL 2, WebAssembly SIMD, threads) and the
// backend order Glassbox falls back through. A GPU backend that the browser emulates on the CPU
// (WebGPU's fallback adapter, WebGL on SwiftShader or llvmpipe) is far slower than WebAssembly for
// models this small (../shared/NOTES.md: 62 ms and 10 ms against 0.2 ms per digit), so the
// automatic choice skips it; a user can still pick it by name. Browser-only, but framework-free.

export type Backend = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export const BACKEND_ORDER: readonly Backend[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface Capabilities {
  webgpu: { available: boolean; fallbackAdapter?: boolean; detail?: string };
  /** `software`: the renderer is a CPU emulation (SwiftShader, llvmpipe ...). */
  webgl: { available: boolean; software?: boolean; detail?: string };
  wasm: { available: boolean; simd: boolean };
  crossOriginIsolated: boolean;
}

// (module (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt)) — validates only with SIMD.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

interface AdapterLike { info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean }; isFallbackAdapter?: boolean }
interface GpuLike {
  requestAdapter(): Promise<AdapterLike | null>;
}

/** Renderer names of GPU emulations that run on the CPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software rasterizer|microsoft basic render/i;

/** Whether a WebGL renderer string names a CPU emulation rather than a GPU. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/** Whether a WebGPU adapter is the browser's CPU fallback (older Chrome: on the adapter; newer: in its info). */
export function isFallbackAdapter(adapter: AdapterLike): boolean {
  return Boolean(adapter.isFallbackAdapter ?? adapter.info?.isFallbackAdapter);
}

/** The renderer a WebGL 2 context reports (the unmasked one where the browser exposes it). */
export function webglRenderer(gl: WebGL2RenderingContext): string {
  const ext = gl.getExtension('WEBGL_debug_renderer_info') as { UNMASKED_RENDERER_WEBGL: number } | null;
  return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
}

/** Why probeWebgpu found no adapter: the browser has no WebGPU at all, or it offered none. */
export const NO_WEBGPU_API = 'navigator.gpu missing';
export const NO_WEBGPU_ADAPTER = 'no adapter';

/** This browser's or worker's WebGPU adapter: whether there is one, whether it is the CPU fallback,
 *  and its vendor (or why there is none). One adapter request. */
export async function probeWebgpu(): Promise<Capabilities['webgpu']> {
  const gpu = (globalThis.navigator as unknown as { gpu?: GpuLike } | undefined)?.gpu;
  if (!gpu) return { available: false, detail: NO_WEBGPU_API };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { available: false, detail: NO_WEBGPU_ADAPTER };
    return {
      available: true,
      fallbackAdapter: isFallbackAdapter(adapter),
      detail: [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(' ') || undefined,
    };
  } catch (e) {
    return { available: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** This browser's or worker's WebGL 2: whether there is one, whether its renderer is a CPU
 *  emulation, and the renderer's name. */
function probeWebgl(): Capabilities['webgl'] {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return { available: false };
    const renderer = webglRenderer(gl);
    return { available: true, software: isSoftwareRenderer(renderer), detail: renderer || String(gl.getParameter(gl.VERSION)) };
  } catch {
    return { available: false };
  }
}

export type GpuKind = 'none' | 'software' | 'hardware';

const kind = (available: boolean, software: boolean | undefined): GpuKind => (!available ? 'none' : software ? 'software' : 'hardware');

/** What WebGPU adapter this browser or worker offers: none, a CPU fallback, or a GPU. */
export async function webgpuKind(): Promise<GpuKind> {
  const w = await probeWebgpu();
  return kind(w.available, w.fallbackAdapter);
}

/** What WebGL 2 this browser or worker offers: none, a CPU emulation, or a GPU. */
export function webglKind(): GpuKind {
  const w = probeWebgl();
  return kind(w.available, w.software);
}

export async function detectCapabilities(): Promise<Capabilities> {
  const hasWasm = typeof WebAssembly === 'object';
  return {
    webgpu: await probeWebgpu(),
    webgl: probeWebgl(),
    wasm: { available: hasWasm, simd: hasWasm && WebAssembly.validate(SIMD_PROBE) },
    crossOriginIsolated: Boolean(globalThis.crossOriginIsolated),
  };
}

/** The backend the automatic choice uses: the first in BACKEND_ORDER that this device offers
 *  on real hardware (a CPU-emulated GPU is skipped; cpu always works). */
export function bestBackend(c: Capabilities): Backend {
  if (c.webgpu.available && !c.webgpu.fallbackAdapter) return 'webgpu';
  if (c.webgl.available && !c.webgl.software) return 'webgl';
  if (c.wasm.available) return 'wasm';
  return 'cpu';
}
