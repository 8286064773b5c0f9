'use client';
// The /chat experience: conversation (kept in this browser), input with Enter to send, suggested
// questions, answers with their sources, sentiment/topic chips on the user's messages, copy,
// clear and export; the retrieval model (built-in, or a hub model downloaded on request, with
// progress and cancel; the choice is remembered); optional generated answers when the server has a
// language model configured.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ChatMessageView } from './ChatMessageView';
import { useChatWorker } from './use-chat-worker';
import { ProgressBar } from '../components/ProgressBar';
import { HubConsent } from '../components/HubConsent';
import { BUILTIN_EMBEDDING_MODEL, EMBEDDING_CHOICE_KEY, EMBEDDING_MODELS, findEmbeddingModel } from '@/lib/chat/embedding-models';
import { conversationContext, HISTORY_KEY, historyToMarkdown, parseHistory, serializeHistory, type AssistantMessage, type ChatMessage } from '@/lib/chat/history';
import { MAX_QUESTION_CHARS } from '@/lib/chat/limits';
import type { Lang } from '@/lib/content/types';
import { fill, type ChatMessages } from '@/lib/i18n/chat-messages';
import { grantHubConsent, hasHubConsent } from '@/lib/text/hub-consent';
import { normalizeUserText } from '@/lib/text/user-text';
import { streamGenerated } from './stream-generated';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The embedding model chosen on an earlier visit (the built-in one when none or unknown). */
function loadModelChoice(): string {
  try {
    const id = localStorage.getItem(EMBEDDING_CHOICE_KEY);
    return id && findEmbeddingModel(id) ? id : BUILTIN_EMBEDDING_MODEL.id;
  } catch {
    return BUILTIN_EMBEDDING_MODEL.id;
  }
}

function loadHistory(): { messages: ChatMessage[]; notice: 'corrupt' | 'unavailable' | null } {
  try {
    const r = parseHistory(localStorage.getItem(HISTORY_KEY));
    return { messages: r.messages, notice: r.corrupt ? 'corrupt' : null };
  } catch {
    return { messages: [], notice: 'unavailable' };
  }
}

interface Props {
  t: ChatMessages;
  lang: Lang;
  suggestions: string[];
  generativeModel: string | null;
  /** Where hub models are downloaded from (null: the Hugging Face Hub). */
  remoteHost: string | null;
}

