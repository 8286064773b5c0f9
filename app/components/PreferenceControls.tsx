'use client';
// Language (en/zh) and theme (system/light/dark) switches; choices are remembered in cookies.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { Lang } from '@/lib/content/types';
import { LANG_COOKIE, THEME_COOKIE, THEMES, type Theme } from '@/lib/i18n/lang';

const YEAR = 60 * 60 * 24 * 365;

function remember(name: string, value: string) {
  document.cookie = `${name}=${value}; path=/; max-age=${YEAR}; samesite=lax`;
}

/** Applies a choice to <html> at once, before the server re-renders. */
function applyToRoot(attr: 'lang' | 'data-theme', value: string) {
  document.documentElement.setAttribute(attr, value);
}

interface Props {
  lang: Lang;
  theme: Theme;
  labels: { language: string; theme: string; themes: Record<Theme, string> };
}

export function PreferenceControls({ lang, theme, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [currentTheme, setTheme] = useState<Theme>(theme);

  const chooseLang = (next: Lang) => {
    if (next === lang) return;
    remember(LANG_COOKIE, next);
    applyToRoot('lang', next === 'zh' ? 'zh-CN' : 'en');
    startTransition(() => router.refresh());
  };

  const chooseTheme = (next: Theme) => {
    remember(THEME_COOKIE, next);
    applyToRoot('data-theme', next);
    setTheme(next);
  };

  return (
    <div className="flex items-center gap-2">
      <div role="group" aria-label={labels.language} className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600" aria-busy={pending}>
        {(['en', 'zh'] as const).map((l) => (
          <button
            key={l}
            type="button"
            data-testid={`lang-${l}`}
            aria-pressed={lang === l}
            lang={l === 'zh' ? 'zh-CN' : 'en'}
            onClick={() => chooseLang(l)}
            className="px-2 py-1 text-sm aria-pressed:bg-sky-700 aria-pressed:text-white hover:bg-slate-100 dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-700"
          >
            {l === 'en' ? 'EN' : '中文'}
          </button>
        ))}
      </div>
      <label className="sr-only" htmlFor="theme-select">{labels.theme}</label>
      <select
        id="theme-select"
        data-testid="theme-select"
        value={currentTheme}
        onChange={(e) => chooseTheme(e.target.value as Theme)}
        className="rounded-md border border-slate-300 bg-transparent px-1 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>{labels.themes[t]}</option>
        ))}
      </select>
    </div>
  );
}
