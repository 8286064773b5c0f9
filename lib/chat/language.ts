// Decides whether a chat question is Chinese or English, so the answer can be given in the
// question's language. Mixed text ("CNN的pooling层有什么用") counts as Chinese when Han
// characters carry the sentence; a few Chinese terms inside an English sentence do not.
import type { Lang } from '../content/types';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+/g;

export function detectLanguage(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  const words = text.match(LATIN_WORD)?.length ?? 0;
  // One Latin word is worth about two Han characters (a Chinese word is ~2 characters).
  return han >= 2 * words ? 'zh' : 'en';
}
