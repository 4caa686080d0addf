/** `docker volume ...`: create, inspect, ls, prune, rm. */
import type { Command } from '../command.ts';
import { volumeCreateCommand } from './create.ts';
import { volumeInspectCommand } from './inspect.ts';
import { volumeLsCommand } from './ls.ts';
import { volumePruneCommand } from './prune.ts';
import { volumeRmCommand } from './rm.ts';

export const volumeCommands: Command[] = [volumeCreateCommand, volumeInspectCommand, volumeLsCommand, volumePruneCommand, volumeRmCommand];
