/**
 * `docker system prune` (docker/cli cli/command/system/prune.go): stopped
 * containers, unused custom networks, with --volumes unused anonymous
 * volumes, dangling images (all unused ones with -a), and the build cache
 * (empty here), each part printed as its own prune command does, then the
 * total reclaimed space.
 */
import { pruneNetworks } from '../../engine/network/remove.ts';
import { pruneVolumes } from '../../engine/volumes.ts';
import { invalidParameter } from '../../engine/errors.ts';
import type { Command } from '../command.ts';
import { pruneContainers } from '../container/prune.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { humanSize } from '../format/units.ts';
import { pruneImages } from '../image/prune.ts';
import { type Filters, filterFlag, matchKVList, parseFilters } from './filters.ts';
import { confirm } from './prompt.ts';
import { parseLogTime } from '../container/logs.ts';

function warning(all: boolean, volumes: boolean, filters: string[]): string {
  const items = ['all stopped containers', 'all networks not used by at least one container'];
  if (volumes) items.push('all anonymous volumes not used by at least one container');
  items.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
  items.push(all ? 'all build cache' : 'unused build cache');
  let text = 'WARNING! This will remove:\n' + items.map((i) => `  - ${i}\n`).join('');
  if (filters.length) text += '\n  Items to be pruned will be filtered with:\n' + filters.map((f) => `  - ${f}\n`).join('');
  return text + '\nAre you sure you want to continue?';
}

/** Only the filters one part accepts go to it (until and label for all; volumes take no until). */
function subset(filters: Filters, names: string[]): Filters {
  return new Map([...filters].filter(([k]) => names.includes(k)));
}

export const systemPruneCommand: Command = {
  path: 'docker system prune',
  usage: '[OPTIONS]',
  short: 'Remove unused data',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    filterFlag('Provide filter values (e.g. "label=<key>=<value>")', null),
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
  ],
  async run(ctx, p) {
    const all = flag.bool(p, 'all');
    const volumes = flag.bool(p, 'volumes');
    const raw = flag.list(p, 'filter');
    const filters = parseFilters(raw);
    if (volumes && filters.has('until')) {
      ctx.stderr.write('ERROR: The "until" filter is not supported with "--volumes"\n');
      return 1;
    }
    if (!flag.bool(p, 'force') && !confirm(ctx, warning(all, volumes, raw))) {
      if (ctx.stdinIsTTY) ctx.stdout.write('\n');
      return 0;
    }
    const engine = ctx.engine;
    let reclaimed = 0;
    let out = '';
    try {
      const containers = pruneContainers(engine, subset(filters, ['until', 'label', 'label!']));
      if (containers.deleted.length) out += `Deleted Containers:\n${containers.deleted.map((id) => id + '\n').join('')}\n`;
      reclaimed += containers.reclaimed;

      let until: number | undefined;
      for (const v of filters.get('until') ?? []) {
        const t = parseLogTime(v, engine.now());
        if (typeof t !== 'number') throw invalidParameter(t.error);
        until = t;
      }
      const networks = pruneNetworks(engine.state, { until, labels: filters.get('label'), notLabels: filters.get('label!') });
      if (networks.length) out += `Deleted Networks:\n${networks.map((n) => n + '\n').join('')}\n`;

      if (volumes) {
        const v = pruneVolumes(engine.state, engine.hostFs, {
          all: false,
          labelFilters: [
            (vol) => vol.Driver === 'local',
            (vol) => matchKVList(filters, 'label', vol.Labels),
            (vol) => !filters.has('label!') || !matchKVList(filters, 'label!', vol.Labels),
          ],
        });
        if (v.deleted.length) {
          out += `Deleted Volumes:\n${v.deleted.map((n) => n + '\n').join('')}\n`;
          reclaimed += v.reclaimed;
        }
      }

      const images = pruneImages(engine, all, subset(filters, ['until', 'label', 'label!']));
      if (images.deleted.length) {
        const lines = images.deleted.map((d) => (d.Untagged !== undefined ? `untagged: ${d.Untagged}` : `deleted: ${d.Deleted}`));
        out += `Deleted Images:\n${lines.join('\n')}\n\n`;
        reclaimed += images.reclaimed;
      }
    } catch (e) {
      ctx.stdout.write(out);
      return reportDaemonError(ctx, e);
    }
    ctx.stdout.write(out + `Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
