// Source text quoted in a chat answer: Markdown block quotes, inline TeX made readable
// (inline-math.ts). Framework-free.
import { readableMath } from './inline-math';

/** Source lines as a Markdown block quote, one paragraph each. */
export function quote(lines: string[]): string {
  return lines.map((l) => `> ${readableMath(l)}`).join('\n>\n');
}
