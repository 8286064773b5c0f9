'use client';
// The saliency map laid over the drawing itself: the 28x28 map is mapped back through the
// preprocessing (crop, scale, shift) so it lines up with the strokes.
import { useEffect, useRef } from 'react';
import { colorize, robustMax } from '@/lib/viz/colormap';
import { frameToSource } from '@/lib/viz/frame-map';
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
  const w = transform?.sourceWidth ?? 280;
  const h = transform?.sourceHeight ?? 280;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!values || !transform) return;
    const mapped = frameToSource(values, 28, transform.box, transform.placed, w, h);
    const img = ctx.createImageData(w, h);
    img.data.set(colorize(mapped, signed, robustMax(values)));
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
