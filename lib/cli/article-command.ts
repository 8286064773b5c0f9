// `article <id>`: prints one section of the article as {"id","title","zh","en"}.
import { getSection, sectionIds } from '../content/article';
import { CommandError, UsageError, type Command } from './command';

export const articleCommand: Command = {
  name: 'article',
  usage: 'article <id>',
  summary: 'Print a section of the article (id as numbered in the article, e.g. 9.6) in Chinese and English.',
  async run(args) {
    if (args.length !== 1) throw new UsageError('article takes exactly one section id, e.g. `article 9.6`');
    const id = args[0].trim().replace(/\.$/, '');
    const section = getSection(id);
    if (!section) throw new CommandError(`unknown section id "${args[0]}"; known ids: ${sectionIds().join(', ')}`);
    return { id: section.id, title: section.title, zh: section.body.zh, en: section.body.en };
  },
};
