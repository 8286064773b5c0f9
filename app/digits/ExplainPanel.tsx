'use client';
// Saliency controls and views: method picker, target and contrast digits, opacity, colour legend,
// the map over the 28x28 input, and a plain-language explanation of the chosen method.
import Link from 'next/link';
import { ColorLegend } from '../components/ColorLegend';
import { HeatmapCanvas } from '../components/HeatmapCanvas';
import type { Lang } from '@/lib/content/types';
import { CONTRAST_EXPLANATION, METHODS, methodInfo, type MethodId } from '@/lib/explain/image/methods-info';
import { fill, type DigitsMessages } from '@/lib/i18n/digits-messages';
import type { Explanation } from '@/lib/workers/digits-protocol';

export interface ExplainSettings {
  method: MethodId;
  /** null: the predicted digit */
  target: number | null;
  contrast: number | null;
  opacity: number;
}

interface Props {
  t: DigitsMessages;
  lang: Lang;
  settings: ExplainSettings;
  onChange(next: ExplainSettings): void;
  predicted: number | null;
  input: Float32Array | null;
  explanation: { value: Explanation | null; ms: number; pending: boolean; error: string | null };
}

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const selectClass = 'rounded-md border border-slate-300 bg-transparent px-1 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

export function ExplainPanel({ t, lang, settings, onChange, predicted, input, explanation }: Props) {
  // the digit explained, and the contrast in effect (none when it is that digit)
  const explained = settings.target ?? predicted;
  const contrast = settings.contrast !== null && settings.contrast !== explained ? settings.contrast : null;
  const info = methodInfo(settings.method);
  const e = explanation.value;
  const shownSigned = e ? e.signed : info.signed;
  const set = (patch: Partial<ExplainSettings>) => onChange({ ...settings, ...patch });
  const gap = e?.completenessGap;
  const change = e && e.baselineScore !== undefined ? e.score - e.baselineScore : null;

  return (
    <section aria-labelledby="saliency-title" className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="saliency-title" className="text-xl font-semibold">{t.saliencyTitle}</h2>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          {t.method}
          <select data-testid="saliency-method" value={settings.method} onChange={(ev) => set({ method: ev.target.value as MethodId })} className={selectClass}>
            {METHODS.map((m) => <option key={m.id} value={m.id}>{m.name[lang]}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t.target}
          <select data-testid="saliency-target" value={settings.target ?? 'auto'} onChange={(ev) => set({ target: ev.target.value === 'auto' ? null : Number(ev.target.value) })} className={selectClass}>
            <option value="auto">{fill(t.targetPredicted, { digit: predicted ?? '–' })}</option>
            {DIGITS.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t.contrast}
          <select data-testid="saliency-contrast" value={contrast ?? 'none'} onChange={(ev) => set({ contrast: ev.target.value === 'none' ? null : Number(ev.target.value) })} className={selectClass}>
            <option value="none">{t.contrastNone}</option>
            {/* the explained digit cannot be contrasted with itself */}
            {DIGITS.map((d) => <option key={d} value={d} disabled={d === explained}>{d}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t.opacity}
          <input type="range" min={0} max={1} step={0.05} value={settings.opacity} data-testid="saliency-opacity"
            onChange={(ev) => set({ opacity: Number(ev.target.value) })} className="w-32 accent-sky-600" />
        </label>
      </div>

      <div className="flex flex-wrap items-start gap-4">
        <HeatmapCanvas values={e?.data ?? null} width={28} height={28} signed={shownSigned} base={input} opacity={settings.opacity}
          size={168} label={t.inputOverlayLabel} testId="saliency-input-overlay" className="rounded border border-slate-300 dark:border-slate-600" />
        <div className="space-y-2 text-sm">
          <ColorLegend signed={shownSigned} labels={{ for: t.legendFor, against: t.legendAgainst, low: t.legendLow, high: t.legendHigh }} />
          <p role="status" aria-live="polite" data-testid="saliency-status" data-pending={explanation.pending}>
            {explanation.pending ? fill(t.computing, { method: info.name[lang] })
              : e ? fill(t.computedIn, { method: info.name[lang], ms: explanation.ms.toFixed(0) })
              : input ? '' : t.explainEmpty}
          </p>
          {explanation.error ? <p role="alert" className="text-rose-700 dark:text-rose-300">{fill(t.explainError, { message: explanation.error })}</p> : null}
          {gap !== undefined && change !== null ? (
            <p data-testid="ig-completeness" className="font-mono text-xs">
              {fill(t.completeness, { gap: gap.toExponential(2), pct: (Math.abs(gap / (change || 1)) * 100).toFixed(2) })}
            </p>
          ) : null}
        </div>
      </div>

      <div className="max-w-3xl space-y-2 text-sm text-slate-700 dark:text-slate-300">
        <p data-testid="saliency-explanation">{info.explanation[lang]}</p>
        {contrast !== null ? <p>{CONTRAST_EXPLANATION[lang]}</p> : null}
        <p className="text-xs">
          {info.reference.citation}{' · '}
          <Link href="/article#sec-9.5" className="text-sky-700 underline dark:text-sky-300">{t.interpretabilityLink}</Link>
        </p>
      </div>
    </section>
  );
}
