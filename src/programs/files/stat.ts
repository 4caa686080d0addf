/**
 * stat: the default report, -c/--format and --printf, -L, -t. Inode and
 * device numbers are made up but stable; access, change and birth times
 * are the modification time, the only one the file system keeps.
 */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { type LStat, inodeOf, isFail, linkCount, lstat, statOrCode } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';
import { blocks1k, modeString } from '../util/human.ts';
import { strftime } from '../util/date.ts';

const GNU_SPEC: OptSpec = {
  short: 'c:fLt',
  long: {
    dereference: { key: 'L' }, 'file-system': { key: 'f' }, format: { key: 'c', arg: 'required' },
    printf: { key: 'printf', arg: 'required' }, terse: { key: 't' }, cached: { key: 'cached', arg: 'required' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'c:fLt' };

const DEVICE = 45;
const GNU_DEFAULT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Hd,%Ld\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n';
const BUSYBOX_DEFAULT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Dh/%dd\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n';

function fileType(st: LStat): string {
  if (st.type === 'dir') return 'directory';
  if (st.type === 'symlink') return 'symbolic link';
  return st.size === 0 ? 'regular empty file' : 'regular file';
}

function q(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function render(cmd: Cmd, format: string, name: string, path: string, st: LStat, defaultFormat: boolean): string {
  const time = strftime('%Y-%m-%d %H:%M:%S.000000000 +0000', st.mtime);
  const secs = String(Math.floor(st.mtime / 1000));
  const spec: Record<string, () => string> = {
    a: () => (st.mode & 0o7777).toString(8), A: () => modeString(st.type, st.mode), b: () => String(blocks1k(st) * 2),
    B: () => '512', d: () => String(DEVICE), D: () => DEVICE.toString(16), f: () => ((st.type === 'dir' ? 0o40000 : st.type === 'symlink' ? 0o120000 : 0o100000) | st.mode).toString(16),
    F: () => fileType(st), g: () => '0', G: () => 'root', h: () => String(linkCount(cmd.ctx.fs, path, st)), i: () => String(inodeOf(path)),
    m: () => '/', n: () => name, o: () => '4096', s: () => String(st.size), t: () => '0', T: () => '0', u: () => '0', U: () => 'root',
    w: () => (cmd.gnu ? time : '-'), W: () => (cmd.gnu ? secs : '0'), x: () => time, X: () => secs, y: () => time, Y: () => secs,
    z: () => time, Z: () => secs,
    N: () => {
      const quoted = cmd.gnu ? !defaultFormat : st.link !== undefined;
      const shown = quoted ? q(name) : name;
      if (st.link === undefined) return shown;
      return `${shown} -> ${quoted ? q(st.link) : st.link}`;
    },
  };
  return format.replace(/%([-#+ 0]*)(\d*)(?:\.(\d+))?([HL]?)([a-zA-Z%])/g, (whole, flags: string, width: string, prec: string | undefined, hl: string, c: string) => {
    if (c === '%') return '%';
    let v: string;
    if (hl && c === 'd') v = hl === 'H' ? '0' : String(DEVICE);
    else if (spec[c]) v = spec[c]();
    else return whole;
    if (prec !== undefined) v = v.slice(0, Number(prec));
    const w = Number(width || 0);
    if (flags.includes('-')) return v.padEnd(w);
    return v.padStart(w, flags.includes('0') ? '0' : ' ');
  });
}

function unescape(s: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', a: '\x07', r: '\r', v: '\v', f: '\f', e: '\x1b' };
  return s.replace(/\\(.)/g, (whole, c: string) => map[c] ?? whole);
}

export const stat = (flavour: Flavour): Program =>
  make('stat', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    if (!p.operands.length) {
      if (cmd.gnu) {
        cmd.warn('missing operand');
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    const printf = last(p, 'printf');
    const c = last(p, 'c');
    let format: string;
    let isDefault = false;
    if (printf !== undefined) format = unescape(printf);
    else if (c !== undefined) format = c + '\n';
    else if (has(p, 't')) format = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n';
    else {
      format = cmd.gnu ? GNU_DEFAULT : BUSYBOX_DEFAULT;
      isDefault = true;
    }
    let status = 0;
    for (const op of p.operands) {
      const path = cmd.abs(op);
      let st = lstat(cmd.ctx.fs, path);
      if (st && !isFail(st) && st.type === 'symlink' && has(p, 'L')) {
        const t = statOrCode(cmd.ctx.fs, path);
        st = t && !isFail(t) ? { ...t } : t;
      }
      if (st === null || isFail(st)) {
        const text = st ? st.text : 'No such file or directory';
        cmd.warn(cmd.gnu ? `cannot statx ${cmd.q(op)}: ${text}` : `can't stat '${op}': ${text}`);
        status = 1;
        continue;
      }
      cmd.out(render(cmd, format, op, path, st, isDefault));
    }
    return status;
  });
