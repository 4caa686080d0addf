/**
 * `docker container rename` (docker/cli cli/command/container/rename.go):
 * the daemon's error, then `Error: failed to rename container named x`.
 */
import { renameContainer } from '../../engine/containers/lifecycle.ts';
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { daemonMessage } from '../errors.ts';

export const renameCommand: Command = {
  path: 'docker container rename',
  aliases: ['docker rename'],
  usage: 'CONTAINER NEW_NAME',
  short: 'Rename a container',
  args: { kind: 'exact', n: 2 },
  flags: [],
  run: async (ctx, _p, args) => {
    const oldName = args[0].trim();
    const newName = args[1].trim();
    if (oldName === '' || newName === '') {
      ctx.stderr.write('Error: Neither old nor new names may be empty\n');
      return 1;
    }
    try {
      renameContainer(ctx.engine.state, getContainer(ctx.engine.state, oldName), newName);
    } catch (e) {
      ctx.stderr.write(daemonMessage(e) + '\n');
      ctx.stderr.write(`Error: failed to rename container named ${oldName}\n`);
      return 1;
    }
    return 0;
  },
};
