/**
 * `docker container top`: the container's processes as the host's `ps -ef`
 * (or the `ps` options given) shows them. The simulation has one process,
 * the main one (docker/cli cli/command/container/top.go prints the daemon's
 * titles and rows through a tabwriter of minimum width 20).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import { conflict } from '../../engine/errors.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { tabwrite } from '../format/tabwriter.ts';
import { parseDockerTime } from './summary.ts';

const TOP_TABLE = { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ', flags: 0 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ps's STIME/START: the time of day when started today, else the month and day. */
function startTime(c: ContainerRecord, now: number): string {
  const started = new Date(parseDockerTime(c.State.StartedAt) ?? now);
  if (started.toISOString().slice(0, 10) !== new Date(now).toISOString().slice(0, 10)) {
    return `${MONTHS[started.getUTCMonth()]}${String(started.getUTCDate()).padStart(2, '0')}`;
  }
  return started.toISOString().slice(11, 16);
}

function user(c: ContainerRecord): string {
  const u = (c.Config.User || 'root').split(':')[0];
  return u === '0' ? 'root' : u;
}

/** The daemon's ContainerTop: titles and rows of the main process. */
export function topRows(c: ContainerRecord, psArgs: string[], now: number): { titles: string[]; rows: string[][] } {
  const cmd = [c.Path, ...c.Args].join(' ');
  // the host's ps cannot name the container's pseudo-terminal: always "?" (recorded with -t)
  const tty = '?';
  const pid = String(c.State.Pid);
  if (psArgs.length && /^-?aux/.test(psArgs[0])) {
    return {
      titles: ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
      rows: [[user(c), pid, '0.0', '0.0', '4400', '1536', tty, 'Ss', startTime(c, now), '0:00', cmd]],
    };
  }
  const o = psArgs.indexOf('-o');
  if (o >= 0 && psArgs[o + 1]) {
    // ps -o: the columns asked for, by their ps names
    const columns: Record<string, [string, string]> = {
      pid: ['PID', pid],
      ppid: ['PPID', String(Math.max(1, c.State.Pid - 19))],
      user: ['USER', user(c)],
      uid: ['UID', user(c) === 'root' ? '0' : user(c)],
      comm: ['COMMAND', c.Path.slice(c.Path.lastIndexOf('/') + 1)],
      args: ['COMMAND', cmd],
      cmd: ['CMD', cmd],
      command: ['COMMAND', cmd],
      tty: ['TT', tty],
      time: ['TIME', '00:00:00'],
      stime: ['STIME', startTime(c, now)],
    };
    const wanted = psArgs[o + 1].split(',').map((k) => columns[k.toLowerCase()] ?? [k.toUpperCase(), '-']);
    return { titles: wanted.map((w) => w[0]), rows: [wanted.map((w) => w[1])] };
  }
  return {
    titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    rows: [[user(c), pid, String(Math.max(1, c.State.Pid - 19)), '0', startTime(c, now), tty, '00:00:00', cmd]],
  };
}

export const topCommand: Command = {
  path: 'docker container top',
  aliases: ['docker top'],
  usage: 'CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  args: { kind: 'min', n: 1 },
  flags: [],
  interspersed: false,
  run: async (ctx, _p, args) => {
    let table;
    try {
      const c = getContainer(ctx.engine.state, args[0]);
      if (!c.State.Running) throw conflict(`container ${c.Id} is not running`);
      table = topRows(c, args.slice(1), ctx.engine.now());
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    const text = [table.titles, ...table.rows].map((r) => r.join('\t') + '\n').join('');
    ctx.stdout.write(tabwrite(text, TOP_TABLE));
    return 0;
  },
};
