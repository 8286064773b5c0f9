// The CLI's command contract: each command turns one input (arguments, or one stdin line with
// --jsonl) into a JSON-serialisable result. Usage errors exit 2, failures exit 1.

export class UsageError extends Error {}
export class CommandError extends Error {}

export interface Command {
  name: string;
  /** e.g. "article <id>" */
  usage: string;
  summary: string;
  /** Runs on positional arguments (flags already removed). */
  run(args: string[]): Promise<unknown>;
  /** Runs on one --jsonl input line; defaults to run([line]). */
  runLine?(line: string): Promise<unknown>;
}
