// /text: the text lab — sentiment and topics with small Transformers, attention and attributions.
import type { Metadata } from 'next';
import { TextLab } from './TextLab';
import { getPrefs } from '../server/prefs';
import { textMessages } from '@/lib/i18n/text-messages';
import heldOut from '@/models/text/eval.json';

export const metadata: Metadata = { title: 'Text lab' };

/** Held-out accuracy per language, from `npm run eval:text` (models/text/eval.json). */
function accuracy(m: { all: { accuracy: number }; en: { accuracy: number }; zh: { accuracy: number } }) {
  return { all: m.all.accuracy, en: m.en.accuracy, zh: m.zh.accuracy };
}

export default async function TextPage() {
  const { lang } = await getPrefs();
  const t = textMessages[lang];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
        <p className="max-w-3xl">{t.intro}</p>
      </header>
      <TextLab t={t} lang={lang} remoteHost={process.env.GLASSBOX_HUB_HOST ?? null}
        quality={{ sentiment: accuracy(heldOut.sentiment), topic: accuracy(heldOut.topic) }} />
    </div>
  );
}
