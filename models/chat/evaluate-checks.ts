// How the whole chat (engine.ask, not the retrieval step alone as in calibrate.ts) treats the check
// sets it is never fitted on: the share of the out-of-scope, "mentioned" and field check questions it
// declines, and of the field check's answerable questions it answers. Writes
// models/chat/eval-checks.json with the questions on the wrong side.
// Run: npm run checks:chat (about 20 s)
import fs from 'node:fs';
import path from 'node:path';
import { createNodeChatEngine } from '../../lib/chat/node-engine';
import { FIELD_CHECK } from './data/field-check';
import { OUT_OF_SCOPE_CHECK } from './data/out-of-scope-check';
import { OUT_OF_SCOPE_MENTIONED_CHECK } from './data/out-of-scope-mentioned-check';

async function main() {
  const engine = await createNodeChatEngine();
  /** The share (%) of `questions` whose answer is declined as `declined` says, and the others. */
  const rate = async (questions: string[], declined: boolean) => {
    const wrong: string[] = [];
    for (const q of questions) if ((await engine.ask(q)).refused !== declined) wrong.push(q);
    return { questions: questions.length, percent: Number((100 * (1 - wrong.length / questions.length)).toFixed(1)), wrong };
  };
  const result = {
    outOfScopeCheckDeclined: await rate([...OUT_OF_SCOPE_CHECK.en, ...OUT_OF_SCOPE_CHECK.zh], true),
    mentionedCheckDeclined: await rate([...OUT_OF_SCOPE_MENTIONED_CHECK.en, ...OUT_OF_SCOPE_MENTIONED_CHECK.zh], true),
    fieldCheckOutOfScopeDeclined: await rate([...FIELD_CHECK.outOfScope.en, ...FIELD_CHECK.outOfScope.zh], true),
    fieldCheckInScopeAnswered: await rate(FIELD_CHECK.inScope.map((q) => q.question), false),
  };
  fs.writeFileSync(path.join(__dirname, 'eval-checks.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const [name, r] of Object.entries(result)) console.log(`${name}: ${r.percent} % of ${r.questions}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
