// A conversation's turns asked one after another, each with the context the previous answer left
// (as the chat page does): for tests, scripts and the CLI. Framework-free.
import type { ChatEngine } from './engine';
import type { ChatAnswer, ChatContext } from './types';

/** The answers to `turns`, each with the conversation's context after it (`after`). */
export async function askConversation(engine: ChatEngine, turns: string[]): Promise<(ChatAnswer & { truncated: boolean; after: ChatContext | null })[]> {
  let context: ChatContext | null = null;
  const answers = [];
  for (const t of turns) {
    const a = await engine.ask(t, context);
    context = a.followUp ?? context;
    answers.push({ ...a, after: context });
  }
  return answers;
}
