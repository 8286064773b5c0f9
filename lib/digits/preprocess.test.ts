// Unit tests for the MNIST-style normalisation on synthetic images.
import { describe, expect, it } from 'vitest';
import { BOX_SIZE, FRAME_SIZE, type InkMap, inkFromRgba, preprocessInk, resample } from './preprocess';

function blank(width: number, height: number): InkMap {
  return { data: new Float32Array(width * height), width, height };
}

/** Paint a filled axis-aligned rectangle of ink. */
function rect(ink: InkMap, x: number, y: number, w: number, h: number, v = 1): InkMap {
  for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) ink.data[j * ink.width + i] = v;
  return ink;
}

/** Paint a filled disc of ink (v = 0 erases one). */
function disc(ink: InkMap, cx: number, cy: number, r: number, v = 1): InkMap {
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x++) {
      if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r) ink.data[y * ink.width + x] = v;
    }
  }
  return ink;
}

/** A "7": a top bar and a diagonal stroke, drawn at any place and size. */
function seven(ink: InkMap, x: number, y: number, w: number, h: number, t: number): InkMap {
  rect(ink, x, y, w, t);
  for (let j = 0; j < h; j++) {
    const cx = Math.round(x + w - t - (j / h) * (w - t) * 0.6);
    rect(ink, cx, y + j, t, 1);
  }
  return ink;
}

function stats(p: Float32Array) {
  let m = 0, mx = 0, my = 0, x0 = 28, x1 = -1, y0 = 28, y1 = -1;
  for (let y = 0; y < FRAME_SIZE; y++) {
    for (let x = 0; x < FRAME_SIZE; x++) {
      const v = p[y * FRAME_SIZE + x];
      m += v; mx += v * x; my += v * y;
      if (v > 0.05) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
    }
  }
  return { cx: mx / m, cy: my / m, width: x1 - x0 + 1, height: y1 - y0 + 1, mass: m };
}

function ok(ink: InkMap) {
  const r = preprocessInk(ink);
  if (!r.ok) throw new Error(`expected a digit, got ${r.reason}`);
  return r;
}

/** Render an ink map as RGBA: ink colour over paper colour, optional transparency. */
function toRgba(ink: InkMap, paper: number, pen: number, transparentPaper = false): Uint8ClampedArray {
  const out = new Uint8ClampedArray(ink.data.length * 4);
  ink.data.forEach((v, i) => {
    if (transparentPaper) {
      out.set([pen, pen, pen, Math.round(v * 255)], 4 * i);
    } else {
      const g = Math.round(paper + (pen - paper) * v);
      out.set([g, g, g, 255], 4 * i);
    }
  });
  return out;
}

