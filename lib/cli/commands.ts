// Every CLI command, in help order. Adding a command is one entry here.
import { articleCommand } from './article-command';
import type { Command } from './command';

export const commands: Command[] = [articleCommand];
