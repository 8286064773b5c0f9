// Train the digit CNN (lib/digits/model.ts) on the training part of the
// fixed split, pick the epoch with the best validation accuracy, and export
// it to public/models/digits-cnn/ (model.json + weights.bin). Seeded and
// single-threaded (tfjs wasm backend), so `npm run train:digits` reproduces
// the shipped weights. The held-out part of the split is never touched here.
//
// Usage: npm run train:digits [-- --epochs N --out DIR --seed S --config '{"json":"overrides"}']
// (the flags are for experiments; the defaults below produce the shipped model)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { buildDigitsModel, LAYERS } from '@/lib/digits/model';
import { initWasmBackend } from '@/lib/digits/node-backend';
import { saveModelToDir } from '@/lib/digits/node-io';
import { preprocessInk } from '@/lib/digits/preprocess';
import { augmentDigit, DEFAULT_AUGMENT } from './augment';
import { registerWasmConv2DGradient } from './conv2d-grad';
import { registerFastMaxPoolGradient } from './maxpool-grad';
import { image, loadDigits, loadSplit, NUM_CLASSES, PIXELS, type Digits } from './data';
import { mulberry32, shuffle } from '../../lib/util/rng';

const ROOT = path.resolve(__dirname, '../..');

export const TRAIN_CONFIG = {
  seed: 7,
  epochs: 40,
  batchSize: 64,
  learningRate: { max: 2e-3, min: 2e-5 }, // cosine decay per epoch
  dropout: [0.1, 0.1] as [number, number],
  labelSmoothing: 0.1, // targets (1 - e) * onehot + e / 10
  emaDecay: 0.998, // exponential moving average of the weights per batch (0 = off)
  augment: DEFAULT_AUGMENT,
  outDir: path.join(ROOT, 'public/models/digits-cnn'),
  curvePath: path.join(__dirname, 'training-curve.json'),
};

export interface EpochRecord {
  epoch: number;
  learningRate: number;
  trainLoss: number;
  trainAccuracy: number; // on the augmented batches, dropout on
  validationLoss: number;
  validationAccuracy: number;
  augmentSeconds: number;
  fitSeconds: number;
}

function parseArgs(argv: string[]) {
  const config = { ...TRAIN_CONFIG };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--epochs') config.epochs = Number(value);
    else if (flag === '--seed') config.seed = Number(value);
    else if (flag === '--out') {
      config.outDir = path.resolve(value);
      config.curvePath = path.join(config.outDir, 'training-curve.json');
    } else if (flag === '--config') {
      const o = JSON.parse(value) as Partial<typeof TRAIN_CONFIG>;
      Object.assign(config, o, { augment: { ...config.augment, ...(o.augment ?? {}) } });
    } else throw new Error(`unknown flag ${flag}`);
  }
  return config;
}

/** Plain (unaugmented) normalised inputs for a list of indices. */
function normalised(digits: Digits, indices: number[]): Float32Array {
  const out = new Float32Array(indices.length * PIXELS); // [n, 784]
  indices.forEach((idx, k) => {
    const r = preprocessInk({ data: image(digits, idx), width: 28, height: 28 });
    if (!r.ok) throw new Error(`digit ${idx} rejected by preprocessing: ${r.reason}`);
    out.set(r.pixels, k * PIXELS);
  });
  return out;
}

function tensors(x: Float32Array, labels: number[], smoothing = 0): [tf.Tensor4D, tf.Tensor2D] {
  const xs = tf.tensor4d(x, [labels.length, 28, 28, 1]); // [n, 28, 28, 1]
  const ys = tf.tidy(() => {
    const onehot = tf.oneHot(tf.tensor1d(labels, 'int32'), NUM_CLASSES).toFloat(); // [n, 10]
    return smoothing ? onehot.mul(1 - smoothing).add(smoothing / NUM_CLASSES) : onehot;
  }) as tf.Tensor2D;
  return [xs, ys];
}

/** Shadow copy of the weights, updated after every batch: w_ema = d * w_ema + (1 - d) * w. */
class WeightAverage {
  private readonly shadow: tf.Variable[];
  constructor(private readonly model: tf.LayersModel, private readonly decay: number) {
    this.shadow = model.getWeights().map((w) => tf.variable(w.clone(), false));
  }
  update(): void {
    const current = this.model.getWeights();
    tf.tidy(() => this.shadow.forEach((s, i) => s.assign(s.mul(this.decay).add(current[i].mul(1 - this.decay)))));
  }
  /** Run `fn` with the averaged weights loaded, then restore the live ones. */
  with<T>(fn: () => T): T {
    const live = this.model.getWeights().map((w) => w.clone());
    this.model.setWeights(this.shadow);
    try {
      return fn();
    } finally {
      this.model.setWeights(live);
      live.forEach((w) => w.dispose());
    }
  }
}

function cosine(epoch: number, epochs: number, max: number, min: number): number {
  return min + 0.5 * (max - min) * (1 + Math.cos((Math.PI * epoch) / Math.max(1, epochs - 1)));
}

