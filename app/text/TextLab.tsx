'use client';
// The /text experience: type (or pick an example), choose task and model, and see the label,
// the attention of every layer and head, attention rollout and token attributions.
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AttentionView } from './AttentionView';
import { HubConsent } from '../components/HubConsent';
import { useTextWorker } from './use-text-worker';
import { ProbabilityBars } from '../components/ProbabilityBars';
import { ProgressBar } from '../components/ProgressBar';
import { TokenStrip } from '../components/TokenStrip';
import type { Lang } from '@/lib/content/types';
import { EXAMPLES, fill, LABEL_NAMES, textMessages, type TextMessages } from '@/lib/i18n/text-messages';
import { findModel, modelsFor, type TextModelEntry, type TextTask } from '@/lib/text/registry';
import { TEXT_DEVICE_PREFERENCES, type TextDevicePreference } from '@/lib/text/device';
import { grantHubConsent, hasHubConsent } from '@/lib/text/hub-consent';
import { isNetworkFailure } from '@/lib/text/network-failure';
import { checkTemplate, MAX_LABEL_CHARS, MAX_LABELS, MAX_TEMPLATE_CHARS, MIN_LABELS, parseLabels } from '@/lib/text/zero-shot-labels';
import { normalizeUserText, MAX_TEXT_CHARS } from '@/lib/text/user-text';
import { TEXT_MAX_LENGTH } from '@/lib/text/labels';
import { percentLabel } from '@/lib/util/percent-label';

const DEBOUNCE_MS = 250;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

type Accuracy = { all: number; en: number; zh: number };

/** Default candidate labels and template of a zero-shot model: the UI language when the model reads it, else the model's language. */
function zeroShotDefaults(entry: TextModelEntry, lang: Lang): { labels: string; template: string } {
  const l = entry.languages.includes(lang) ? lang : entry.languages[0];
  return { labels: textMessages[l].zeroShotDefaultLabels, template: textMessages[l].zeroShotDefaultTemplate };
}

interface Props {
  t: TextMessages;
  lang: Lang;
  remoteHost: string | null;
  quality: Record<TextTask, Accuracy>;
  /** The built-in sentiment model on the harder natural test set (models/text/natural-eval-sentiment.json). */
  hardSentiment?: { all: number; n: number } | null;
  /** Held-out zero-shot accuracy of the built-in NLI model with the six topic names as labels. */
  zeroShotQuality?: Accuracy | null;
  /** Preselected by a deep link: `/text?task=topic&text=…` (validated and cut by the page). */
  initialTask?: TextTask;
  initialText?: string;
}

/** Section anchors for deep links (`/text#attention`); they exist once there is a result. */
const ANCHORS = ['attention', 'rollout', 'attributions'];

