// A string as a regular expression that matches it literally ("a.b" → "a\.b"). Framework-free.

/** `s` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
