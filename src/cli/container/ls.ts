/**
 * `docker container ls` (`docker ps`): the containers the daemon lists for
 * the filters (moby daemon/list.go), newest first, through docker/cli's
 * container formatter (cli/command/container/list.go, formatter/container.go).
 */
import { settleSleepers } from '../../engine/containers/lifecycle.ts';
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Engine } from '../../engine/engine.ts';
import { invalidParameter } from '../../engine/errors.ts';
import { findImage } from '../../engine/images/store.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { type ParsedFlags, flag } from '../flags.ts';
import { CONTAINER_CONTEXT, selectFormat } from '../format/contexts.ts';
import { checkFormat, formatRows, FormatError } from '../format/formatter.ts';
import { goNil } from '../format/govalue.ts';
import {
  type Filters,
  exactMatch,
  getBoolOrDefault,
  matchKVList,
  parseFilters,
  regexMatch,
  validateFilters,
  filterFlag,
} from '../system/filters.ts';
import { FORMAT_HELP } from './help-texts.ts';
import { networkPorts } from './ports.ts';
import { containerRow, stateText } from './summary.ts';

/** acceptedPsFilterTags (moby daemon/list.go). */
const ACCEPTED = ['ancestor', 'before', 'exited', 'expose', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume'];
const STATES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

export interface ListRequest {
  all: boolean;
  /** -n; -1 for no limit */
  limit: number;
  filters: Filters;
}

/** "80", "80/udp", "8000-8080/tcp" as a set of "port/proto". */
function portSet(spec: string): string[] {
  const [range, proto = 'tcp'] = spec.split('/');
  const [a, b = a] = range.split('-');
  const start = Number(a);
  const end = Number(b);
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b) || end < start) throw invalidParameter(`invalid port range: ${spec}`);
  const out: string[] = [];
  for (let p = start; p <= end && out.length < 65536; p++) out.push(`${p}/${proto.toLowerCase()}`);
  return out;
}

/** The daemon's container list for these options (newest first). Throws DockerError for a bad filter. */
export function listContainers(engine: Engine, req: ListRequest): ContainerRecord[] {
  const state = engine.state;
  settleSleepers(state);
  const f = req.filters;
  validateFilters(f, ACCEPTED);

  const exited: number[] = [];
  for (const v of f.get('exited') ?? []) {
    if (!/^[-+]?\d+$/.test(v)) throw invalidParameter(`strconv.Atoi: parsing "${v}": invalid syntax`);
    exited.push(Number(v));
  }
  let all = req.all || req.limit !== -1;
  for (const v of f.get('status') ?? []) {
    if (!STATES.includes(v)) throw invalidParameter(`invalid filter 'status=${v}'`);
    all = true;
  }
  for (const v of f.get('health') ?? []) {
    if (!['starting', 'healthy', 'unhealthy', 'none'].includes(v)) throw invalidParameter(`Unrecognised filter value for health: ${v}`);
  }
  const isTask = getBoolOrDefault(f, 'is-task', false);
  let before: ContainerRecord | undefined;
  let since: ContainerRecord | undefined;
  for (const v of f.get('before') ?? []) before = getContainer(state, v);
  for (const v of f.get('since') ?? []) since = getContainer(state, v);
  const ancestors = new Set<string>();
  for (const v of f.get('ancestor') ?? []) {
    const image = findImage(state, v);
    if (image) ancestors.add(image.Id);
  }
  const publish = (f.get('publish') ?? []).flatMap(portSet);
  const expose = (f.get('expose') ?? []).flatMap(portSet);

  const out: ContainerRecord[] = [];
  const newestFirst = Object.values(state.containers).reverse();
  let skipUntilBefore = before !== undefined;
  for (const c of newestFirst) {
    if (!c.State.Running && !all && before === undefined && since === undefined) continue;
    if (!regexMatch(f, 'name', '/' + c.Name) && !regexMatch(f, 'name', c.Name)) continue;
    if (!regexMatch(f, 'id', c.Id)) continue;
    if (!matchKVList(f, 'label', c.Config.Labels)) continue;
    if (skipUntilBefore) {
      if (c.Id === before!.Id) skipUntilBefore = false;
      continue;
    }
    if (since && c.Id === since.Id) break;
    if (req.limit > 0 && out.length === req.limit) break;
    if (exited.length && (c.State.Running || !exited.includes(c.State.ExitCode))) continue;
    if (!exactMatch(f, 'status', stateText(c))) continue;
    if (f.has('ancestor') && !ancestors.has(c.Image)) continue;
    if (f.has('volume')) {
      const values = f.get('volume')!;
      if (!c.Mounts.some((m) => values.includes(m.Destination) || values.includes(m.Name || m.Source))) continue;
    }
    if (f.has('network')) {
      const values = f.get('network')!;
      const eps = Object.entries(c.Networks);
      if (!values.some((v) => eps.some(([name, ep]) => name === v || (ep.NetworkID !== '' && ep.NetworkID.startsWith(v))))) continue;
    }
    if (publish.length || expose.length) {
      const ports = networkPorts(c);
      if (publish.length) {
        const published = new Set<string>();
        for (const [key, bindings] of Object.entries(ports)) {
          for (const b of bindings ?? []) published.add(`${b.HostPort}/${key.split('/')[1]}`);
        }
        if (!publish.some((p) => published.has(p))) continue;
      }
      if (expose.length) {
        const exposed = new Set(Object.keys(c.Config.ExposedPorts ?? {}));
        if (!expose.some((p) => exposed.has(p))) continue;
      }
    }
    if (f.has('health') && !f.get('health')!.includes('none')) continue;
    if (isTask) continue;
    out.push(c);
  }
  return out;
}

