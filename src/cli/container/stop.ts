/**
 * `docker container stop`: the stop signal, then SIGKILL after the timeout;
 * prints each argument as given (docker/cli cli/command/container/stop.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { flag } from '../flags.ts';
import { TIMEOUT_FLAGS, deprecatedTimeNotice, eachContainer, interruptible, stopGracefully } from './common.ts';

export const stopCommand: Command = {
  path: 'docker container stop',
  aliases: ['docker stop'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  args: { kind: 'min', n: 1 },
  flags: TIMEOUT_FLAGS,
  run: (ctx, p, args) => {
    deprecatedTimeNotice(ctx, p.changed);
    const timeout = p.changed.has('timeout') ? flag.int(p, 'timeout') : p.changed.has('time') ? flag.int(p, 'time') : undefined;
    const signal = flag.str(p, 'signal') || undefined;
    return interruptible(() =>
      eachContainer(ctx, args, async (arg) => {
        const c = getContainer(ctx.engine.state, arg);
        await stopGracefully(ctx, c, timeout, signal);
        return arg;
      }),
    );
  },
};