export function ChatApp({ t, lang, suggestions, generativeModel, remoteHost }: Props) {
  // null until the saved choice is read after hydration (no worker starts before that)
  const [modelId, setModelId] = useState<string | null>(null);
  // A hub model is downloaded only once the user agrees; until then the built-in model answers.
  const [, setConsentGiven] = useState(0);
  const needsConsent = Boolean(modelId && findEmbeddingModel(modelId)?.source === 'hub' && !hasHubConsent(modelId));
  const { state, ask, classify, retry } = useChatWorker(needsConsent ? BUILTIN_EMBEDDING_MODEL.id : modelId, remoteHost);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  // the newest messages for send(), without making send depend on every message change
  const messagesRef = useRef<ChatMessage[]>([]);
  useEffect(() => {
    messagesRef.current = messages;
  }, [messages]);
  const [loaded, setLoaded] = useState(false);
  const [storageNotice, setStorageNotice] = useState<'corrupt' | 'unavailable' | null>(null);
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [generative, setGenerative] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const endRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  // Restore the conversation after hydration (the server renders an empty one).
  useEffect(() => {
    const h = loadHistory();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time restore from storage
    setModelId(loadModelChoice());
    setMessages(h.messages);
    setStorageNotice(h.notice);
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    try {
      localStorage.setItem(HISTORY_KEY, serializeHistory(messages));
    } catch {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- storage full or blocked: say so once
      setStorageNotice('unavailable');
    }
  }, [messages, loaded]);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [messages.length]);

  const chooseModel = (id: string) => {
    setModelId(id);
    try {
      localStorage.setItem(EMBEDDING_CHOICE_KEY, id);
    } catch {
      // not remembered: the choice still applies to this visit
    }
  };

  const update = useCallback((id: string, patch: Partial<ChatMessage>) => {
    setMessages((ms) => ms.map((m) => (m.id === id ? ({ ...m, ...patch } as ChatMessage) : m)));
  }, []);

  const send = useCallback(
    async (raw: string) => {
      const { text, cut } = normalizeUserText(raw, MAX_QUESTION_CHARS);
      if (!text) {
        setNotice(t.empty);
        inputRef.current?.focus();
        return;
      }
      setNotice(cut ? fill(t.truncatedNote, { max: MAX_QUESTION_CHARS }) : null);
      setInput('');
      const userId = newId();
      setMessages((ms) => [...ms, { id: userId, role: 'user', text, at: Date.now(), truncated: cut }]);
      setBusy(true);
      classify(text).then((chips) => update(userId, { chips }), () => {});
      try {
        const { answer, ms } = await ask(text, conversationContext(messagesRef.current));
        const id = newId();
        const local: AssistantMessage = {
          id, role: 'assistant', at: Date.now(), answer: answer.answer, language: answer.language, kind: answer.kind, refused: answer.refused,
          sources: answer.sources, suggestions: answer.suggestions, demo: answer.demo, confidence: answer.confidence, ms, followUp: answer.followUp ?? null,
        };
        setMessages((m) => [...m, local]);
        if (generativeModel && generative && !answer.refused && answer.kind !== 'small-talk' && answer.context?.length) {
          try {
            let first = true;
            await streamGenerated({ question: text, lang: answer.language, passages: answer.context }, (soFar) => {
              update(id, { answer: soFar, kind: 'generated', ...(first ? { demo: local.demo } : {}) });
              first = false;
            });
          } catch (e) {
            update(id, { answer: `${local.answer}\n\n_${fill(t.generativeError, { message: e instanceof Error ? e.message : String(e) })}_`, kind: local.kind });
          }
        }
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        setMessages((m) => [...m, { id: newId(), role: 'assistant', at: Date.now(), answer: fill(t.answerError, { message }), language: lang, kind: 'error', refused: false, sources: [], suggestions: [] }]);
      } finally {
        setBusy(false);
      }
    },
    [ask, classify, update, generative, generativeModel, lang, t],
  );

  const exportMarkdown = () => {
    const blob = new Blob([historyToMarkdown(messages, lang, location.origin)], { type: 'text/markdown;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'glassbox-chat.md';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const files = state.loading ? Object.values(state.loading) : [];
  const loadedBytes = files.reduce((s, f) => s + f.loaded, 0);
  const totalBytes = files.reduce((s, f) => s + f.total, 0);
  const chipFiles = state.chipsLoading ? Object.values(state.chipsLoading) : [];
  const chipLoaded = chipFiles.reduce((s, f) => s + f.loaded, 0);
  const chipTotal = chipFiles.reduce((s, f) => s + f.total, 0);
  const tooLong = input.length > MAX_QUESTION_CHARS;
  const entry = findEmbeddingModel(modelId ?? BUILTIN_EMBEDDING_MODEL.id)!;
  const hub = entry.source === 'hub';
  const starting = !state.ready && !state.error && !needsConsent;
  const button = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm">{t.embeddingModel}
          <select data-testid="chat-embedding-model" value={entry.id} onChange={(e) => chooseModel(e.target.value)}
            aria-describedby="chat-embedding-help"
            className="max-w-full rounded-md border border-slate-300 bg-transparent px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900">
            {EMBEDDING_MODELS.map((m) => <option key={m.id} value={m.id}>{m.name[lang]}</option>)}
          </select>
        </label>
        {hub && starting ? (
          <button type="button" data-testid="chat-model-cancel" className={button} onClick={() => chooseModel(BUILTIN_EMBEDDING_MODEL.id)}>{t.cancelDownload}</button>
        ) : null}
      </div>
      <p id="chat-embedding-help" className="max-w-3xl text-xs text-slate-600 dark:text-slate-400">
        {hub ? <span data-testid="chat-hub-notice" className="text-amber-800 dark:text-amber-300">{fill(t.hubNotice, { size: mb(entry.downloadBytes) })} </span> : null}
        {entry.calibrated ? t.embeddingHelp : <span data-testid="chat-uncalibrated">{t.uncalibrated}</span>}
      </p>
      {needsConsent ? (
        <HubConsent question={fill(t.hubConsent, { model: entry.name[lang], size: mb(entry.downloadBytes) })}
          downloadLabel={fill(t.hubDownload, { size: mb(entry.downloadBytes) })} builtinLabel={t.useBuiltin}
          onDownload={() => { grantHubConsent(entry.id); setConsentGiven((n) => n + 1); }} onUseBuiltin={() => chooseModel(BUILTIN_EMBEDDING_MODEL.id)} />
      ) : null}

      {state.error ? (
        <div role="alert" data-testid="chat-error" className="rounded-lg border border-rose-400 bg-rose-50 p-3 text-sm dark:bg-rose-950/40">
          <p className="font-semibold">{t.errorTitle}</p>
          <p className="break-words">{state.error}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={retry} className={button} data-testid="chat-retry">{t.retry}</button>
            {hub ? <button type="button" onClick={() => chooseModel(BUILTIN_EMBEDDING_MODEL.id)} className={button} data-testid="chat-use-builtin">{t.useBuiltin}</button> : null}
          </div>
        </div>
      ) : state.indexing ? (
        <ProgressBar testId="chat-indexing" label={fill(t.indexing, { done: state.indexing.done, total: state.indexing.total })} fraction={state.indexing.done / state.indexing.total} />
      ) : state.loading ? (
        <ProgressBar testId="chat-loading" label={totalBytes ? fill(t.loadingFile, { file: entry.id, loaded: mb(loadedBytes), total: mb(totalBytes) }) : t.loading}
          fraction={totalBytes ? loadedBytes / totalBytes : null} />
      ) : state.ready ? (
        <p role="status" data-testid="chat-ready" data-model={state.ready.modelId} className="text-xs text-slate-600 dark:text-slate-400">
          {fill(t.ready, { passages: state.ready.passages, device: state.ready.device.toUpperCase(), model: findEmbeddingModel(state.ready.modelId)?.name[lang] ?? state.ready.modelId })}
        </p>
      ) : null}

      {state.chipsLoading ? (
        <ProgressBar testId="chat-chips-loading" label={chipTotal ? fill(t.chipsLoadingFile, { loaded: mb(chipLoaded), total: mb(chipTotal) }) : t.chipsLoading}
          fraction={chipTotal ? chipLoaded / chipTotal : null} />
      ) : null}

      <div role="log" aria-live="polite" aria-label={t.title} data-testid="chat-log" className="space-y-4">
        {messages.map((m) => (
          <ChatMessageView key={m.id} m={m} t={t} lang={lang} generativeModel={generativeModel} />
        ))}
        {busy ? <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="chat-pending">{t.sending}</p> : null}
        <div ref={endRef} />
      </div>

      {messages.length === 0 && loaded ? (
        <section aria-labelledby="chat-suggestions-title" className="space-y-2">
          <h2 id="chat-suggestions-title" className="text-sm font-semibold">{t.suggestions}</h2>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={s}>
                <button type="button" data-testid="chat-suggestion" className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  onClick={() => void send(s)} disabled={busy}>{s}</button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); if (!busy) void send(input); }}>
        <label htmlFor="chat-input" className="block text-sm font-medium">{t.inputLabel}</label>
        <textarea id="chat-input" ref={inputRef} data-testid="chat-input" rows={3} value={input} placeholder={t.placeholder}
          aria-describedby="chat-hint chat-notice"
          onChange={(e) => { setInput(e.target.value); if (notice) setNotice(null); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              if (!busy) void send(input);
            }
          }}
          className="w-full rounded-md border border-slate-300 bg-transparent p-2 dark:border-slate-600" />
        <p id="chat-hint" className="text-xs text-slate-600 dark:text-slate-400">{t.hint}</p>
        <p id="chat-notice" role="status" data-testid="chat-notice" className="text-sm text-amber-800 dark:text-amber-300">
          {notice ?? (tooLong ? fill(t.tooLong, { max: MAX_QUESTION_CHARS, n: input.length }) : '')}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" data-testid="chat-send" disabled={busy} className="rounded-md bg-sky-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50">
            {busy ? t.sending : t.send}
          </button>
          {generativeModel ? (
            <label className="flex items-center gap-2 text-sm" title={fill(t.generativeHelp, { model: generativeModel })}>
              <input type="checkbox" data-testid="chat-generative" checked={generative} onChange={(e) => setGenerative(e.target.checked)} />
              {t.generative}
            </label>
          ) : null}
          <span className="flex-1" />
          <button type="button" data-testid="chat-export" className={button} disabled={!messages.length} onClick={exportMarkdown}>{t.exportMd}</button>
          {confirmClear ? (
            <span className="flex items-center gap-2 text-sm" role="group" aria-label={t.clear}>
              {t.clearConfirm}
              <button type="button" data-testid="chat-clear-confirm" className={button} onClick={() => { setMessages([]); setConfirmClear(false); }}>{t.clear}</button>
              <button type="button" className={button} onClick={() => setConfirmClear(false)} aria-label="Cancel">✕</button>
            </span>
          ) : (
            <button type="button" data-testid="chat-clear" className={button} disabled={!messages.length} onClick={() => setConfirmClear(true)}>{t.clear}</button>
          )}
        </div>
        {generativeModel ? <p className="text-xs text-slate-600 dark:text-slate-400">{fill(t.generativeHelp, { model: generativeModel })}</p> : null}
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="chat-history-note">
          {storageNotice === 'corrupt' ? t.historyCorrupt : storageNotice === 'unavailable' ? t.historyUnavailable : t.historyNote}
        </p>
      </form>
    </div>
  );
}
