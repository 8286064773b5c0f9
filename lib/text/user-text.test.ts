import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, normalizeUserText } from './user-text';

describe('normalizeUserText', () => {
  it('treats empty and whitespace-only text as empty', () => {
    expect(normalizeUserText('')).toEqual({ text: '', cut: false });
    expect(normalizeUserText(' \n\t \u3000 ')).toEqual({ text: '', cut: false });
  });
  it('removes control and zero-width characters and collapses whitespace', () => {
    expect(normalizeUserText('good\u0000 \u200bmo\u200dvie\r\n\n  here').text).toBe('good movie here');
    expect(normalizeUserText('\u202Egood\u202C').text).toBe('good');
  });
  it('normalises to NFC and keeps emoji, CJK and right-to-left text', () => {
    expect(normalizeUserText('cafe\u0301').text).toBe('café');
    expect(normalizeUserText('很好 👍 שלום').text).toBe('很好 👍 שלום');
  });
  it('cuts huge text with a flag, never inside a surrogate pair', () => {
    const r = normalizeUserText('a'.repeat(100_000));
    expect(r).toEqual({ text: 'a'.repeat(MAX_TEXT_CHARS), cut: true });
    const emoji = normalizeUserText('a'.repeat(9) + '😀😀', 10);
    expect(emoji.text).toBe('a'.repeat(9));
    expect(emoji.cut).toBe(true);
  });
  it('keeps HTML as text (rendering makes it inert)', () => {
    expect(normalizeUserText('<script>alert(1)</script>').text).toBe('<script>alert(1)</script>');
  });
});
