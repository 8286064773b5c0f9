// Where the app serves ONNX Runtime's wasm build (copied to public/wasm/ort by
// scripts/copy-runtime-assets.mjs): same origin, so the CSP needs no CDN.
export const ORT_WASM_PATHS = { mjs: '/wasm/ort/ort-wasm-simd-threaded.asyncify.mjs', wasm: '/wasm/ort/ort-wasm-simd-threaded.asyncify.wasm' };
