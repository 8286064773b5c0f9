// Test helper: runs the CLI in-process with the real command list, capturing stdout lines
// (parsed as JSON), stderr and the exit code. Used by the CLI unit tests.
import { commands } from './commands';
import { runCli } from './run-cli';

export async function runForTest(argv: string[], stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, commands, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    stdinLines: async function* () { yield* stdin; },
  });
  return { code, lines: out, out: out.map((l) => JSON.parse(l)), err: err.join('\n') };
}
