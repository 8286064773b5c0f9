// URLs and labels of the live demos a glossary entry can point to (/digits and /text deep links).
import type { DemoLink } from '../content/glossary';
import type { Lang } from '../content/types';

export function demoHref(d: DemoLink): string {
  const params = new URLSearchParams();
  if (d.page === 'digits') {
    if (d.method) params.set('method', d.method);
  } else if (d.task) params.set('task', d.task);
  const q = params.toString();
  const hash = d.view ? `#${d.view}` : '';
  return `/${d.page}${q ? `?${q}` : ''}${hash}`;
}

export function demoLabel(d: DemoLink, lang: Lang): string {
  if (d.page === 'digits') return lang === 'zh' ? '在“手写数字”实验室里亲手试试' : 'Try it live in the Digits lab';
  return lang === 'zh' ? '在“文本实验室”里亲手试试' : 'Try it live in the Text lab';
}
