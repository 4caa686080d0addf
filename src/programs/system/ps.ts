/**
 * `ps` inside a container: PID 1 is the container's main process (what
 * `docker top` also shows) and the last line is ps itself. busybox's layout
 * in busybox/alpine, procps' (`ps`, `ps -ef`, `ps aux`) where procps is installed.
 */
import type { ContainerRecord } from '../../engine/state.ts';
import type { WorldProgram } from '../world.ts';

interface Proc {
  pid: number;
  cmd: string;
  user?: string;
}

function processes(c: ContainerRecord, self: string): Proc[] {
  const main = [c.Path, ...c.Args].join(' ');
  const procs: Proc[] = [{ pid: 1, cmd: main }];
  if (c.process.kind === 'service' && c.process.program === 'nginx') {
    procs[0].cmd = 'nginx: master process nginx -g daemon off;';
    procs.push({ pid: 29, cmd: 'nginx: worker process', user: 'nginx' }, { pid: 30, cmd: 'nginx: worker process', user: 'nginx' });
  }
  procs.push({ pid: 30 + c.pidCounter * 7 + (c.logs.length % 50), cmd: self });
  return procs;
}

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

export const busyboxPs: WorldProgram = async (ctx) => {
  const c = ctx.world.container;
  if (!c) return 1;
  const lines = ['PID   USER     TIME  COMMAND'];
  for (const p of processes(c, ctx.argv.join(' '))) lines.push(`${String(p.pid).padStart(5)} ${(p.user ?? 'root').padEnd(8)}  0:00 ${p.cmd}`);
  ctx.stdout.write(lines.join('\n') + '\n');
  return 0;
};

export const procpsPs: WorldProgram = async (ctx) => {
  const c = ctx.world.container;
  if (!c) return 1;
  const args = ctx.argv.slice(1).join(' ');
  const procs = processes(c, ctx.argv.join(' '));
  const started = hhmm(Date.parse(c.State.StartedAt));
  const now = hhmm(ctx.world.now());
  const tty = c.Config.Tty ? 'pts/0' : '?';
  let lines: string[];
  if (/\bef\b|-ef|-e -f|-aef/.test(args)) {
    lines = ['UID          PID    PPID  C STIME TTY          TIME CMD'];
    for (const p of procs) {
      lines.push(`${(p.user ?? 'root').padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.pid === 1 ? 0 : 1).padStart(7)}  0 ${p.pid === 1 ? started : now} ${tty.padEnd(8)} 00:00:00 ${p.cmd}`);
    }
  } else if (/\baux\b|-aux/.test(args)) {
    lines = ['USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'];
    for (const p of procs) {
      lines.push(`${(p.user ?? 'root').padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.0   ${p.pid === 1 ? ' 2384' : ' 8088'}  ${p.pid === 1 ? '1536' : '4092'} ${tty.padEnd(8)} ${p.pid === 1 ? 'Ss' : 'Rs'}   ${p.pid === 1 ? started : now}   0:00 ${p.cmd}`);
    }
  } else {
    lines = ['    PID TTY          TIME CMD'];
    for (const p of procs) lines.push(`${String(p.pid).padStart(7)} ${tty.padEnd(8)} 00:00:00 ${p.cmd.split(' ')[0].split('/').pop()}`);
  }
  ctx.stdout.write(lines.join('\n') + '\n');
  return 0;
};
