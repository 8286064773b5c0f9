// Horizontal probability bars for a set of classes; the top class is highlighted.
// Reads plain numbers; used by the digits page and the text lab.

interface Props {
  labels: string[];
  values: number[];
  title: string;
  testId?: string;
}

export function ProbabilityBars({ labels, values, title, testId }: Props) {
  let top = 0;
  values.forEach((v, i) => { if (v > values[top]) top = i; });
  return (
    <figure data-testid={testId} className="w-full">
      <figcaption className="mb-1 text-sm font-semibold">{title}</figcaption>
      <ul className="space-y-1">
        {labels.map((label, i) => {
          const pct = Math.max(0, Math.min(1, values[i] ?? 0)) * 100;
          return (
            <li key={label} className="flex items-center gap-2 text-sm" data-label={label} data-value={(values[i] ?? 0).toFixed(4)}>
              <span className="min-w-6 shrink-0 whitespace-nowrap text-right font-mono">{label}</span>
              <span className="relative h-4 flex-1 overflow-hidden rounded bg-slate-100 dark:bg-slate-800" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)}>
                <span className={`absolute inset-y-0 left-0 rounded ${i === top ? 'bg-sky-600 dark:bg-sky-400' : 'bg-slate-400 dark:bg-slate-500'}`} style={{ width: `${pct}%` }} />
              </span>
              <span className="w-14 shrink-0 text-right font-mono tabular-nums">{pct.toFixed(1)}%</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
