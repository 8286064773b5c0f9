import { describe, expect, it } from 'vitest';
import { glossary } from '../content/glossary';
import { METHOD_IDS } from '../explain/image';
import { demoHref, demoLabel } from './demo-links';

describe('demo links', () => {
  it('builds deep links the labs understand', () => {
    expect(demoHref({ page: 'digits', method: 'grad-cam', view: 'saliency' })).toBe('/digits?method=grad-cam#saliency');
    expect(demoHref({ page: 'text', task: 'topic', view: 'attention' })).toBe('/text?task=topic#attention');
    expect(demoHref({ page: 'digits' })).toBe('/digits');
    expect(demoLabel({ page: 'text' }, 'zh')).toMatch(/文本实验室/);
  });

  it('every glossary demo points at a known method, task and anchor', () => {
    for (const g of glossary) {
      if (!g.demo) continue;
      const u = new URL(demoHref(g.demo), 'https://x.example');
      expect(['/digits', '/text'], g.id).toContain(u.pathname);
      const method = u.searchParams.get('method');
      if (method) expect(METHOD_IDS, g.id).toContain(method);
      const task = u.searchParams.get('task');
      if (task) expect(['sentiment', 'topic'], g.id).toContain(task);
      if (u.hash) expect(['#saliency', '#features', '#attention', '#rollout', '#attributions'], g.id).toContain(u.hash);
    }
  });
});
