/** `docker system ...` and the top-level `docker version` and `docker info`. */
import type { Command } from '../command.ts';
import { dfCommand } from './df.ts';
import { infoCommand } from './info.ts';
import { systemPruneCommand } from './prune.ts';
import { versionCommand } from './version.ts';

export const systemCommands: Command[] = [dfCommand, infoCommand, systemPruneCommand, versionCommand];
