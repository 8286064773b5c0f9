import { describe, expect, it } from 'vitest';
import { renderChatMarkdown, safeHref } from './render-markdown';

describe('renderChatMarkdown', () => {
  it('renders Markdown formatting', () => {
    const html = renderChatMarkdown('**bold** and a list:\n\n- one\n- two\n\n> quoted');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'hi <b onmouseover="alert(1)">there</b>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg><script>alert(1)</script></svg>',
  ])('shows raw HTML as text: %s', (payload) => {
    const html = renderChatMarkdown(payload);
    expect(html).not.toMatch(/<(script|img|iframe|svg|b)\b/i);
    expect(html).toContain('&lt;');
  });

  it('drops javascript: and data: links but keeps their text', () => {
    const html = renderChatMarkdown('[click](javascript:alert(1)) [data](data:text/html,<script>x</script>)');
    expect(html).not.toContain('href');
    expect(html).toContain('click');
  });

  it('keeps site links and marks external ones', () => {
    expect(renderChatMarkdown('[9.7](/article#sec-9.7)')).toContain('<a href="/article#sec-9.7">9.7</a>');
    expect(renderChatMarkdown('[x](https://example.org/a)')).toContain('rel="noopener noreferrer nofollow"');
  });

  it('renders images as their alt text only', () => {
    const html = renderChatMarkdown('![tracking pixel](https://evil.example/p.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('tracking pixel');
  });

  it('escapes HTML inside code', () => {
    expect(renderChatMarkdown('```\n<script>x</script>\n```')).toContain('&lt;script&gt;');
  });
});

describe('safeHref', () => {
  it('accepts relative paths and http(s), rejects other schemes and protocol-relative URLs', () => {
    expect(safeHref('/article#sec-1')).toBe('/article#sec-1');
    expect(safeHref('https://a.example/')).toBe('https://a.example/');
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
  });
});
