// Horizontal probability bars for a set of classes; the top class is highlighted.
// Reads plain numbers; used by the digits page and the text lab.

interface Props {
  labels: string[];
  values: number[];
  title: string;
  testId?: string;
}

/** Display width of a label in `ch` of the monospace font (CJK characters are two wide). */
function widthCh(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function ProbabilityBars({ labels, values, title, testId }: Props) {
  // One label column for all rows, so the bars line up (long user labels wrap instead).
  const labelCh = Math.min(24, Math.max(1, ...labels.map(widthCh)));
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
              <span className="shrink-0 break-words text-right font-mono" style={{ width: `${labelCh}ch` }}>{label}</span>
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
