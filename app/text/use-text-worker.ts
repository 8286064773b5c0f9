'use client';
// React side of the text worker: one analysis in flight, only the newest waiting one kept;
// per-model load progress; cancel (terminates the worker, stopping downloads) and retry.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextDevice, TextRequest, TextResponse } from '@/lib/workers/text-protocol';

export type TextResult = Extract<TextResponse, { type: 'result' }>;
type AnalyzeArgs = Omit<Extract<TextRequest, { type: 'analyze' }>, 'type' | 'id'>;

export interface TextWorkerState {
  loading: { modelId: string; files: Record<string, { loaded: number; total: number }> } | null;
  ready: Record<string, TextDevice>;
  result: TextResult | null;
  error: { modelId?: string; message: string } | null;
  pending: boolean;
}

const INITIAL: TextWorkerState = { loading: null, ready: {}, result: null, error: null, pending: false };

export function useTextWorker(remoteHost: string | null) {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<TextWorkerState>(INITIAL);
  const busy = useRef(false);
  const waiting = useRef<AnalyzeArgs | null>(null);
  const nextId = useRef(1);
  const last = useRef<AnalyzeArgs | null>(null);
  const restartRef = useRef<(() => void) | null>(null);

  const dispatch = useCallback((args: AnalyzeArgs) => {
    busy.current = true;
    last.current = args;
    worker.current?.postMessage({ type: 'analyze', id: nextId.current++, ...args } satisfies TextRequest);
    setState((s) => ({ ...s, pending: true }));
  }, []);

  const done = useCallback(() => {
    busy.current = false;
    const next = waiting.current;
    waiting.current = null;
    if (next) dispatch(next);
    else setState((s) => ({ ...s, pending: false }));
  }, [dispatch]);

  const start = useCallback(() => {
    worker.current?.terminate();
    busy.current = false;
    waiting.current = null;
    const w = new Worker(new URL('../../lib/workers/text.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.postMessage({ type: 'configure', remoteHost } satisfies TextRequest);
    w.onmessage = (e: MessageEvent<TextResponse>) => {
      const m = e.data;
      if (m.type === 'progress') {
        setState((s) => ({ ...s, loading: { modelId: m.modelId, files: { ...(s.loading?.modelId === m.modelId ? s.loading.files : {}), [m.file]: { loaded: m.loaded, total: m.total } } } }));
      } else if (m.type === 'ready') {
        setState((s) => ({ ...s, loading: null, ready: { ...s.ready, [m.modelId]: m.device } }));
      } else if (m.type === 'result') {
        setState((s) => ({ ...s, result: m, error: null, loading: null, ready: { ...s.ready, [m.modelId]: m.device } }));
        done();
      } else {
        setState((s) => ({ ...s, error: { modelId: m.modelId, message: m.message }, loading: null, pending: false, ...(m.code === 'load' ? { ready: {} } : {}) }));
        if (m.code === 'load') restartRef.current?.();
        else done();
      }
    };
    w.onerror = (e) => {
      busy.current = false;
      setState((s) => ({ ...s, pending: false, loading: null, error: { message: e.message || 'The text worker stopped unexpectedly.' } }));
    };
  }, [remoteHost, done]);

  useEffect(() => {
    restartRef.current = start;
    start();
    return () => worker.current?.terminate();
  }, [start]);

  const analyze = useCallback((args: AnalyzeArgs) => {
    if (busy.current) waiting.current = args;
    else dispatch(args);
  }, [dispatch]);

  /** Stops downloads and analyses in progress (a fresh worker takes over). */
  const cancel = useCallback(() => {
    start();
    setState((s) => ({ ...s, loading: null, pending: false, ready: {} }));
  }, [start]);

  /** Runs the last request again on a fresh worker (after an error). */
  const retry = useCallback(() => {
    start();
    setState((s) => ({ ...s, error: null, ready: {} }));
    if (last.current) dispatch(last.current);
  }, [start, dispatch]);

  return { state, analyze, cancel, retry };
}
