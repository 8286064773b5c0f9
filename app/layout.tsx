// Root layout: page chrome (skip link, header with navigation and preferences, footer),
// language and theme from the visitor's remembered choice or browser.
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import 'katex/dist/katex.min.css';
import './globals.css';
import { NavLinks } from './components/NavLinks';
import { OfflineStatus } from './components/OfflineStatus';
import { PreferenceControls } from './components/PreferenceControls';
import { getPrefs } from './server/prefs';
import { experiences } from '@/lib/site/experiences';

export const metadata: Metadata = {
  title: { default: 'Glassbox', template: '%s · Glassbox' },
  description: 'See inside deep-learning models, on your own device.',
  icons: { icon: '/icon.svg' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { lang, theme, t } = await getPrefs();
  const links = [
    { href: '/', text: t.home },
    ...experiences.filter((e) => e.ready).map((e) => ({ href: e.href, text: e.name[lang] })),
  ];
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'} data-theme={theme}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
          {t.skipToContent}
        </a>
        <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
            <div className="flex flex-wrap items-center gap-3">
              <Link href="/" className="text-lg font-bold tracking-tight" aria-label={`${t.siteName} — ${t.home}`}>
                <span aria-hidden="true">◧ </span>{t.siteName}
              </Link>
              <NavLinks links={links} label={t.navLabel} />
            </div>
            <PreferenceControls
              lang={lang}
              theme={theme}
              labels={{ language: t.language, theme: t.theme, themes: { system: t.themeSystem, light: t.themeLight, dark: t.themeDark } }}
            />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl space-y-1 px-4 py-8 text-sm text-slate-600 dark:text-slate-400">
          <p>{t.footer}</p>
          <OfflineStatus labels={{ saving: t.offlineSaving, ready: t.offlineReady, failed: t.offlineFailed, unsupported: t.offlineUnsupported }} />
        </footer>
      </body>
    </html>
  );
}
