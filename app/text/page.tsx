// /text: the text lab — sentiment and topics with small Transformers, attention and attributions.
import type { Metadata } from 'next';
import { TextLab } from './TextLab';
import { getPrefs } from '../server/prefs';
import { textMessages } from '@/lib/i18n/text-messages';
import heldOut from '@/models/text/eval.json';
import naturalSentiment from '@/models/text/natural-eval-sentiment.json';
import type { TextTask } from '@/lib/text/registry';
import { MAX_TEXT_CHARS } from '@/lib/text/user-text';

export const metadata: Metadata = { title: 'Text lab' };

/** Held-out accuracy per language, from `npm run eval:text` (models/text/eval.json). */
function accuracy(m: { all: { accuracy: number }; en: { accuracy: number }; zh: { accuracy: number } }) {
  return { all: m.all.accuracy, en: m.en.accuracy, zh: m.zh.accuracy };
}

type Acc = { all: { accuracy: number }; en: { accuracy: number }; zh: { accuracy: number } };

/** Held-out zero-shot accuracy of the built-in NLI model with the six topic names in `lang` as labels (absent before `npm run eval:text` saw the model). */
function zeroShotAccuracy(lang: 'en' | 'zh') {
  const nli = (heldOut as { nli?: { zero_shot?: Record<string, Acc> } }).nli;
  const r = nli?.zero_shot?.[`labels_${lang}`];
  return r ? accuracy(r) : null;
}

type SearchParams = Promise<{ [key: string]: string | string[] | undefined }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `?task=sentiment|topic` (a deep link from the glossary or the chat); anything else is ignored. */
function taskParam(value: string | string[] | undefined): TextTask | undefined {
  const v = first(value);
  return v === 'sentiment' || v === 'topic' ? v : undefined;
}

/** `?text=<sentence>` fills the text box as typed (raw), cut to MAX_TEXT_CHARS. */
function textParam(value: string | string[] | undefined): string | undefined {
  const v = first(value);
  if (!v) return undefined;
  let end = Math.min(v.length, MAX_TEXT_CHARS);
  // Do not split a surrogate pair.
  const code = v.charCodeAt(end - 1);
  if (end < v.length && code >= 0xd800 && code <= 0xdbff) end--;
  return v.slice(0, end);
}

export default async function TextPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ lang }, query] = await Promise.all([getPrefs(), searchParams]);
  const t = textMessages[lang];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
        <p className="max-w-3xl">{t.intro}</p>
      </header>
      <TextLab t={t} lang={lang} initialTask={taskParam(query.task)} initialText={textParam(query.text)} remoteHost={process.env.GLASSBOX_HUB_HOST ?? null}
        quality={{ sentiment: accuracy(heldOut.sentiment), topic: accuracy(heldOut.topic) }}
        hardSentiment={naturalSentiment.naturalTest ? { all: naturalSentiment.naturalTest.all, n: naturalSentiment.naturalTest.n } : null} zeroShotQuality={zeroShotAccuracy(lang)} />
    </div>
  );
}
