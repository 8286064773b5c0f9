// Follow-ups that point back at a person the previous question named: "who is Andrej Karpathy" +
// "what did he work on according to the article?" asks "what did Andrej Karpathy work on …";
// "Andrej Karpathy是谁" + "他做过什么研究" asks "Andrej Karpathy做过什么研究". Only names the article
// writes count as people (the caller's `isPerson`). Framework-free.

// capitalised words in a row ("Andrej Karpathy"), not inside a longer Latin word
const NAME = /(?<![A-Za-z])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?![A-Za-z])/g;
const EN_HE = /\b(?:he|she|him|her)\b/i;
const EN_HIS = /\bhis\b/i;
// 他 / 她, not 他们 ("they"), 其他 or 他人 ("others")
const ZH_HE = /(?<!其)[他她](?![们人])/u;

/** The person the text names: its run of capitalised words that holds a word `isPerson` accepts. */
export function personIn(text: string, isPerson: (word: string) => boolean): string | null {
  for (const [run] of text.matchAll(NAME)) {
    const words = run.split(/\s+/);
    // "Who is …": a question word opening the run is not part of the name
    const name = words.filter((w, i) => !(i === 0 && /^(?:who|what|where|when|how|why|is|does|did|and)$/i.test(w)));
    if (name.some((w) => isPerson(w.toLowerCase()))) return name.join(' ');
  }
  return null;
}

/** The follow-up with its pronoun replaced by the person the topic names; null when the follow-up
 *  names a person itself, has no such pronoun or the topic names no person. */
export function resolvePerson(topic: string, text: string, lang: 'en' | 'zh', isPerson: (word: string) => boolean): string | null {
  if (personIn(text, isPerson)) return null;
  const person = personIn(topic, isPerson);
  if (!person) return null;
  if (lang === 'zh') return ZH_HE.test(text) ? text.replace(ZH_HE, person) : null;
  if (EN_HE.test(text)) return text.replace(EN_HE, person);
  if (EN_HIS.test(text)) return text.replace(EN_HIS, `${person}'s`);
  return null;
}
