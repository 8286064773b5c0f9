// `ask "<question>"`: answers a question about the article with the on-device chat engine
// (same retrieval and composition as /chat), sources best first.
import { EmptyQuestionError, type ChatEngine } from '../chat/engine';
import { createNodeChatEngine } from '../chat/node-engine';
import { CommandError, UsageError, type Command } from './command';

let engine: Promise<ChatEngine> | null = null;

async function ask(question: string) {
  engine ??= createNodeChatEngine().catch((e) => {
    engine = null;
    throw new CommandError(`cannot load the chat engine: ${e instanceof Error ? e.message : e}`);
  });
  try {
    const a = await (await engine).ask(question);
    return {
      answer: a.answer,
      language: a.language,
      sources: a.sources.map((s) => ({ section: s.section, title: s.title, score: s.score, ...(s.glossary ? { glossary: s.glossary.id } : {}) })),
      refused: a.refused,
      kind: a.kind,
      confidence: Number(a.confidence.toFixed(4)),
      ...(a.refused ? { suggestions: a.suggestions.map((s) => ({ section: s.section, title: s.title })) } : {}),
      truncated: a.truncated,
    };
  } catch (e) {
    if (e instanceof EmptyQuestionError) throw new CommandError(e.message);
    throw e;
  }
}

export const askCommand: Command = {
  name: 'ask',
  usage: 'ask "<question>"',
  summary: 'Answer a question about the article (English or Chinese) from the article and glossary, with cited sections; refuses what they do not cover.',
  async run(args) {
    if (args.length !== 1) throw new UsageError('ask takes the question as one quoted argument, e.g. ask "How do I prevent overfitting?"');
    return ask(args[0]);
  },
  runLine: ask,
};
