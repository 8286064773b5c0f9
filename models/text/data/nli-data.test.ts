// The zero-shot (NLI) pairs: seeded, balanced, both languages, no held-out sentence, and every
// hypothesis word in the frozen shared vocabulary.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/util/rng';
import { TOPIC_LABELS } from '../../../lib/text/labels';
import { textMessages } from '../../../lib/i18n/text-messages';
import { parseLabels } from '../../../lib/text/zero-shot-labels';
import { readHeldOut } from '../evaluate';
import { loadSharedTokenizer } from '../build-tokenizer';
import { HYPOTHESIS_TEMPLATES, NLI_CONTRADICTION, NLI_ENTAILMENT, nliPairs, TOPIC_NAMES } from './nli-data';

const norm = (s: string) => s.toLowerCase().replace(/[\s\p{P}]/gu, '');

describe('NLI pairs', () => {
  const data = nliPairs(mulberry32(7), 1500);
  const pairs = data.flatMap((d) => d.pairs);

  it('is reproducible and gives every premise one entailment and one contradiction', () => {
    expect(nliPairs(mulberry32(7), 1500).flatMap((d) => d.pairs)).toEqual(pairs);
    for (const d of data) expect(d.pairs.map((p) => p.label).sort()).toEqual([NLI_CONTRADICTION, NLI_ENTAILMENT]);
  });

  it('names the true topic in the entailment hypothesis and another topic in the contradiction', () => {
    for (const p of pairs) {
      const named = TOPIC_NAMES[p.hypothesisLang].findIndex((names) => names.some((n) => HYPOTHESIS_TEMPLATES[p.hypothesisLang].some((t) => t.replace('{}', n) === p.hypothesis)));
      expect(named, p.hypothesis).toBeGreaterThanOrEqual(0);
      if (p.label === NLI_ENTAILMENT) expect(named).toBe(p.topic);
      else expect(named).not.toBe(p.topic);
    }
  });

  it('mixes premise and hypothesis languages and covers all six topics', () => {
    for (const lang of ['en', 'zh'] as const) for (const hl of ['en', 'zh'] as const) expect(pairs.some((p) => p.lang === lang && p.hypothesisLang === hl)).toBe(true);
    for (let t = 0; t < TOPIC_LABELS.length; t++) expect(pairs.some((p) => p.topic === t && p.label === NLI_ENTAILMENT)).toBe(true);
  });

  it('never uses a held-out sentence as a premise', () => {
    const held = new Set(readHeldOut('topic').map((h) => norm(h.text)));
    expect(data.filter((d) => held.has(norm(d.premise)))).toEqual([]);
  });

  it('uses the text lab\'s default labels as the first name of each topic, and only known tokens', () => {
    for (const lang of ['en', 'zh'] as const) {
      const defaults = parseLabels(textMessages[lang].zeroShotDefaultLabels);
      expect(defaults.ok && defaults.labels).toEqual(TOPIC_NAMES[lang].map((names) => names[0]));
    }
    const tok = loadSharedTokenizer();
    for (const lang of ['en', 'zh'] as const) {
      for (const t of HYPOTHESIS_TEMPLATES[lang]) for (const names of TOPIC_NAMES[lang]) for (const n of names) expect(tok.tokenize(t.replace('{}', n)), n).not.toContain('[UNK]');
    }
  });
});
