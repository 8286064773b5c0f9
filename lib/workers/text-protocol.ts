// The typed message protocol between the /text page and the text worker (Transformers.js).
import type { TokenOcclusion } from '../explain/text/occlusion';
import type { TextAnalysis } from '../text/runtime';
import type { ZeroShotAnalysis } from '../text/zero-shot';

import type { TextDevice, TextDevicePreference } from '../text/device';

export type { TextDevice, TextDevicePreference } from '../text/device';

export type TextRequest =
  /** Classify `text` with model `modelId` (loaded on first use), with rollout and token occlusion. */
  | {
      type: 'analyze';
      id: number;
      modelId: string;
      /** Where to run it (lib/text/device.ts); 'auto': wasm for built-in models, WebGPU for hub ones. */
      device: TextDevicePreference;
      text: string;
      /** Class to attribute (null: the predicted one); for zero-shot models, the index of a candidate label. */
      targetClass: number | null;
      occlusion: 'mask' | 'remove';
      /** Zero-shot models only: the user's candidate labels (2–10, validated by the page) and the
       *  hypothesis template containing {}. */
      zeroShot?: { labels: string[]; template: string };
    }
  /** Settings for hub models (the app passes its configured remote host). */
  | { type: 'configure'; remoteHost: string | null };

export type TextResponse =
  | { type: 'progress'; modelId: string; file: string; loaded: number; total: number }
  | { type: 'ready'; modelId: string; device: TextDevice; loadMs: number }
  | {
      type: 'result';
      id: number;
      modelId: string;
      /** The device it ran on. */
      device: TextDevice;
      /** The text that was analysed (the page may have moved on since). */
      text: string;
      /** Zero-shot models: a ZeroShotAnalysis (labels = the candidate labels; tokens, attention and
       *  occlusion of the premise/hypothesis pair of the explained label). */
      analysis: TextAnalysis | ZeroShotAnalysis;
      /** Attention rollout, row of [CLS]: how much each token flows into the classifier's input. */
      rollout: Float32Array | null;
      occlusion: TokenOcclusion;
      /** Sentiment models: the subjectivity check's p(opinion) and threshold (null: another task,
       *  or the check's file could not be read). */
      subjectivity: { opinion: number; threshold: number } | null;
      /** The topic classifier: the topic-domain check's p(about deep learning / AI) and threshold
       *  (null: another model, or the check's file could not be read). */
      domain: { probability: number; threshold: number } | null;
      ms: number;
    }
  /** `load`: the model could not be loaded (the page starts a fresh worker: ONNX Runtime's
   *  session chain does not recover from a failed session); `analyze`: this one input failed. */
  | { type: 'error'; id?: number; modelId?: string; code: 'load' | 'analyze'; message: string };
