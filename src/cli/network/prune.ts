/**
 * `docker network prune` (docker/cli cli/command/network/prune.go, moby
 * daemon/prune.go): every custom network no running container uses; the
 * names removed are listed. Filters: until, label, label!.
 */
import { invalidParameter } from '../../engine/errors.ts';
import { type PruneFilters, pruneNetworks } from '../../engine/network/remove.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { type Filters, filterFlag, parseFilters, validateFilters } from '../system/filters.ts';
import { confirm } from '../system/prompt.ts';

const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?';

/** until=<timestamp|duration> as the daemon reads it (Unix seconds, RFC 3339 date/time, or a Go duration before now). */
function untilOf(value: string, now: number): number {
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const d = /^(\d+(?:\.\d+)?)(h|m|s|ms)$/.exec(value);
  if (d) return now - Number(d[1]) * { h: 3600e3, m: 60e3, s: 1e3, ms: 1 }[d[2] as 'h' | 'm' | 's' | 'ms'];
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw invalidParameter(`failed to parse value as time or duration: "${value}"`);
  return t;
}

function pruneRequest(filters: Filters, now: number): PruneFilters {
  validateFilters(filters, ['until', 'label', 'label!']);
  const until = filters.get('until');
  if (until && until.length > 1) throw invalidParameter('more than one until filter specified');
  return {
    until: until?.length ? untilOf(until[0], now) : undefined,
    labels: filters.get('label'),
    notLabels: filters.get('label!'),
  };
}

export const networkPruneCommand: Command = {
  path: 'docker network prune',
  usage: '[OPTIONS]',
  short: 'Remove all unused networks',
  args: { kind: 'none' },
  flags: [
    filterFlag('Provide filter values (e.g. "until=<timestamp>")', null),
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(ctx, p) {
    const filters = parseFilters(flag.list(p, 'filter'));
    if (!flag.bool(p, 'force') && !confirm(ctx, WARNING)) return 0; // cancelled: docker exits 0, silently
    let removed: string[];
    try {
      removed = pruneNetworks(ctx.engine.state, pruneRequest(filters, ctx.engine.now()));
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    if (removed.length > 0) ctx.stdout.write(`Deleted Networks:\n${removed.map((n) => n + '\n').join('')}\n`);
    return 0;
  },
};
