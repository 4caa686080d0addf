/**
 * `docker container stats`: a plausible resource table (the simulation has
 * no cgroups): each container's memory by what its main process is, small
 * network counters while running, zeros when stopped. Without --no-stream it
 * redraws every second until Ctrl+C (docker/cli cli/command/container/stats.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { Interrupted } from '../../shell/types.ts';
import type { CliContext, Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { type ParsedFlags, flag } from '../flags.ts';
import { type ContextSpec, FormatError, formatRows, truncateID } from '../format/formatter.ts';
import { bytesSize, humanSize } from '../format/units.ts';
import { FORMAT_HELP } from './help-texts.ts';

const STATS_CONTEXT: ContextSpec = {
  typeName: '*container.statsContext',
  headers: {
    Container: 'CONTAINER',
    ID: 'CONTAINER ID',
    Name: 'NAME',
    CPUPerc: 'CPU %',
    MemUsage: 'MEM USAGE / LIMIT',
    MemPerc: 'MEM %',
    NetIO: 'NET I/O',
    BlockIO: 'BLOCK I/O',
    PIDs: 'PIDS',
  },
};
const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';

/** The host's memory: the limit of a container without --memory. */
const HOST_MEMORY = 8_326_443_008;
/** Resident memory of a freshly started main process, by program. */
const MEMORY: Record<string, number> = {
  nginx: 7_716_864,
  httpd: 9_437_184,
  'httpd-foreground': 9_437_184,
  'apache2-foreground': 16_777_216,
  mysqld: 398_458_880,
  mariadbd: 92_274_688,
  postgres: 31_457_280,
  'redis-server': 3_670_016,
  mongod: 142_606_336,
};

/** `ref` is the container as named on the command line (or its full id when listing all). */
function statsRow(c: ContainerRecord, ref: string, trunc: boolean, now: number): Record<string, unknown> {
  const running = c.State.Running;
  const program = c.process.kind === 'service' ? c.process.program : '';
  const mem = running ? (MEMORY[program] ?? 323_584) : 0;
  const limit = running ? HOST_MEMORY : 0;
  const up = running ? Math.max(0, now - Date.parse(c.State.StartedAt.replace(/(\.\d{3})\d+/, '$1'))) : 0;
  // a little multicast and neighbour discovery traffic arrives on eth0 while up
  const rx = running && Object.keys(c.Networks).some((n) => n !== 'host' && n !== 'none') ? 266 + Math.floor(up / 30000) * 146 : 0;
  return {
    Container: ref,
    ID: trunc ? truncateID(c.Id) : c.Id,
    Name: c.Name,
    CPUPerc: '0.00%',
    MemUsage: `${bytesSize(mem)} / ${bytesSize(limit)}`,
    MemPerc: limit ? `${((mem / limit) * 100).toFixed(2)}%` : '0.00%',
    NetIO: `${humanSize(rx)} / ${humanSize(0)}`,
    BlockIO: `${humanSize(0)} / ${humanSize(0)}`,
    PIDs: running ? '1' : '0',
  };
}

async function runStats(ctx: CliContext, p: ParsedFlags, args: string[]): Promise<number> {
  const state = ctx.engine.state;
  let containers: { c: ContainerRecord; ref: string }[];
  try {
    containers = args.length
      ? args.map((a) => ({ c: getContainer(state, a), ref: a }))
      : Object.values(state.containers)
          .filter((c) => flag.bool(p, 'all') || c.State.Running)
          .map((c) => ({ c, ref: c.Id }));
  } catch (e) {
    return reportDaemonError(ctx, e);
  }
  const format = flag.str(p, 'format') || DEFAULT_FORMAT;
  const frame = () => {
    const rows = containers.filter(({ c }) => state.containers[c.Id]).map(({ c, ref }) => statsRow(c, ref, !flag.bool(p, 'no-trunc'), ctx.engine.now()));
    return formatRows({ format: format === 'table' ? DEFAULT_FORMAT : format, rows, context: STATS_CONTEXT });
  };
  const first = frame();
  if (first instanceof FormatError) {
    ctx.stderr.write(first.message + '\n');
    return 1;
  }
  if (flag.bool(p, 'no-stream')) {
    ctx.stdout.write(first);
    return 0;
  }
  try {
    for (;;) {
      const out = frame();
      ctx.stdout.write('\x1b[2J\x1b[H' + (out instanceof FormatError ? '' : out));
      await ctx.sleep(1000);
    }
  } catch (e) {
    if (e instanceof Interrupted) return 130;
    throw e;
  }
}

export const statsCommand: Command = {
  path: 'docker container stats',
  aliases: ['docker stats'],
  usage: '[OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  args: { kind: 'any' },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'no-stream', type: 'bool', usage: 'Disable streaming stats and only pull the first result' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
  ],
  run: (ctx, p, args) => runStats(ctx, p, args),
};
