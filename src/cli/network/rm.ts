/**
 * `docker network rm` (alias `remove`; docker/cli 28 cli/command/network/remove.go):
 * each name printed once removed, each error printed as it happens; any
 * error ends with the status error "exit status 1". -f ignores networks that
 * do not exist.
 */
import { DockerError } from '../../engine/errors.ts';
import { removeNetwork } from '../../engine/network/remove.ts';
import type { Command } from '../command.ts';
import { daemonMessage } from '../errors.ts';
import { flag } from '../flags.ts';

export const networkRmCommand: Command = {
  path: 'docker network rm',
  aliases: ['docker network remove'],
  usage: 'NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  args: { kind: 'min', n: 1 },
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
  async run(ctx, p, args) {
    let status = 0;
    for (const name of args) {
      try {
        removeNetwork(ctx.engine.state, name);
        ctx.stdout.write(name + '\n');
      } catch (e) {
        if (flag.bool(p, 'force') && e instanceof DockerError && e.kind === 'notFound') continue;
        ctx.stderr.write(daemonMessage(e) + '\n');
        status = 1;
      }
    }
    if (status !== 0) ctx.stderr.write(`exit status ${status}\n`);
    return status;
  },
};
