// Evaluate the exported digit model (public/models/digits-cnn) on the
// held-out part of the fixed split, which training never sees. Prints JSON
// (accuracy, per-class accuracy, confusion matrix) and writes eval.json,
// confusion-matrix.png, training-curve.png, held-out-errors.png and the
// generated results section of README.md (so the model card's numbers all
// come from this script and the training run's training-curve.json).
//
// Usage: npm run eval:digits [-- --model DIR --split heldOut|validation --out DIR]
//   (--split validation is for checking the pipeline without looking at the
//    held-out digits; it writes nothing unless --out is given.)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { classifyBatch } from '@/lib/digits/classify';
import { initWasmBackend } from '@/lib/digits/node-backend';
import { loadModelFromDir } from '@/lib/digits/node-io';
import { preprocessInk } from '@/lib/digits/preprocess';
import { confusionMatrixPicture, digitGridPicture, trainingCurvePicture, type CurvePoint } from './charts';
import { image, loadDigits, loadSplit, NUM_CLASSES, PIXELS } from './data';
import { encodePng } from './png';
import { renderResults, RESULTS_END, RESULTS_START } from './report';

const ROOT = path.resolve(__dirname, '../..');

export interface EvalReport {
  split: 'heldOut' | 'validation';
  count: number;
  correct: number;
  accuracy: number;
  perClass: { digit: number; count: number; correct: number; accuracy: number }[];
  /** confusion[true][predicted] */
  confusion: number[][];
  meanConfidenceCorrect: number;
  meanConfidenceWrong: number;
  errors: { index: number; label: number; predicted: number; confidence: number }[];
  model: {
    dir: string; parameters: number; modelJsonBytes: number; weightsBytes: number; totalBytes: number;
    weightsSha256: string;
    layers: { name: string; type: string; outputShape: string; parameters: number }[];
  };
  inference: { backend: string; msPerDigit: number };
}

function parseArgs(argv: string[]) {
  const args = { model: path.join(ROOT, 'public/models/digits-cnn'), split: 'heldOut' as EvalReport['split'], out: '' };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--model') args.model = path.resolve(argv[i + 1]);
    else if (argv[i] === '--split') args.split = argv[i + 1] as EvalReport['split'];
    else if (argv[i] === '--out') args.out = path.resolve(argv[i + 1]);
    else throw new Error(`unknown flag ${argv[i]}`);
  }
  if (args.split !== 'heldOut' && args.split !== 'validation') throw new Error(`bad --split ${args.split}`);
  if (!args.out && args.split === 'heldOut') args.out = __dirname;
  return args;
}

