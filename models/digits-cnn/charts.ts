// The model card's pictures, drawn on a Raster: the confusion matrix, the
// training curve (loss and accuracy per epoch) and a grid of digits.
import { Raster, type Rgb } from './raster';

const INK: Rgb = [30, 30, 30];
const GRID: Rgb = [225, 225, 225];
const BLUE: Rgb = [31, 119, 180];
const ORANGE: Rgb = [230, 120, 20];
const RED: Rgb = [200, 40, 40];

/** Confusion matrix: rows = true digit, columns = predicted digit, counts in cells. */
export function confusionMatrixPicture(confusion: number[][], title: string): Raster {
  const cell = 44, left = 70, top = 70;
  const n = confusion.length;
  const r = new Raster(left + n * cell + 30, top + n * cell + 40);
  r.text(r.width / 2, 12, title, INK, 2, 'center');
  r.text(left + (n * cell) / 2, 44, 'PREDICTED', INK, 2, 'center');
  r.textVertical(14, top + (n * cell) / 2 - 36, 'TRUE', INK, 2);
  for (let i = 0; i < n; i++) {
    const total = confusion[i].reduce((a, b) => a + b, 0) || 1;
    r.text(left - 12, top + i * cell + cell / 2 - 7, String(i), INK, 2, 'right');
    r.text(left + i * cell + cell / 2, top + n * cell + 10, String(i), INK, 2, 'center');
    for (let j = 0; j < n; j++) {
      const v = confusion[i][j];
      const share = v / total;
      // Diagonal: blue by share; off-diagonal: red, visible even for one digit.
      const strength = i === j ? share : v === 0 ? 0 : Math.min(1, 0.25 + 6 * share);
      const base = i === j ? BLUE : RED;
      const c: Rgb = [0, 1, 2].map((k) => Math.round(255 - (255 - base[k]) * strength)) as Rgb;
      r.fillRect(left + j * cell, top + i * cell, cell - 1, cell - 1, c);
      if (v > 0) {
        const label = String(v);
        const fg: Rgb = strength > 0.55 ? [255, 255, 255] : INK;
        r.text(left + j * cell + cell / 2, top + i * cell + cell / 2 - 5, label, fg, label.length > 3 ? 1 : 2, 'center');
      }
    }
  }
  return r;
}

export interface CurvePoint {
  epoch: number;
  trainLoss: number;
  validationLoss: number;
  trainAccuracy: number;
  validationAccuracy: number;
}

interface Series {
  values: number[];
  color: Rgb;
  label: string;
}

function panel(r: Raster, x: number, y: number, w: number, h: number, title: string, series: Series[],
  yMin: number, yMax: number, yFormat: (v: number) => string, marker?: number) {
  r.text(x + w / 2, y - 22, title, INK, 2, 'center');
  const ticks = 5;
  for (let t = 0; t <= ticks; t++) {
    const v = yMin + ((yMax - yMin) * t) / ticks;
    const py = y + h - (h * t) / ticks;
    r.line(x, py, x + w, py, GRID);
    r.text(x - 6, py - 3, yFormat(v), INK, 1, 'right');
  }
  const epochs = series[0].values.length;
  const px = (i: number) => x + (w * i) / Math.max(1, epochs - 1);
  const py = (v: number) => y + h - (h * (Math.min(Math.max(v, yMin), yMax) - yMin)) / (yMax - yMin);
  const every = Math.max(1, Math.ceil(epochs / 10));
  for (let i = 0; i < epochs; i += every) r.text(px(i), y + h + 6, String(i + 1), INK, 1, 'center');
  r.text(x + w / 2, y + h + 18, 'EPOCH', INK, 1, 'center');
  if (marker !== undefined) r.line(px(marker - 1), y, px(marker - 1), y + h, [150, 150, 150]);
  r.line(x, y, x, y + h, INK);
  r.line(x, y + h, x + w, y + h, INK);
  for (const s of series) {
    for (let i = 1; i < s.values.length; i++) r.line(px(i - 1), py(s.values[i - 1]), px(i), py(s.values[i]), s.color, 2);
  }
}

/** One legend row, centred at (cx, y). */
function legend(r: Raster, cx: number, y: number, series: { color: Rgb; label: string }[]) {
  const itemWidth = (s: { label: string }) => 20 + Raster.textWidth(s.label) + 24;
  let x = cx - series.reduce((a, s) => a + itemWidth(s), 0) / 2;
  for (const s of series) {
    r.fillRect(x, y + 2, 14, 3, s.color);
    r.text(x + 20, y, s.label, INK);
    x += itemWidth(s);
  }
}

/** Two panels: loss and accuracy per epoch, train (augmented) vs validation. */
export function trainingCurvePicture(history: CurvePoint[], selectedEpoch: number): Raster {
  const w = 360, h = 220, left = 70, top = 70, gap = 110;
  const r = new Raster(left + 2 * w + gap + 30, top + h + 60);
  legend(r, r.width / 2, 10, [
    { color: ORANGE, label: 'TRAIN (AUGMENTED, DROPOUT ON)' },
    { color: BLUE, label: 'VALIDATION' },
    { color: [150, 150, 150], label: 'SELECTED EPOCH' },
  ]);
  // Leave out the first epoch when scaling the axes (it would flatten the rest).
  const scaled = history.length > 2 ? history.slice(1) : history;
  const loss = scaled.flatMap((p) => [p.trainLoss, p.validationLoss]);
  const acc = scaled.flatMap((p) => [p.trainAccuracy, p.validationAccuracy]);
  panel(r, left, top, w, h, 'LOSS', [
    { values: history.map((p) => p.trainLoss), color: ORANGE, label: 'TRAIN' },
    { values: history.map((p) => p.validationLoss), color: BLUE, label: 'VALIDATION' },
  ], 0, Math.max(...loss) * 1.1, (v) => v.toFixed(3), selectedEpoch);
  const lo = Math.max(0, Math.floor(Math.min(...acc) * 50) / 50);
  panel(r, left + w + gap, top, w, h, 'ACCURACY', [
    { values: history.map((p) => p.trainAccuracy), color: ORANGE, label: 'TRAIN' },
    { values: history.map((p) => p.validationAccuracy), color: BLUE, label: 'VALIDATION' },
  ], lo, 1, (v) => `${(100 * v).toFixed(1)}%`, selectedEpoch);
  return r;
}

/** A grid of 28x28 digits (1 = ink drawn dark), each with a caption above it. */
export function digitGridPicture(digits: { pixels: Float32Array; caption: string }[], columns = 10): Raster {
  const zoom = 3, cellW = 28 * zoom + 16, cellH = 28 * zoom + 26;
  const rows = Math.max(1, Math.ceil(digits.length / columns));
  const r = new Raster(columns * cellW + 8, rows * cellH + 8);
  digits.forEach((d, k) => {
    const x0 = 8 + (k % columns) * cellW, y0 = 8 + Math.floor(k / columns) * cellH;
    r.text(x0 + 14 * zoom, y0, d.caption, INK, 1, 'center');
    for (let y = 0; y < 28; y++) {
      for (let x = 0; x < 28; x++) {
        const g = Math.round(255 * (1 - Math.min(1, Math.max(0, d.pixels[y * 28 + x]))));
        r.fillRect(x0 + x * zoom, y0 + 12 + y * zoom, zoom, zoom, [g, g, g]);
      }
    }
  });
  return r;
}
