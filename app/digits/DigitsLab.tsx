'use client';
// The /digits experience: drawing pad (or an uploaded image) -> worker (MNIST-style preprocessing
// + CNN) -> prediction, probabilities, the 28x28 input, backend and latency.
import { useCallback, useEffect, useRef, useState } from 'react';
import { DrawingOverlay } from './DrawingOverlay';
import { DrawingPad, type DrawingPadHandle } from './DrawingPad';
import { ExplainPanel, type ExplainSettings } from './ExplainPanel';
import { FeatureMapsView } from './FeatureMapsView';
import { shownExplanation } from '@/lib/digits/shown-explanation';
import { useDigitsWorker } from './use-digits-worker';
import { HeatmapCanvas } from '../components/HeatmapCanvas';
import { ProbabilityBars } from '../components/ProbabilityBars';
import { ProgressBar } from '../components/ProgressBar';
import type { Lang } from '@/lib/content/types';
import { fill, type DigitsMessages } from '@/lib/i18n/digits-messages';
import { BACKEND_ORDER, type Backend } from '@/lib/platform/capabilities';
import type { MethodId } from '@/lib/explain/image/methods-info';

const DIGIT_LABELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Below this top-class probability the prediction is shown as uncertain. */
const CONFIDENT = 0.6;
const MAX_FILE_MB = 25;

