// Every CLI command, in help order. Adding a command is one entry here.
import { articleCommand } from './article-command';
import { askCommand } from './ask-command';
import type { Command } from './command';
import { digitCommand } from './digit-command';
import { sentimentCommand, topicCommand } from './text-command';

export const commands: Command[] = [articleCommand, askCommand, digitCommand, sentimentCommand, topicCommand];
