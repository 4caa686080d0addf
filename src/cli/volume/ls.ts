/**
 * `docker volume ls`: the daemon's filters (moby volume/service: dangling,
 * name as a regular expression, driver, label), then docker/cli sorts by
 * name in natural order and formats (cli/command/volume/list.go,
 * cli/command/formatter/volume.go).
 */
import { volumeMountpoint, volumeUsers } from '../../engine/volumes.ts';
import type { EngineState, VolumeRecord } from '../../engine/state.ts';
import type { Command } from '../command.ts';
import { FORMAT_HELP } from '../container/help-texts.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { VOLUME_CONTEXT, selectFormat } from '../format/contexts.ts';
import { FormatError, formatRows } from '../format/formatter.ts';
import { type Filters, exactMatch, filterFlag, getBoolOrDefault, matchKVList, parseFilters, regexMatch, validateFilters } from '../system/filters.ts';
import { naturalCompare } from './natural-sort.ts';

const LIST_FILTERS = ['dangling', 'name', 'driver', 'label'];

/** The daemon's volume list with its filters applied (VolumesService.List / filtersToBy). */
export function listVolumes(state: EngineState, filters: Filters): VolumeRecord[] {
  validateFilters(filters, LIST_FILTERS);
  const dangling = filters.has('dangling') ? getBoolOrDefault(filters, 'dangling', false) : undefined;
  return Object.values(state.volumes).filter((v) => {
    if (!exactMatch(filters, 'driver', v.Driver)) return false;
    if (!regexMatch(filters, 'name', v.Name)) return false;
    if (!matchKVList(filters, 'label', v.Labels)) return false;
    if (dangling !== undefined && volumeUsers(state, v.Name).length > 0 === dangling) return false;
    return true;
  });
}

/** "a=1,b=2": volumeContext.Labels (Go ranges over the map; sorted here). */
export function joinLabels(labels: Record<string, string> | null): string {
  if (!labels) return '';
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
}

/** The volumeContext a --format template sees. */
export function volumeRow(v: VolumeRecord): Record<string, unknown> {
  return {
    Availability: 'N/A',
    Driver: v.Driver,
    Group: 'N/A',
    Labels: joinLabels(v.Labels),
    Links: 'N/A',
    Mountpoint: volumeMountpoint(v.Name),
    Name: v.Name,
    Scope: v.Scope,
    Size: 'N/A',
    Status: 'N/A',
    Label: (name: unknown) => v.Labels?.[String(name)] ?? '',
  };
}

export const volumeLsCommand: Command = {
  path: 'docker volume ls',
  aliases: ['docker volume list'],
  usage: '[OPTIONS]',
  short: 'List volumes',
  args: { kind: 'none' },
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    filterFlag('Provide filter values (e.g. "dangling=true")'),
  ],
  async run(ctx, p) {
    let volumes: VolumeRecord[];
    try {
      volumes = listVolumes(ctx.engine.state, parseFilters(flag.list(p, 'filter')));
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    volumes = [...volumes].sort((a, b) => naturalCompare(a.Name, b.Name));
    const format = selectFormat(VOLUME_CONTEXT, flag.str(p, 'format') || 'table', { quiet: flag.bool(p, 'quiet') });
    const out = formatRows({ format, rows: volumes.map(volumeRow), context: VOLUME_CONTEXT });
    if (out instanceof FormatError) {
      ctx.stderr.write(out.message + '\n');
      return 1;
    }
    ctx.stdout.write(out);
    return 0;
  },
};
