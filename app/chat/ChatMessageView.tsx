'use client';
// One chat message: the user's text (plain, never parsed as HTML) with sentiment/topic chips
// linking to the text lab, or an answer rendered as safe Markdown with its sources, a demo link
// and a copy button.
import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { ChatMessage } from '@/lib/chat/history';
import { renderChatMarkdown } from '@/lib/chat/render-markdown';
import type { Lang } from '@/lib/content/types';
import { fill, type ChatMessages } from '@/lib/i18n/chat-messages';
import { LABEL_NAMES } from '@/lib/i18n/text-messages';
import { percentLabel } from '@/lib/util/percent-label';

export function ChatMessageView({ m, t, lang, generativeModel }: { m: ChatMessage; t: ChatMessages; lang: Lang; generativeModel: string | null }) {
  const [copied, setCopied] = useState<'ok' | 'fail' | null>(null);
  const html = useMemo(() => (m.role === 'assistant' ? renderChatMarkdown(m.answer) : ''), [m]);

  if (m.role === 'user') {
    return (
      <article data-testid="chat-message" data-role="user" className="ml-auto max-w-[85%] rounded-lg bg-sky-50 p-3 dark:bg-sky-950/50">
        <h3 className="sr-only">{t.you}</h3>
        <p className="whitespace-pre-wrap break-words" data-testid="chat-user-text">{m.text}</p>
        {m.chips?.length ? (
          <ul className="mt-2 flex flex-wrap gap-1" aria-label={t.chipsLabel}>
            {m.chips.map((c) => (
              <li key={c.task}>
                <Link href={`/text?task=${c.task}&text=${encodeURIComponent(m.text)}`} data-testid="chat-chip" data-task={c.task} data-label={c.label}
                  title={c.model ? fill(c.task === 'topic' ? t.chipOffTopicTitle : t.chipNeutralTitle, { label: LABEL_NAMES[c.model.label]?.[lang] ?? c.model.label, pct: percentLabel(c.model.probability) }) : fill(t.chipTitle, { task: t[c.task] })}
                  className="inline-block rounded-full border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800">
                  {t[c.task]}: {LABEL_NAMES[c.label]?.[lang] ?? c.label} · {percentLabel(c.probability)}%
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(m.answer);
      setCopied('ok');
    } catch {
      setCopied('fail');
    }
    setTimeout(() => setCopied(null), 2000);
  };

  return (
    <article data-testid="chat-message" data-role="assistant" data-kind={m.kind} data-refused={m.refused} data-lang={m.language} data-ms={m.ms?.toFixed(1)}
      className={`max-w-[95%] rounded-lg border p-3 ${m.kind === 'error' ? 'border-rose-400' : 'border-slate-200 dark:border-slate-700'}`}>
      <h3 className="sr-only">{t.assistant}</h3>
      {/* Safe: renderChatMarkdown escapes every raw HTML token and filters link targets. */}
      <div className="chat-answer space-y-2 break-words" data-testid="chat-answer" lang={m.language === 'zh' ? 'zh-CN' : 'en'} dangerouslySetInnerHTML={{ __html: html }} />
      {m.kind === 'generated' && generativeModel ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{fill(t.generatedBy, { model: generativeModel })}</p> : null}
      {m.sources.length ? (
        <div className="mt-2 text-sm">
          <h4 className="font-semibold">{t.sources}</h4>
          <ol className="list-decimal pl-5">
            {m.sources.map((s) => (
              <li key={`${s.section}-${s.glossary?.id ?? ''}`}>
                <Link href={s.href} data-testid="chat-source" data-section={s.section} className="text-sky-700 underline dark:text-sky-300">
                  {s.section} {s.title}
                </Link>
                {s.glossary ? <span className="text-slate-600 dark:text-slate-400"> · {t.glossary}: {s.glossary.term}</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        {m.demo ? <Link href={m.demo.href} data-testid="chat-demo" className="text-sky-700 underline dark:text-sky-300">{t.tryDemo}: {m.demo.label}</Link> : null}
        {m.kind !== 'error' ? (
          <button type="button" data-testid="chat-copy" onClick={copy} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            {copied === 'ok' ? t.copied : copied === 'fail' ? t.copyFailed : t.copy}
          </button>
        ) : null}
        {typeof m.confidence === 'number' && !m.refused && m.kind !== 'small-talk' ? (
          <span className="text-xs text-slate-600 dark:text-slate-400">{fill(t.confidence, { p: Math.round(m.confidence * 100) })}</span>
        ) : null}
      </div>
    </article>
  );
}