function fileInfo(dir: string) {
  const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as tf.io.ModelJSON;
  const hash = createHash('sha256');
  let weightsBytes = 0;
  for (const p of (json.weightsManifest ?? []).flatMap((g) => g.paths)) {
    const bytes = readFileSync(path.join(dir, p));
    hash.update(bytes);
    weightsBytes += bytes.length;
  }
  return { modelJsonBytes: statSync(path.join(dir, 'model.json')).size, weightsBytes, weightsSha256: hash.digest('hex') };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await initWasmBackend();
  const digits = loadDigits();
  const split = loadSplit(digits);
  const indices = args.split === 'heldOut' ? split.heldOut : split.validation;

  // The same preprocessing the app applies to a drawing.
  const inputs = new Float32Array(indices.length * PIXELS); // [n, 784]
  indices.forEach((idx, k) => {
    const r = preprocessInk({ data: image(digits, idx), width: 28, height: 28 });
    if (!r.ok) throw new Error(`digit ${idx} rejected by preprocessing: ${r.reason}`);
    inputs.set(r.pixels, k * PIXELS);
  });

  const model = await loadModelFromDir(args.model);
  classifyBatch(model, inputs.subarray(0, PIXELS * 16)); // warm-up
  const t0 = performance.now();
  const results = classifyBatch(model, inputs);
  const msPerDigit = (performance.now() - t0) / indices.length;

  const confusion = Array.from({ length: NUM_CLASSES }, () => new Array<number>(NUM_CLASSES).fill(0));
  const errors: EvalReport['errors'] = [];
  let confRight = 0, confWrong = 0;
  results.forEach((res, k) => {
    const label = digits.labels[indices[k]];
    confusion[label][res.predicted]++;
    if (res.predicted === label) confRight += res.confidence;
    else {
      confWrong += res.confidence;
      errors.push({ index: indices[k], label, predicted: res.predicted, confidence: res.confidence });
    }
  });
  const correct = results.length - errors.length;
  const perClass = confusion.map((row, digit) => {
    const count = row.reduce((a, b) => a + b, 0);
    return { digit, count, correct: row[digit], accuracy: row[digit] / count };
  });
  const sizes = fileInfo(args.model);
  const report: EvalReport = {
    split: args.split,
    count: results.length,
    correct,
    accuracy: correct / results.length,
    perClass,
    confusion,
    meanConfidenceCorrect: confRight / Math.max(1, correct),
    meanConfidenceWrong: confWrong / Math.max(1, errors.length),
    errors: errors.sort((a, b) => b.confidence - a.confidence),
    model: {
      dir: path.relative(ROOT, args.model) || '.',
      parameters: model.countParams(),
      ...sizes,
      totalBytes: sizes.modelJsonBytes + sizes.weightsBytes,
      layers: model.layers.map((l) => ({
        name: l.name,
        type: l.getClassName(),
        outputShape: JSON.stringify(l.outputShape),
        parameters: l.countParams(),
      })),
    },
    inference: { backend: tf.getBackend(), msPerDigit },
  };

  const summary = JSON.stringify({
    split: report.split, count: report.count, correct: report.correct, accuracy: report.accuracy,
    perClass: Object.fromEntries(perClass.map((c) => [c.digit, c.accuracy])),
    confusion: report.confusion,
  }, null, 2);
  // One line per confusion-matrix row.
  console.log(summary.replace(/\[\s+([\d,\s]+?)\s+\]/g, (_, inner: string) => `[${inner.split(/,\s*/).join(', ')}]`));

  if (!args.out) return;
  mkdirSync(args.out, { recursive: true });
  const name = args.split === 'heldOut' ? 'HELD-OUT' : 'VALIDATION';
  writeFileSync(path.join(args.out, 'eval.json'), JSON.stringify(report, null, 2) + '\n');
  const cm = confusionMatrixPicture(confusion, `${name}: ${correct}/${results.length} CORRECT`);
  writeFileSync(path.join(args.out, 'confusion-matrix.png'), encodePng(cm.pixels, cm.width, cm.height));
  const grid = digitGridPicture(report.errors.map((e) => {
    const r = preprocessInk({ data: image(digits, e.index), width: 28, height: 28 });
    return { pixels: r.ok ? r.pixels : image(digits, e.index), caption: `${e.label} AS ${e.predicted}` };
  }));
  writeFileSync(path.join(args.out, `${args.split === 'heldOut' ? 'held-out' : 'validation'}-errors.png`),
    encodePng(grid.pixels, grid.width, grid.height));

  const curvePath = path.join(__dirname, 'training-curve.json');
  if (args.split === 'heldOut' && existsSync(curvePath)) {
    const curve = JSON.parse(readFileSync(curvePath, 'utf8'));
    const pic = trainingCurvePicture(curve.history as CurvePoint[], curve.selectedEpoch);
    writeFileSync(path.join(args.out, 'training-curve.png'), encodePng(pic.pixels, pic.width, pic.height));
    const readme = path.join(__dirname, 'README.md');
    if (args.out === __dirname && existsSync(readme)) {
      const text = readFileSync(readme, 'utf8');
      const a = text.indexOf(RESULTS_START), b = text.indexOf(RESULTS_END);
      if (a >= 0 && b > a) {
        const updated = text.slice(0, a + RESULTS_START.length) + '\n' + renderResults(report, curve) + text.slice(b);
        writeFileSync(readme, updated);
      }
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
