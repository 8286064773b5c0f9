'use client';
// React side of the chat worker: starts it (loading the embedding model, with progress), asks
// questions and classifies messages as promises, and restarts it on demand after a failure.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatRequest, ChatResponse, Chip } from '@/lib/workers/chat-protocol';

type Answer = Extract<ChatResponse, { type: 'answer' }>;

export interface ChatWorkerState {
  loading: Record<string, { loaded: number; total: number }> | null;
  ready: { device: string; passages: number; loadMs: number } | null;
  error: string | null;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export function useChatWorker() {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const [state, setState] = useState<ChatWorkerState>({ loading: {}, ready: null, error: null });

  /** Starts a fresh worker (state is reset by the caller). */
  const spawn = useCallback(() => {
    worker.current?.terminate();
    for (const p of pending.current.values()) p.reject(new Error('restarted'));
    pending.current.clear();
    const w = new Worker(new URL('../../lib/workers/chat.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<ChatResponse>) => {
      const m = e.data;
      if (m.type === 'progress') {
        setState((s) => ({ ...s, loading: { ...(s.loading ?? {}), [m.file]: { loaded: m.loaded, total: m.total } } }));
      } else if (m.type === 'ready') {
        setState({ loading: null, ready: { device: m.device, passages: m.passages, loadMs: m.loadMs }, error: null });
      } else if (m.type === 'error' && m.code === 'init') {
        setState((s) => ({ ...s, loading: null, error: m.message }));
        for (const p of pending.current.values()) p.reject(new Error(m.message));
        pending.current.clear();
      } else if ('id' in m && m.id !== undefined) {
        const p = pending.current.get(m.id);
        pending.current.delete(m.id);
        if (!p) return;
        if (m.type === 'error') p.reject(new Error(m.message));
        else p.resolve(m);
      }
    };
    w.onerror = (e) => {
      const message = e.message || 'The chat worker stopped unexpectedly.';
      setState((s) => ({ ...s, loading: null, error: message }));
      for (const p of pending.current.values()) p.reject(new Error(message));
      pending.current.clear();
    };
    w.postMessage({ type: 'init' } satisfies ChatRequest);
  }, []);

  const retry = useCallback(() => {
    setState({ loading: {}, ready: null, error: null });
    spawn();
  }, [spawn]);

  useEffect(() => {
    spawn();
    const map = pending.current;
    return () => {
      worker.current?.terminate();
      map.clear();
    };
  }, [spawn]);

  const request = useCallback(<T,>(msg: { type: 'ask'; question: string } | { type: 'classify'; text: string }): Promise<T> => {
    const id = nextId.current++;
    return new Promise<T>((resolve, reject) => {
      pending.current.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.current?.postMessage({ ...msg, id } as ChatRequest);
    });
  }, []);

  const ask = useCallback((question: string) => request<Answer>({ type: 'ask', question }), [request]);
  const classify = useCallback(
    (text: string) => request<{ chips: Chip[] }>({ type: 'classify', text }).then((r) => r.chips),
    [request],
  );

  return { state, ask, classify, retry };
}
