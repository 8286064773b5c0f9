// Held-out evaluation of the chat (npm run eval:chat): top-1 / top-3 source accuracy per
// language, refusal precision and recall, small talk, and the misses, on
// data/eval-questions.json (written separately; never used for fitting). Also reports the
// lexical-only and dense-only ablations. Writes models/chat/eval.json.
// `npm run eval:chat -- --set=b` measures held-out set B instead (data/eval-questions-b.json, a
// second set written blind on 2026-12-01) and writes models/chat/eval-b.json; `--set=dev-c`
// measures development set C (data/dev-set-c.json, blind-written 2026-12-02, misses read and worked
// on) and writes models/chat/eval-dev-c.json.
import fs from 'node:fs';
import path from 'node:path';
import { askConversation } from '../../lib/chat/conversation';
import { createChatEngine, type ChatEngine } from '../../lib/chat/engine';
import { anyModelCalibration } from '../../lib/chat/embedding-models';
import { loadNodeExtractor } from '../../lib/chat/node-engine';
import { defaultCalibration } from '../../lib/chat/retriever';

interface EvalQuestion { id: string; lang: 'en' | 'zh'; question: string; sections?: string[] }
/** A conversation of a development set: turns asked in order; a turn without sections is out of scope. */
interface Conversation { id: string; lang: 'en' | 'zh'; turns: { question: string; sections: string[] }[] }
interface EvalSet { inScope: EvalQuestion[]; outOfScope: EvalQuestion[]; smallTalk: EvalQuestion[]; conversations?: Conversation[] }

const pct = (n: number, d: number) => (d ? Number(((100 * n) / d).toFixed(2)) : null);

async function evaluate(engine: ChatEngine, set: EvalSet) {
  const perLang: Record<string, { n: number; top1: number; top3: number; answeredCorrect: number; wronglyRefused: number }> = {};
  const misses: string[] = [];
  const wronglyRefused: string[] = [];
  for (const q of set.inScope) {
    const a = await engine.ask(q.question);
    const r = await engine.retrieve(q.question);
    const ranked = r.ranked.map((x) => x.section);
    const want = q.sections ?? [];
    const s = (perLang[q.lang] ??= { n: 0, top1: 0, top3: 0, answeredCorrect: 0, wronglyRefused: 0 });
    s.n++;
    const hit1 = want.includes(ranked[0]);
    if (hit1) s.top1++;
    if (ranked.slice(0, 3).some((x) => want.includes(x))) s.top3++;
    if (a.refused) { s.wronglyRefused++; wronglyRefused.push(`${q.id} ${q.question} (p=${a.confidence.toFixed(2)})`); }
    else if (want.includes(a.sources[0]?.section)) s.answeredCorrect++;
    if (!hit1) misses.push(`${q.id} ${q.question} -> ${ranked.slice(0, 3).join(', ')} (want ${want.join('/')})`);
  }
  let oosRefused = 0;
  const answeredOos: string[] = [];
  for (const q of set.outOfScope) {
    const a = await engine.ask(q.question);
    if (a.refused) oosRefused++;
    else answeredOos.push(`${q.id} ${q.question} -> ${a.kind} ${a.sources[0]?.section ?? ''}${a.sources[0]?.glossary ? ` (glossary: ${a.sources[0].glossary.id})` : ''} (p=${a.confidence.toFixed(2)})`);
  }
  let smallTalkOk = 0;
  for (const q of set.smallTalk ?? []) if ((await engine.ask(q.question)).kind === 'small-talk') smallTalkOk++;
  const totalIn = set.inScope.length;
  const wrongRefusals = Object.values(perLang).reduce((a, s) => a + s.wronglyRefused, 0);
  const refusals = oosRefused + wrongRefusals;
  return {
    perLanguage: Object.fromEntries(Object.entries(perLang).map(([lang, s]) => [lang, {
      questions: s.n, top1: pct(s.top1, s.n), top3: pct(s.top3, s.n), answeredWithRightSourceFirst: pct(s.answeredCorrect, s.n), wronglyRefused: pct(s.wronglyRefused, s.n),
    }])),
    top1: pct(Object.values(perLang).reduce((a, s) => a + s.top1, 0), totalIn),
    refusal: {
      outOfScopeRefused: pct(oosRefused, set.outOfScope.length),
      inScopeWronglyRefused: pct(wrongRefusals, totalIn),
      precision: pct(oosRefused, refusals),
      recall: pct(oosRefused, set.outOfScope.length),
    },
    smallTalkRecognised: `${smallTalkOk}/${set.smallTalk?.length ?? 0}`,
    misses,
    wronglyRefused,
    outOfScopeAnswered: answeredOos,
  };
}

