/** du: disk usage in 1K blocks of the simulated ext4 (4K per directory and per started 4K of a file). */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { MAX_DEPTH, childPath, isFail, lstat, readdirOrCode, realPath, statOrCode } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';
import { blocks1k, humanBusybox, humanGnu } from '../util/human.ts';

const GNU_SPEC: OptSpec = {
  short: '0abd:chHklmst:xB:DLPSX:',
  long: {
    null: { key: '0' }, all: { key: 'a' }, 'apparent-size': { key: 'A' }, 'block-size': { key: 'B', arg: 'required' },
    bytes: { key: 'b' }, total: { key: 'c' }, 'dereference-args': { key: 'D' }, 'max-depth': { key: 'd', arg: 'required' },
    files0from: { key: 'f0', arg: 'required' }, 'human-readable': { key: 'h' }, inodes: { key: 'inodes' }, si: { key: 'si' },
    kilobytes: { key: 'k' }, 'count-links': { key: 'l' }, dereference: { key: 'L' }, 'no-dereference': { key: 'P' },
    'separate-dirs': { key: 'S' }, summarize: { key: 's' }, threshold: { key: 't', arg: 'required' },
    time: { key: 'time', arg: 'optional' }, 'time-style': { key: 'ts', arg: 'required' }, 'exclude-from': { key: 'X', arg: 'required' },
    exclude: { key: 'exclude', arg: 'required' }, 'one-file-system': { key: 'x' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'aHkLsxd:lchm' };

interface DuState {
  all: boolean;
  maxDepth: number;
  deref: boolean;
  derefArgs: boolean;
  status: number;
  show: (k: number, path: string) => void;
}

function walk(cmd: Cmd, s: DuState, shown: string, path: string, depth: number, top: boolean, up: string[] = []): number {
  const fs = cmd.ctx.fs;
  let st = lstat(fs, path);
  if (st && !isFail(st) && st.type === 'symlink' && (s.deref || (top && s.derefArgs))) {
    const t = statOrCode(fs, path);
    if (t && !isFail(t)) st = { ...t };
  }
  if (st === null || isFail(st)) {
    const text = st ? st.text : 'No such file or directory';
    cmd.warn(cmd.gnu ? `cannot access ${cmd.q(shown)}: ${text}` : `${shown}: ${text}`);
    s.status = 1;
    return 0;
  }
  let k = blocks1k(st);
  if (st.type === 'dir') {
    const names = readdirOrCode(fs, path);
    if (isFail(names)) {
      cmd.warn(cmd.gnu ? `cannot read directory ${cmd.q(shown)}: ${names.text}` : `${shown}: ${names.text}`);
      s.status = 1;
    } else if (depth < MAX_DEPTH) {
      // with -L a directory reached again through a link is counted once
      const real = s.deref ? realPath(fs, path) : path;
      if (s.deref && up.includes(real)) return 0;
      for (const n of names) k += walk(cmd, s, childPath(shown, n), childPath(path, n), depth + 1, false, [...up, real]);
    }
    if (depth <= s.maxDepth) s.show(k, shown);
  } else if (top || (s.all && depth <= s.maxDepth)) s.show(k, shown);
  return k;
}

export const du = (flavour: Flavour): Program =>
  make('du', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const d = last(p, 'd');
    let maxDepth = Infinity;
    if (d !== undefined) {
      if (!/^\d+$/.test(d)) {
        cmd.warn(cmd.gnu ? `invalid maximum depth ${cmd.lq(d)}` : `invalid number '${d}'`);
        return 1;
      }
      maxDepth = Number(d);
    }
    if (has(p, 's')) {
      if (cmd.gnu && d !== undefined && maxDepth !== 0) {
        cmd.warn(`warning: summarizing conflicts with --max-depth=${d}`);
        cmd.tryHelp();
        return 1;
      }
      maxDepth = 0;
    }
    const human = has(p, 'h');
    const mega = has(p, 'm');
    const size = (k: number) =>
      human ? (cmd.gnu ? humanGnu(k * 1024) : humanBusybox(k * 1024)) : mega ? String(Math.ceil(k / 1024)) : String(k);
    const end = has(p, '0') ? '\0' : '\n';
    const s: DuState = {
      all: has(p, 'a'), maxDepth, deref: has(p, 'L'), derefArgs: has(p, 'D') || has(p, 'H'), status: 0,
      show: (k, path) => cmd.out(`${size(k)}\t${path}${end}`),
    };
    let total = 0;
    for (const op of p.operands.length ? p.operands : ['.']) total += walk(cmd, s, op, cmd.abs(op), 0, true);
    if (has(p, 'c')) cmd.out(`${size(total)}\ttotal${end}`);
    return s.status;
  });
