'use client';
// The network's activations for the current drawing: small multiples of both convolution layers
// (click or press Enter to enlarge one) and the dense layer's 64 outputs as bars.
import { useState } from 'react';
import { HeatmapCanvas } from '../components/HeatmapCanvas';
import { channel, type FeatureMaps, type FeatureMapStack } from '@/lib/explain/image/feature-maps';
import { fill, type DigitsMessages } from '@/lib/i18n/digits-messages';

function Stack({ stack, title, t, onPick }: { stack: FeatureMapStack; title: string; t: DigitsMessages; onPick(c: number): void }) {
  const max = Math.max(1e-6, ...stack.data);
  return (
    <figure>
      <figcaption className="mb-1 text-sm font-semibold">{title}</figcaption>
      <ul className="grid grid-cols-8 gap-1 sm:grid-cols-16" data-testid={`feature-maps-${stack.layer}`}>
        {Array.from({ length: stack.channels }, (_, c) => (
          <li key={c}>
            <button type="button" onClick={() => onPick(c)} aria-label={fill(t.featureMapLabel, { layer: stack.layer, index: c + 1 })}
              className="block rounded hover:ring-2 hover:ring-sky-500">
              <HeatmapCanvas values={channel(stack, c)} width={stack.width} height={stack.height} signed={false} scale={max} size={36} label="" className="rounded-sm border border-slate-200 dark:border-slate-700" />
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function FeatureMapsView({ maps, t }: { maps: FeatureMaps | null; t: DigitsMessages }) {
  const [picked, setPicked] = useState<{ layer: 'conv1' | 'conv2'; index: number } | null>(null);
  if (!maps) return null;
  const pickedStack = picked ? maps[picked.layer] : null;
  const denseMax = Math.max(1e-6, ...maps.dense1);
  return (
    <section aria-labelledby="features-title" className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="features-title" className="text-xl font-semibold">{t.featuresTitle}</h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t.featuresIntro}</p>
      {pickedStack && picked ? (
        <div role="dialog" aria-label={fill(t.featureMapLabel, { layer: picked.layer, index: picked.index + 1 })} data-testid="feature-map-enlarged" className="flex items-start gap-3">
          <HeatmapCanvas values={channel(pickedStack, picked.index)} width={pickedStack.width} height={pickedStack.height} signed={false}
            scale={Math.max(1e-6, ...pickedStack.data)} size={208} label={fill(t.featureMapLabel, { layer: picked.layer, index: picked.index + 1 })} />
          <button type="button" autoFocus onClick={() => setPicked(null)} className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">{t.close}</button>
        </div>
      ) : null}
      <Stack stack={maps.conv1} title={t.conv1Title} t={t} onPick={(index) => setPicked({ layer: 'conv1', index })} />
      <Stack stack={maps.conv2} title={t.conv2Title} t={t} onPick={(index) => setPicked({ layer: 'conv2', index })} />
      <figure>
        <figcaption className="mb-1 text-sm font-semibold">{t.dense1Title}</figcaption>
        <div className="flex h-16 items-end gap-px" data-testid="dense1-bars" aria-hidden="true">
          {Array.from(maps.dense1, (v, i) => (
            <span key={i} className="w-1.5 bg-sky-600 dark:bg-sky-400" style={{ height: `${(v / denseMax) * 100}%` }} />
          ))}
        </div>
      </figure>
    </section>
  );
}
