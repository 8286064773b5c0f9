// The typed message protocol between the /digits page and the digits worker.
// Requests carry transferable buffers; responses carry plain arrays, never tensors.
import type { Classification } from '../digits/classify';
import type { Box, NoDigitReason } from '../digits/preprocess';
import type { BackendAttempt } from '../digits/tf-backend';
import type { FeatureMaps } from '../explain/image/feature-maps';
import type { ExplainRequest } from '../explain/image/index';
import type { ImageAttribution } from '../explain/image/types';
import type { Backend } from '../platform/capabilities';

export interface RgbaImage {
  /** RGBA bytes, row-major (transferred, not copied). */
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

/** How the source image maps into the 28x28 frame: `box` (source pixels) was scaled onto `placed`. */
export interface FrameTransform {
  box: Box;
  placed: Box;
  sourceWidth: number;
  sourceHeight: number;
}

export type DigitsRequest =
  /** Initialise a backend (default: fastest available) and load the model. */
  | { type: 'load'; backend?: Backend }
  /** Preprocess an image (drawing or photo) MNIST-style and classify it. */
  | { type: 'classify'; id: number; image: RgbaImage }
  /** Explain the last classified input with one attribution method. */
  | { type: 'explain'; id: number; request: ExplainRequest }
  /** Activations of the convolution and dense layers for the last classified input. */
  | { type: 'features'; id: number };

export type LoadStage = 'backend' | 'model';

export type DigitsErrorCode = 'backend' | 'model-load' | 'bad-input' | 'inference' | 'explain' | 'not-ready';

/** An attribution as sent to the page (methods may add fields such as `completenessGap`). */
export type Explanation = ImageAttribution & { completenessGap?: number; baselineScore?: number };

export type DigitsResponse =
  | { type: 'progress'; stage: LoadStage; /** 0..1 */ fraction: number }
  | { type: 'ready'; backend: Backend; failed: BackendAttempt[]; loadMs: number }
  | {
      type: 'result';
      id: number;
      /** The 28x28 image the network saw (null when there was no digit). */
      input: Float32Array | null;
      transform: FrameTransform | null;
      noDigit: { reason: NoDigitReason } | null;
      classification: Classification | null;
      /** Milliseconds for preprocessing + inference in the worker. */
      ms: number;
    }
  /** `explanation` is null when the last input had no digit. */
  /** `inputId`: the id of the classify request whose input was explained (0: none yet), so the
   *  page shows an explanation only over the drawing it belongs to. */
  | { type: 'explanation'; id: number; inputId: number; explanation: Explanation | null; ms: number }
  /** Feature maps of the newest classified input; the page shows them with whatever prediction is up. */
  | { type: 'features'; id: number; maps: FeatureMaps | null; ms: number }
  | { type: 'error'; id?: number; code: DigitsErrorCode; message: string };
