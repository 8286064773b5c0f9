// The CLI driver: parses argv, dispatches to a command, writes JSON to stdout and errors to
// stderr, and returns the exit code (0 ok, 1 failure, 2 usage). Testable without a process.
import { CommandError, UsageError, type Command } from './command';

export interface CliIO {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Lines of standard input (only read with --jsonl). */
  stdinLines(): AsyncIterable<string>;
}

export function usageText(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'usage: npm run --silent cli -- <command> [args] [--jsonl]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    '  --jsonl  read one input per stdin line (plain text, a JSON string, or a JSON object with a',
    '           "text", "question" or "input" field), write one JSON object per output line',
  ].join('\n');
}

/** The input of one --jsonl line: plain text as it is; a JSON string, or the "text" / "question" /
 *  "input" field of a JSON object, decoded (so that `{"text":"I loved it"}` is not classified as
 *  the characters of its JSON). A line that looks like JSON but is not stays plain text. */
export function jsonlInput(line: string): { input: string } | { error: string } {
  const t = line.trim();
  if (!/^[{"]/.test(t)) return { input: line };
  let v: unknown;
  try {
    v = JSON.parse(t);
  } catch {
    return { input: line }; // plain text that starts with { or "
  }
  if (typeof v === 'string') return { input: v };
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const key of ['text', 'question', 'input']) if (typeof o[key] === 'string') return { input: o[key] as string };
    return { error: 'a JSON object line needs a "text", "question" or "input" string field' };
  }
  return { input: line };
}

export async function runCli(argv: string[], commands: Command[], io: CliIO): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const positional = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--help') || positional.length === 0) {
    io.stderr(usageText(commands));
    return positional.length === 0 && !flags.has('--help') ? 2 : 0;
  }
  const unknownFlags = [...flags].filter((f) => f !== '--jsonl' && f !== '--help');
  const [name, ...args] = positional;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`error: unknown command "${name}"\n${usageText(commands)}`);
    return 2;
  }
  if (unknownFlags.length) {
    io.stderr(`error: unknown option ${unknownFlags.join(', ')}\n${usageText(commands)}`);
    return 2;
  }
  if (flags.has('--jsonl')) {
    if (args.length) {
      io.stderr(`error: with --jsonl, ${command.name} reads its inputs from stdin, not arguments`);
      return 2;
    }
    let failed = 0;
    for await (const raw of io.stdinLines()) {
      const parsed = jsonlInput(raw.replace(/\r$/, ''));
      if ('error' in parsed) {
        failed++;
        io.stdout(JSON.stringify({ input: raw, error: parsed.error }));
        continue;
      }
      const line = parsed.input;
      if (!line.trim()) continue;
      try {
        const result = await (command.runLine ? command.runLine(line) : command.run([line]));
        io.stdout(JSON.stringify(result));
      } catch (e) {
        failed++;
        io.stdout(JSON.stringify({ input: line, error: e instanceof Error ? e.message : String(e) }));
      }
    }
    return failed ? 1 : 0;
  }
  try {
    io.stdout(JSON.stringify(await command.run(args)));
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof UsageError) {
      io.stderr(`error: ${message}\nusage: npm run --silent cli -- ${command.usage}`);
      return 2;
    }
    io.stderr(`error: ${message}`);
    if (!(e instanceof CommandError) && e instanceof Error && e.stack && process.env.GLASSBOX_DEBUG) io.stderr(e.stack);
    return 1;
  }
}
