/**
 * `docker image rm` / `docker rmi` (docker/cli cli/command/image/remove.go):
 * "Untagged:" and "Deleted:" lines as each image goes, the daemon's errors
 * after all of them. With -f, images that do not exist are reported but the
 * exit status stays 0.
 */
import { type ImageDeleteRecord, deleteImage } from '../../engine/images/image-ops.ts';
import { isDockerError } from '../../engine/errors.ts';
import type { Command } from '../command.ts';
import { daemonMessage } from '../errors.ts';
import { flag } from '../flags.ts';

export const imageRmCommand: Command = {
  path: 'docker image rm',
  aliases: ['docker image remove', 'docker rmi'],
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
    { name: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
    {
      name: 'platform',
      type: 'list',
      typeName: 'strings',
      usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
    },
  ],
  async run(ctx, p, args) {
    const force = flag.bool(p, 'force');
    const errors: string[] = [];
    let fatal = false;
    for (const ref of args) {
      let records: ImageDeleteRecord[];
      try {
        records = deleteImage(ctx.engine.state, ref, force);
      } catch (e) {
        if (!(isDockerError(e) && e.kind === 'notFound')) fatal = true;
        errors.push(daemonMessage(e));
        continue;
      }
      for (const r of records) ctx.stdout.write(r.Deleted !== undefined ? `Deleted: ${r.Deleted}\n` : `Untagged: ${r.Untagged}\n`);
    }
    if (errors.length === 0) return 0;
    ctx.stderr.write(errors.join('\n') + '\n');
    return !force || fatal ? 1 : 0;
  },
};
