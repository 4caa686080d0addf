/**
 * `docker container prune`: removes every stopped container (matching the
 * filters), after a confirmation unless -f (docker/cli
 * cli/command/container/prune.go, moby daemon/prune.go).
 */
import { removeContainer } from '../../engine/containers/lifecycle.ts';
import type { Engine } from '../../engine/engine.ts';
import { invalidParameter } from '../../engine/errors.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { humanSize } from '../format/units.ts';
import { type Filters, filterFlag, parseFilters, validateFilters } from '../system/filters.ts';
import { confirm } from '../system/prompt.ts';
import { parseLogTime } from './logs.ts';
import { sizeRw } from './summary.ts';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

function labelsMatch(labels: Record<string, string>, specs: string[], negate: boolean): boolean {
  const hit = (spec: string) => {
    const eq = spec.indexOf('=');
    const key = eq < 0 ? spec : spec.slice(0, eq);
    return Object.prototype.hasOwnProperty.call(labels, key) && (eq < 0 || labels[key] === spec.slice(eq + 1));
  };
  return negate ? !specs.some(hit) : specs.every(hit);
}

/** The daemon's ContainersPrune: ids removed and the bytes reclaimed. */
export function pruneContainers(engine: Engine, f: Filters): { deleted: string[]; reclaimed: number } {
  validateFilters(f, ['until', 'label', 'label!']);
  let until: number | null = null;
  for (const v of f.get('until') ?? []) {
    const t = parseLogTime(v, engine.now());
    if (typeof t !== 'number') throw invalidParameter(t.error);
    until = t;
  }
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const c of Object.values(engine.state.containers)) {
    if (c.State.Running) continue;
    if (until !== null && c.created >= until) continue;
    const labels = c.Config.Labels ?? {};
    if (f.has('label') && !labelsMatch(labels, f.get('label')!, false)) continue;
    if (f.has('label!') && !labelsMatch(labels, f.get('label!')!, true)) continue;
    reclaimed += sizeRw(c);
    removeContainer(engine.state, engine.hostFs, c, {});
    deleted.push(c.Id);
  }
  return { deleted, reclaimed };
}

export const pruneCommand: Command = {
  path: 'docker container prune',
  usage: '[OPTIONS]',
  short: 'Remove all stopped containers',
  args: { kind: 'none' },
  flags: [
    filterFlag('Provide filter values (e.g. "until=<timestamp>")', ''),
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  run: async (ctx, p) => {
    if (!flag.bool(p, 'force') && !confirm(ctx, WARNING)) {
      // on a terminal the learner's Enter ends the prompt line; from a pipe nothing does
      if (ctx.stdinIsTTY) ctx.stdout.write('\n');
      return 0;
    }
    let result;
    try {
      result = pruneContainers(ctx.engine, parseFilters(flag.list(p, 'filter')));
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    let out = '';
    if (result.deleted.length) out += `Deleted Containers:\n${result.deleted.map((id) => id + '\n').join('')}\n`;
    out += `Total reclaimed space: ${humanSize(result.reclaimed)}\n`;
    ctx.stdout.write(out);
    return 0;
  },
};
