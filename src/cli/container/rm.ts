/**
 * `docker container rm`: removes containers, -f kills running ones first,
 * -v takes their anonymous volumes along. Prints each argument as given;
 * with -f a missing container is reported but is not a failure
 * (docker/cli cli/command/container/rm.go).
 */
import { removeContainer } from '../../engine/containers/lifecycle.ts';
import { getContainer } from '../../engine/containers/lookup.ts';
import { conflict, isDockerError } from '../../engine/errors.ts';
import type { Command } from '../command.ts';
import { daemonMessage } from '../errors.ts';
import { flag } from '../flags.ts';

export const rmCommand: Command = {
  path: 'docker container rm',
  aliases: ['docker container remove', 'docker rm'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
    { name: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
    { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
  ],
  run: async (ctx, p, args) => {
    const force = flag.bool(p, 'force');
    const errors: string[] = [];
    for (const name of args) {
      const ref = name.replace(/^\/+|\/+$/g, '');
      try {
        if (ref === '') {
          errors.push('container name cannot be empty');
          continue;
        }
        const c = getContainer(ctx.engine.state, ref);
        // legacy links are not simulated: a container name is never a link
        if (flag.bool(p, 'link')) throw conflict('Conflict, cannot remove the default link name of the container');
        removeContainer(ctx.engine.state, ctx.engine.hostFs, c, { force, volumes: flag.bool(p, 'volumes'), ref });
        ctx.stdout.write(name + '\n');
      } catch (e) {
        if (force && isDockerError(e) && e.kind === 'notFound') {
          ctx.stderr.write(daemonMessage(e) + '\n');
          continue;
        }
        errors.push(daemonMessage(e));
      }
    }
    if (errors.length) ctx.stderr.write(errors.join('\n') + '\n');
    return errors.length ? 1 : 0;
  },
};
