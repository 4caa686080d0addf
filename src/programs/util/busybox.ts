/**
 * The busybox binary itself: `busybox APPLET ARGS` runs the applet (ours, or
 * through ctx.run for applets simulated elsewhere, such as ping), `busybox`
 * alone prints its banner and the applets of this image (the names linked in
 * /bin, /sbin, /usr/bin and /usr/sbin), `busybox --list` lists them.
 */
import type { Program } from '../../shell/types.ts';
import { BUSYBOX_BANNER } from './busybox-usage.ts';
import { type Cmd, make } from './common.ts';
import { shQuote } from './env.ts';
import { isFail, readdirOrCode } from './fsx.ts';

const HEADER =
  'BusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\n' +
  'copyright notices.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n   or: busybox --show SCRIPT\n' +
  '   or: busybox --install [-s] [DIR]\n   or: function [arguments]...\n\n' +
  '\tBusyBox is a multi-call binary that combines many common Unix\n\tutilities into a single executable.  Most people will create a\n' +
  '\tlink to busybox for each function they wish to use and BusyBox\n\twill act like whatever it was invoked as.\n\n' +
  'Currently defined functions:\n';

/** The applet list as busybox wraps it: a tab, then names with commas, breaking before column 79. */
export function formatApplets(names: string[], width = 79): string {
  let out = '';
  let col = 0;
  for (const name of names) {
    const len = name.length + 2;
    if (col >= width - len) {
      out += ',\n';
      col = 0;
    }
    if (col === 0) {
      col = 6;
      out += '\t';
    } else out += ', ';
    out += name;
    col += len;
  }
  return out + '\n';
}

function applets(cmd: Cmd, own: string[]): string[] {
  const names = new Set<string>();
  for (const dir of ['/bin', '/sbin', '/usr/bin', '/usr/sbin']) {
    const list = readdirOrCode(cmd.ctx.fs, dir);
    if (!isFail(list)) for (const n of list) if (n !== 'busybox') names.add(n);
  }
  if (!names.size) for (const n of own) names.add(n);
  return [...names].sort();
}

export function busyboxBinary(registry: Record<string, Program>): Program {
  return make('busybox', 'busybox', async (cmd) => {
    const [first, ...rest] = cmd.args;
    if (first === undefined || first === '--help') {
      cmd.out(`${BUSYBOX_BANNER}\n${HEADER}${formatApplets(applets(cmd, Object.keys(registry)))}`);
      return 0;
    }
    if (first === '--list' || first === '--list-full') {
      cmd.out(applets(cmd, Object.keys(registry)).map((n) => `${n}\n`).join(''));
      return 0;
    }
    const name = first.slice(first.lastIndexOf('/') + 1);
    const own = Object.prototype.hasOwnProperty.call(registry, name) ? registry[name] : undefined;
    if (own) return own({ ...cmd.ctx, argv: [name, ...rest] });
    if (!applets(cmd, []).includes(name)) {
      cmd.err(`${name}: applet not found\n`);
      return 127;
    }
    return cmd.ctx.run([name, ...rest].map(shQuote).join(' '), {
      stdin: cmd.ctx.stdin,
      stdout: cmd.ctx.stdout,
      stderr: cmd.ctx.stderr,
    });
  });
}
