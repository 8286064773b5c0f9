'use client';
// Shows which compute backends this browser offers and which one Glassbox would use first (a
// GPU backend the browser only emulates on the CPU is marked and skipped).
import { useEffect, useState } from 'react';
import { BACKEND_ORDER, bestBackend, detectCapabilities, type Backend, type Capabilities } from '@/lib/platform/capabilities';

interface Labels { checking: string; available: string; unavailable: string; fallbackAdapter: string; crossOriginIsolated: string }

export function ComputeStatus({ labels }: { labels: Labels }) {
  const [caps, setCaps] = useState<Capabilities | null>(null);
  useEffect(() => {
    let alive = true;
    detectCapabilities().then((c) => alive && setCaps(c), () => alive && setCaps(null));
    return () => { alive = false; };
  }, []);

  if (!caps) return <p role="status" aria-live="polite">{labels.checking}</p>;
  const best = bestBackend(caps);
  const state: Record<Backend, { ok: boolean; note?: string }> = {
    webgpu: { ok: caps.webgpu.available, note: caps.webgpu.fallbackAdapter ? labels.fallbackAdapter : caps.webgpu.detail },
    webgl: { ok: caps.webgl.available, note: [caps.webgl.software ? labels.fallbackAdapter : '', caps.webgl.detail].filter(Boolean).join(' · ') || undefined },
    wasm: { ok: caps.wasm.available, note: caps.wasm.simd ? 'SIMD' : undefined },
    cpu: { ok: true },
  };
  return (
    <div role="status" aria-live="polite" data-testid="compute-status" data-best-backend={best}>
      <ol className="flex flex-wrap gap-2">
        {BACKEND_ORDER.map((b) => (
          <li
            key={b}
            data-testid={`backend-${b}`}
            data-available={state[b].ok}
            data-software={(b === 'webgpu' && caps.webgpu.fallbackAdapter) || (b === 'webgl' && caps.webgl.software) ? 'true' : undefined}
            className={`rounded-md border px-3 py-2 text-sm ${b === best ? 'border-sky-600 ring-2 ring-sky-600/40 dark:border-sky-400' : 'border-slate-300 dark:border-slate-700'} ${state[b].ok ? '' : 'opacity-60'}`}
          >
            <span className="font-mono font-semibold">{b}</span>{' '}
            <span>{state[b].ok ? `✓ ${labels.available}` : `✗ ${labels.unavailable}`}</span>
            {state[b].note ? <span className="block text-xs text-slate-600 dark:text-slate-400">{state[b].note}</span> : null}
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm">
        {labels.crossOriginIsolated}: <strong data-testid="cross-origin-isolated">{caps.crossOriginIsolated ? labels.available : labels.unavailable}</strong>
      </p>
    </div>
  );
}
