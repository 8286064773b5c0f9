// The image explanation methods for the digit CNN, in one registry: each
// method's description (id, name, a plain-language explanation with caveats in
// en and zh, the paper: methods-info.ts, free of TensorFlow.js for the page),
// its entry point, and `explain(model, input, { method, target, contrastTarget, options })`.
// Framework-free (TensorFlow.js only): runs in a worker, the main thread or
// Node, on the webgpu / webgl / wasm / cpu backends, and returns plain data.
// References: Simonyan et al. 2014; Shrikumar et al. 2016; Smilkov et al.
// 2017; Sundararajan et al. 2017; Selvaraju et al. 2017; Zeiler & Fergus 2014.
import type * as tf from '@tensorflow/tfjs';
import { gradCam, type GradCamAttribution } from './grad-cam';
import { gradientTimesInput, vanillaGradient, type GradientOptions } from './gradient';
import {
  integratedGradients,
  type IntegratedGradientsAttribution,
  type IntegratedGradientsOptions,
} from './integrated-gradients';
import { occlusion, type OcclusionAttribution, type OcclusionOptions } from './occlusion';
import { smoothGrad, type SmoothGradAttribution, type SmoothGradOptions } from './smoothgrad';
import { METHOD_IDS, methodInfo as describeMethod, type MethodDescription } from './methods-info';
import type { AttributionMethod, ClassOptions, ImageAttribution, MethodId } from './types';

export type { ClassOptions, ImageAttribution, MethodId } from './types';
export { contrast, attributionDifference } from './contrast';
export { featureMaps } from './feature-maps';
export { channel, channels, type FeatureMaps, type FeatureMapStack } from './feature-map-stack';
export { CONTRAST_EXPLANATION, METHOD_IDS, type Localized, type MethodDescription } from './methods-info';
export { gradCam, vanillaGradient, gradientTimesInput, integratedGradients, occlusion, smoothGrad };

/** Options of each method (besides target / contrastTarget). */
export interface MethodOptions {
  gradient: Omit<GradientOptions, keyof ClassOptions>;
  'gradient-x-input': Record<string, never>;
  smoothgrad: Omit<SmoothGradOptions, keyof ClassOptions>;
  'integrated-gradients': Omit<IntegratedGradientsOptions, keyof ClassOptions>;
  'grad-cam': Record<string, never>;
  occlusion: Omit<OcclusionOptions, keyof ClassOptions>;
}

/** What each method returns. */
export interface MethodResults {
  gradient: ImageAttribution;
  'gradient-x-input': ImageAttribution;
  smoothgrad: SmoothGradAttribution;
  'integrated-gradients': IntegratedGradientsAttribution;
  'grad-cam': GradCamAttribution;
  occlusion: OcclusionAttribution;
}

/** A method's description (methods-info.ts) and its entry point. */
export interface MethodInfo<M extends MethodId = MethodId> extends MethodDescription<M> {
  run: AttributionMethod<ClassOptions & MethodOptions[M], MethodResults[M]>;
}

type Registry = { [M in MethodId]: MethodInfo<M> };

const RUN: { [M in MethodId]: MethodInfo<M>['run'] } = {
  gradient: vanillaGradient,
  'gradient-x-input': gradientTimesInput,
  smoothgrad: smoothGrad,
  'integrated-gradients': integratedGradients,
  'grad-cam': gradCam,
  occlusion,
};

const entry = <M extends MethodId>(id: M): MethodInfo<M> => ({ ...describeMethod(id), run: RUN[id] });

const REGISTRY: Registry = {
  gradient: entry('gradient'),
  'gradient-x-input': entry('gradient-x-input'),
  smoothgrad: entry('smoothgrad'),
  'integrated-gradients': entry('integrated-gradients'),
  'grad-cam': entry('grad-cam'),
  occlusion: entry('occlusion'),
};

/** The methods (with their entry points) in display order. */
export const METHODS: readonly MethodInfo[] = METHOD_IDS.map((id) => REGISTRY[id] as MethodInfo);

/** A method's description and entry point; throws on an unknown id. */
export function methodInfo<M extends MethodId>(id: M): MethodInfo<M> {
  const info = Object.hasOwn(REGISTRY, id) ? (REGISTRY[id] as MethodInfo<M>) : undefined;
  if (!info) throw new RangeError(`unknown explanation method ${String(id)}`);
  return info;
}

export interface ExplainRequest<M extends MethodId = MethodId> {
  method: M;
  /** Digit to explain (default: the predicted one). */
  target?: number;
  /** Explain logit[target] - logit[contrastTarget] ("why target and not contrastTarget"). */
  contrastTarget?: number;
  options?: MethodOptions[M];
}

/** Run one explanation method on one 28x28 input; returns plain data. */
export function explain<M extends MethodId>(
  model: tf.LayersModel,
  input: Float32Array,
  request: ExplainRequest<M>,
): Promise<MethodResults[M]> {
  const info = methodInfo(request.method);
  return info.run(model, input, {
    ...request.options,
    target: request.target,
    contrastTarget: request.contrastTarget,
  } as ClassOptions & MethodOptions[M]);
}
