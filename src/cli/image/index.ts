/** `docker image ...` and their top-level shortcuts (docker images, pull, rmi, tag). */
import type { Command } from '../command.ts';
import { imageInspectCommand } from './inspect.ts';
import { imageLsCommand } from './ls.ts';
import { imagePruneCommand } from './prune.ts';
import { imagePullCommand } from './pull.ts';
import { imageRmCommand } from './rm.ts';
import { imageTagCommand } from './tag.ts';

export const imageCommands: Command[] = [imageInspectCommand, imageLsCommand, imagePruneCommand, imagePullCommand, imageRmCommand, imageTagCommand];
