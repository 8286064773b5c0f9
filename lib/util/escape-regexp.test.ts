// Unit tests for escapeRegExp.
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-regexp';

describe('escapeRegExp', () => {
  it('matches the string literally, metacharacters included', () => {
    for (const s of ['a.b', 'C++', '(x)', '[1]', 'a|b', '$5^2', 'tf.keras.Sequential', 'x\\y', '{n}*?']) {
      const re = new RegExp(`^${escapeRegExp(s)}$`);
      expect(re.test(s), s).toBe(true);
    }
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
