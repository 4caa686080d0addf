/** The small ones: true, false, clear, yes, which. */
import type { Program } from '../../shell/types.ts';
import { Interrupted } from '../../shell/types.ts';
import { type Flavour, make } from './common.ts';
import { isFail, statOrCode } from './fsx.ts';
import { has } from './getopt.ts';

/** true and false ignore their arguments, but GNU's answer a lone --help or --version. */
export const trueProgram = (flavour: Flavour): Program =>
  make('true', flavour, async (cmd) => {
    const a = cmd.args;
    if (cmd.gnu && a.length === 1 && (a[0] === '--help' || a[0] === '--version')) cmd.printInfo(a[0] === '--help' ? 'help' : 'version');
    return 0;
  });
export const falseProgram = (flavour: Flavour): Program =>
  make('false', flavour, async (cmd) => {
    const a = cmd.args;
    if (cmd.gnu && a.length === 1 && (a[0] === '--help' || a[0] === '--version')) cmd.printInfo(a[0] === '--help' ? 'help' : 'version');
    return 1;
  });

/** clear: what ncurses' clear sends for TERM=xterm (with scrollback), or busybox's shorter sequence. */
export const clear = (flavour: Flavour): Program =>
  make('clear', flavour, async (cmd) => {
    cmd.out(cmd.gnu ? '\x1b[H\x1b[2J\x1b[3J' : '\x1b[H\x1b[J');
    return 0;
  });

/** Lines yes writes into a pipe (the shell runs stages one after the other, so it must stop). */
export const YES_PIPE_LINES = 10_000;
/** On a terminal yes streams until Ctrl+C; past this many lines it stops anyway. */
export const YES_TTY_LINES = 1_000_000;
const YES_CHUNK = 100;

/** yes: repeats its arguments (or `y`) until interrupted. */
export const yes = (flavour: Flavour): Program =>
  make('yes', flavour, async (cmd) => {
    const first = cmd.args[0];
    if (cmd.gnu && cmd.args.length === 1 && (first === '--help' || first === '--version')) {
      cmd.printInfo(first === '--help' ? 'help' : 'version');
      return 0;
    }
    const args = cmd.gnu && first === '--' ? cmd.args.slice(1) : cmd.args;
    if (cmd.gnu && args[0]?.startsWith('--') && args[0].length > 2) {
      cmd.warn(`unrecognized option '${args[0]}'`);
      cmd.tryHelp();
      return 1;
    }
    const line = `${args.length ? args.join(' ') : 'y'}\n`;
    const limit = cmd.ctx.isTTY ? YES_TTY_LINES : YES_PIPE_LINES;
    const chunk = line.repeat(YES_CHUNK);
    try {
      for (let written = 0; written < limit; written += YES_CHUNK) {
        if (cmd.ctx.signal.aborted) return 130;
        cmd.out(written + YES_CHUNK <= limit ? chunk : line.repeat(limit - written));
        if (cmd.ctx.isTTY) await cmd.ctx.sleep(10);
      }
    } catch (e) {
      if (e instanceof Interrupted) return 130;
      throw e;
    }
    return cmd.ctx.signal.aborted ? 130 : 0;
  });

/** which: the first (or with -a every) executable file of that name on $PATH in ctx.fs. */
export const which = (flavour: Flavour): Program =>
  make('which', flavour, async (cmd) => {
    const p = cmd.parse({ short: cmd.gnu ? 'as' : 'a' });
    if (typeof p === 'number') return p;
    if (!p.operands.length) {
      if (!cmd.gnu) cmd.usage();
      return 1;
    }
    const dirs = (cmd.ctx.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':');
    let status = 0;
    for (const name of p.operands) {
      const candidates = name.includes('/') ? [name] : dirs.map((d) => `${d || '.'}/${name}`);
      let found = false;
      for (const c of candidates) {
        const st = statOrCode(cmd.ctx.fs, cmd.abs(c));
        if (!st || isFail(st) || st.type !== 'file' || !(st.mode & 0o111)) continue;
        found = true;
        if (!has(p, 's')) cmd.out(c + '\n');
        if (!has(p, 'a')) break;
      }
      if (!found) status = 1;
    }
    return status;
  });
