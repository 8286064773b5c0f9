// Colour legend for attribution maps: diverging (against / 0 / for) or sequential (low / high),
// with the values at its ends when given.
import { diverging, sequential } from '@/lib/viz/colormap';

/** `max`: the value at the scale's end(s), shown as numbers when given. */
export function ColorLegend({ signed, labels, max, testId = 'saliency-legend' }: {
  signed: boolean; labels: { against: string; for: string; low: string; high: string }; max?: number; testId?: string;
}) {
  const end = max === undefined ? '' : ` ${max.toFixed(2)}`;
  const stops = Array.from({ length: 11 }, (_, i) => (signed ? diverging(i / 5 - 1) : sequential(i / 10)));
  const gradient = `linear-gradient(to right, ${stops.map(([r, g, b, a]) => `rgba(${r},${g},${b},${(a / 255).toFixed(2)})`).join(', ')})`;
  return (
    <figure data-testid={testId} data-signed={signed} data-max={max?.toFixed(3)} className="w-64 text-xs">
      <div className="h-3 rounded border border-slate-300 dark:border-slate-600" style={{ background: gradient }} aria-hidden="true" />
      <figcaption className="mt-0.5 flex justify-between text-slate-600 dark:text-slate-400">
        {signed ? (<><span>{labels.against}{end && ` −${end.trim()}`}</span><span>0</span><span>{labels.for}{end && ` +${end.trim()}`}</span></>)
          : (<><span>{labels.low}{end && ' 0'}</span><span>{labels.high}{end}</span></>)}
      </figcaption>
    </figure>
  );
}