export function TextLab({ t, lang, remoteHost, quality, hardSentiment, zeroShotQuality, initialTask, initialText }: Props) {
  const [task, setTask] = useState<TextTask>(initialTask ?? 'sentiment');
  const [modelId, setModelId] = useState(modelsFor(initialTask ?? 'sentiment')[0].id);
  const [text, setText] = useState(initialText ?? '');
  const [target, setTarget] = useState<number | null>(null);
  const [device, setDevice] = useState<TextDevicePreference>('auto');
  const [mode, setMode] = useState<'mask' | 'remove'>('mask');
  const { state, analyze, cancel, retry } = useTextWorker(remoteHost);
  const entry = findModel(modelId)!;
  const input = useMemo(() => normalizeUserText(text), [text]);
  const zeroShot = entry.kind === 'zero-shot';
  // A hub model is downloaded (tens of MB, from another origin) only once the user agrees.
  const [, setConsentGiven] = useState(0);
  const needsConsent = entry.source === 'hub' && !hasHubConsent(modelId);
  // the built-in model that does what the chosen hub model does
  const builtinAlternative = modelsFor(task).find((m) => m.source === 'builtin' && m.kind === entry.kind) ?? modelsFor(task)[0];
  // What the user typed into the zero-shot fields; null: the defaults of the current model and UI
  // language, which then follow a language switch (switching to 中文 just before picking the model
  // left the English labels in place).
  const [labelsEdit, setLabelsEdit] = useState<string | null>(null);
  const [templateEdit, setTemplateEdit] = useState<string | null>(null);
  const defaults = useMemo(() => zeroShotDefaults(entry, lang), [entry, lang]);
  const labelsText = labelsEdit ?? defaults.labels;
  const template = templateEdit ?? defaults.template;
  const parsed = useMemo(() => parseLabels(labelsText), [labelsText]);
  const checked = useMemo(() => checkTemplate(template), [template]);
  const zeroShotValid = parsed.ok && checked.ok;
  // a string key, so that the effect below reruns only when the labels really change
  const zeroShotKey = zeroShot && parsed.ok && checked.ok ? JSON.stringify([parsed.labels, checked.template]) : '';

  useEffect(() => {
    if (!input.text || needsConsent || (zeroShot && !zeroShotKey)) return;
    const zs = zeroShotKey ? (JSON.parse(zeroShotKey) as [string[], string]) : null;
    const timer = setTimeout(() => analyze({ modelId, device, text: input.text, targetClass: target, occlusion: mode, ...(zs ? { zeroShot: { labels: zs[0], template: zs[1] } } : {}) }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input.text, modelId, device, target, mode, analyze, zeroShot, zeroShotKey, needsConsent]);

  const chooseModel = (id: string) => {
    setModelId(id);
    setTarget(null);
    if (findModel(id)?.kind === 'zero-shot') {
      setLabelsEdit(null);
      setTemplateEdit(null);
    }
  };

  const chooseTask = (next: TextTask) => {
    setTask(next);
    chooseModel(modelsFor(next)[0].id);
  };

  // A later deep link to this same page (only the query changes, the lab stays mounted) applies too.
  const [linked, setLinked] = useState({ task: initialTask, text: initialText });
  if (linked.task !== initialTask || linked.text !== initialText) {
    setLinked({ task: initialTask, text: initialText });
    if (initialTask && initialTask !== task) chooseTask(initialTask);
    if (initialText !== undefined) setText(initialText);
  }

  const r = state.result && state.result.modelId === modelId && input.text && (!zeroShot || zeroShotValid) ? state.result : null;
  const a = r?.analysis;
  const za = a && 'premise' in a ? a : null; // a zero-shot analysis
  // zero-shot labels are the user's own words: shown as typed
  const labelName = (l: string) => (zeroShot ? l : (LABEL_NAMES[l]?.[lang] ?? l));
  const predicted = a ? a.probabilities.indexOf(Math.max(...a.probabilities)) : -1;
  const explained = a ? (target ?? predicted) : -1;
  const loading = state.loading?.modelId === modelId ? state.loading : null;
  const loadedBytes = loading ? Object.values(loading.files).reduce((s, f) => s + f.loaded, 0) : 0;
  const totalBytes = loading ? Object.values(loading.files).reduce((s, f) => s + f.total, 0) : 0;
  // The weights are in and the runtime is building its session (seconds on a slow machine): say so
  // rather than leave "100%" standing.
  const starting = loading !== null && totalBytes > 0 && loadedBytes >= totalBytes && Object.keys(loading.files).some((f) => f.endsWith('.onnx'));
  // The analysis sections appear only with the first result, after the browser's own scroll to
  // the URL's #fragment: scroll to a section anchor then, once.
  const hasResult = Boolean(a && r);
  const scrolled = useRef(false);
  useEffect(() => {
    if (!hasResult || scrolled.current) return;
    scrolled.current = true;
    const id = window.location.hash.slice(1);
    if (ANCHORS.includes(id)) document.getElementById(id)?.scrollIntoView();
  }, [hasResult]);
  const select = 'rounded-md border border-slate-300 bg-transparent px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
  const labelsError = parsed.ok ? null : fill(t.labelErrors[parsed.error.code], parsed.error as unknown as Record<string, string | number>);
  const templateError = checked.ok ? null : fill(t.templateErrors[checked.error.code], checked.error as unknown as Record<string, string | number>);
  const shownQuality = zeroShot ? zeroShotQuality : quality[task];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <fieldset>
          <legend className="text-sm">{t.task}</legend>
          <div className="mt-1 flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
            {(['sentiment', 'topic'] as const).map((k) => (
              <button key={k} type="button" data-testid={`task-${k}`} aria-pressed={task === k} onClick={() => chooseTask(k)}
                className="px-3 py-1 text-sm aria-pressed:bg-sky-700 aria-pressed:text-white">{t.tasks[k]}</button>
            ))}
          </div>
        </fieldset>
        <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm">{t.model}
          <select data-testid="text-model" value={modelId} onChange={(e) => chooseModel(e.target.value)} className={`${select} max-w-full`}>
            {modelsFor(task).map((m) => <option key={m.id} value={m.id}>{m.name[lang]}</option>)}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm">{t.deviceChoice}
          <select data-testid="text-device-select" value={device} onChange={(e) => setDevice(e.target.value as TextDevicePreference)} className={`${select} max-w-full`}>
            {TEXT_DEVICE_PREFERENCES.map((d) => <option key={d} value={d}>{d === 'auto' ? t.deviceAuto : d}</option>)}
          </select>
        </label>
        {state.ready[modelId] ? <p className="text-sm">{t.device}: <span data-testid="text-device" className="font-mono">{state.ready[modelId]}</span></p> : null}
      </div>
      {entry.source === 'builtin' && shownQuality ? (
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300" data-testid="text-model-quality">
          {fill(zeroShot ? t.zeroShotQuality : t.modelQuality, { all: shownQuality.all.toFixed(0), en: shownQuality.en.toFixed(0), zh: shownQuality.zh.toFixed(0) })}
          {task === 'sentiment' && !zeroShot && hardSentiment ? `${lang === 'zh' ? '' : ' '}${fill(t.hardQuality, { n: hardSentiment.n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'), all: hardSentiment.all.toFixed(0) })}` : null}
        </p>
      ) : null}
      {entry.note ? <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300" data-testid="text-model-note">{entry.note[lang]}</p> : null}
      {entry.source === 'hub' ? <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="hub-notice">{fill(t.hubNotice, { size: mb(entry.downloadBytes) })}</p> : null}
      {needsConsent ? (
        <HubConsent question={fill(t.hubConsent, { model: entry.name[lang], size: mb(entry.downloadBytes) })}
          downloadLabel={fill(t.hubDownload, { size: mb(entry.downloadBytes) })} builtinLabel={t.useBuiltin}
          onDownload={() => { grantHubConsent(modelId); setConsentGiven((n) => n + 1); }} onUseBuiltin={() => chooseModel(builtinAlternative.id)} />
      ) : null}

      {zeroShot ? (
        <fieldset data-testid="zero-shot-settings" className="max-w-3xl space-y-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 text-sm font-semibold">{t.zeroShotTitle}</legend>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t.zeroShotIntro}</p>
          <div className="flex flex-col gap-1">
            <label htmlFor="zero-shot-labels" className="text-sm font-semibold">{t.zeroShotLabels}</label>
            <input id="zero-shot-labels" data-testid="zero-shot-labels" type="text" value={labelsText} maxLength={MAX_LABELS * (MAX_LABEL_CHARS + 2) + 20}
              onChange={(e) => { setLabelsEdit(e.target.value); setTarget(null); }} aria-invalid={!parsed.ok}
              aria-describedby={`zero-shot-labels-help${labelsError ? ' zero-shot-labels-error' : ''}`}
              className="w-full rounded-md border border-slate-300 bg-transparent px-2 py-1 text-sm aria-invalid:border-rose-600 dark:border-slate-600" />
            <p id="zero-shot-labels-help" className="text-xs text-slate-600 dark:text-slate-400">{fill(t.zeroShotLabelsHelp, { min: MIN_LABELS, max: MAX_LABELS, chars: MAX_LABEL_CHARS })}</p>
            {labelsError ? <p id="zero-shot-labels-error" role="status" data-testid="zero-shot-labels-error" data-code={parsed.ok ? undefined : parsed.error.code} className="text-sm font-semibold text-rose-700 dark:text-rose-300">{labelsError}</p> : null}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="zero-shot-template" className="text-sm font-semibold">{t.zeroShotTemplate}</label>
            <input id="zero-shot-template" data-testid="zero-shot-template" type="text" value={template} maxLength={MAX_TEMPLATE_CHARS * 2}
              onChange={(e) => setTemplateEdit(e.target.value)} aria-invalid={!checked.ok} aria-describedby={templateError ? 'zero-shot-template-error' : undefined}
              className="w-full rounded-md border border-slate-300 bg-transparent px-2 py-1 text-sm aria-invalid:border-rose-600 dark:border-slate-600" />
            {templateError ? <p id="zero-shot-template-error" role="status" data-testid="zero-shot-template-error" className="text-sm font-semibold text-rose-700 dark:text-rose-300">{templateError}</p> : null}
          </div>
          <button type="button" data-testid="zero-shot-reset" onClick={() => { setLabelsEdit(null); setTemplateEdit(null); setTarget(null); }}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">{t.zeroShotReset}</button>
        </fieldset>
      ) : null}

      <div className="space-y-2">
        <label htmlFor="text-input" className="text-sm font-semibold">{t.inputLabel}</label>
        <textarea id="text-input" data-testid="text-input" value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={MAX_TEXT_CHARS * 10}
          placeholder={t.placeholder} className="w-full rounded-lg border border-slate-300 bg-transparent p-3 dark:border-slate-600" />
        {input.cut ? <p role="status" data-testid="text-too-long" className="text-sm text-amber-800 dark:text-amber-300">{fill(t.tooLong, { max: MAX_TEXT_CHARS, n: text.length })}</p> : null}
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t.examples}:</span>
          {EXAMPLES[task].map((ex) => (
            <button key={ex} type="button" onClick={() => setText(ex)} className="rounded-full border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">{ex}</button>
          ))}
        </div>
      </div>

      {loading ? (
        <div className="flex items-end gap-3">
          <div className="flex-1">
            <ProgressBar testId="text-model-progress"
              label={starting ? fill(t.starting, { model: entry.name[lang] }) : totalBytes ? fill(t.downloading, { file: Object.keys(loading.files).join(', '), loaded: mb(loadedBytes), total: mb(totalBytes) }) : fill(t.loading, { model: entry.name[lang] })}
              fraction={starting ? null : totalBytes ? loadedBytes / totalBytes : null} />
          </div>
          <button type="button" data-testid="text-cancel" onClick={cancel} className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">{t.cancel}</button>
        </div>
      ) : null}
      {state.error ? (
        <div role="alert" data-testid="text-error" className="rounded-lg border border-rose-400 bg-rose-50 p-3 text-sm dark:bg-rose-950/40">
          <p className="font-semibold">{t.errorTitle}</p>
          {entry.source === 'hub' && isNetworkFailure(state.error.message) ? <p data-testid="text-error-offline" className="mt-1">{t.hubUnreachable}</p> : null}
          <p className="mt-1 break-words font-mono text-xs">{state.error.message}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={retry} className="rounded-md bg-rose-700 px-3 py-1 text-white">{t.retry}</button>
            {entry.source === 'hub' ? (
              <button type="button" data-testid="text-use-builtin" onClick={() => chooseModel(builtinAlternative.id)}
                className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">{t.useBuiltin}</button>
            ) : null}
          </div>
        </div>
      ) : null}

      {!input.text ? <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="text-empty">{t.empty}</p> : null}

      {a && r ? (
        <>
          <section aria-label={t.label} className="space-y-3">
            <p className="flex items-baseline gap-3">
              <span className="text-sm font-semibold">{t.label}:</span>
              <span data-testid="text-label" data-label={a.labels[predicted]} data-for={r.text} data-ms={r.ms.toFixed(1)} className="text-3xl font-bold">{labelName(a.labels[predicted])}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400">{(a.probabilities[predicted] * 100).toFixed(1)}% · {fill(t.ms, { ms: r.ms.toFixed(0) })}</span>
            </p>
            {r.subjectivity ? (
              <p data-testid="text-subjectivity" data-neutral={r.subjectivity.opinion < r.subjectivity.threshold}
                className={`text-sm ${r.subjectivity.opinion < r.subjectivity.threshold ? 'text-amber-800 dark:text-amber-300' : 'text-slate-600 dark:text-slate-400'}`}>
                {fill(r.subjectivity.opinion < r.subjectivity.threshold ? t.subjectivityNeutral : t.subjectivityOpinion, { pct: percentLabel(r.subjectivity.opinion) })}
              </p>
            ) : null}
            {r.domain && r.domain.probability < r.domain.threshold ? (
              <p data-testid="text-domain" data-out-of-domain="true" className="text-sm text-amber-800 dark:text-amber-300">
                {fill(t.domainOutside, { pct: percentLabel(r.domain.probability) })}
              </p>
            ) : null}
            {a.truncated ? <p role="status" data-testid="text-truncated" className="text-sm text-amber-800 dark:text-amber-300">{fill(t.truncated, { max: TEXT_MAX_LENGTH })}</p> : null}
            <div className="max-w-xl"><ProbabilityBars testId="text-probabilities" title={t.probabilities} labels={a.labels.map(labelName)} values={a.probabilities} /></div>
          </section>

          <section id="attention" aria-labelledby="attn-title" className="scroll-mt-36 sm:scroll-mt-20 space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <h2 id="attn-title" className="text-xl font-semibold">{t.attentionTitle}</h2>
            {za ? <p data-testid="zero-shot-pair" className="text-sm text-slate-700 dark:text-slate-300">{fill(t.zeroShotPair, { label: za.labels[za.pairLabel], hypothesis: za.hypothesis })}</p> : null}
            {a.attentions ? <AttentionView tokens={a.tokens} special={a.special} attentions={a.attentions} t={t} />
              : <p data-testid="attention-view" data-none="true" className="text-sm">{t.attentionNone}</p>}
          </section>

          {r.rollout ? (
            <section id="rollout" aria-labelledby="rollout-title" className="scroll-mt-36 sm:scroll-mt-20 space-y-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <h2 id="rollout-title" className="text-xl font-semibold">{t.rolloutTitle}</h2>
              <p className="text-sm text-slate-700 dark:text-slate-300">{t.rolloutIntro}</p>
              <TokenStrip testId="attention-rollout" tokens={a.tokens} values={r.rollout} signed={false} label={t.rolloutTitle} legend={t.legend} />
            </section>
          ) : null}

          <section id="attributions" aria-labelledby="attr-title" className="scroll-mt-36 sm:scroll-mt-20 space-y-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <h2 id="attr-title" className="text-xl font-semibold">{t.attributionTitle}</h2>
            <div className="flex flex-wrap gap-3 text-sm">
              <label className="flex items-center gap-1">{t.explainLabel}
                <select data-testid="attribution-target" value={target ?? 'auto'} onChange={(e) => setTarget(e.target.value === 'auto' ? null : Number(e.target.value))} className={select}>
                  <option value="auto">{labelName(a.labels[predicted])}</option>
                  {a.labels.map((l, i) => <option key={l} value={i}>{labelName(l)}</option>)}
                </select>
              </label>
              <label className="flex items-center gap-1">{t.occlusionMode}
                <select data-testid="attribution-mode" value={mode} onChange={(e) => setMode(e.target.value as 'mask' | 'remove')} className={select}>
                  <option value="mask">{t.modeMask}</option>
                  <option value="remove">{t.modeRemove}</option>
                </select>
              </label>
            </div>
            <p className="text-sm text-slate-700 dark:text-slate-300">{fill(t.attributionIntro, { label: labelName(a.labels[r.occlusion.classIndex] ?? a.labels[explained]), mode: mode === 'mask' ? t.modeMask : t.modeRemove })}{za ? ` ${t.zeroShotAttribution}` : ''}</p>
            <TokenStrip testId="token-attributions" tokens={a.tokens} values={r.occlusion.values} signed hidden={za ? za.premise.map((p) => !p) : a.special} label={t.attributionTitle} legend={t.legend} />
          </section>
        </>
      ) : null}

      <aside className="max-w-3xl space-y-1 text-sm text-slate-700 dark:text-slate-300">
        <h2 className="font-semibold">{t.caveatTitle}</h2>
        <p>{t.caveat}</p>
        <Link href="/article#sec-9.5" className="text-sky-700 underline dark:text-sky-300">{t.articleLink}</Link>
      </aside>
    </div>
  );
}
