'use client';
// React side of the chat worker: starts it with the chosen embedding model (download and indexing
// progress), asks questions and classifies messages as promises, restarts it on demand after a
// failure, and starts a fresh one when the model changes (which also cancels a download).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatContext } from '@/lib/chat/types';
import type { ChatRequest, ChatResponse, Chip } from '@/lib/workers/chat-protocol';

type Answer = Extract<ChatResponse, { type: 'answer' }>;

export interface ChatWorkerState {
  /** Files being downloaded (or read from the cache) for the embedding model. */
  loading: Record<string, { loaded: number; total: number }> | null;
  /** Passages embedded so far (models without precomputed vectors). */
  indexing: { done: number; total: number } | null;
  ready: { modelId: string; device: string; passages: number; loadMs: number; calibrated: boolean; precomputed: boolean } | null;
  error: string | null;
  /** Files of the chips' sentiment and topic models being downloaded (by model/file), or null. */
  chipsLoading: Record<string, { loaded: number; total: number }> | null;
}

const STARTING: ChatWorkerState = { loading: {}, indexing: null, ready: null, error: null, chipsLoading: null };

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

/** `modelId`: embedding model (lib/chat/embedding-models.ts), null until the page knows the
 *  user's choice; `remoteHost`: where hub models come from (null: the Hugging Face Hub). */
export function useChatWorker(modelId: string | null, remoteHost: string | null) {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const [state, setState] = useState<ChatWorkerState>(STARTING);

  /** Starts a fresh worker (state is reset by the caller). */
  const spawn = useCallback(() => {
    if (!modelId) return;
    worker.current?.terminate();
    for (const p of pending.current.values()) p.reject(new Error('the chat restarted (another model, or a retry); please ask again'));
    pending.current.clear();
    const w = new Worker(new URL('../../lib/workers/chat.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<ChatResponse>) => {
      const m = e.data;
      if (m.type === 'progress') {
        setState((s) => ({ ...s, loading: { ...(s.loading ?? {}), [m.file]: { loaded: m.loaded, total: m.total } } }));
      } else if (m.type === 'chipsProgress') {
        setState((s) => ({ ...s, chipsLoading: { ...(s.chipsLoading ?? {}), [`${m.modelId}/${m.file}`]: { loaded: m.loaded, total: m.total } } }));
      } else if (m.type === 'indexing') {
        setState((s) => ({ ...s, loading: null, indexing: { done: m.done, total: m.total } }));
      } else if (m.type === 'ready') {
        setState((s) => ({ loading: null, indexing: null, ready: { modelId: m.modelId, device: m.device, passages: m.passages, loadMs: m.loadMs, calibrated: m.calibrated, precomputed: m.precomputed }, error: null, chipsLoading: s.chipsLoading }));
      } else if (m.type === 'error' && m.code === 'init') {
        setState((s) => ({ ...s, loading: null, indexing: null, error: m.message }));
        for (const p of pending.current.values()) p.reject(new Error(m.message));
        pending.current.clear();
      } else if ('id' in m && m.id !== undefined) {
        // the chips' models are loaded (or failed) once a classification answers
        if (m.type === 'chips' || (m.type === 'error' && m.code === 'classify')) setState((s) => (s.chipsLoading ? { ...s, chipsLoading: null } : s));
        const p = pending.current.get(m.id);
        pending.current.delete(m.id);
        if (!p) return;
        if (m.type === 'error') p.reject(new Error(m.message));
        else p.resolve(m);
      }
    };
    w.onerror = (e) => {
      const message = e.message || 'The chat worker stopped unexpectedly.';
      setState((s) => ({ ...s, loading: null, indexing: null, error: message }));
      for (const p of pending.current.values()) p.reject(new Error(message));
      pending.current.clear();
    };
    w.postMessage({ type: 'init', modelId, remoteHost } satisfies ChatRequest);
  }, [modelId, remoteHost]);

  const retry = useCallback(() => {
    setState(STARTING);
    spawn();
  }, [spawn]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new model: show its loading from the start
    setState(STARTING);
    spawn();
    const map = pending.current;
    return () => {
      worker.current?.terminate();
      map.clear();
    };
  }, [spawn]);

  const request = useCallback(<T,>(msg: { type: 'ask'; question: string; context: ChatContext | null } | { type: 'classify'; text: string }): Promise<T> => {
    const id = nextId.current++;
    return new Promise<T>((resolve, reject) => {
      if (!worker.current) return reject(new Error('the chat has not started yet'));
      pending.current.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.current?.postMessage({ ...msg, id } as ChatRequest);
    });
  }, []);

  const ask = useCallback((question: string, context: ChatContext | null = null) => request<Answer>({ type: 'ask', question, context }), [request]);
  const classify = useCallback(
    (text: string) => request<{ chips: Chip[] }>({ type: 'classify', text }).then((r) => r.chips),
    [request],
  );

  return { state, ask, classify, retry };
}
