'use client';
// The saliency map laid over the drawing itself: the 28x28 map is mapped back through the
// preprocessing (crop, scale, shift) so it lines up with the strokes. Sampling and colouring run in
// one pass straight into a reused ImageData (lib/viz/frame-map.ts), on a CPU-backed canvas (it is
// only ever written with putImageData, and the tests read it back).
import { useEffect, useRef } from 'react';
import { robustMax } from '@/lib/viz/colormap';
import { frameToSourceRgba } from '@/lib/viz/frame-map';
import type { FrameTransform } from '@/lib/workers/digits-protocol';

interface Props {
  values: Float32Array | null;
  signed: boolean;
  transform: FrameTransform | null;
  opacity: number;
  label: string;
}

export function DrawingOverlay({ values, signed, transform, opacity, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const image = useRef<ImageData | null>(null);
  const w = transform?.sourceWidth ?? 280;
  const h = transform?.sourceHeight ?? 280;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !ctx) return;
    if (!values || !transform) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      return;
    }
    let img = image.current;
    if (!img || img.width !== w || img.height !== h) img = image.current = ctx.createImageData(w, h);
    // Every pixel is written, so the previous map needs no clearing.
    frameToSourceRgba(values, 28, transform.box, transform.placed, w, h, signed, robustMax(values), img.data);
    ctx.putImageData(img, 0, 0);
  }, [values, signed, transform, w, h]);
  return (
    <canvas
      ref={ref}
      width={w}
      height={h}
      role="img"
      aria-label={label}
      data-testid="saliency-overlay"
      data-ready={Boolean(values && transform)}
      className="pointer-events-none absolute inset-0 h-full w-full rounded-xl"
      style={{ opacity }}
    />
  );
}
