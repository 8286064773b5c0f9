import { describe, expect, it } from 'vitest';
import { messages } from './messages';

describe('UI messages', () => {
  it('has every key, non-empty, in both languages', () => {
    const keys = Object.keys(messages.en);
    expect(Object.keys(messages.zh).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(messages.en[k as keyof typeof messages.en].trim(), k).not.toBe('');
      expect(messages.zh[k as keyof typeof messages.zh].trim(), k).not.toBe('');
    }
  });
});