/** `initialMethod`: the saliency method preselected by a deep link (`/digits?method=grad-cam`). */
export function DigitsLab({ t, lang, initialMethod }: { t: DigitsMessages; lang: Lang; initialMethod?: MethodId }) {
  const pad = useRef<DrawingPadHandle>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const { state, classify, requestExplanation, requestFeatures, retry, switchBackend } = useDigitsWorker();
  const [explainSettings, setExplainSettings] = useState<ExplainSettings>({ method: initialMethod ?? 'gradient', target: null, contrast: null, opacity: 0.7 });
  // A later deep link to this same page (only the query changes, the lab stays mounted) picks its method too.
  const [linkedMethod, setLinkedMethod] = useState(initialMethod);
  if (linkedMethod !== initialMethod) {
    setLinkedMethod(initialMethod);
    if (initialMethod) setExplainSettings((s) => ({ ...s, method: initialMethod }));
  }
  const [fileMessage, setFileMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [strokeCount, setStrokeCount] = useState(0);

  const send = useCallback((canvas: HTMLCanvasElement) => {
    canvasRef.current = canvas;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    classify({ rgba: data, width, height });
  }, [classify]);

  // A (re)loaded model classifies whatever is on the pad now.
  useEffect(() => {
    if (state.status === 'ready' && canvasRef.current) send(canvasRef.current);
  }, [state.status, state.backend, send]);

  // Every new prediction (or a change of method / digits) is explained and its activations shown,
  // once no newer drawing is waiting to be classified: while the pen moves, the worker spends its
  // time on the live prediction rather than on explaining frames that are already out of date.
  const resultId = state.result?.id;
  const hasDigit = Boolean(state.result?.classification);
  const settled = !state.classifying;
  const { method, target, contrast } = explainSettings;
  // a digit contrasted with itself explains nothing (the explainer refuses it): no contrast then
  const predictedDigit = state.result?.classification?.predicted;
  const contrastDigit = contrast !== null && contrast !== (target ?? predictedDigit) ? contrast : undefined;
  useEffect(() => {
    if (resultId === undefined || !hasDigit || !settled) return;
    requestExplanation({ method, target: target ?? undefined, contrastTarget: contrastDigit });
    requestFeatures();
  }, [resultId, hasDigit, settled, method, target, contrastDigit, requestExplanation, requestFeatures]);

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setFileMessage({ ok: false, text: fill(t.errorTooBig, { mb: MAX_FILE_MB }) });
      return;
    }
    try {
      const bitmap = await createImageBitmap(file);
      pad.current?.setImage(bitmap);
      setFileMessage({ ok: true, text: fill(t.imageLoaded, { name: file.name }) });
    } catch {
      setFileMessage({ ok: false, text: `${t.errorImage} (${file.name})` });
    }
  };

  const r = state.result;
  const c = r?.classification ?? null;
  // An explanation is shown only over the drawing it explains (lib/digits/shown-explanation.ts).
  const explanation = shownExplanation(r ? { id: r.id, hasDigit: c !== null } : null, state.explanation);
  const unsure = c !== null && c.confidence < CONFIDENT;

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,360px)_minmax(0,1fr)]">
      <section aria-label={t.canvasLabel} className="space-y-3">
        <div
          className={`rounded-xl ${dragging ? 'ring-4 ring-sky-500' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => { e.preventDefault(); setDragging(false); void openFile(e.dataTransfer.files[0]); }}
        >
          <div className="relative w-full max-w-[320px]">
            <DrawingPad ref={pad} label={t.canvasLabel} onChange={send} onStrokeCount={setStrokeCount} />
            <DrawingOverlay values={explanation.value?.data ?? null} signed={explanation.value?.signed ?? false}
              transform={r?.transform ?? null} opacity={explainSettings.opacity} label={t.overlayLabel} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" data-testid="digit-undo" onClick={() => pad.current?.undo()} disabled={strokeCount === 0}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800">
            {t.undo}
          </button>
          <button type="button" data-testid="digit-clear" onClick={() => { pad.current?.clear(); setFileMessage(null); }}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            {t.clear}
          </button>
          <label className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus-within:outline-2 focus-within:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800">
            {t.upload}
            <input type="file" accept="image/*" data-testid="digit-file" className="sr-only"
              onChange={(e) => { void openFile(e.target.files?.[0]); e.target.value = ''; }} />
          </label>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t.dropHint}</p>
        {fileMessage ? (
          <p role={fileMessage.ok ? 'status' : 'alert'} data-testid="digit-file-message"
            className={fileMessage.ok ? 'text-sm text-slate-700 dark:text-slate-300' : 'text-sm text-rose-700 dark:text-rose-300'}>
            {fileMessage.text}
          </p>
        ) : null}
      </section>

      <section aria-label={t.prediction} className="space-y-5">
        {state.status === 'loading' ? (
          <ProgressBar testId="model-progress" label={state.stage === 'backend' ? t.loadingBackend : state.fraction >= 1 ? t.startingModel : t.loadingModel}
            fraction={state.stage === 'backend' || state.fraction >= 1 ? null : state.fraction} />
        ) : null}
        {state.status === 'error' && state.error ? (
          <div role="alert" data-testid="digits-error" className="rounded-lg border border-rose-400 bg-rose-50 p-3 text-sm dark:bg-rose-950/40">
            <p className="font-semibold">{state.error.code === 'backend' ? t.errorBackend : t.errorModel}</p>
            <p className="mt-1 break-words font-mono text-xs">{state.error.message}</p>
            <button type="button" onClick={retry} className="mt-2 rounded-md bg-rose-700 px-3 py-1 text-white hover:bg-rose-800">{t.retry}</button>
          </div>
        ) : null}

        <div className="flex flex-wrap items-end gap-6">
          <div>
            <p className="text-sm font-semibold">{t.prediction}</p>
            {/* busy while a newer drawing is being classified: screen readers announce only the settled prediction */}
            <p aria-live="polite" aria-busy={state.classifying} data-testid="digit-prediction-region" className="flex items-baseline gap-3">
              <span data-testid="digit-prediction" className="min-w-[1ch] font-mono text-7xl font-bold leading-none">
                {c ? String(c.predicted) : ''}
              </span>
              {c ? (
                <span data-testid="digit-confidence" data-unsure={unsure} className={unsure ? 'text-amber-700 dark:text-amber-300' : 'text-slate-600 dark:text-slate-400'}>
                  {unsure ? `${t.lowConfidence} · ${t.maybe} ${c.predicted}, ` : ''}{(c.confidence * 100).toFixed(1)}% {t.confidence}
                </span>
              ) : null}
            </p>
            {r?.noDigit ? (
              <p data-testid="digit-hint" role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                {/* an opened image with no ink is about the image; a blank pad asks for a drawing */}
                {r.noDigit.reason === 'blank' && fileMessage?.ok ? t.blankImage : t.hints[r.noDigit.reason]}
              </p>
            ) : null}
          </div>
          <figure className="space-y-1">
            <HeatmapCanvas values={null} signed={false} base={r?.input ?? null} width={28} height={28} size={112} label={t.networkInputAlt}
              testId="digit-input-image" className="rounded border border-slate-300 dark:border-slate-600" />
            <figcaption className="text-xs text-slate-600 dark:text-slate-400">{t.networkInput}</figcaption>
          </figure>
        </div>

        <ProbabilityBars testId="digit-probabilities" title={t.probabilities} labels={DIGIT_LABELS} values={c?.probabilities ?? DIGIT_LABELS.map(() => 0)} />

        <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-2 text-sm">
          <dt>{t.backend}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span data-testid="backend-indicator" className="rounded bg-slate-100 px-2 py-0.5 font-mono dark:bg-slate-800">{state.backend ?? '…'}</span>
            <label className="sr-only" htmlFor="backend-select">{t.backend}</label>
            <select id="backend-select" data-testid="backend-select" defaultValue="auto"
              onChange={(e) => switchBackend(e.target.value === 'auto' ? undefined : (e.target.value as Backend))}
              className="rounded-md border border-slate-300 bg-transparent px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900">
              <option value="auto">{t.backendAuto}</option>
              {BACKEND_ORDER.map((b) => <option key={b} value={b}>{b}</option>)}
            </select>
          </dd>
          <dt>{t.latency}</dt>
          <dd data-testid="digit-latency" className="font-mono tabular-nums">{r && c ? `${r.ms.toFixed(1)} ms` : '–'}</dd>
        </dl>
        {state.failed.length && state.backend ? (
          <p data-testid="backend-fallback" className="text-xs text-amber-800 dark:text-amber-300">
            {fill(t.fallbackNotice, { backend: state.backend, failed: state.failed.map((f) => `${f.backend} — ${f.software ? t.softwareSkipped : f.error}`).join('; ') })}
          </p>
        ) : null}
      </section>

      <div className="space-y-6 lg:col-span-2">
        {/* Stable anchors for deep links: /digits#saliency, /digits#features. */}
        <div id="saliency" className="scroll-mt-36 sm:scroll-mt-20">
          <ExplainPanel t={t} lang={lang} settings={explainSettings} onChange={setExplainSettings} predicted={c?.predicted ?? null}
            input={r?.input ?? null} explanation={explanation} />
        </div>
        <div id="features" className="scroll-mt-36 sm:scroll-mt-20">
          <FeatureMapsView maps={c ? state.features.value : null} t={t} />
        </div>
      </div>
    </div>
  );
}
