// An editor's note, clearly marked as such, shown beside the original text it corrects.
import type { EditorNote as Note } from '@/lib/content/editor-notes';
import type { Lang } from '@/lib/content/types';
import type { Messages } from '@/lib/i18n/messages';
import { renderCached } from './render-cached';

const KIND_STYLE: Record<Note['kind'], string> = {
  error: 'border-rose-500 bg-rose-50 dark:bg-rose-950/40',
  unverifiable: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  addition: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
};

export function EditorNote({ note, lang, t }: { note: Note; lang: Lang; t: Messages }) {
  const kind = { error: t.noteError, unverifiable: t.noteUnverifiable, addition: t.noteAddition }[note.kind];
  return (
    <aside
      role="note"
      aria-label={`${t.editorsNote}: ${note.title[lang]}`}
      data-testid="editor-note"
      data-note={note.id}
      className={`my-3 rounded-r-lg border-l-4 px-4 py-2 text-sm ${KIND_STYLE[note.kind]}`}
    >
      <p className="font-semibold">
        <span className="mr-2 rounded bg-white/70 px-1.5 py-0.5 text-xs uppercase tracking-wide dark:bg-slate-900/70">{t.editorsNote} · {kind}</span>
        {note.title[lang]}
      </p>
      <div className="prose-article" dangerouslySetInnerHTML={{ __html: renderCached(note.body[lang]) }} />
    </aside>
  );
}
