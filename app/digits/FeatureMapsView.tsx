'use client';
// The network's activations for the current drawing: small multiples of both convolution layers
// (click or press Enter to enlarge one) and the dense layer's 64 outputs as bars.
// A hundred small canvases are the heaviest thing on the page, so they are rendered at low
// priority (useDeferredValue): the prediction and the saliency map show first, and a newer drawing
// interrupts the rendering of an older one's maps. Each stack redraws only when its data changes.
// While there is nothing to show (a blank pad) the last maps are hidden, not unmounted (Activity):
// the next drawing reuses the same canvases instead of creating a hundred new ones and leaving the
// old ones to the garbage collector, whose pauses were the longest main-thread tasks while drawing.
import { Activity, memo, useDeferredValue, useMemo, useState } from 'react';
import { ColorLegend } from '../components/ColorLegend';
import { HeatmapCanvas } from '../components/HeatmapCanvas';
import { channel, channels, maxOf, type FeatureMaps, type FeatureMapStack } from '@/lib/explain/image/feature-map-stack';
import { fill, type DigitsMessages } from '@/lib/i18n/digits-messages';

type Layer = 'conv1' | 'conv2';

type Picked = { layer: Layer; index: number };

const Stack = memo(function Stack({ stack, layer, title, t, onPick }: {
  stack: FeatureMapStack; layer: Layer; title: string; t: DigitsMessages; onPick(picked: Picked): void;
}) {
  const max = Math.max(1e-6, maxOf(stack.data));
  const views = useMemo(() => channels(stack), [stack]);
  return (
    <figure>
      <figcaption className="mb-1 text-sm font-semibold">{title}</figcaption>
      <ul className="grid grid-cols-6 gap-1 sm:grid-cols-8 lg:grid-cols-16" data-testid={`feature-maps-${stack.layer}`}>
        {views.map((values, c) => (
          <li key={c}>
            <button type="button" onClick={() => onPick({ layer, index: c })} aria-label={fill(t.featureMapLabel, { layer: stack.layer, index: c + 1 })}
              className="block rounded hover:ring-2 hover:ring-sky-500">
              <HeatmapCanvas values={values} width={stack.width} height={stack.height} signed={false} scale={max} size={36} label="" lazy className="rounded-sm border border-slate-200 dark:border-slate-700" />
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
});

export const FeatureMapsView = memo(function FeatureMapsView({ maps: latest, t }: { maps: FeatureMaps | null; t: DigitsMessages }) {
  const current = useDeferredValue(latest);
  // The last maps shown, kept (hidden) while there are none.
  const [kept, setKept] = useState<FeatureMaps | null>(null);
  if (current && current !== kept) setKept(current);
  const maps = current ?? kept;
  const [picked, setPicked] = useState<Picked | null>(null);
  const pickedStack = picked && maps ? maps[picked.layer] : null;
  const pickedValues = useMemo(() => (pickedStack && picked ? channel(pickedStack, picked.index) : null), [pickedStack, picked]);
  if (!maps) return null;
  // the enlarged map uses its layer's scale, as the small maps do, so that colours compare across maps
  const pickedMax = pickedStack ? Math.max(1e-6, maxOf(pickedStack.data)) : 1;
  const pickedPeak = pickedValues ? maxOf(pickedValues) : 0;
  const denseMax = Math.max(1e-6, maxOf(maps.dense1));
  return (
    <Activity mode={current ? 'visible' : 'hidden'}>
      <section aria-labelledby="features-title" className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="features-title" className="text-xl font-semibold">{t.featuresTitle}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.featuresIntro}</p>
        {pickedStack && picked ? (
          <div role="dialog" aria-labelledby="feature-map-enlarged-title" data-testid="feature-map-enlarged" className="flex flex-wrap items-start gap-3">
            <figure className="space-y-1">
              <HeatmapCanvas values={pickedValues} width={pickedStack.width} height={pickedStack.height} signed={false}
                scale={pickedMax} size={208} label={fill(t.featureMapLabel, { layer: picked.layer, index: picked.index + 1 })} />
              <figcaption className="space-y-1 text-xs text-slate-600 dark:text-slate-400">
                <p id="feature-map-enlarged-title" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                  {fill(t.featureMapTitle, { layer: picked.layer === 'conv1' ? 1 : 2, index: picked.index + 1, size: `${pickedStack.width}×${pickedStack.height}` })}
                </p>
                <ColorLegend signed={false} max={pickedMax} testId="feature-map-scale"
                  labels={{ for: t.legendFor, against: t.legendAgainst, low: t.legendLow, high: t.legendHigh }} />
                <p>{fill(t.featureMapPeak, { value: pickedPeak.toFixed(2) })}</p>
              </figcaption>
            </figure>
            <button type="button" autoFocus onClick={() => setPicked(null)} className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">{t.close}</button>
          </div>
        ) : null}
        <Stack stack={maps.conv1} layer="conv1" title={t.conv1Title} t={t} onPick={setPicked} />
        <Stack stack={maps.conv2} layer="conv2" title={t.conv2Title} t={t} onPick={setPicked} />
        <figure>
          <figcaption className="mb-1 text-sm font-semibold">{t.dense1Title}</figcaption>
          <div className="flex h-16 items-end gap-px" data-testid="dense1-bars" aria-hidden="true">
            {Array.from(maps.dense1, (v, i) => (
              <span key={i} className="w-1.5 bg-sky-600 dark:bg-sky-400" style={{ height: `${(v / denseMax) * 100}%` }} />
            ))}
          </div>
        </figure>
      </section>
    </Activity>
  );
});
