/**
 * `docker volume prune` (docker/cli cli/command/volume/prune.go with an API
 * 1.42+ daemon): unused anonymous volumes only, all unused volumes with
 * -a/--all; the daemon accepts the label, label! and all filters
 * (moby volume/service VolumesService.Prune).
 */
import { invalidParameter } from '../../engine/errors.ts';
import type { VolumeRecord } from '../../engine/state.ts';
import { pruneVolumes } from '../../engine/volumes.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { humanSize } from '../format/units.ts';
import { type Filters, addFilter, filterFlag, matchKVList, parseFilters, validateFilters } from '../system/filters.ts';
import { confirm } from '../system/prompt.ts';

const UNUSED_VOLUMES_WARNING =
  'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?';
const ALL_VOLUMES_WARNING = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?';

/** strconv.ParseBool */
function parseBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/** The daemon side: which volumes the filters let go, and whether named ones too (withPrune). */
function pruneRequest(filters: Filters): { all: boolean; labelFilters: ((v: VolumeRecord) => boolean)[] } {
  validateFilters(filters, ['label', 'label!', 'all']);
  let all = false;
  const values = filters.get('all');
  if (values && values.length > 1) throw invalidParameter(`invalid filter 'all=[${values.join(' ')}]': only one value is expected`);
  if (values && values.length === 1) {
    const b = parseBool(values[0]);
    if (b === undefined) throw invalidParameter(`invalid filter 'all': strconv.ParseBool: parsing ${JSON.stringify(values[0])}: invalid syntax`);
    all = b;
  }
  const labelFilters: ((v: VolumeRecord) => boolean)[] = [(v) => v.Driver === 'local', (v) => matchKVList(filters, 'label', v.Labels)];
  if (filters.has('label!')) labelFilters.push((v) => !matchKVList(filters, 'label!', v.Labels));
  return { all, labelFilters };
}

export const volumePruneCommand: Command = {
  path: 'docker volume prune',
  usage: '[OPTIONS]',
  short: 'Remove unused local volumes',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
    filterFlag('Provide filter values (e.g. "label=<label>")', null),
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(ctx, p) {
    const filters = parseFilters(flag.list(p, 'filter'));
    let warning = UNUSED_VOLUMES_WARNING;
    if (flag.bool(p, 'all')) {
      if (filters.has('all')) {
        ctx.stderr.write('conflicting options: cannot specify both --all and --filter all=1\n');
        return 1;
      }
      addFilter(filters, 'all', 'true');
      warning = ALL_VOLUMES_WARNING;
    }
    if (!flag.bool(p, 'force') && !confirm(ctx, warning)) {
      // cancelled: docker exits 0, silently; on a terminal the learner's Enter ends the prompt line
      if (ctx.stdinIsTTY) ctx.stdout.write('\n');
      return 0;
    }
    let report: { deleted: string[]; reclaimed: number };
    try {
      report = pruneVolumes(ctx.engine.state, ctx.engine.hostFs, pruneRequest(filters));
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    let reclaimed = 0;
    if (report.deleted.length > 0) {
      ctx.stdout.write(`Deleted Volumes:\n${report.deleted.map((n) => n + '\n').join('')}\n`);
      reclaimed = report.reclaimed;
    }
    ctx.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
