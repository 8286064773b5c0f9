// Node entry point of the Glassbox CLI: `npm run --silent cli -- <command> [args]`.
import { createInterface } from 'node:readline';
import { commands } from './commands';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), commands, {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
}).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`error: ${e instanceof Error ? e.message : e}\n`); process.exitCode = 1; },
);
