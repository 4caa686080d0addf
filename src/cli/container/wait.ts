/**
 * `docker container wait`: blocks until each container stops and prints its
 * exit code (docker/cli cli/command/container/wait.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { eachContainer, interruptible, waitUntilExited } from './common.ts';

export const waitCommand: Command = {
  path: 'docker container wait',
  aliases: ['docker wait'],
  usage: 'CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  args: { kind: 'min', n: 1 },
  flags: [],
  run: (ctx, _p, args) =>
    interruptible(() =>
      eachContainer(ctx, args, async (arg) => {
        const c = getContainer(ctx.engine.state, arg);
        await waitUntilExited(ctx, c);
        return String(c.State.ExitCode);
      }),
    ),
};
