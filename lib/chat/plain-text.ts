// Markdown of the article reduced to plain sentences for retrieval and quoting: code blocks and
// display math dropped, inline math and emphasis markers removed, list markers kept as line starts.

export function plainText(md: string): string {
  return withoutMath(md.replace(/```[\s\S]*?```/g, '\n'));
}

/** The contents of the fenced code blocks of `md`. */
export function codeBlocks(md: string): string[] {
  return [...md.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1].trim()).filter(Boolean);
}

function withoutMath(md: string): string {
  return md
    .replace(/\$\$[\s\S]*?\$\$/g, '\n')
    .replace(/\$[^$\n]+\$/g, (m) => m.slice(1, -1).replace(/\\[a-zA-Z]+/g, ' ').replace(/[{}_^\\]/g, ' '))
    .replace(/\*\*|__|`|^#+\s*|^>\s*/gm, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Sentences of plain text, in order (Chinese and English punctuation, and list lines). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[。！？；])|(?<=[^\d\s][.!?;:])\s+(?=[A-Z0-9"“(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && /[\p{L}\p{N}]/u.test(s));
}