async function main() {
  const config = parseArgs(process.argv.slice(2));
  const started = Date.now();
  // tfjs draws dropout masks from Math.random: make them reproducible too.
  Math.random = mulberry32(config.seed ^ 0x5eed);
  registerWasmConv2DGradient(); // wasm lacks Conv2DBackpropFilter
  registerFastMaxPoolGradient(); // wasm's MaxPoolGrad is slow
  await initWasmBackend();

  const digits = loadDigits();
  const split = loadSplit(digits);
  const label = (i: number) => digits.labels[i];
  const [valX, valY] = tensors(normalised(digits, split.validation), split.validation.map(label));
  console.log(
    `digits: ${digits.count} total, train ${split.train.length}, validation ${split.validation.length}, ` +
    `held-out ${split.heldOut.length} (not used here); backend ${tf.getBackend()}`,
  );

  const model = buildDigitsModel({ seed: config.seed, dropout: config.dropout });
  const optimizer = tf.train.adam(config.learningRate.max);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  console.log(`parameters: ${model.countParams()}`);

  const ema = config.emaDecay > 0 ? new WeightAverage(model, config.emaDecay) : null;
  const rng = mulberry32(config.seed);
  const history: EpochRecord[] = [];
  let best: { epoch: number; accuracy: number; loss: number; weights: tf.Tensor[] } | null = null;

  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    const lr = cosine(epoch - 1, config.epochs, config.learningRate.max, config.learningRate.min);
    (optimizer as unknown as { learningRate: number }).learningRate = lr;

    let t = Date.now();
    const order = shuffle([...split.train], rng);
    const x = new Float32Array(order.length * PIXELS); // [n, 784]
    order.forEach((idx, k) => x.set(augmentDigit(image(digits, idx), rng, config.augment), k * PIXELS));
    const [xs, ys] = tensors(x, order.map(label), config.labelSmoothing);
    const augmentSeconds = (Date.now() - t) / 1000;

    t = Date.now();
    const fit = await model.fit(xs, ys, {
      epochs: 1, batchSize: config.batchSize, shuffle: false, verbose: 0, yieldEvery: 'never',
      callbacks: ema ? { onBatchEnd: async () => ema.update() } : undefined,
    });
    const fitSeconds = (Date.now() - t) / 1000;
    xs.dispose();
    ys.dispose();

    // Validation (and model selection) uses the averaged weights when EMA is on.
    const validate = () => model.evaluate(valX, valY, { batchSize: 512 }) as tf.Scalar[];
    const [vl, va] = ema ? ema.with(validate) : validate();
    const record: EpochRecord = {
      epoch,
      learningRate: lr,
      trainLoss: fit.history.loss[0] as number,
      trainAccuracy: fit.history.acc[0] as number,
      validationLoss: vl.dataSync()[0],
      validationAccuracy: va.dataSync()[0],
      augmentSeconds,
      fitSeconds,
    };
    vl.dispose();
    va.dispose();
    history.push(record);

    const improved = !best || record.validationAccuracy > best.accuracy ||
      (record.validationAccuracy === best.accuracy && record.validationLoss < best.loss);
    if (improved) {
      best?.weights.forEach((w) => w.dispose());
      best = {
        epoch, accuracy: record.validationAccuracy, loss: record.validationLoss,
        weights: (ema ? ema.with(() => model.getWeights().map((w) => w.clone())) : model.getWeights().map((w) => w.clone())),
      };
    }
    console.log(
      `epoch ${String(epoch).padStart(2)}/${config.epochs}  lr ${lr.toExponential(2)}  ` +
      `loss ${record.trainLoss.toFixed(4)}  acc ${(100 * record.trainAccuracy).toFixed(2)}%  ` +
      `val_loss ${record.validationLoss.toFixed(4)}  val_acc ${(100 * record.validationAccuracy).toFixed(2)}%  ` +
      `(augment ${augmentSeconds.toFixed(1)}s, fit ${fitSeconds.toFixed(1)}s)${improved ? '  *' : ''}`,
    );
  }
  if (!best) throw new Error('no epochs run');

  model.setWeights(best.weights);
  const totalSeconds = (Date.now() - started) / 1000;
  const sizes = await saveModelToDir(model, config.outDir, {
    name: 'digits-cnn',
    input: '[batch, 28, 28, 1] floats in [0, 1] (1 = ink), normalised by lib/digits/preprocess.ts',
    output: `[batch, 10] softmax probabilities of the digits 0..9 (layer "${LAYERS.probs}"; logits in "${LAYERS.logits}")`,
    selectedEpoch: best.epoch,
    seed: config.seed,
  });
  mkdirSync(path.dirname(config.curvePath), { recursive: true });
  writeFileSync(config.curvePath, JSON.stringify({
    config: {
      seed: config.seed, epochs: config.epochs, batchSize: config.batchSize,
      learningRate: config.learningRate, dropout: config.dropout, augment: config.augment,
      labelSmoothing: config.labelSmoothing, emaDecay: config.emaDecay,
      optimizer: 'adam', loss: 'categoricalCrossentropy', backend: tf.getBackend(),
    },
    data: { train: split.train.length, validation: split.validation.length, heldOutUnused: split.heldOut.length },
    parameters: model.countParams(),
    selectedEpoch: best.epoch,
    selectedValidationAccuracy: best.accuracy,
    totalSeconds,
    ...sizes,
    history,
  }, null, 2) + '\n');
  console.log(
    `selected epoch ${best.epoch} (val_acc ${(100 * best.accuracy).toFixed(2)}%); ` +
    `saved ${config.outDir} (model.json ${sizes.modelJsonBytes} B, weights ${sizes.weightsBytes} B); ` +
    `total ${totalSeconds.toFixed(0)}s`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
