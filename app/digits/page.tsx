// /digits: draw a digit and watch the article's CNN classify it on this device.
import type { Metadata } from 'next';
import Link from 'next/link';
import { DigitsLab } from './DigitsLab';
import { getPrefs } from '../server/prefs';
import { digitsMessages, fill } from '@/lib/i18n/digits-messages';
import { METHOD_IDS, type MethodId } from '@/lib/explain/image/methods-info';
import heldOut from '@/models/digits-cnn/eval.json';

export const metadata: Metadata = { title: 'Digits' };

type SearchParams = Promise<{ [key: string]: string | string[] | undefined }>;

/** `?method=<id>` (a deep link from the glossary or the chat) preselects a saliency method; unknown ids are ignored. */
function methodParam(value: string | string[] | undefined): MethodId | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return METHOD_IDS.find((id) => id === v);
}

export default async function DigitsPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ lang }, query] = await Promise.all([getPrefs(), searchParams]);
  const t = digitsMessages[lang];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
        <p className="max-w-3xl">{t.intro}</p>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300" data-testid="digits-model-facts">
          {fill(t.modelFacts, { count: heldOut.count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'), acc: (heldOut.accuracy * 100).toFixed(2) })}{' '}
          <Link href="/article#sec-5.2" className="text-sky-700 underline dark:text-sky-300">{t.articleLink}</Link>
        </p>
      </header>
      <DigitsLab t={t} lang={lang} initialMethod={methodParam(query.method)} />
    </div>
  );
}
