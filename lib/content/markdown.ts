// Renders the article's markdown to HTML on the server: KaTeX for $$..$$ and \(..\) math,
// highlight.js for code, our own SVG for mermaid flowcharts. Input is trusted (our own content).

import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import python from 'highlight.js/lib/languages/python';
import katex from 'katex';
import { Marked, type TokenizerAndRendererExtension } from 'marked';
import { flowchartToSvg, parseFlowchart } from './flowchart';
import { escapeRegExp } from '../util/escape-regexp';

hljs.registerLanguage('python', python);
hljs.registerLanguage('bash', bash);

const renderMath = (tex: string, displayMode: boolean) =>
  katex.renderToString(tex.trim(), { displayMode, throwOnError: false, output: 'htmlAndMathml' });

function mathExtension(name: string, open: string, close: string, display: boolean): TokenizerAndRendererExtension {
  const re = new RegExp(`^${escapeRegExp(open)}([\\s\\S]+?)${escapeRegExp(close)}`);
  return {
    name,
    level: 'inline',
    start: (src) => { const i = src.indexOf(open); return i < 0 ? undefined : i; },
    tokenizer(src) {
      const m = re.exec(src);
      return m ? { type: name, raw: m[0], text: m[1] } : undefined;
    },
    renderer: (token) => renderMath(token.text as string, display),
  };
}

function escapeHtml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface RenderOptions {
  /** Accessible name for diagrams in this text. */
  diagramTitle?: string;
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    extensions: [
      mathExtension('displayMath', '$$', '$$', true),
      mathExtension('inlineMath', '\\(', '\\)', false),
    ],
    renderer: {
      code({ text, lang }) {
        const language = (lang ?? '').trim().split(/\s+/)[0];
        if (language === 'mermaid') {
          return `<figure class="diagram">${flowchartToSvg(parseFlowchart(text), options.diagramTitle ?? 'Diagram')}</figure>\n`;
        }
        const body = language && hljs.getLanguage(language)
          ? hljs.highlight(text, { language }).value
          : escapeHtml(text);
        const cls = language ? `hljs language-${language}` : 'hljs';
        return `<pre class="code-block"><code class="${cls}">${body}</code></pre>\n`;
      },
    },
  });
  // Indented list-item continuation lines with $$...$$ keep their indentation: marked treats
  // them as part of the list item, which is where they belong.
  return marked.parse(markdown) as string;
}
