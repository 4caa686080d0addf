/**
 * `docker container restart`: stop (as `docker stop` does) then start;
 * prints each argument as given (docker/cli cli/command/container/restart.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { flag } from '../flags.ts';
import { TIMEOUT_FLAGS, deprecatedTimeNotice, eachContainer, interruptible, stopGracefully } from './common.ts';
import { startOrFail } from './start.ts';

export const restartCommand: Command = {
  path: 'docker container restart',
  aliases: ['docker restart'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
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
        const plan = startOrFail(ctx, c);
        if (plan.kind === 'run') await ctx.runtime.runMain(c, null);
        return arg;
      }),
    );
  },
};