async function runPs(ctx: Parameters<Command['run']>[0], p: ParsedFlags): Promise<number> {
  const quiet = flag.bool(p, 'quiet');
  const format = flag.str(p, 'format');
  const sizeChanged = p.changed.has('size');
  if (format !== '' && quiet) ctx.stderr.write('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');

  let size = flag.bool(p, 'size');
  if (format !== '') {
    // docker/cli executes the template on an empty container first: errors, and whether .Size is used
    let usesSize = false;
    const probe = containerRowProbe(() => {
      usesSize = true;
    });
    const err = checkFormat(format, probe, CONTAINER_CONTEXT.typeName);
    if (err) {
      ctx.stderr.write(err.message + '\n');
      return 1;
    }
    if (!quiet && !size && !sizeChanged && usesSize) size = true;
  }

  let limit = flag.int(p, 'last');
  if (flag.bool(p, 'latest') && limit === -1) limit = 1;
  let containers: ContainerRecord[];
  try {
    containers = listContainers(ctx.engine, { all: flag.bool(p, 'all'), limit, filters: parseFilters(flag.list(p, 'filter')) });
  } catch (e) {
    return reportDaemonError(ctx, e);
  }
  const trunc = !flag.bool(p, 'no-trunc');
  const rows = containers.map((c) => containerRow(ctx.engine, c, { trunc, size }));
  const out = formatRows({ format: selectFormat(CONTAINER_CONTEXT, format, { quiet, size }), rows, context: CONTAINER_CONTEXT });
  if (out instanceof FormatError) {
    ctx.stderr.write(out.message + '\n');
    return 1;
  }
  ctx.stdout.write(out);
  return 0;
}

/** formatter.NewContainerContext() with no container: what the format is checked against. */
function containerRowProbe(onSize: () => void): Record<string, unknown> {
  return {
    ID: '',
    Names: '',
    Image: '<no image>',
    Command: '""',
    CreatedAt: '1970-01-01 00:00:00 +0000 UTC',
    RunningFor: '',
    Platform: goNil('ptr', '*formatter.Platform'),
    Ports: '',
    State: '',
    Status: '',
    Size: () => {
      onSize();
      return '0B';
    },
    Labels: '',
    Label: (name: unknown) => (void name, ''),
    Mounts: '',
    LocalVolumes: '0',
    Networks: '',
  };
}

export const lsCommand: Command = {
  path: 'docker container ls',
  aliases: ['docker container list', 'docker container ps', 'docker ps'],
  usage: '[OPTIONS]',
  short: 'List containers',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    filterFlag('Filter output based on conditions provided'),
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'last', short: 'n', type: 'int', usage: 'Show n last created containers (includes all states)', default: -1 },
    { name: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  run: (ctx, p) => runPs(ctx, p),
};
