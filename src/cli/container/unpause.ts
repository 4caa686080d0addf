/** `docker container unpause` (docker/cli cli/command/container/unpause.go). */
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { eachContainer } from './common.ts';
import { unpauseContainer } from './pause.ts';

export const unpauseCommand: Command = {
  path: 'docker container unpause',
  aliases: ['docker unpause'],
  usage: 'CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [],
  run: (ctx, _p, args) =>
    eachContainer(ctx, args, (arg) => {
      unpauseContainer(getContainer(ctx.engine.state, arg));
      return arg;
    }),
};
