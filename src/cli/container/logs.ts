/**
 * `docker container logs`: what the main process wrote, each line to the
 * stream it was written to, as the json-file driver keeps it: --tail,
 * --since/--until, -t timestamps, and -f following until the container
 * stops or Ctrl+C (docker/cli cli/command/container/logs.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import { rfc3339Nano } from '../../engine/env.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { Interrupted } from '../../shell/types.ts';
import type { CliContext, Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { type ParsedFlags, flag } from '../flags.ts';
import { parseDockerTime } from './summary.ts';

export interface LogEntry {
  stream: 'stdout' | 'stderr';
  /** one line with its newline (the last one may lack it) */
  text: string;
  time: number;
}

/**
 * The driver's messages: the chunks the process wrote, cut into lines per
 * stream (a line is stamped when it is complete). `complete` leaves out a
 * line still being written.
 */
export function logEntries(c: ContainerRecord, complete = false): LogEntry[] {
  const out: LogEntry[] = [];
  const partial: Record<'stdout' | 'stderr', { text: string; time: number } | null> = { stdout: null, stderr: null };
  for (const chunk of c.logs) {
    let rest = chunk.text;
    while (rest !== '') {
      const nl = rest.indexOf('\n');
      const piece = nl < 0 ? rest : rest.slice(0, nl + 1);
      rest = nl < 0 ? '' : rest.slice(nl + 1);
      const head = partial[chunk.stream];
      const text = (head?.text ?? '') + piece;
      if (nl < 0) partial[chunk.stream] = { text, time: head?.time ?? chunk.time };
      else {
        partial[chunk.stream] = null;
        out.push({ stream: chunk.stream, text, time: chunk.time });
      }
    }
  }
  if (!complete) {
    for (const stream of ['stdout', 'stderr'] as const) {
      const head = partial[stream];
      if (head) out.push({ stream, text: head.text, time: head.time });
    }
  }
  return out;
}

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };

/** time.ParseDuration in milliseconds, or null. */
export function parseGoDuration(s: string): number | null {
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return null;
  let total = 0;
  while (rest !== '') {
    const m = /^(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (!m) return null;
    total += Number(m[1]) * UNITS[m[2]];
    rest = rest.slice(m[0].length);
  }
  return sign * total;
}

/**
 * timetypes.GetTimestamp as the client applies it to --since/--until: a Go
 * duration before now, an RFC 3339 (or shorter) date, or a Unix timestamp.
 * Returns epoch ms or the error text.
 */
export function parseLogTime(value: string, now: number): number | { error: string } {
  const d = parseGoDuration(value);
  if (d !== null && value !== '0') return now - d;
  const date = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (date) {
    const [, month, day] = date[1].split('-').map(Number);
    if (month < 1 || month > 12) return { error: `parsing time "${value}": month out of range` };
    const time = date[2] ? (date[2].length === 5 ? date[2] + ':00' : date[2]) : '00:00:00';
    const ms = parseDockerTime(`${date[1]}T${time}${date[3] ?? 'Z'}`);
    if (ms !== null && new Date(ms).getUTCDate() === day) return ms;
    return { error: `parsing time "${value}": day out of range` };
  }
  if (value.includes('-')) return { error: `parsing time "${value}" as "2006-01-02": cannot parse "${value}" as "2006"` };
  if (/^\d+(\.\d{1,9})?$/.test(value)) return Math.round(Number(value) * 1000);
  return { error: `failed to parse value as time or duration: "${value}"` };
}

function stamp(entry: LogEntry, index: number): string {
  // Docker prints nanoseconds; the lab clock has milliseconds, so the rest is made up (stably)
  return rfc3339Nano(entry.time, (index * 7919 + 104729) % 1000000);
}

async function runLogs(ctx: CliContext, p: ParsedFlags, args: string[]): Promise<number> {
  let c: ContainerRecord;
  try {
    c = getContainer(ctx.engine.state, args[0]);
  } catch (e) {
    return reportDaemonError(ctx, e);
  }
  const now = ctx.engine.now();
  let since: number | null = null;
  let until: number | null = null;
  for (const [name, target] of [
    ['since', (v: number) => (since = v)],
    ['until', (v: number) => (until = v)],
  ] as const) {
    const raw = flag.str(p, name);
    if (raw === '') continue;
    const t = parseLogTime(raw, now);
    if (typeof t !== 'number') {
      ctx.stderr.write(`invalid value for "${name}": ${t.error}\n`);
      return 1;
    }
    target(t);
  }
  const tailText = flag.str(p, 'tail');
  const tail = /^\d+$/.test(tailText) ? Number(tailText) : -1;
  const timestamps = flag.bool(p, 'timestamps');
  const follow = flag.bool(p, 'follow') && c.State.Running;

  const write = (entry: LogEntry, index: number) => {
    const out = entry.stream === 'stdout' ? ctx.stdout : ctx.stderr;
    out.write(timestamps ? `${stamp(entry, index)} ${entry.text}` : entry.text);
  };
  const shown = (e: LogEntry) => (since === null || e.time >= since) && (until === null || e.time <= until);

  const entries = logEntries(c, follow);
  const first = tail < 0 ? 0 : Math.max(0, entries.length - tail);
  for (let i = first; i < entries.length; i++) if (shown(entries[i])) write(entries[i], i);
  if (!follow) return 0;

  let printed = entries.length;
  try {
    while (c.State.Running && (until === null || ctx.engine.now() <= until)) {
      await ctx.sleep(1000);
      const more = logEntries(c, c.State.Running);
      for (let i = printed; i < more.length; i++) if (shown(more[i])) write(more[i], i);
      printed = more.length;
    }
  } catch (e) {
    if (e instanceof Interrupted) return 130;
    throw e;
  }
  return 0;
}

export const logsCommand: Command = {
  path: 'docker container logs',
  aliases: ['docker logs'],
  usage: '[OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    { name: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
    {
      name: 'since',
      type: 'string',
      usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    { name: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs', default: 'all' },
    { name: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
    {
      name: 'until',
      type: 'string',
      usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
  ],
  run: (ctx, p, args) => runLogs(ctx, p, args),
};
