'use client';
// Draws an attribution map (plain numbers) as colours, optionally over a grayscale base image,
// on a canvas scaled up with crisp or smooth pixels. Signed maps use the diverging scale.
import { useEffect, useRef } from 'react';
import { colorize } from '@/lib/viz/colormap';

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
}

export function HeatmapCanvas({ values, width, height, signed, base, opacity = 1, scale, size, label, testId, pixelated = true, className }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(width, height);
    const colours = values ? colorize(values, signed, scale) : null;
    for (let i = 0; i < width * height; i++) {
      const g = base ? 255 - Math.round(Math.max(0, Math.min(1, base[i])) * 255) : 255;
      let [r, gg, b] = [g, g, g];
      if (colours) {
        const a = (colours[i * 4 + 3] / 255) * opacity;
        r = Math.round(r * (1 - a) + colours[i * 4] * a);
        gg = Math.round(gg * (1 - a) + colours[i * 4 + 1] * a);
        b = Math.round(b * (1 - a) + colours[i * 4 + 2] * a);
      }
      img.data.set([r, gg, b, base || !colours ? 255 : colours[i * 4 + 3] * opacity], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [values, width, height, signed, base, opacity, scale]);
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
}
