// Configures Transformers.js in one place (import this module, never set `env` elsewhere: a
// CommonJS and an ESM copy of the library each have their own env). Built-in models load from the
// app's own /models/ folder; hub models only when the caller allows remote loading.
import { env } from '@huggingface/transformers';

export interface TransformersSetup {
  /** URL path (browser) or directory (Node) holding built-in models in the hub layout. */
  localModelPath: string;
  /** Allow downloads from `remoteHost` (the Hugging Face Hub unless configured otherwise). */
  allowRemote: boolean;
  /** e.g. "https://huggingface.co/" or a local mirror serving the hub's URL layout. */
  remoteHost?: string;
  /** Where ONNX Runtime's .wasm/.mjs files are served (browser only). */
  wasmPaths?: { mjs: string; wasm: string };
}

export function configureTransformers(setup: TransformersSetup): void {
  env.localModelPath = setup.localModelPath;
  env.allowLocalModels = true;
  env.allowRemoteModels = setup.allowRemote;
  if (setup.remoteHost) {
    env.remoteHost = setup.remoteHost.endsWith('/') ? setup.remoteHost : `${setup.remoteHost}/`;
  }
  if (setup.wasmPaths && env.backends.onnx?.wasm) {
    env.backends.onnx.wasm.wasmPaths = setup.wasmPaths;
    // Load ONNX Runtime's factory from its URL (same origin) instead of a blob: the CSP allows
    // scripts from 'self' only.
    env.useWasmCache = false;
  }
}
