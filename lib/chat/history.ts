// The chat conversation as plain data: validation of what was stored on the device (a corrupt or
// foreign value never crashes the page), and export as Markdown. Storage itself is the page's.
import type { Lang } from '../content/types';
import type { Chip } from '../workers/chat-protocol';
import type { AnswerKind, ChatContext, ChatSource, ListItem } from './types';

export const HISTORY_KEY = 'glassbox-chat-v1';
/** Oldest messages are dropped beyond this many. */
export const MAX_HISTORY = 200;

export interface UserMessage {
  id: string;
  role: 'user';
  text: string;
  at: number;
  chips?: Chip[];
  truncated?: boolean;
}

export interface AssistantMessage {
  id: string;
  role: 'assistant';
  at: number;
  answer: string;
  language: Lang;
  kind: AnswerKind | 'generated' | 'error';
  refused: boolean;
  sources: ChatSource[];
  suggestions: ChatSource[];
  demo?: { href: string; label: string };
  confidence?: number;
  /** Answer latency in ms. */
  ms?: number;
  /** The engine's context for the next question (null: nothing to continue; absent: messages the
   *  page made, such as errors, which leave the conversation's context as it was). */
  followUp?: ChatContext | null;
}

export type ChatMessage = UserMessage | AssistantMessage;

const isStr = (v: unknown): v is string => typeof v === 'string';
const isSource = (v: unknown): v is ChatSource => {
  const s = v as ChatSource;
  return !!s && isStr(s.section) && isStr(s.title) && isStr(s.href) && typeof s.score === 'number';
};

function validContext(v: unknown): ChatContext | null | undefined {
  if (v === null) return null;
  const c = v as ChatContext;
  if (!(c && isStr(c.topic) && Array.isArray(c.shown) && c.shown.every((n) => Number.isInteger(n)))) return undefined;
  const valid = (i: ListItem | undefined): i is ListItem => !!i && Number.isInteger(i.n) && isStr(i.name);
  const clean = (i: ListItem): ListItem => ({ n: i.n, name: i.name, ...(isStr(i.section) ? { section: i.section } : {}), ...(isStr(i.intro) ? { intro: i.intro } : {}) });
  const items = Array.isArray(c.items) ? c.items.filter(valid).map(clean) : [];
  return { topic: c.topic, shown: c.shown, ...(items.length ? { items } : {}), ...(valid(c.item) ? { item: clean(c.item) } : {}) };
}

/** What the next question continues: the newest answer's context ("tell me more" after a reload
 *  continues the restored conversation; after "clear", nothing). */
export function conversationContext(messages: ChatMessage[]): ChatContext | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m.role === 'assistant' && m.followUp !== undefined) return m.followUp;
  }
  return null;
}

function validMessage(v: unknown): ChatMessage | null {
  const m = v as Record<string, unknown>;
  if (!m || typeof m !== 'object' || !isStr(m.id) || typeof m.at !== 'number') return null;
  if (m.role === 'user' && isStr(m.text)) {
    const chips = Array.isArray(m.chips) ? (m.chips as Chip[]).filter((c) => c && isStr(c.label) && (c.task === 'sentiment' || c.task === 'topic') && typeof c.probability === 'number') : undefined;
    return { id: m.id, role: 'user', text: m.text, at: m.at, chips, truncated: m.truncated === true };
  }
  if (m.role === 'assistant' && isStr(m.answer) && (m.language === 'en' || m.language === 'zh') && isStr(m.kind)) {
    return {
      id: m.id, role: 'assistant', at: m.at, answer: m.answer, language: m.language, kind: m.kind as AssistantMessage['kind'], refused: m.refused === true,
      sources: Array.isArray(m.sources) ? m.sources.filter(isSource) : [],
      suggestions: Array.isArray(m.suggestions) ? m.suggestions.filter(isSource) : [],
      demo: m.demo && isStr((m.demo as { href: unknown }).href) && isStr((m.demo as { label: unknown }).label) && (m.demo as { href: string }).href.startsWith('/') ? (m.demo as AssistantMessage['demo']) : undefined,
      confidence: typeof m.confidence === 'number' ? m.confidence : undefined,
      ms: typeof m.ms === 'number' ? m.ms : undefined,
      followUp: validContext(m.followUp),
    };
  }
  return null;
}

/** Messages from a stored JSON string; `corrupt` when it could not be read (then nothing is kept). */
export function parseHistory(json: string | null): { messages: ChatMessage[]; corrupt: boolean } {
  if (!json) return { messages: [], corrupt: false };
  try {
    const data = JSON.parse(json) as unknown;
    if (!Array.isArray(data)) return { messages: [], corrupt: true };
    const messages = data.map(validMessage).filter((m): m is ChatMessage => m !== null);
    return { messages: messages.slice(-MAX_HISTORY), corrupt: messages.length !== data.length };
  } catch {
    return { messages: [], corrupt: true };
  }
}

export function serializeHistory(messages: ChatMessage[]): string {
  return JSON.stringify(messages.slice(-MAX_HISTORY));
}

/** The conversation as a Markdown document (questions as headings' quotes, sources as links). */
export function historyToMarkdown(messages: ChatMessage[], lang: Lang, origin = ''): string {
  const head = lang === 'zh' ? '# Glassbox 对话' : '# Glassbox conversation';
  const you = lang === 'zh' ? '**你：**' : '**You:**';
  const bot = lang === 'zh' ? '**Glassbox：**' : '**Glassbox:**';
  const src = lang === 'zh' ? '来源' : 'Sources';
  const parts = [head, ''];
  for (const m of messages) {
    if (m.role === 'user') {
      parts.push(`${you} ${m.text.replace(/\n/g, '  \n')}`, '');
    } else {
      parts.push(bot, '', m.answer, '');
      if (m.sources.length) parts.push(`${src}: ${m.sources.map((s) => `[${s.section} ${s.title}](${origin}${s.href})`).join(', ')}`, '');
    }
  }
  return `${parts.join('\n').trim()}\n`;
}
