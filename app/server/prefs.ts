// Reads the visitor's language and theme on the server: remembered cookie first, then the
// browser's Accept-Language. Reading request headers also makes pages dynamic (needed for CSP nonces).
import { cookies, headers } from 'next/headers';
import type { Lang } from '@/lib/content/types';
import { isLang, isTheme, LANG_COOKIE, negotiateLang, THEME_COOKIE, type Theme } from '@/lib/i18n/lang';
import { messages, type Messages } from '@/lib/i18n/messages';

export interface Prefs {
  lang: Lang;
  theme: Theme;
  t: Messages;
}

export async function getPrefs(): Promise<Prefs> {
  const [jar, hdrs] = await Promise.all([cookies(), headers()]);
  const saved = jar.get(LANG_COOKIE)?.value;
  const lang = isLang(saved) ? saved : negotiateLang(hdrs.get('accept-language'));
  const savedTheme = jar.get(THEME_COOKIE)?.value;
  return { lang, theme: isTheme(savedTheme) ? savedTheme : 'system', t: messages[lang] };
}
