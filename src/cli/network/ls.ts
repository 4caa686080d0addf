/**
 * `docker network ls` (alias `list`): the daemon's filters (moby
 * daemon/network/filter.go: driver, name, id, label, scope, type, dangling),
 * then docker/cli sorts by name in natural order and formats
 * (cli/command/network/list.go, formatter.go).
 */
import type { EngineState, NetworkRecord } from '../../engine/state.ts';
import { invalidParameter } from '../../engine/errors.ts';
import { enableIPv4 } from '../../engine/network/ext-state.ts';
import { isPredefinedNetwork, networkEndpoints } from '../../engine/network/networks.ts';
import type { Command } from '../command.ts';
import { FORMAT_HELP } from '../container/help-texts.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { NETWORK_CONTEXT, selectFormat } from '../format/contexts.ts';
import { FormatError, formatRows, truncateID } from '../format/formatter.ts';
import { type Filters, exactMatch, filterFlag, matchKVList, parseFilters, regexMatch, validateFilters } from '../system/filters.ts';
import { naturalCompare } from '../volume/natural-sort.ts';
import { goTime } from './inspect-json.ts';
import { GO_STRING } from '../format/govalue.ts';

const LIST_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];

/** The daemon's network list with its filters applied. */
export function listNetworks(state: EngineState, filters: Filters): NetworkRecord[] {
  validateFilters(filters, LIST_FILTERS);
  let list = Object.values(state.networks).filter(
    (n) =>
      exactMatch(filters, 'driver', n.Driver) &&
      regexMatch(filters, 'name', n.Name) &&
      regexMatch(filters, 'id', n.Id) &&
      matchKVList(filters, 'label', n.Labels) &&
      exactMatch(filters, 'scope', n.Scope),
  );
  const dangling = filters.get('dangling');
  if (dangling && dangling.length > 0) {
    if (dangling.length > 1) throw invalidParameter('got more than one value for filter key "dangling"');
    let only: boolean;
    if (['1', 'true'].includes(dangling[0])) only = true;
    else if (['0', 'false'].includes(dangling[0])) only = false;
    else throw invalidParameter('invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")');
    list = list.filter((n) => {
      const unused = !isPredefinedNetwork(n.Name) && networkEndpoints(state, n).length === 0;
      return only ? unused : !unused;
    });
  }
  const types = filters.get('type');
  if (types && types.length > 0) {
    const keep = new Set<NetworkRecord>();
    for (const t of types) {
      if (t !== 'builtin' && t !== 'custom') throw invalidParameter(`invalid filter: 'type'='${t}'`);
      for (const n of list) if (isPredefinedNetwork(n.Name) === (t === 'builtin')) keep.add(n);
    }
    list = list.filter((n) => keep.has(n));
  }
  return list;
}

/** The networkContext a --format template sees. */
export function networkRow(n: NetworkRecord, trunc: boolean): Record<string, unknown> {
  const created = goTime(n.Created) as { [GO_STRING]: () => string };
  return {
    ID: trunc ? truncateID(n.Id) : n.Id,
    Name: n.Name,
    Driver: n.Driver,
    Scope: n.Scope,
    IPv4: String(enableIPv4(n)),
    IPv6: String(n.EnableIPv6),
    Internal: String(n.Internal),
    // Go ranges over the labels map (random order); sorted here
    Labels: Object.keys(n.Labels)
      .sort()
      .map((k) => `${k}=${n.Labels[k]}`)
      .join(','),
    CreatedAt: created[GO_STRING](),
    Label: (name: unknown) => n.Labels[String(name)] ?? '',
  };
}

export const networkLsCommand: Command = {
  path: 'docker network ls',
  aliases: ['docker network list'],
  usage: '[OPTIONS]',
  short: 'List networks',
  args: { kind: 'none' },
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    filterFlag('Provide filter values (e.g. "driver=bridge")'),
  ],
  async run(ctx, p) {
    let networks: NetworkRecord[];
    try {
      networks = listNetworks(ctx.engine.state, parseFilters(flag.list(p, 'filter')));
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    networks = [...networks].sort((a, b) => naturalCompare(a.Name, b.Name));
    const format = selectFormat(NETWORK_CONTEXT, flag.str(p, 'format') || 'table', { quiet: flag.bool(p, 'quiet') });
    const trunc = !flag.bool(p, 'no-trunc');
    const out = formatRows({ format, rows: networks.map((n) => networkRow(n, trunc)), context: NETWORK_CONTEXT });
    if (out instanceof FormatError) {
      ctx.stderr.write(out.message + '\n');
      return 1;
    }
    ctx.stdout.write(out);
    return 0;
  },
};
