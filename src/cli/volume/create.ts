/** `docker volume create`: prints the volume's name (docker/cli cli/command/volume/create.go). */
import { createVolume } from '../../engine/volumes.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';

/** opts.ValidateLabel: `key[=value]`, the key not empty and without blanks. */
export function validateLabel(raw: string): string | null {
  const eq = raw.indexOf('=');
  const key = (eq < 0 ? raw : raw.slice(0, eq)).trim();
  if (key === '') return `invalid label '${raw}': empty name`;
  if (/[ \t]/.test(key)) return `label '${key}' contains whitespaces`;
  return null;
}

/** opts.ConvertKVStringsToMap: `key=value` or `key` (an empty value); the last one wins. */
export function kvStringsToMap(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq < 0) out[v] = '';
    else out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

export const volumeCreateCommand: Command = {
  path: 'docker volume create',
  usage: '[OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'driver', short: 'd', type: 'string', default: 'local', usage: 'Specify volume driver name' },
    { name: 'name', type: 'string', usage: 'Specify volume name', hidden: true },
    { name: 'opt', short: 'o', type: 'list', typeName: 'map', usage: 'Set driver specific options (default map[])' },
    { name: 'label', type: 'list', usage: 'Set metadata for a volume', validate: validateLabel },
  ],
  async run(ctx, p, args) {
    let name = flag.str(p, 'name');
    if (args.length === 1) {
      if (name !== '') {
        // docker/cli's wording, also in 28.x and later (the client checks this, not the daemon)
        ctx.stderr.write('conflicting options: cannot specify a volume-name through both --name and as a positional arg\n');
        return 1;
      }
      name = args[0];
    }
    try {
      const volume = createVolume(ctx.engine.state, ctx.engine.hostFs, {
        ...(name !== '' ? { name } : {}),
        driver: flag.str(p, 'driver'),
        labels: kvStringsToMap(flag.list(p, 'label')),
        // opts.MapOpts: `key=value`, or `key` with an empty value
        options: kvStringsToMap(flag.list(p, 'opt')),
      });
      ctx.stdout.write(volume.Name + '\n');
      return 0;
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
  },
};
