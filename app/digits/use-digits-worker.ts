'use client';
// React side of the digits worker: starts it, tracks load progress / backend / errors, and sends
// requests in three lanes (classify, explain, features), each with one request in flight and only
// the newest waiting one kept, so a fast pen never builds a backlog.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExplainRequest } from '@/lib/explain/image/index';
import type { FeatureMaps } from '@/lib/explain/image/feature-map-stack';
import type { Backend } from '@/lib/platform/capabilities';
import type { DigitsErrorCode, DigitsRequest, DigitsResponse, Explanation, LoadStage, RgbaImage } from '@/lib/workers/digits-protocol';
import type { BackendAttempt } from '@/lib/digits/tf-backend';

export type DigitsResult = Extract<DigitsResponse, { type: 'result' }>;

export interface DigitsWorkerState {
  status: 'loading' | 'ready' | 'error';
  stage: LoadStage;
  fraction: number;
  backend: Backend | null;
  failed: BackendAttempt[];
  error: { code: DigitsErrorCode | 'worker'; message: string } | null;
  result: DigitsResult | null;
  /** A classification is running or waiting: the result on screen is about to be replaced. */
  classifying: boolean;
  /** `inputId`: the classify request whose input the value explains (compare with result.id). */
  explanation: { value: Explanation | null; inputId: number; ms: number; pending: boolean; error: string | null };
  /** The newest maps, shown with whatever prediction is up (they change little between frames). */
  features: { value: FeatureMaps | null; pending: boolean };
}

const INITIAL: DigitsWorkerState = {
  status: 'loading', stage: 'backend', fraction: 0, backend: null, failed: [], error: null, result: null, classifying: false,
  explanation: { value: null, inputId: 0, ms: 0, pending: false, error: null },
  features: { value: null, pending: false },
};

type Lane = 'classify' | 'explain' | 'features';
type Payload = { classify: RgbaImage; explain: ExplainRequest; features: null };

export function useDigitsWorker() {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<DigitsWorkerState>(INITIAL);
  const busy = useRef<Record<Lane, boolean>>({ classify: false, explain: false, features: false });
  const waiting = useRef<{ [L in Lane]?: Payload[L] }>({});
  const nextId = useRef(1);
  const backendChoice = useRef<Backend | undefined>(undefined);

  const dispatch = useCallback(<L extends Lane>(lane: L, payload: Payload[L]) => {
    const w = worker.current;
    if (!w) return;
    busy.current[lane] = true;
    const id = nextId.current++;
    if (lane === 'classify') {
      const image = payload as RgbaImage;
      w.postMessage({ type: 'classify', id, image } satisfies DigitsRequest, [image.rgba.buffer]);
      setState((s) => (s.classifying ? s : { ...s, classifying: true }));
    } else if (lane === 'explain') {
      w.postMessage({ type: 'explain', id, request: payload as ExplainRequest } satisfies DigitsRequest);
      setState((s) => ({ ...s, explanation: { ...s.explanation, pending: true } }));
    } else {
      w.postMessage({ type: 'features', id } satisfies DigitsRequest);
      setState((s) => ({ ...s, features: { ...s.features, pending: true } }));
    }
  }, []);

  const submit = useCallback(<L extends Lane>(lane: L, payload: Payload[L]) => {
    if (busy.current[lane]) (waiting.current as Record<Lane, unknown>)[lane] = payload;
    else dispatch(lane, payload);
  }, [dispatch]);

  const finished = useCallback((lane: Lane) => {
    busy.current[lane] = false;
    if (lane in waiting.current) {
      const next = waiting.current[lane];
      delete waiting.current[lane];
      dispatch(lane, next as Payload[typeof lane]);
    } else if (lane === 'classify') setState((s) => (s.classifying ? { ...s, classifying: false } : s));
  }, [dispatch]);

  const start = useCallback(() => {
    worker.current?.terminate();
    busy.current = { classify: false, explain: false, features: false };
    waiting.current = {};
    const w = new Worker(new URL('../../lib/workers/digits.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<DigitsResponse>) => {
      const m = e.data;
      switch (m.type) {
        case 'progress':
          setState((s) => ({ ...s, status: 'loading', stage: m.stage, fraction: m.fraction, error: null }));
          break;
        case 'ready':
          setState((s) => ({ ...s, status: 'ready', backend: m.backend, failed: m.failed, error: null }));
          break;
        case 'result':
          setState((s) => ({ ...s, result: m }));
          finished('classify');
          break;
        case 'explanation':
          setState((s) => ({ ...s, explanation: { value: m.explanation, inputId: m.inputId, ms: m.ms, pending: false, error: null } }));
          finished('explain');
          break;
        case 'features':
          setState((s) => ({ ...s, features: { value: m.maps, pending: false } }));
          finished('features');
          break;
        case 'error':
          if (m.id === undefined) setState((s) => ({ ...s, status: 'error', error: { code: m.code, message: m.message } }));
          else if (m.code === 'explain') {
            setState((s) => ({ ...s, explanation: { ...s.explanation, pending: false, error: m.message }, features: { ...s.features, pending: false } }));
            finished('explain');
            finished('features');
          } else {
            setState((s) => ({ ...s, error: { code: m.code, message: m.message } }));
            finished('classify');
          }
      }
    };
    w.onerror = (e) => {
      busy.current = { classify: false, explain: false, features: false };
      setState((s) => ({ ...s, status: 'error', error: { code: 'worker', message: e.message || 'The model worker stopped unexpectedly.' } }));
    };
    w.postMessage({ type: 'load', backend: backendChoice.current } satisfies DigitsRequest);
  }, [finished]);

  useEffect(() => {
    start();
    return () => worker.current?.terminate();
  }, [start]);

  /** Starts a fresh worker (after an error, or to change backend), keeping the last result on screen. */
  const restart = useCallback(() => {
    setState((s) => ({ ...INITIAL, result: s.result }));
    start();
  }, [start]);

  const switchBackend = useCallback((backend: Backend | undefined) => {
    backendChoice.current = backend;
    restart();
  }, [restart]);

  const classify = useCallback((image: RgbaImage) => submit('classify', image), [submit]);
  const requestExplanation = useCallback((request: ExplainRequest) => submit('explain', request), [submit]);
  const requestFeatures = useCallback(() => submit('features', null), [submit]);

  return { state, classify, requestExplanation, requestFeatures, retry: restart, switchBackend };
}
