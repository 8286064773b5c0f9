// Cleans text typed or pasted by a user before it reaches a model: Unicode NFC, control and
// zero-width characters removed, whitespace collapsed, and a hard cap on length (longer text is
// cut, and the caller is told so it can say so).

export const MAX_TEXT_CHARS = 2000;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export interface UserText {
  text: string;
  /** The input was longer than MAX_TEXT_CHARS and was cut. */
  cut: boolean;
}

export function normalizeUserText(raw: string, max = MAX_TEXT_CHARS): UserText {
  const cleaned = raw.normalize('NFC').replace(CONTROL, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (cleaned.length <= max) return { text: cleaned, cut: false };
  // Do not split a surrogate pair.
  let end = max;
  const code = cleaned.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: cleaned.slice(0, end), cut: true };
}
