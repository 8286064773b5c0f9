// Colour legend for attribution maps: diverging (against / 0 / for) or sequential (low / high).
import { diverging, sequential } from '@/lib/viz/colormap';

export function ColorLegend({ signed, labels }: { signed: boolean; labels: { against: string; for: string; low: string; high: string } }) {
  const stops = Array.from({ length: 11 }, (_, i) => (signed ? diverging(i / 5 - 1) : sequential(i / 10)));
  const gradient = `linear-gradient(to right, ${stops.map(([r, g, b, a]) => `rgba(${r},${g},${b},${(a / 255).toFixed(2)})`).join(', ')})`;
  return (
    <figure data-testid="saliency-legend" data-signed={signed} className="w-64 text-xs">
      <div className="h-3 rounded border border-slate-300 dark:border-slate-600" style={{ background: gradient }} aria-hidden="true" />
      <figcaption className="mt-0.5 flex justify-between text-slate-600 dark:text-slate-400">
        {signed ? (<><span>{labels.against}</span><span>0</span><span>{labels.for}</span></>) : (<><span>{labels.low}</span><span>{labels.high}</span></>)}
      </figcaption>
    </figure>
  );
}
