// Memoised markdown rendering for the article page (the sources never change at run time).
import { renderMarkdown } from '@/lib/content/markdown';

const cache = new Map<string, string>();

export function renderCached(markdown: string, diagramTitle?: string): string {
  const key = `${diagramTitle ?? ''}\u0000${markdown}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = renderMarkdown(markdown, { diagramTitle });
    cache.set(key, html);
  }
  return html;
}
