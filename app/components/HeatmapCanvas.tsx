'use client';
// Draws an attribution map (plain numbers) as colours, optionally over a grayscale base image,
// on a canvas scaled up with crisp or smooth pixels. Signed maps use the diverging scale.
// The colours are written straight into one reused ImageData (lib/viz/heatmap-pixels.ts) of a
// CPU-backed canvas: these are small images only ever written with putImageData. `lazy` canvases
// (small multiples, a hundred feature maps) are painted in coming animation frames, a few dozen a
// frame (lib/viz/paint-queue.ts): every changed canvas costs the compositor a little at the next
// frame, and a hundred at once made one long frame.
import { memo, useEffect, useRef } from 'react';
import { heatmapPixels } from '@/lib/viz/heatmap-pixels';
import { createPaintQueue } from '@/lib/viz/paint-queue';

/** Lazy canvases painted per animation frame. */
const LAZY_PER_FRAME = 24;
const lazyPaints = createPaintQueue(LAZY_PER_FRAME);

interface Props {
  values: Float32Array | null;
  width: number;
  height: number;
  signed: boolean;
  /** Grayscale image under the map (0..1, 1 = ink), drawn dark on white. */
  base?: Float32Array | null;
  opacity?: number;
  /** Shared colour-scale maximum; defaults to the map's own robust maximum. */
  scale?: number;
  size: number;
  /** Accessible name; empty when the canvas sits inside a control that carries the name. */
  label: string;
  testId?: string;
  pixelated?: boolean;
  className?: string;
  /** Paint in a coming animation frame, with other lazy canvases (for many small multiples). */
  lazy?: boolean;
}

export const HeatmapCanvas = memo(function HeatmapCanvas({ values, width, height, signed, base, opacity = 1, scale, size, label, testId, pixelated = true, className, lazy = false }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const image = useRef<ImageData | null>(null);
  const runs = useRef({ count: 0 });
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const paint = () => {
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) return;
      let img = image.current;
      if (!img || img.width !== width || img.height !== height) img = image.current = ctx.createImageData(width, height);
      heatmapPixels(img.data, width * height, { values, signed, base, opacity, scale });
      ctx.putImageData(img, 0, 0);
    };
    if (!lazy) {
      paint();
      return;
    }
    const counter = runs.current;
    const thisRun = ++counter.count;
    lazyPaints.schedule(canvas, paint);
    return () => {
      lazyPaints.cancel(canvas);
      // Not followed by a run with new data (hidden, e.g. in an <Activity>, or unmounted): blank
      // the canvas, so that it never shows an old map while its new one waits for its frame.
      queueMicrotask(() => {
        if (counter.count === thisRun) canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
      });
    };
  }, [values, width, height, signed, base, opacity, scale, lazy]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      // An empty label means the canvas is decoration inside a labelled control.
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
      data-testid={testId}
      className={className}
      style={{ width: size, height: size * (height / width), imageRendering: pixelated ? 'pixelated' : 'auto' }}
    />
  );
});
