'use client';
// Registers the service worker (production builds only) and says whether the app is available
// offline, with progress while the worker saves pages, models and wasm binaries.
import { useEffect, useState } from 'react';

interface Progress { version: string; done: number; total: number; complete: boolean; failed: string[] }
export interface OfflineLabels { saving: string; ready: string; failed: string; unsupported: string }

export function OfflineStatus({ labels }: { labels: OfflineLabels }) {
  const [p, setP] = useState<Progress | null>(null);
  const [supported, setSupported] = useState(true);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return;
    if (!('serviceWorker' in navigator)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- capability known only in the browser
      setSupported(false);
      return;
    }
    const onMessage = (e: MessageEvent) => {
      if ((e.data as { type?: string })?.type === 'glassbox-offline') setP(e.data as Progress);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(async (reg) => {
        await navigator.serviceWorker.ready;
        (reg.active ?? navigator.serviceWorker.controller)?.postMessage({ type: 'glassbox-offline-status' });
      })
      .catch(() => setSupported(false));
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, []);

  if (!supported) return <p data-testid="offline-status" data-state="unsupported">{labels.unsupported}</p>;
  if (!p) return null;
  const state = p.complete ? (p.failed.length ? 'partial' : 'ready') : 'saving';
  const text = p.complete
    ? p.failed.length ? labels.failed.replace('{n}', String(p.failed.length)) : labels.ready
    : labels.saving.replace('{done}', String(p.done)).replace('{total}', String(p.total));
  return (
    <p data-testid="offline-status" data-state={state} data-version={p.version} role="status" aria-live="polite">
      {text}
      {!p.complete ? <progress className="ml-2 h-1.5 w-24 align-middle accent-sky-600" max={p.total} value={p.done} aria-hidden="true" /> : null}
    </p>
  );
}
