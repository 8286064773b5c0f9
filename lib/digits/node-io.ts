// Node-only: write and read a tfjs LayersModel as the standard web pair
// `model.json` + `weights.bin` (the format tf.loadLayersModel(url) fetches),
// without tfjs-node. Never import this from browser code (uses node:fs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';

export const WEIGHTS_FILE = 'weights.bin';

/** Save weights and topology (no optimizer state) into `dir`. Returns file sizes. */
export async function saveModelToDir(
  model: tf.LayersModel,
  dir: string,
  metadata: Record<string, unknown> = {},
): Promise<{ modelJsonBytes: number; weightsBytes: number }> {
  mkdirSync(dir, { recursive: true });
  let sizes = { modelJsonBytes: 0, weightsBytes: 0 };
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    if (!artifacts.weightSpecs || !artifacts.weightData) throw new Error('model has no weights');
    const weights = tf.io.CompositeArrayBuffer.join(artifacts.weightData);
    const json: tf.io.ModelJSON = {
      modelTopology: artifacts.modelTopology as object,
      format: 'layers-model',
      generatedBy: artifacts.generatedBy,
      convertedBy: null,
      weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
      userDefinedMetadata: metadata as Record<string, object>,
    };
    const text = JSON.stringify(json);
    writeFileSync(path.join(dir, 'model.json'), text);
    writeFileSync(path.join(dir, WEIGHTS_FILE), new Uint8Array(weights));
    sizes = { modelJsonBytes: Buffer.byteLength(text), weightsBytes: weights.byteLength };
    return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
  }));
  return sizes;
}

/** IOHandler reading `model.json` and its weight files from a directory. */
export function fileHandler(dir: string): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as tf.io.ModelJSON;
      return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
        const specs = manifest.flatMap((group) => group.weights);
        const buffers = manifest.flatMap((group) => group.paths).map((p) => {
          const b = readFileSync(path.join(dir, p));
          return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
        });
        return [specs, tf.io.CompositeArrayBuffer.join(buffers)];
      });
    },
  };
}

/** Load the exported model from a directory (e.g. public/models/digits-cnn). */
export function loadModelFromDir(dir: string): Promise<tf.LayersModel> {
  return tf.loadLayersModel(fileHandler(dir));
}
