'use client';
// The drawing canvas: pointer events (mouse, touch, pen) with no page scroll while drawing, a
// round pen-like brush, undo/clear, an optional background image (an uploaded photo), and the
// strokes remembered across reloads. After each change it hands its canvas to `onChange`,
// at most once per animation frame.
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';

type Point = [x: number, y: number, pressure: number];
interface Stroke { points: Point[]; pen: boolean }

export interface DrawingPadHandle {
  clear(): void;
  undo(): void;
  setImage(image: ImageBitmap): void;
  isEmpty(): boolean;
}

interface Props {
  ref?: Ref<DrawingPadHandle>;
  /** Internal resolution (square), in canvas pixels. */
  size?: number;
  label: string;
  onChange(canvas: HTMLCanvasElement): void;
  onStrokeCount?(count: number): void;
}

const STORAGE_KEY = 'glassbox-digits-strokes';
/** Brush diameter as a share of the canvas side: close to MNIST's stroke/digit ratio. */
const BRUSH = 0.07;

function loadStrokes(): Stroke[] {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((s) => Array.isArray(s?.points)) : [];
  } catch {
    return [];
  }
}

function saveStrokes(strokes: Stroke[]) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(strokes));
  } catch {
    // Storage full or disabled: drawing still works, it just is not remembered.
  }
}

function drawStroke(ctx: CanvasRenderingContext2D, stroke: Stroke, size: number) {
  const pts = stroke.points;
  if (!pts.length) return;
  const width = (p: Point) => BRUSH * size * (stroke.pen ? 0.5 + p[2] : 1);
  ctx.fillStyle = ctx.strokeStyle = '#000';
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (pts.length === 1) {
    ctx.beginPath();
    ctx.arc(pts[0][0] * size, pts[0][1] * size, width(pts[0]) / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  // Quadratic curves through midpoints: a smooth, ink-like line.
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    const prevMid = i > 1 ? [(pts[i - 2][0] + a[0]) / 2, (pts[i - 2][1] + a[1]) / 2] : [a[0], a[1]];
    const mid = i < pts.length - 1 ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : [b[0], b[1]];
    ctx.lineWidth = width(b);
    ctx.beginPath();
    ctx.moveTo(prevMid[0] * size, prevMid[1] * size);
    ctx.quadraticCurveTo(a[0] * size, a[1] * size, mid[0] * size, mid[1] * size);
    ctx.stroke();
  }
}

export function DrawingPad({ ref, size = 280, label, onChange, onStrokeCount }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const image = useRef<ImageBitmap | null>(null);
  const active = useRef<Stroke | null>(null);
  const frame = useRef<number | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => { onChangeRef.current = onChange; }, [onChange]);

  const redraw = useCallback(() => {
    frame.current = null;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    const img = image.current;
    if (img) {
      const scale = Math.min(size / img.width, size / img.height);
      const w = img.width * scale;
      const h = img.height * scale;
      ctx.drawImage(img, (size - w) / 2, (size - h) / 2, w, h);
    }
    for (const s of strokes.current) drawStroke(ctx, s, size);
    if (active.current) drawStroke(ctx, active.current, size);
    onChangeRef.current(canvas);
  }, [size]);

  const schedule = useCallback(() => {
    if (frame.current === null) frame.current = requestAnimationFrame(redraw);
  }, [redraw]);

  const committed = useCallback(() => {
    saveStrokes(strokes.current);
    onStrokeCount?.(strokes.current.length + (image.current ? 1 : 0));
    schedule();
  }, [onStrokeCount, schedule]);

  useEffect(() => {
    strokes.current = loadStrokes();
    committed();
    return () => { if (frame.current !== null) cancelAnimationFrame(frame.current); };
  }, [committed]);

  const undo = useCallback(() => {
    if (strokes.current.length) strokes.current = strokes.current.slice(0, -1);
    else if (image.current) { image.current.close(); image.current = null; }
    committed();
  }, [committed]);

  const clear = useCallback(() => {
    strokes.current = [];
    image.current?.close();
    image.current = null;
    committed();
  }, [committed]);

  useImperativeHandle(ref, () => ({
    clear,
    undo,
    setImage(bitmap) {
      image.current?.close();
      image.current = bitmap;
      strokes.current = [];
      committed();
    },
    isEmpty: () => !strokes.current.length && !image.current,
  }), [clear, undo, committed]);

  const point = (e: PointerEvent | React.PointerEvent): Point => {
    const r = canvasRef.current!.getBoundingClientRect();
    const clamp = (v: number) => Math.max(0, Math.min(1, v));
    return [clamp((e.clientX - r.left) / r.width), clamp((e.clientY - r.top) / r.height), e.pressure || 0.5];
  };

  return (
    <canvas
      ref={canvasRef}
      width={size}
      height={size}
      tabIndex={0}
      role="img"
      aria-label={label}
      data-testid="digit-canvas"
      className="aspect-square w-full max-w-[320px] cursor-crosshair touch-none select-none rounded-xl border-2 border-slate-300 bg-white shadow-inner dark:border-slate-600"
      onPointerDown={(e) => {
        if (e.button !== 0 && e.pointerType === 'mouse') return;
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        active.current = { points: [point(e)], pen: e.pointerType === 'pen' };
        schedule();
      }}
      onPointerMove={(e) => {
        if (!active.current) return;
        const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
        for (const ev of events.length ? events : [e.nativeEvent]) active.current.points.push(point(ev));
        schedule();
      }}
      onPointerUp={() => {
        if (!active.current) return;
        strokes.current = [...strokes.current, active.current];
        active.current = null;
        committed();
      }}
      onPointerCancel={() => {
        active.current = null;
        schedule();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
          e.preventDefault();
          undo();
        } else if (e.key === 'Escape' || e.key === 'Delete') {
          e.preventDefault();
          clear();
        }
      }}
    />
  );
}
