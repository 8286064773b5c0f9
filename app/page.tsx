// Overview: what each experience does, where it runs, and which compute backend this device offers.
import Link from 'next/link';
import { ComputeStatus } from './components/ComputeStatus';
import { getPrefs } from './server/prefs';
import { experiences } from '@/lib/site/experiences';

export default async function Home() {
  const { lang, t } = await getPrefs();
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-title" className="space-y-3">
        <h1 id="intro-title" className="text-3xl font-bold tracking-tight">{t.siteName}</h1>
        <p className="text-xl text-slate-700 dark:text-slate-300">{t.tagline}</p>
        <p className="max-w-3xl">{t.overviewIntro}</p>
      </section>

      <section aria-labelledby="exp-title">
        <h2 id="exp-title" className="mb-3 text-xl font-semibold">{t.experiences}</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {experiences.map((e) => (
            <li key={e.href} data-testid="experience" className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="text-lg font-semibold">
                {e.ready ? <Link href={e.href} className="text-sky-700 underline-offset-4 hover:underline dark:text-sky-300">{e.name[lang]}</Link> : e.name[lang]}
                {!e.ready ? <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-normal text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">{t.inDevelopment}</span> : null}
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{e.summary[lang]}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="compute-title" className="space-y-2">
        <h2 id="compute-title" className="text-xl font-semibold">{t.computeTitle}</h2>
        <p className="text-sm">{t.computeIntro}</p>
        <ComputeStatus labels={{ checking: t.checking, available: t.available, unavailable: t.unavailable, fallbackAdapter: t.fallbackAdapter, crossOriginIsolated: t.crossOriginIsolated }} />
      </section>

      <section aria-labelledby="privacy-title" className="space-y-2">
        <h2 id="privacy-title" className="text-xl font-semibold">{t.privacyTitle}</h2>
        <p className="max-w-3xl text-sm">{t.privacyBody}</p>
      </section>
    </div>
  );
}
