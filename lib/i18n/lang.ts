// UI language: negotiation from Accept-Language / navigator.languages and the remembered choice.
import type { Lang } from '../content/types';

export const LANG_COOKIE = 'glassbox-lang';
export const THEME_COOKIE = 'glassbox-theme';
export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export function isLang(v: unknown): v is Lang {
  return v === 'zh' || v === 'en';
}

export function isTheme(v: unknown): v is Theme {
  return v === 'system' || v === 'light' || v === 'dark';
}

/** Picks zh or en from an Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8"); English by default. */
export function negotiateLang(acceptLanguage: string | null | undefined): Lang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { tag, q: q ? Number(q[1]) : 1, i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Detects the language of a piece of user text: Chinese if it has a meaningful share of CJK. */
export function detectTextLang(text: string): Lang {
  const cjk = (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]+/g) ?? []).length;
  return cjk > 0 && cjk >= latin ? 'zh' : 'en';
}
