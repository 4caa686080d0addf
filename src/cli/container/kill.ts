/**
 * `docker container kill`: SIGKILL or the -s signal; prints each argument
 * as given (docker/cli cli/command/container/kill.go). The daemon names the
 * container in its errors: `cannot kill container: web: ...` (v28 lower case).
 */
import { killContainer } from '../../engine/containers/lifecycle.ts';
import { findContainer } from '../../engine/containers/lookup.ts';
import { DockerError, conflict, notFound } from '../../engine/errors.ts';
import type { Command } from '../command.ts';
import { flag } from '../flags.ts';
import { checkSignal, eachContainer } from './common.ts';

export const killCommand: Command = {
  path: 'docker container kill',
  aliases: ['docker kill'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  args: { kind: 'min', n: 1 },
  flags: [{ name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' }],
  run: (ctx, p, args) => {
    const signal = flag.str(p, 'signal') || 'KILL';
    return eachContainer(ctx, args, (arg) => {
      // the API checks the signal before looking the container up
      checkSignal(signal);
      let c;
      try {
        c = findContainer(ctx.engine.state, arg);
      } catch (e) {
        if (e instanceof DockerError) throw new DockerError(e.kind, `cannot kill container: ${arg}: ${e.message}`);
        throw e;
      }
      if (!c) throw notFound(`cannot kill container: ${arg}: No such container: ${arg}`);
      // the daemon names the container as the client gave it
      if (!c.State.Running) throw conflict(`cannot kill container: ${arg}: container ${c.Id} is not running`);
      killContainer(ctx.engine.state, c, signal);
      return arg;
    });
  },
};
