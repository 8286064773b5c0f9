// A labelled progress bar for model downloads and other long steps (announced to screen readers).

export function ProgressBar({ label, fraction, testId }: { label: string; fraction: number | null; testId?: string }) {
  const pct = fraction === null ? undefined : Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div role="status" aria-live="polite" data-testid={testId} className="space-y-1 text-sm">
      <div className="flex justify-between">
        <span>{label}</span>
        {pct !== undefined ? <span className="font-mono tabular-nums">{pct}%</span> : null}
      </div>
      <progress className="h-2 w-full overflow-hidden rounded accent-sky-600" max={100} value={pct} aria-label={label} />
    </div>
  );
}