/** The question set named by `--set=<name>` (none: the first held-out set) and where its results go. */
function chosenSet(argv: string[]): { questions: string; results: string } {
  const name = argv.find((a) => a.startsWith('--set='))?.slice('--set='.length);
  if (name === undefined) return { questions: 'eval-questions.json', results: 'eval.json' };
  // development sets (data/dev-set-<letter>.json): their misses are read and fixed, so they measure
  // nothing held out
  const dev = /^dev-([a-z])$/.exec(name);
  if (dev) return { questions: `dev-set-${dev[1]}.json`, results: `eval-dev-${dev[1]}.json` };
  if (!/^[a-z]$/.test(name)) throw new Error(`--set takes one letter naming a held-out set (data/eval-questions-<letter>.json) or dev-<letter> naming a development set (data/dev-set-<letter>.json), not "${name}"`);
  return { questions: `eval-questions-${name}.json`, results: `eval-${name}.json` };
}

/** Conversations (development sets may have them): each turn asked with the context the previous
 *  answers left, as the chat page does. A turn with sections counts when it is answered with one of
 *  them first; a turn without sections (out of scope) when it is declined. */
async function evaluateConversations(engine: ChatEngine, conversations: Conversation[]) {
  let turns = 0;
  let right = 0;
  let followTurns = 0;
  let followRight = 0;
  const misses: string[] = [];
  for (const c of conversations) {
    const answers = await askConversation(engine, c.turns.map((t) => t.question));
    c.turns.forEach((t, i) => {
      const a = answers[i];
      const ok = t.sections.length ? !a.refused && t.sections.includes(a.sources[0]?.section) : a.refused;
      turns++;
      if (ok) right++;
      if (i > 0) {
        followTurns++;
        if (ok) followRight++;
      }
      if (!ok) misses.push(`${c.id}#${i + 1} ${t.question} -> ${a.refused ? 'declined' : `${a.kind} ${a.sources.map((s) => s.section).slice(0, 3).join(', ')}`} (want ${t.sections.join('/') || 'declined'})`);
    });
  }
  return { conversations: conversations.length, turns, turnsRight: pct(right, turns), followUpTurns: followTurns, followUpTurnsRight: pct(followRight, followTurns), misses };
}

async function main() {
  const files = chosenSet(process.argv.slice(2));
  const set = JSON.parse(fs.readFileSync(path.join(__dirname, 'data', files.questions), 'utf8')) as EvalSet;
  const t0 = Date.now();
  const extract = await loadNodeExtractor();
  const engine = await createChatEngine({ extract });
  const hybrid = await evaluate(engine, set);
  const conversations = set.conversations?.length ? await evaluateConversations(engine, set.conversations) : undefined;
  // ablations: each signal alone (the section classifier's weight set to 0 for the first two)
  const lexicalOnly = await evaluate(await createChatEngine({ extract: null, calibration: { ...defaultCalibration, classifier: 0 } }), set);
  const denseOnly = await evaluate(await createChatEngine({ extract, calibration: { ...defaultCalibration, alpha: 0, classifier: 0 } }), set);
  const withoutClassifier = await evaluate(await createChatEngine({ extract, calibration: { ...defaultCalibration, classifier: 0 } }), set);
  // What a user gets with a hub embedding model (calibration-any-model.json), measured with the
  // built-in model standing in for it (no hub weights can be had here), and with no dense model.
  const anyStandIn = await evaluate(await createChatEngine({ extract, calibration: anyModelCalibration }), set);
  const anyLexical = await evaluate(await createChatEngine({ extract: null, calibration: anyModelCalibration }), set);
  const result = {
    questions: `data/${files.questions}`,
    evalSet: { inScope: set.inScope.length, outOfScope: set.outOfScope.length, smallTalk: set.smallTalk?.length ?? 0 },
    calibration: defaultCalibration,
    hybrid,
    ...(conversations ? { conversations } : {}),
    ablations: {
      lexicalOnly: { perLanguage: lexicalOnly.perLanguage, refusal: lexicalOnly.refusal, note: 'no dense model, section classifier weight 0; refusal model as fitted for the hybrid' },
      denseOnly: { perLanguage: denseOnly.perLanguage, refusal: denseOnly.refusal, note: 'alpha 0, section classifier weight 0; refusal model as fitted for the hybrid' },
      withoutSectionClassifier: { perLanguage: withoutClassifier.perLanguage, refusal: withoutClassifier.refusal, note: 'hybrid with the section classifier weight 0 in the ranking (its refusal feature kept)' },
      anyModelCalibration: {
        note: 'calibration-any-model.json (for embedding models the dev set was not run with: lexical refusal, alpha 0.5)',
        builtInModelAsStandIn: { perLanguage: anyStandIn.perLanguage, refusal: anyStandIn.refusal },
        withoutDenseModel: { perLanguage: anyLexical.perLanguage, refusal: anyLexical.refusal },
      },
    },
    seconds: (Date.now() - t0) / 1000,
  };
  fs.writeFileSync(path.join(__dirname, files.results), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
