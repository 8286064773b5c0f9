'use client';
// Draws a grayscale image given as plain numbers (row-major, 0..1, 1 = ink) on a canvas,
// scaled up with crisp pixels. Used for the 28x28 network input.
import { useEffect, useRef } from 'react';

interface Props {
  data: Float32Array | null;
  width: number;
  height: number;
  size: number;
  label: string;
  testId?: string;
}

export function GrayImage({ data, width, height, size, label, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const v = data ? 255 - Math.round(Math.max(0, Math.min(1, data[i])) * 255) : 255;
      img.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [data, width, height]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: size, height: size, imageRendering: 'pixelated' }}
      className="rounded border border-slate-300 dark:border-slate-600"
    />
  );
}