describe('preprocessInk', () => {
  it('keeps a centred ring (a 0) centred and scales it to 20 px', () => {
    const r = ok(disc(disc(blank(28, 28), 14.5, 14.5, 5), 14.5, 14.5, 3, 0));
    expect(r.pixels.length).toBe(784);
    const s = stats(r.pixels);
    expect(r.placed.width).toBe(BOX_SIZE);
    expect(r.placed.height).toBe(BOX_SIZE);
    expect(Math.abs(s.cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(s.cy - 14)).toBeLessThanOrEqual(0.5);
  });

  it('scales an off-centre small digit to a 20 px box and re-centres it by mass', () => {
    const ink = seven(blank(120, 90), 8, 6, 9, 15, 2); // small, top-left corner
    const r = ok(ink);
    expect(r.box).toEqual({ x: 8, y: 6, width: 9, height: 15 });
    expect(r.placed.height).toBe(20);
    expect(r.placed.width).toBe(12); // 9 * 20/15
    const s = stats(r.pixels);
    expect(Math.abs(s.cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(s.cy - 14)).toBeLessThanOrEqual(0.5);
    // A "7" has most of its mass at the top right, so its box is not centred.
    expect(r.placed.y).toBeGreaterThan(4);
  });

  it('gives the same result wherever the digit is and at 2x resolution', () => {
    const a = ok(seven(blank(100, 100), 10, 10, 30, 40, 6)).pixels;
    const b = ok(seven(blank(100, 100), 55, 48, 30, 40, 6)).pixels;
    expect(Array.from(b)).toEqual(Array.from(a));
    const c = ok(seven(blank(200, 200), 20, 20, 60, 80, 12)).pixels;
    // Not pixel-identical (the diagonal is rasterised anew), but close.
    let diff = 0;
    for (let i = 0; i < 784; i++) diff += Math.abs(c[i] - a[i]);
    expect(diff / 784).toBeLessThan(0.02);
  });

  it('keeps the aspect ratio of a wide shape', () => {
    const r = ok(rect(blank(60, 60), 5, 20, 40, 10));
    expect(r.placed.width).toBe(20);
    expect(r.placed.height).toBe(5);
  });

  it('anti-aliases when shrinking: a fine stripe pattern becomes even grey, not stripes', () => {
    const ink = blank(100, 100);
    for (let y = 10; y < 90; y++) for (let x = 10; x < 90; x++) ink.data[y * 100 + x] = x % 2;
    const r = ok(ink);
    const inner: number[] = [];
    for (let y = r.placed.y + 1; y < r.placed.y + r.placed.height - 1; y++) {
      for (let x = r.placed.x + 1; x < r.placed.x + r.placed.width - 1; x++) inner.push(r.pixels[y * 28 + x]);
    }
    expect(Math.max(...inner) - Math.min(...inner)).toBeLessThan(0.05);
  });

  it('ignores faint noise below the floor when finding the box', () => {
    const ink = seven(blank(80, 80), 30, 20, 20, 30, 4);
    for (let i = 0; i < ink.data.length; i += 7) if (ink.data[i] === 0) ink.data[i] = 0.05;
    const clean = ok(seven(blank(80, 80), 30, 20, 20, 30, 4));
    const noisy = ok(ink);
    expect(noisy.box).toEqual(clean.box);
    expect(Array.from(noisy.pixels)).toEqual(Array.from(clean.pixels));
  });

  it('outputs values in [0, 1] with full-strength ink', () => {
    const r = ok(seven(blank(64, 64), 10, 10, 30, 40, 5));
    const max = Math.max(...r.pixels);
    expect(max).toBeCloseTo(1, 5);
    expect(Math.min(...r.pixels)).toBeGreaterThanOrEqual(0);
  });

  it('reports no digit for blank, speck-sized and ink-everywhere images', () => {
    expect(preprocessInk(blank(50, 50))).toMatchObject({ ok: false, reason: 'blank' });
    const faint = blank(50, 50);
    faint.data.fill(0.05);
    expect(preprocessInk(faint)).toMatchObject({ ok: false, reason: 'blank' });
    expect(preprocessInk(rect(blank(200, 200), 100, 100, 2, 2))).toMatchObject({ ok: false, reason: 'too-little-ink' });
    // one click of the pen on the 280 px pad: a disc 20 px across, big enough but no longer than thick
    expect(preprocessInk(disc(blank(280, 280), 140, 90, 10))).toMatchObject({ ok: false, reason: 'too-little-ink' });
    // a short stroke of the same pen (a 1 or a dash) is still read
    expect(preprocessInk(rect(blank(280, 280), 130, 100, 20, 60)).ok).toBe(true);
    const full = blank(50, 50);
    full.data.fill(0.9);
    const r = preprocessInk(full);
    expect(r).toMatchObject({ ok: false, reason: 'too-much-ink' });
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });
});

describe('resample', () => {
  it('preserves the mean when area-averaging down', () => {
    const src = new Float32Array(30 * 30).map((_, i) => (i * 7919) % 13 / 13);
    const out = resample(src, 30, 30, 20, 20);
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(out)).toBeCloseTo(mean(src), 4);
  });

  it('is the identity at the same size', () => {
    const src = Float32Array.from({ length: 12 }, (_, i) => i / 12);
    expect(Array.from(resample(src, 4, 3, 4, 3))).toEqual(Array.from(src));
  });
});

describe('inkFromRgba', () => {
  const ink = seven(blank(60, 60), 15, 10, 28, 38, 5);
  const expected = ok(ink).pixels;

  it('reads dark ink on light paper', () => {
    const r = ok(inkFromRgba(toRgba(ink, 250, 20), 60, 60));
    expect(Array.from(r.pixels)).toEqual(Array.from(expected));
  });

  it('gives the same result for light chalk on a dark board', () => {
    const dark = ok(inkFromRgba(toRgba(ink, 15, 235), 60, 60));
    expect(Array.from(dark.pixels)).toEqual(Array.from(expected));
  });

  it('treats transparent pixels as background (strokes on a cleared canvas)', () => {
    const black = ok(inkFromRgba(toRgba(ink, 0, 0, true), 60, 60));
    const white = ok(inkFromRgba(toRgba(ink, 0, 255, true), 60, 60));
    expect(Array.from(black.pixels)).toEqual(Array.from(expected));
    expect(Array.from(white.pixels)).toEqual(Array.from(expected));
  });

  it('stretches a faint pencil digit on grey paper to full ink', () => {
    const r = ok(inkFromRgba(toRgba(ink, 200, 140), 60, 60));
    expect(Math.max(...r.pixels)).toBeCloseTo(1, 5);
    const s = stats(r.pixels);
    expect(Math.abs(s.cx - 14)).toBeLessThanOrEqual(0.5);
  });

  it('turns an empty canvas or plain paper into no digit', () => {
    const paper = new Uint8ClampedArray(40 * 40 * 4).fill(255);
    expect(preprocessInk(inkFromRgba(paper, 40, 40))).toMatchObject({ ok: false, reason: 'blank' });
    const cleared = new Uint8ClampedArray(40 * 40 * 4);
    expect(preprocessInk(inkFromRgba(cleared, 40, 40))).toMatchObject({ ok: false, reason: 'blank' });
    // Paper with mild sensor noise is still blank.
    const noisy = new Uint8ClampedArray(40 * 40 * 4);
    for (let i = 0; i < 1600; i++) {
      const g = 230 + ((i * 2654435761) >>> 0) % 9;
      noisy.set([g, g, g, 255], 4 * i);
    }
    expect(preprocessInk(inkFromRgba(noisy, 40, 40))).toMatchObject({ ok: false, reason: 'blank' });
  });
});
