/**
 * `docker volume rm`: each name printed as it is removed; the daemon's
 * errors come after, one a line, exit 1 (docker/cli cli/command/volume/remove.go).
 */
import { removeVolume } from '../../engine/volumes.ts';
import type { Command } from '../command.ts';
import { daemonMessage } from '../errors.ts';
import { flag } from '../flags.ts';

export const volumeRmCommand: Command = {
  path: 'docker volume rm',
  aliases: ['docker volume remove'],
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  // docker/cli's Long text is "Remove one or more volumes. You cannot remove a volume that is in use by a container."
  short: 'Remove one or more volumes',
  args: { kind: 'min', n: 1 },
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' }],
  async run(ctx, p, args) {
    const errors: string[] = [];
    for (const name of args) {
      try {
        removeVolume(ctx.engine.state, ctx.engine.hostFs, name, flag.bool(p, 'force'));
        ctx.stdout.write(name + '\n');
      } catch (e) {
        errors.push(daemonMessage(e));
      }
    }
    if (errors.length === 0) return 0;
    ctx.stderr.write(errors.join('\n') + '\n');
    return 1;
  },
};
