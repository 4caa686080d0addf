/** `mount` with no arguments inside a container: the mount table, one line each. */
import type { WorldProgram } from '../world.ts';
import { containerMounts } from '../../engine/containers/mount-table.ts';

export const mountProgram: WorldProgram = async (ctx) => {
  const c = ctx.world.container;
  if (!c) return 1;
  if (ctx.argv.length > 1) {
    ctx.stderr.write('mount: permission denied (are you root?)\n');
    return 1;
  }
  const lines = containerMounts(c).map((m) => `${m.source} on ${m.target} type ${m.fstype} (${m.options})`);
  ctx.stdout.write(lines.join('\n') + '\n');
  return 0;
};
