// /article: the article in Chinese, English or both side by side, every section anchored as
// #sec-<id>, with typeset math, the concept diagram, highlighted code and editor's notes.
import type { Metadata } from 'next';
import Link from 'next/link';
import { EditorNote } from './EditorNote';
import { renderCached } from './render-cached';
import { getPrefs } from '../server/prefs';
import { article, sectionAnchor } from '@/lib/content/article';
import { notesFor } from '@/lib/content/editor-notes';
import type { Lang, Section } from '@/lib/content/types';
import { messages, type Messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: 'Article' };

type View = 'both' | Lang;
const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export default async function ArticlePage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const { lang, t } = await getPrefs();
  const requested = (await searchParams).view;
  const view: View = requested === 'both' || requested === 'zh' || requested === 'en' ? requested : lang;
  const shown: Lang[] = view === 'both' ? ['zh', 'en'] : [view];

  return (
    <article className="space-y-6" data-view={view}>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {shown.map((l, i) => (
            <span key={l} lang={HTML_LANG[l]} className={i > 0 ? 'mt-1 block text-xl font-normal text-slate-600 dark:text-slate-400' : 'block'}>{article.title[l]}</span>
          ))}
        </h1>
        {notesFor('front').map((n) => <EditorNote key={n.id} note={n} lang={lang} t={t} />)}
        <ViewSwitch view={view} t={t} />
        <p className="text-sm text-slate-600 dark:text-slate-400">{t.translationNote}</p>
        <div id="abstract" className={`scroll-mt-36 sm:scroll-mt-20${shown.length > 1 ? ' grid gap-6 lg:grid-cols-2' : ''}`}>
          {shown.map((l) => (
            <dl key={l} lang={HTML_LANG[l]} className="space-y-2 text-sm">
              <div><dt className="inline font-semibold">{messages[l].keywords}: </dt><dd className="inline">{article.keywords[l].join(l === 'zh' ? '，' : ', ')}</dd></div>
              <div><dt className="inline font-semibold">{messages[l].abstract}: </dt><dd className="inline">{article.abstract[l]}</dd></div>
            </dl>
          ))}
        </div>
      </header>

      <nav aria-labelledby="toc-title" className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="toc-title" className="mb-2 font-semibold">{t.contents}</h2>
        <ol className="columns-1 gap-6 text-sm sm:columns-2 lg:columns-3">
          {article.sections.map((s) => (
            <li key={s.id} className={s.level === 3 ? 'pl-4' : 'mt-1 font-medium'}>
              <a href={`#${sectionAnchor(s.id)}`} className="hover:underline">{s.id} {s.title[lang]}</a>
            </li>
          ))}
        </ol>
      </nav>

      {article.sections.map((s) => (
        <ArticleSection key={s.id} section={s} shown={shown} lang={lang} t={t} />
      ))}
    </article>
  );
}

function ViewSwitch({ view, t }: { view: View; t: Messages }) {
  const options: [View, string][] = [['both', t.viewBoth], ['zh', t.viewZh], ['en', t.viewEn]];
  return (
    <nav aria-label={t.viewLabel} className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t.viewLabel}:</span>
      {options.map(([v, label]) => (
        <Link
          key={v}
          href={`/article?view=${v}`}
          data-testid={`view-${v}`}
          aria-current={v === view ? 'true' : undefined}
          className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 aria-[current=true]:bg-sky-700 aria-[current=true]:text-white dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}

function ArticleSection({ section, shown, lang, t }: { section: Section; shown: Lang[]; lang: Lang; t: Messages }) {
  const Heading = section.level === 2 ? 'h2' : 'h3';
  const notes = notesFor(section.id);
  return (
    <section id={sectionAnchor(section.id)} aria-labelledby={`h-${section.id}`} data-section={section.id} className="scroll-mt-36 space-y-2 sm:scroll-mt-20">
      <Heading id={`h-${section.id}`} className={section.level === 2 ? 'border-b border-slate-200 pb-1 text-2xl font-bold dark:border-slate-800' : 'text-xl font-semibold'}>
        {shown.map((l, i) => (
          <span key={l} lang={HTML_LANG[l]} className={i > 0 ? 'ml-3 text-base font-normal text-slate-600 dark:text-slate-400' : ''}>
            {i === 0 ? `${section.id} ` : ''}{section.title[l]}
          </span>
        ))}
      </Heading>
      {section.body.zh.trim() ? (
        <div className={shown.length > 1 ? 'grid gap-6 lg:grid-cols-2' : ''}>
          {shown.map((l) => (
            <div key={l} lang={HTML_LANG[l]} data-lang={l} className="prose-article min-w-0">
              {shown.length > 1 ? <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{l === 'zh' ? t.originalLabel : t.translationLabel}</p> : null}
              <div dangerouslySetInnerHTML={{ __html: renderCached(section.body[l], section.id === '2' ? messages[l].diagramTitle : undefined) }} />
            </div>
          ))}
        </div>
      ) : null}
      {notes.map((n) => <EditorNote key={n.id} note={n} lang={lang} t={t} />)}
    </section>
  );
}
